// Two copies on one page must not break it: the script-tag bundle loaded twice
// (the hostile page loads a second copy under other URLs, so with its own Lit),
// and the npm build (bundled into an app) mixed with the script-tag build, in
// both orders. Nothing throws, nothing is logged as an error, every widget
// renders, and same-version copies do not even warn.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, widgetsReady, definedWidgets, WIDGETS } from './helpers.mjs';

let env;
before(async () => (env = await setup()));
after(() => env?.close());

async function visit(file, act) {
  const s = await openPage(env.browser);
  const warnings = [];
  const requests = [];
  s.page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  s.page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  try {
    await s.page.goto(env.url + file);
    await widgetsReady(s.page);
    if (act) await act(s.page);
    return { ...s, warnings, requests, tags: await definedWidgets(s.page) };
  } finally {
    await s.context.close();
  }
}
const expected = WIDGETS.map((w) => `ma-${w}`).sort();

test('the script-tag bundle twice (separate copies, own Lit each)', async () => {
  const r = await visit('hostile.html');
  assert.ok(r.requests.some((p) => /^\/copy2\/dist\/cdn\/chunks\/core-.*\.js$/.test(p)), 'the second copy loaded its own core chunk (Lit)');
  assert.ok(r.requests.some((p) => /^\/dist\/cdn\/chunks\/core-.*\.js$/.test(p)), 'the first copy loaded its core chunk');
  assert.deepEqual(r.problems, []);
  assert.deepEqual(r.warnings.filter((w) => w.includes('ma-widgets')), [], 'same version: no warning');
  assert.deepEqual(r.tags.sort(), expected);
});

test('the script-tag build, then the npm build in an app bundle', async () => {
  const r = await visit('mixed.html');
  assert.ok(r.requests.includes('/build/esm.js') && r.requests.includes('/dist/cdn/ma-widgets.js'), 'both builds loaded');
  assert.deepEqual(r.problems, []);
  assert.deepEqual(r.tags.sort(), expected);
});

test('part of the script-tag build first, then the npm build registers the rest; new elements of every tag render', async () => {
  const r = await visit('script-tag.html', async (page) => {
    await page.evaluate(() => import('/build/esm.js'));
    await page.evaluate((tags) => {
      const box = document.createElement('div');
      for (const t of tags) box.append(document.createElement(t));
      document.querySelector('main').append(box);
    }, expected);
    await widgetsReady(page);
  });
  assert.deepEqual(r.problems, []);
  assert.deepEqual(r.tags.sort(), expected);
});
