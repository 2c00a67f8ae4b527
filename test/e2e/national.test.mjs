// The national page (demo/national.html): the finder and compare on the
// shipped national catalog (catalog-name="national"). A ZIP search shows real
// programs near it, sorted by distance; two ticked programs appear in the
// comparison; no console error, failed request or CSP violation; axe finds
// nothing. A phone screenshot goes to screenshots/national-phone.png.
// Also: a page that does not ask for the national catalog never downloads it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setup, openPage, widgetsReady, axe, screenshotDir, root } from './helpers.mjs';

const { programs } = JSON.parse(readFileSync(join(root, 'data/national-catalog.json'), 'utf8'));
let env;
before(async () => (env = await setup()));
after(() => env?.close());

const finderText = (page, selector) =>
  page.locator('ma-program-finder').evaluate((el, sel) => [...el.shadowRoot.querySelectorAll(sel)].map((n) => n.textContent.replace(/\s+/g, ' ').trim()), selector);

for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]]) {
  test(`national page (${name}): a ZIP search finds real programs nearby, two compare, clean and accessible`, async () => {
    const { context, page, problems, csp } = await openPage(env.browser, { viewport, ...(name === 'phone' ? { isMobile: true, hasTouch: true } : {}) });
    try {
      const national = [];
      page.on('request', (r) => /\/chunks\/national-[^/]+\.js$/.test(r.url()) && national.push(r.url()));
      await page.goto(env.url + 'national.html', { waitUntil: 'load' });
      await widgetsReady(page, 30000);
      assert.equal(national.length, 1, 'the national chunk is downloaded once for both widgets');
      const before = (await finderText(page, '[part~="count"]')).join(' ');
      assert.match(before, /\b1,?6\d\d\b/, `the count names all the programs: ${before}`);

      // Chicago: the results become the programs within the radius, nearest first, each saying how far.
      // On a phone the filters sit behind their toggle button, as a visitor finds them.
      const toggle = page.locator('ma-program-finder button.toggle[aria-expanded="false"]');
      if (await toggle.isVisible()) await toggle.click();
      await page.locator('ma-program-finder #zip').fill('60601');
      await page.locator('ma-program-finder').evaluate(
        (el) =>
          new Promise((resolve, reject) => {
            const t = setTimeout(() => reject(new Error('no distances shown')), 15000);
            const check = () => / mi away/.test(el.shadowRoot.querySelector('[part~="card"]')?.textContent ?? '') && (clearTimeout(t), resolve());
            new MutationObserver(check).observe(el.shadowRoot, { subtree: true, childList: true, characterData: true });
            check();
          }),
      );
      const cards = await finderText(page, '[part~="card"]');
      assert.ok(cards.length >= 5, `several programs near 60601 (${cards.length})`);
      assert.ok(cards.every((c) => /, (IL|IN) · [\d.]+ mi away/.test(c)), `every card is in Illinois or Indiana, with its distance:\n${cards.slice(0, 3).join('\n')}`);
      assert.ok(cards.some((c) => /Medical\/Clinical Assistant: (certificate|associate degree)/.test(c)), 'IPEDS program names');
      const miles = cards.map((c) => Number(/([\d.]+) mi away/.exec(c)[1]));
      assert.deepEqual(miles, [...miles].sort((a, b) => a - b), 'nearest first');
      assert.ok(miles.every((m) => m <= 25), 'within the default 25 miles');
      assert.notEqual((await finderText(page, '[part~="count"]')).join(' '), before, 'the count changed');

      // Tick two programs: the comparison shows both (by program name and school).
      const boxes = page.locator('ma-program-finder [part~="card"] input[type=checkbox]');
      const ticked = [];
      for (const i of [0, 1]) {
        await boxes.nth(i).check();
        const p = programs.find((q) => cards[i].startsWith(`${q.name.en} ${q.institution.name} · ${q.location.city}, ${q.location.state}`));
        assert.ok(p, `card ${i} is a program of the national catalog: ${cards[i].slice(0, 100)}`);
        ticked.push(p);
      }
      await page.waitForFunction(() => document.querySelector('ma-program-compare').shadowRoot.querySelectorAll('[part~="header"]').length === 2, null, { timeout: 10000 });
      const headers = await page.locator('ma-program-compare').evaluate((el) => [...el.shadowRoot.querySelectorAll('[part~="header"]')].map((h) => h.textContent.replace(/\s+/g, ' ')));
      const compared = await page.locator('ma-program-compare').evaluate((el) => el.shadowRoot.textContent.replace(/\s+/g, ' '));
      ticked.forEach((p, i) => assert.ok(headers.some((h) => h.includes(p.name.en)) && compared.includes(p.institution.name), `compare shows ${p.id} (${headers[i]})`));
      assert.match(compared, /not reported/i, 'what IPEDS lacks is "not reported" in the comparison');

      if (name === 'phone') {
        // The results as a visitor sees them after the search, then the comparison.
        await page.locator('ma-program-finder').evaluate((el) => el.shadowRoot.querySelector('[part~="count"]').scrollIntoView({ block: 'start' }));
        await page.screenshot({ path: join(screenshotDir(), 'national-phone.png') });
        await page.locator('ma-program-compare').evaluate((el) => el.scrollIntoView({ block: 'start' }));
        await page.screenshot({ path: join(screenshotDir(), 'national-phone-compare.png') });
      }
      assert.deepEqual(await csp(), [], 'no CSP violation');
      assert.deepEqual(problems, [], 'no console error, uncaught exception or failed request');
      assert.deepEqual(await axe(page), [], 'axe finds nothing');
    } finally {
      await context.close();
    }
  });
}

test('a page that does not ask for the national catalog never downloads it', async () => {
  const { context, page, problems } = await openPage(env.browser);
  try {
    const national = [];
    page.on('request', (r) => /national/.test(r.url()) && national.push(r.url()));
    await page.goto(env.url, { waitUntil: 'load' });
    await widgetsReady(page);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(national, []);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
