// Publisher settings win, on a phone and a desktop, in a page of their own:
// a finder locked to Texas (state="TX" hide-filters="state" sync-url) opened
// with a hostile URL (?state=IL&delivery=online) stays on Texas, and two
// finders with their own sync-url prefixes keep their own parameters, through
// a reload and the back button.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, widgetsReady, axe } from './helpers.mjs';

let env;
before(async () => (env = await setup()));
after(() => env?.close());

const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Publisher settings</title><script type="module" src="/dist/cdn/ma-program-finder.js"></script></head><body><main>${body}</main></body></html>`;
/** On a phone the filters fold into a sheet: open it. */
async function openFilters(finder) {
  const toggle = finder.locator('.toggle');
  if (await toggle.isVisible()) await toggle.click();
}
const LOCKED = page('<h1>Programs in Texas</h1><ma-program-finder state="TX" hide-filters="state" sync-url></ma-program-finder>');
const TWO = page('<h1>Two finders</h1><ma-program-finder id="one" sync-url="one"></ma-program-finder><ma-program-finder id="two" sync-url="two"></ma-program-finder>');

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
]) {
  test(`${viewport.width}×${viewport.height}: a locked state stays under a hostile URL; the URL's other filters lay over it`, async () => {
    const { context, page: tab, problems } = await openPage(env.browser, { viewport });
    try {
      await context.route(`${env.url}locked.html*`, (r) => r.fulfill({ contentType: 'text/html', body: LOCKED }));
      await tab.goto(`${env.url}locked.html?state=IL&delivery=online`);
      await widgetsReady(tab);
      const finder = tab.locator('ma-program-finder');
      const places = await finder.locator('.card .school').allTextContents();
      assert.ok(places.length > 0, 'programs listed');
      // Texas, online only: the online programs that take Texas students (no Illinois campus, nothing on campus).
      for (const p of places) assert.match(p, /Online: /, p);
      assert.equal(await finder.locator('#state').count(), 0, 'the locked filter is not offered');
      // The person changes a visible filter: the lock holds.
      await openFilters(finder);
      await finder.locator('label.check', { hasText: /^On campus/ }).locator('input').check();
      await tab.waitForFunction(() => new URL(location.href).searchParams.get('delivery')?.includes('campus'));
      const after = await finder.locator('.card .school').allTextContents();
      for (const p of after) assert.match(p, /, TX|Online: /, p);
      assert.ok(after.some((p) => /, TX/.test(p)), 'Texas campuses once campus is ticked');
      assert.deepEqual(await axe(tab), []);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test(`${viewport.width}×${viewport.height}: two sync-url finders keep their own parameters, through a reload and back`, async () => {
    const { context, page: tab, problems } = await openPage(env.browser, { viewport });
    try {
      await context.route(`${env.url}two.html*`, (r) => r.fulfill({ contentType: 'text/html', body: TWO }));
      await tab.goto(`${env.url}two.html`);
      await widgetsReady(tab);
      const one = tab.locator('#one');
      const two = tab.locator('#two');
      const total = (f) => f.locator('#count').textContent();
      const all = await total(one);
      await openFilters(one);
      await one.locator('#state').selectOption('TX');
      await tab.waitForFunction(() => new URL(location.href).searchParams.get('one.state') === 'TX');
      await two.locator('#q').fill('evening');
      await tab.waitForFunction(() => new URL(location.href).searchParams.get('two.q') === 'evening');
      const params = [...new URL(tab.url()).searchParams.keys()].sort();
      assert.deepEqual(params, ['one.state', 'two.q'], 'each finder wrote only its own parameters');
      const [oneCount, twoCount] = [await total(one), await total(two)];
      assert.notEqual(oneCount, all);
      await tab.reload();
      await widgetsReady(tab);
      assert.equal(await total(one), oneCount, 'after a reload the first finder shows its own filter');
      assert.equal(await total(two), twoCount, 'and the second its own search');
      assert.equal(await two.locator('#q').inputValue(), 'evening');
      assert.equal(await one.locator('#q').inputValue(), '', "the first finder does not show the second's search");
      await tab.goBack();
      await tab.waitForFunction(() => !new URL(location.href).searchParams.has('two.q'));
      assert.equal(await two.locator('#q').inputValue(), '', 'back undoes the second finder\'s search');
      assert.equal(await total(one), oneCount, 'and leaves the first finder alone');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
}
