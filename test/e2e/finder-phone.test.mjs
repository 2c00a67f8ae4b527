// The finder's phone journeys on the demo home page (390×844): a ZIP typed into the search box,
// online programs kept near a ZIP, the filter sheet's sticky "Show N programs", and the compare
// tray (a small strip that keeps the page's preset comparison and takes the person to it).
// Screenshots of the sheet and the tray go to screenshots/ (git-ignored).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { setup, openPage, widgetsReady, axe, screenshotDir } from './helpers.mjs';

let env;
before(async () => (env = await setup()));
after(() => env?.close());

test('phone 390×844: ZIP in the search box, online programs near it, the sticky Show button, the compare tray', async () => {
  const { page, problems } = await openPage(env.browser, { viewport: { width: 390, height: 844 } });
  await page.goto(env.url);
  await widgetsReady(page);
  const finder = page.locator('ma-program-finder');

  // A ZIP in the search box becomes the ZIP filter: campuses within 25 miles, and online programs.
  await finder.locator('#q').fill('78701');
  await finder.locator('#sort option[value="distance"]').waitFor({ state: 'attached' });
  assert.equal(await finder.locator('#zip').inputValue(), '78701');
  const places = await finder.locator('.card .school').allTextContents();
  assert.ok(places.length > 0, 'programs near 78701');
  for (const p of places) {
    const miles = p.match(/([\d.]+) mi away/);
    assert.ok(miles ? Number(miles[1]) <= 25 : /Online: /.test(p), `within 25 miles or online: ${p}`);
  }
  assert.ok(places.some((p) => /Online: /.test(p)), 'online programs are kept near a ZIP');

  // The filter sheet: its "Show N programs" stays at the bottom of the screen while scrolling it.
  await finder.locator('.toggle').click();
  await finder.locator('#length').scrollIntoViewIfNeeded();
  const show = await finder.locator('.show').boundingBox();
  assert.ok(show && show.y + show.height <= 844 && show.y > 700, `sticky Show button at the bottom: ${JSON.stringify(show)}`);
  assert.match(await finder.locator('.show').textContent(), new RegExp(`Show ${places.length} programs?`));
  await page.screenshot({ path: join(screenshotDir(), 'finder-phone-sheet.png') });
  await finder.locator('.show').click();
  assert.equal(await page.evaluate(() => document.querySelector('ma-program-finder').shadowRoot.activeElement?.id), 'count');

  // The page's <ma-program-compare follow programs="a,b">: already ticked in the finder, in a tray strip.
  const preset = await page.locator('ma-program-compare').evaluate((el) => el.getAttribute('programs').split(','));
  await finder.locator('#q').fill('');
  await finder.locator('.card').first().waitFor();
  // Every card fits the phone's width, those drawn only when scrolled near (content-visibility) included.
  const cards = await finder.locator('.card').count();
  await finder.locator('.card').nth(cards - 1).scrollIntoViewIfNeeded();
  const wide = await finder.evaluate((el) => [...el.shadowRoot.querySelectorAll('.card')].map((c) => c.getBoundingClientRect()).filter((r) => r.left < 0 || r.right > innerWidth).length);
  assert.equal(wide, 0, `cards wider than the screen (of ${cards})`);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'no horizontal scroll');
  await finder.locator('.card').nth(2).scrollIntoViewIfNeeded();
  const tray = await finder.locator('[part="tray"]').boundingBox();
  assert.ok(tray && tray.height <= 844 * 0.15 && tray.y + tray.height <= 844 + 1, `tray is a strip at the bottom: ${JSON.stringify(tray)}`);
  assert.match(await finder.locator('[part="tray"] h2').textContent(), new RegExp(`Comparing ${preset.length} of 4`));
  await page.screenshot({ path: join(screenshotDir(), 'finder-phone-tray.png') });
  assert.deepEqual(await axe(page), []);
  await finder.locator('.go').click();
  assert.equal(await page.evaluate(() => document.activeElement?.localName), 'ma-program-compare');
  const top = await page.locator('ma-program-compare').evaluate((el) => el.getBoundingClientRect().top);
  assert.ok(Math.abs(top) < 5, `scrolled to the comparison (top ${top})`);
  assert.deepEqual(problems, []);
});
