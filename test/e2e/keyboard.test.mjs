// Keyboard only, on the home page: a person finishes the get-matched quiz,
// then in the finder searches, filters, ticks two programs to compare (and
// the comparison on the page follows), and opens a program's link, with Tab,
// Shift+Tab, Enter, Space, arrows and typing. No mouse, no element.focus().
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, widgetsReady, tabTo, focused } from './helpers.mjs';

let env;
let s;
before(async () => {
  env = await setup();
  s = await openPage(env.browser);
  await s.context.addInitScript(() => {
    window.__events = [];
    for (const type of ['ma-match-complete', 'ma-filter-change', 'ma-compare-change', 'ma-program-select']) {
      document.addEventListener(type, (e) => {
        window.__events.push({ type, detail: e.detail });
        if (type === 'ma-program-select') console.log(`[event] ma-program-select ${JSON.stringify(e.detail)}`);
      });
    }
  });
  await s.page.goto(env.url);
  await widgetsReady(s.page);
});
after(async () => {
  await s?.context.close();
  await env?.close();
});

const events = (type) => s.page.evaluate((t) => window.__events.filter((e) => e.type === t), type);
const inWidget = (tag) => (f) => f.host === tag;

test('finish the quiz with the keyboard (arrows for choices, Enter for Next)', async () => {
  const { page } = s;
  for (let step = 0; step < 12 && !(await events('ma-match-complete')).length; step++) {
    const f = await tabTo(page, (f) => f.host === 'ma-get-matched' && ['input', 'select'].includes(f.tag), { what: `a choice in step ${step + 1} of the quiz` });
    if (f.type === 'radio') await page.keyboard.press('ArrowDown');
    else if (f.type === 'checkbox') await page.keyboard.press('Space');
    else if (f.tag === 'select') await page.keyboard.press('ArrowDown');
    else await page.keyboard.type('78701');
    await tabTo(page, (f) => f.host === 'ma-get-matched' && f.type === 'submit', { what: 'the Next button' });
    await page.keyboard.press('Enter');
    await page.waitForTimeout(150);
  }
  const done = await events('ma-match-complete');
  assert.equal(done.length, 1, 'the quiz reached its results');
  const shown = await page.locator('ma-get-matched').evaluate((el) => el.shadowRoot.querySelector('[role="status"]')?.textContent ?? '');
  assert.match(shown, /\d/, 'the results say how many programs matched');
});

test('search and filter the finder with the keyboard', async () => {
  const { page } = s;
  const count = () => page.locator('ma-program-finder').evaluate((el) => el.shadowRoot.querySelector('[part~="count"]')?.textContent?.trim() ?? '');
  const before = await count();
  await tabTo(page, (f) => f.host === 'ma-program-finder' && f.type === 'search', { what: 'the finder search box', max: 200 });
  await page.keyboard.type('college');
  await page.waitForFunction(() => window.__events.some((e) => e.type === 'ma-filter-change' && e.detail.search), null, { timeout: 3000 });
  const searched = (await events('ma-filter-change')).pop();
  assert.ok(searched.detail.total > 0, 'the search found programs');
  assert.notEqual(await count(), before, 'the announced result count changed with the search');
  const afterSearch = await count();
  const online = await tabTo(page, (f) => f.host === 'ma-program-finder' && f.type === 'checkbox' && /^online/i.test(f.name), { what: 'the Online filter', max: 60 });
  assert.equal(online.checked, false);
  await page.keyboard.press('Space');
  await page.waitForTimeout(200);
  assert.equal((await focused(page)).checked, true, 'Space ticked the Online filter');
  const last = (await events('ma-filter-change')).pop();
  assert.match(JSON.stringify(last.detail), /online/, 'the filter change names the online delivery');
  assert.notEqual(await count(), afterSearch, 'the announced result count changed with the filter');
});

test('tick two programs to compare with Space; the comparison follows', async () => {
  const { page } = s;
  // The page's comparison comes preset (programs="a,b" follow): the finder starts with those ticked and keeps them.
  const preset = await page.locator('ma-program-compare').evaluate((el) => (el.getAttribute('programs') || '').split(',').filter(Boolean).length);
  for (let i = 0; i < 2; i++) {
    await tabTo(page, (f) => f.host === 'ma-program-finder' && f.type === 'checkbox' && /^compar/i.test(f.name) && !f.checked, { what: `the Compare box of program ${i + 1}`, max: 80 });
    await page.keyboard.press('Space');
    await page.waitForTimeout(150);
  }
  const change = (await events('ma-compare-change')).pop();
  assert.equal(change?.detail.ids.length, preset + 2, 'ma-compare-change with the preset programs and the two ticked');
  await page.waitForTimeout(200);
  const headers = await page.locator('ma-program-compare').evaluate((el) => el.shadowRoot.querySelectorAll('[part~="header"]').length);
  assert.equal(headers, preset + 2, 'the comparison on the page shows the preset and the two ticked programs');
});

test('open a program link with Enter', async () => {
  const { page } = s;
  const link = await tabTo(page, (f) => f.host === 'ma-program-finder' && f.tag === 'a' && /^https?:/.test(f.href), { what: "a program's link", back: true, max: 80 });
  const selected = page.waitForEvent('console', { predicate: (m) => m.text().startsWith('[event] ma-program-select'), timeout: 5000 });
  const navigated = page.waitForURL((u) => u.href === link.href, { timeout: 10000 });
  await page.keyboard.press('Enter');
  assert.match((await selected).text(), new RegExp(link.href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await navigated;
  assert.ok(s.external.includes(link.href), 'the browser went to the program site');
  assert.deepEqual(s.problems, []);
});
