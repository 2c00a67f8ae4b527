// The hostile host page (Bootstrap, `* { font-size: 20px; line-height: 3 }`,
// `button { all: unset }`, `table { display: block }`, RTL text, the bundle
// loaded twice): each widget must look and lay out as on the home page. Two
// checks per widget: the boxes of every element in its shadow root (relative
// to the widget) match within a pixel, and a screenshot of it differs from
// the home page's in under 0.5% of its pixels.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setup, openPage, widgetsReady, screenshotDir } from './helpers.mjs';

const WIDGETS = [
  ['get-matched', 'ma-get-matched'],
  ['program-finder', 'ma-program-finder'],
  ['program-compare', 'ma-program-compare'],
  ['salary-table', 'ma-salary-table[table="bls-percentiles"]'],
  ['career-explorer', 'ma-career-explorer'],
  ['steps', 'ma-steps'],
  ['faq', 'ma-faq'],
  ['outlook', 'ma-outlook'],
];
const MAX_DIFF = 0.005;

let env;
const shots = {};
before(async () => {
  env = await setup();
  for (const file of ['index.html', 'hostile.html']) {
    const { context, page, problems } = await openPage(env.browser);
    await page.goto(env.url + file);
    await widgetsReady(page);
    await page.evaluate(() => document.fonts.ready);
    shots[file] = { problems };
    for (const [name, selector] of WIDGETS) {
      const el = page.locator(selector).first();
      if (!(await el.count())) continue;
      await el.scrollIntoViewIfNeeded();
      // Cards far from the viewport keep an estimated height until drawn (content-visibility: auto),
      // which depends on where each page is scrolled, not on host CSS: draw them all on both pages.
      await el.evaluate((host) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync('.card { content-visibility: visible !important; }');
        host.shadowRoot.adoptedStyleSheets = [...host.shadowRoot.adoptedStyleSheets, sheet];
      });
      shots[file][name] = {
        // The finder's sticky compare tray is drawn in place (not stuck to the viewport), so both pages match.
        png: await el.screenshot({ animations: 'disabled', caret: 'hide', style: 'ma-program-finder::part(tray) { position: static !important; }' }),
        boxes: await el.evaluate((host) => {
          const h = host.getBoundingClientRect();
          return [...host.shadowRoot.querySelectorAll('*')]
            // A sticky part (the finder's compare tray) sits where the page's scroll puts it, not where host CSS does.
            .filter((e) => !['style', 'template'].includes(e.localName) && e.getClientRects().length > 0 && !e.closest('[part~="tray"]'))
            .map((e) => {
              const r = e.getBoundingClientRect();
              const round = (n) => Math.round(n * 10) / 10;
              return { node: e.localName + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ')[0] : ''), x: round(r.x - h.x), y: round(r.y - h.y), w: round(r.width), h: round(r.height) };
            })
            .concat([{ node: ':host', x: 0, y: 0, w: Math.round(h.width * 10) / 10, h: Math.round(h.height * 10) / 10 }]);
        }),
      };
    }
    await context.close();
  }
});
after(() => env?.close());

/** Share of pixels that differ (any channel by more than 48 of 255), computed in a blank page with canvas. */
async function pixelDiff(a, b) {
  const { context, page } = await openPage(env.browser);
  try {
    return await page.evaluate(
      async ([a, b]) => {
        const load = (s) => new Promise((ok, fail) => Object.assign(new Image(), { onload() { ok(this); }, onerror: fail, src: `data:image/png;base64,${s}` }));
        const [ia, ib] = await Promise.all([load(a), load(b)]);
        // A widget at a fractional position may round to one pixel more or less: compare the common area.
        if (Math.abs(ia.width - ib.width) > 1 || Math.abs(ia.height - ib.height) > 1) return { size: [ia.width, ia.height, ib.width, ib.height] };
        const w = Math.min(ia.width, ib.width);
        const h = Math.min(ia.height, ib.height);
        const data = (img) => {
          const c = new OffscreenCanvas(w, h).getContext('2d');
          c.drawImage(img, 0, 0);
          return c.getImageData(0, 0, w, h).data;
        };
        const [da, db] = [data(ia), data(ib)];
        // A pixel counts as different only when no pixel within one pixel of it in the
        // other image is close: the widget sits at a fractional y on one page and a whole
        // one on the other, which moves anti-aliased text by a pixel without changing it.
        const close = (i, j) => Math.abs(da[i] - db[j]) <= 48 && Math.abs(da[i + 1] - db[j + 1]) <= 48 && Math.abs(da[i + 2] - db[j + 2]) <= 48;
        let diff = 0;
        for (let y = 0; y < h; y++) {
          for (let x = 0; x < w; x++) {
            const i = (y * w + x) * 4;
            if (close(i, i)) continue;
            let found = false;
            for (let dy = -1; dy <= 1 && !found; dy++) {
              for (let dx = -1; dx <= 1 && !found; dx++) {
                const yy = y + dy;
                const xx = x + dx;
                if (yy >= 0 && yy < h && xx >= 0 && xx < w && close(i, (yy * w + xx) * 4)) found = true;
              }
            }
            if (!found) diff++;
          }
        }
        return { ratio: diff / (da.length / 4) };
      },
      [a.toString('base64'), b.toString('base64')],
    );
  } finally {
    await context.close();
  }
}

test('the hostile page itself loads without errors (two bundles, Bootstrap)', () => {
  assert.deepEqual(shots['hostile.html'].problems, []);
});

for (const [name] of WIDGETS) {
  test(`<ma-${name}> on the hostile page: same boxes and same pixels as on the home page`, async () => {
    const home = shots['index.html'][name];
    const hostile = shots['hostile.html'][name];
    assert.ok(home && hostile, `<ma-${name}> is on both pages`);
    writeFileSync(join(screenshotDir(), `hostile-${name}.png`), hostile.png);
    writeFileSync(join(screenshotDir(), `home-${name}.png`), home.png);
    const moved = home.boxes
      .map((b, i) => [b, hostile.boxes[i]])
      .filter(([a, b]) => !b || Math.abs(a.x - b.x) > 1 || Math.abs(a.y - b.y) > 1 || Math.abs(a.w - b.w) > 1 || Math.abs(a.h - b.h) > 1)
      .slice(0, 5)
      .map(([a, b]) => `${a.node}: home ${a.x},${a.y} ${a.w}×${a.h}; hostile ${b ? `${b.x},${b.y} ${b.w}×${b.h}` : 'missing'}`);
    assert.equal(hostile.boxes.length, home.boxes.length, 'same number of elements');
    assert.deepEqual(moved, [], 'boxes that host CSS moved or resized');
    const d = await pixelDiff(home.png, hostile.png);
    assert.ok(!d.size, `screenshot sizes differ: home ${d.size?.[0]}×${d.size?.[1]}, hostile ${d.size?.[2]}×${d.size?.[3]}`);
    assert.ok(d.ratio < MAX_DIFF, `${(d.ratio * 100).toFixed(2)}% of pixels differ (limit ${MAX_DIFF * 100}%); see screenshots/hostile-${name}.png`);
  });
}
