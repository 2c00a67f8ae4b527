// The quiz's journeys on the demo home page, on a phone (390×844) and a desktop: near ZIP 78701,
// hybrid, 25 miles, the matches are within 25 miles (or online); "See all matching programs"
// makes the finder list as many programs as the quiz counted; no event on the page carries the ZIP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setup, openPage, widgetsReady, axe, root } from './helpers.mjs';

const catalog = JSON.parse(readFileSync(join(root, 'data/default-catalog.json'), 'utf8'));
const byId = new Map(catalog.programs.map((p) => [p.id, p]));
const AUSTIN = { lat: 30.27, lon: -97.74 }; // ZIP 78701's centroid, to about a mile
const miles = (a, b) => {
  const r = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * r) / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 2 * 3958.8 * Math.asin(Math.sqrt(h));
};

let env;
before(async () => (env = await setup()));
after(() => env?.close());

for (const [name, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 900 }]]) {
  for (const delivery of ['Hybrid', 'No preference']) {
    test(`${name}: quiz near 78701, ${delivery}, 25 miles: only programs within the radius or online; the finder lists the same number`, async () => {
      const { context, page, problems } = await openPage(env.browser, { viewport, isMobile: name === 'phone', hasTouch: name === 'phone' });
      try {
        // Every ma-* event's detail, as the page sees it.
        await page.addInitScript(() => {
          window.__events = [];
          for (const n of ['ma-match-complete', 'ma-match-results', 'ma-filter-change', 'ma-compare-change', 'ma-program-select', 'ma-sort-change', 'ma-path-select'])
            document.addEventListener(n, (e) => window.__events.push({ type: e.type, detail: JSON.parse(JSON.stringify(e.detail ?? null)) }), true);
        });
        await page.goto(env.url, { waitUntil: 'load' });
        await widgetsReady(page);
        const quiz = page.locator('ma-get-matched');
        await quiz.getByLabel('Near a ZIP code').check();
        await quiz.getByLabel('ZIP code', { exact: true }).fill('78701');
        await quiz.getByRole('button', { name: 'Next' }).click();
        await quiz.getByLabel(delivery).check();
        await quiz.getByRole('button', { name: 'Next' }).click();
        for (let i = 0; i < 6; i++) await quiz.getByRole('button', { name: /^(Skip)$/ }).click();
        await page.waitForFunction(() => window.__events.some((e) => e.type === 'ma-match-complete'));
        const done = await page.evaluate(() => window.__events.find((e) => e.type === 'ma-match-complete').detail);
        assert.ok(done.ids.length > 0, 'some program matches');
        for (const id of done.ids) {
          const p = byId.get(id);
          if (delivery === 'Hybrid') assert.equal(p.delivery, 'hybrid', id);
          if (p.delivery !== 'online') assert.ok(miles(AUSTIN, p.location) <= 26, `${id} is ${Math.round(miles(AUSTIN, p.location))} miles away`);
        }
        assert.deepEqual(await axe(page), []);

        await quiz.getByRole('button', { name: 'See all matching programs' }).click();
        await page.waitForFunction(() => window.__events.some((e) => e.type === 'ma-match-results'));
        const { count } = await page.evaluate(() => window.__events.find((e) => e.type === 'ma-match-results').detail);
        // The finder looks the ZIP up itself, then announces its filters and total.
        await page.waitForFunction(() => window.__events.some((e) => e.type === 'ma-filter-change' && e.detail.near));
        const change = await page.evaluate(() => window.__events.filter((e) => e.type === 'ma-filter-change' && e.detail.near).at(-1).detail);
        assert.equal(change.total, count, 'the finder lists as many programs as the quiz counted');
        const events = await page.evaluate(() => window.__events);
        for (const e of events) assert.ok(!JSON.stringify(e.detail).includes('78701'), `${e.type} carries the ZIP`);
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }
}
