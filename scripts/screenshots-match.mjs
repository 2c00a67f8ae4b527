// Phone screenshots of compare (2, 3, 4 programs, and scrolled down) and of the quiz's results,
// for looking at by eye (not a test). Needs `npm run build` and `node scripts/serve.mjs` running.
//
//   node scripts/screenshots-match.mjs http://127.0.0.1:8000/   (writes screenshots/*.png, git-ignored)
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:8000/';
const IDS = ['example-valley-college-associate', 'sample-ridge-technical-institute-certificate', 'demo-plaza-career-college-diploma', 'sample-hill-country-community-college-certificate'];
mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath: findChromium({ install: false }), args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const page = await browser.newPage({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true });

/** A page with only the widget, on the script-tag bundle. */
async function only(tag, attrs) {
  await page.goto(new URL('script-tag.html', base).href);
  await page.evaluate(
    async ([tag, attrs]) => {
      await import('./dist/cdn/ma-widgets.js');
      document.querySelector('main').replaceChildren();
      const el = document.createElement(tag);
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      document.querySelector('main').append(el);
    },
    [tag, attrs],
  );
  await page.waitForFunction((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('table, form, .results'), tag);
  await page.waitForTimeout(300);
}

for (const n of [2, 3, 4]) {
  await only('ma-program-compare', { programs: IDS.slice(0, n).join(',') });
  await page.screenshot({ path: `screenshots/compare-${n}.png` });
}
// Scrolled down the rows (and sideways): are the program names still there?
await page.evaluate(() => {
  const s = document.querySelector('ma-program-compare').shadowRoot.querySelector('.scroll');
  s.scrollIntoView();
  s.scrollTop = 500;
  s.scrollLeft = 120;
});
await page.waitForTimeout(200);
await page.screenshot({ path: 'screenshots/compare-4-scrolled.png' });

// The quiz near 78701, hybrid, 25 miles; and in New Mexico, on campus.
async function quiz(place, delivery, file) {
  await only('ma-get-matched', { questions: 'location,delivery,credential' });
  const r = () => page.locator('ma-get-matched');
  await r().getByLabel(place.where).check();
  if (place.zip) await r().getByLabel('ZIP code', { exact: true }).fill(place.zip);
  if (place.state) await r().getByLabel('State', { exact: true }).selectOption(place.state);
  await r().getByRole('button', { name: 'Next' }).click();
  await r().getByLabel(delivery).check();
  await r().getByRole('button', { name: 'Next' }).click();
  await r().getByRole('button', { name: 'See my matches' }).click();
  await page.waitForTimeout(300);
  await page.evaluate(() => document.querySelector('ma-get-matched').scrollIntoView());
  await page.screenshot({ path: `screenshots/${file}.png`, fullPage: true });
}
await quiz({ where: 'Near a ZIP code', zip: '78701' }, 'Hybrid', 'quiz-78701-hybrid');
await quiz({ where: 'In a state', state: 'NM' }, 'On campus', 'quiz-nm-campus');
await quiz({ where: 'Near a ZIP code', zip: '78701' }, 'No preference', 'quiz-78701-any');
await browser.close();
console.log('screenshots/ written');
