// Every demo page in a real browser: no console error, uncaught exception,
// failed request or CSP violation; every widget renders; axe finds no WCAG
// violation in any widget; a full-page screenshot goes to screenshots/ (git
// ignores it) for people to look at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { setup, openPage, widgetsReady, definedWidgets, axe, screenshotDir, root, WIDGETS } from './helpers.mjs';

const pages = readdirSync(join(root, 'demo')).filter((f) => f.endsWith('.html')).sort();
let env;
before(async () => (env = await setup()));
after(() => env?.close());

for (const file of pages) {
  test(`demo page ${file}: loads clean, widgets render, axe finds nothing`, async () => {
    const { context, page, problems, csp } = await openPage(env.browser);
    try {
      await page.goto(env.url + file, { waitUntil: 'load' });
      await widgetsReady(page);
      await page.waitForLoadState('networkidle');
      const tags = await definedWidgets(page);
      // Every widget that this page places is registered (no define line forgotten in a bundle).
      const placed = await page.evaluate(() => [...new Set([...document.querySelectorAll('*')].map((e) => e.localName).filter((n) => n.startsWith('ma-')))]);
      const expected = placed.filter((t) => WIDGETS.includes(t.slice(3)));
      assert.deepEqual(tags.filter((t) => expected.includes(t)).sort(), expected.sort(), 'every widget on the page is registered');
      await page.screenshot({ path: join(screenshotDir(), file.replace('.html', '.png')), fullPage: true });
      assert.deepEqual(await csp(), [], 'no CSP violation');
      assert.deepEqual(problems, [], 'no console error, uncaught exception or failed request');
      const violations = await axe(page);
      assert.deepEqual(violations, [], `axe violations in widgets on ${file}`);
    } finally {
      await context.close();
    }
  });
}

test('the strict page is really served with the strict policy', async () => {
  const res = await fetch(env.url + 'strict.html');
  assert.equal(
    res.headers.get('content-security-policy'),
    "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'",
  );
});

test('no demo page has an inline script, inline style or style attribute', () => {
  for (const file of pages) {
    const html = readFileSync(join(root, 'demo', file), 'utf8');
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/i, `${file}: inline <script>`);
    assert.doesNotMatch(html, /<style[\s>]/i, `${file}: <style>`);
    assert.doesNotMatch(html, /\sstyle=/i, `${file}: style attribute`);
  }
});
