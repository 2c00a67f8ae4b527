// No layout shift while the catalog is slow: the home page through the demo
// server's /slow/ prefix, where the catalog (the lazy default-catalog chunk)
// arrives 2 s late. The widgets' loading states must hold exactly the space
// their content then takes, so the page's cumulative layout shift stays 0, on
// a desktop and on a phone viewport.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, widgetsReady } from './helpers.mjs';

let env;
before(async () => (env = await setup()));
after(() => env?.close());

// The page opened at an anchor too: widgets above and in view grow when the
// catalog arrives; each reserves its loaded height (demo/reserved.css, made by
// `npm run demo:reserve`) and the finder one screen, so nothing in view moves.
const CASES = [
  { viewport: { width: 1280, height: 900 }, hash: '' },
  { viewport: { width: 390, height: 844 }, hash: '' },
  { viewport: { width: 1280, height: 900 }, hash: '#find' },
  { viewport: { width: 1280, height: 900 }, hash: '#pay' },
  { viewport: { width: 390, height: 844 }, hash: '#find' },
  { viewport: { width: 390, height: 844 }, hash: '#pay' },
  { viewport: { width: 390, height: 844 }, hash: '#paths', page: 'es.html' },
];
for (const { viewport, hash, page: file = 'index.html' } of CASES) {
  test(`${file === 'index.html' ? 'home page' : file}${hash ? ` at ${hash}` : ''}, ${viewport.width}×${viewport.height}, catalog 2 s late: cumulative layout shift is 0`, async () => {
    const { context, page, problems } = await openPage(env.browser, { viewport });
    try {
      await context.addInitScript(() => {
        window.__shifts = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) {
            if (e.hadRecentInput) continue;
            const where = (e.sources ?? []).map((s) => `${s.node?.localName ?? s.node?.nodeName ?? '?'} y ${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)}, h ${Math.round(s.previousRect.height)}→${Math.round(s.currentRect.height)}`);
            window.__shifts.push({ value: e.value, at: Math.round(e.startTime), where });
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const start = Date.now();
      await page.goto(env.url + 'slow/' + file + hash, { waitUntil: 'load' });
      const loading = await page.evaluate(() => [...document.querySelectorAll('*')].filter((e) => e.shadowRoot?.querySelector('[aria-busy="true"]')).length);
      assert.ok(loading > 0, 'the widgets are still loading when the page has loaded (the catalog is held back)');
      await widgetsReady(page, 20000);
      assert.ok(Date.now() - start >= 2000, 'the catalog really arrived late');
      await page.waitForTimeout(500);
      if (hash) {
        const top = await page.evaluate((id) => Math.round(document.getElementById(id).getBoundingClientRect().top), hash.slice(1));
        assert.ok(Math.abs(top) <= 2, `the page still shows ${hash} at the top once loaded (its heading is at ${top} px)`);
      }
      const shifts = await page.evaluate(() => window.__shifts);
      const cls = shifts.reduce((sum, s) => sum + s.value, 0);
      assert.equal(cls, 0, `layout shifts:\n${shifts.map((s) => `  ${s.value.toFixed(5)} at ${s.at} ms: ${s.where.join('; ')}`).join('\n')}`);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
}
