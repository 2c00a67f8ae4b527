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

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`home page, ${viewport.width}×${viewport.height}, catalog 2 s late: cumulative layout shift is 0`, async () => {
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
      await page.goto(env.url + 'slow/index.html', { waitUntil: 'load' });
      const loading = await page.evaluate(() => [...document.querySelectorAll('*')].filter((e) => e.shadowRoot?.querySelector('[aria-busy="true"]')).length);
      assert.ok(loading > 0, 'the widgets are still loading when the page has loaded (the catalog is held back)');
      await widgetsReady(page, 20000);
      assert.ok(Date.now() - start >= 2000, 'the catalog really arrived late');
      await page.waitForTimeout(500);
      const shifts = await page.evaluate(() => window.__shifts);
      const cls = shifts.reduce((sum, s) => sum + s.value, 0);
      assert.equal(cls, 0, `layout shifts:\n${shifts.map((s) => `  ${s.value.toFixed(5)} at ${s.at} ms: ${s.where.join('; ')}`).join('\n')}`);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
}
