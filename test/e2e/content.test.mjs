// The content widgets on the home page, as a visitor uses them: an address
// ending in #faq-how-long opens that question and scrolls to it (the widget
// reads the fragment, since the browser cannot see into its shadow root); a
// link on the page to #faq-<id> does the same; a step's "Find a program" link
// takes the visitor to the finder's section; the jobs hand-off is a plain link
// with the publisher's template filled in.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, widgetsReady } from './helpers.mjs';

let env;
before(async () => (env = await setup()));
after(() => env?.close());

const question = (page, id) =>
  page.locator('ma-faq').evaluate((el, id) => {
    const d = el.shadowRoot.getElementById(`faq-${id}`);
    const r = d.getBoundingClientRect();
    return { open: d.open, top: Math.round(r.top), focused: el.shadowRoot.activeElement === d.querySelector('summary') };
  }, id);

test('opening the page at #faq-cma-rma-ccma opens, scrolls to and focuses that question; an in-page link to another does too', async () => {
  const { context, page, problems } = await openPage(env.browser, { viewport: { width: 390, height: 844 } });
  try {
    await page.goto(env.url + 'index.html#faq-cma-rma-ccma');
    await widgetsReady(page);
    await page.waitForFunction(() => document.querySelector('ma-faq')?.shadowRoot?.getElementById('faq-cma-rma-ccma')?.open);
    let q = await question(page, 'cma-rma-ccma');
    assert.ok(q.open && q.focused, 'open and focused');
    assert.ok(q.top >= 0 && q.top < 100, `scrolled to the top of the viewport (top ${q.top})`);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('a[href="#faq-how-long"]').click();
    await page.waitForFunction(() => document.querySelector('ma-faq').shadowRoot.getElementById('faq-how-long').open);
    q = await question(page, 'how-long');
    assert.ok(q.focused && q.top >= 0 && q.top < 100, `in view and focused (top ${q.top})`);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('a step links to the finder on the same page; the outlook hands off to the job board template', async () => {
  const { context, page, problems, external } = await openPage(env.browser);
  try {
    await page.goto(env.url + 'index.html');
    await widgetsReady(page);
    const link = page.locator('ma-steps').locator('a[part=link]', { hasText: 'Find a program' });
    assert.equal(await link.getAttribute('href'), env.url + 'index.html#find');
    await link.click();
    await page.waitForFunction(() => location.hash === '#find');
    const top = await page.evaluate(() => Math.round(document.getElementById('find').getBoundingClientRect().top));
    assert.ok(top >= 0 && top < 50, `the finder's heading is at the top (top ${top})`);
    const jobs = page.locator('ma-outlook').locator('a[part=jobs]');
    assert.equal(await jobs.textContent(), 'Find jobs for medical assistants near you');
    assert.equal(await jobs.getAttribute('href'), 'https://jobs.example.com/search?q=Medical%20assistants&zip=');
    await jobs.click();
    await page.waitForURL(/jobs\.example\.com/);
    assert.deepEqual(external, ['https://jobs.example.com/search?q=Medical%20assistants&zip=']);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
