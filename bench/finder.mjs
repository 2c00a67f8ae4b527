#!/usr/bin/env node
/**
 * `npm run bench`: <ma-program-finder> beside Grid.js 6.2.0 on 10,000
 * programs and on the national catalog (data/national-catalog.json, 1,641
 * real programs, with a ZIP radius search), in one headless Chromium, medians of BENCH_RUNS (default 7) runs
 * with a fresh page per run and widget. Prints a Markdown table and writes it
 * to bench/results/finder.md.
 *
 * Needs a build (`npm run build`: dist/ and dist/cdn/) and Chromium
 * (CHROME_PATH, else chromium or google-chrome on the PATH). Environment: BENCH_RUNS,
 * BENCH_PROGRAMS (default 10000), BENCH_SEED.
 *
 * What is measured, per widget (see the notes printed under the table):
 * (a) catalog parse (+ validate for ma), (b) first render after data,
 * (c) keystroke to paint, (d) filter change to paint, (e) long animation
 * frames during b-d, (f) JS heap after GC, (g) min+gz bytes.
 */
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { generateCatalog } from './generate.mjs';
import { findChromium } from '../scripts/find-chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 7);
const COUNT = Number(process.env.BENCH_PROGRAMS) || 10_000;
const SEED = Number(process.env.BENCH_SEED) || 20261130;
const FINDER = 'dist/cdn/ma-program-finder.js';
const VALIDATE = 'dist/catalog/validate.js';
/** The character typed into each search box: a first letter that leaves about two thirds of the programs (ma 6,510 of 10,000). */
const KEY = process.env.BENCH_KEY || 'h';

// How the bench finds its way around each widget.
const MA = {
  search: 'ma-program-finder input[type=search]',
  /** The delivery=online filter control. */
  online: 'ma-program-finder input[name=delivery][value=online]',
  /** A painted result card, in the shadow root. */
  row: '[part~="card"]',
  /** What changes when the results change: the announced count and the cards. */
  results: '[part~="count"]',
  /** The ZIP box. */
  zip: 'ma-program-finder input#zip',
};
/** The ZIP typed for the radius search (Chicago, IL): many programs within 25 miles in the national catalog. */
const ZIP = process.env.BENCH_ZIP || '60601';
const GRID = { search: '.gridjs-search-input', row: '.gridjs-tbody .gridjs-tr td:not(.gridjs-message)', results: '.gridjs-tbody, .gridjs-summary' };

const debug = process.env.BENCH_DEBUG ? (...a) => console.log(`[${new Date().toISOString().slice(11, 23)}]`, ...a) : () => {};
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return undefined;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// ---------------------------------------------------------------- data

if (!existsSync(join(root, VALIDATE))) {
  console.error(`${VALIDATE} is missing: run \`npm run build\` first.`);
  process.exit(1);
}
const { validateCatalog } = await import(join(root, VALIDATE));

const sets = [];
{
  const catalog = generateCatalog({ count: COUNT, seed: SEED });
  validateCatalog(structuredClone(catalog)); // throws if the generator drifted from the schema
  sets.push({ id: 'synthetic', label: `${COUNT.toLocaleString('en-US')} synthetic programs (seed ${SEED})`, json: JSON.stringify(catalog), programs: catalog.programs.length });
}
{
  // The national catalog the package ships (ma-catalog import ipeds on the NCES 2023-24 files; see scripts/build-national.mjs).
  const file = join(root, 'data', 'national-catalog.json');
  if (!existsSync(file)) console.log('data/national-catalog.json not found: skipping the national catalog (npm run catalog:national).');
  else {
    const json = readFileSync(file, 'utf8');
    const national = validateCatalog(JSON.parse(json));
    sets.push({ id: 'national', label: `National catalog: ${national.programs.length.toLocaleString('en-US')} IPEDS 2023-24 medical assisting programs (data/national-catalog.json)`, json, programs: national.programs.length, zip: true });
  }
}
const haveFinder = existsSync(join(root, FINDER));
if (!haveFinder) console.log(`${FINDER} is missing (not built yet?): measuring Grid.js only.`);

// ---------------------------------------------------------------- sizes (g)

/** A script-tag file plus every chunk it imports statically (lazy import() chunks do not count), as .size-limit.mjs counts them. */
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w${},*\s]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, spec] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) closure(join(dirname(file), spec), seen);
  return seen;
}
const gz = (files) => files.reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0);
const sizes = {
  grid: gz(['node_modules/gridjs/dist/gridjs.umd.js', 'node_modules/gridjs/dist/theme/mermaid.min.css'].map((f) => join(root, f))),
  ma: haveFinder ? gz([...closure(join(root, FINDER))]) : undefined,
  all: existsSync(join(root, 'dist/cdn/ma-widgets.js')) ? gz([...closure(join(root, 'dist/cdn/ma-widgets.js'))]) : undefined,
};

// ---------------------------------------------------------------- query.ts alone (Node)

/**
 * The pure search (dist/programs/query.js) on the validated catalog, without
 * DOM: where the widget's time goes. "Index" is the first query on a
 * programs array (it normalizes every program once, cached per array).
 */
async function queryTimes(set) {
  const { queryPrograms } = await import(join(root, 'dist/programs/query.js'));
  const programs = validateCatalog(JSON.parse(set.json)).programs;
  const time = (f) => {
    const t = performance.now();
    f();
    return performance.now() - t;
  };
  const r = { index: [], all: [], key: [], filter: [] };
  for (let i = 0; i < RUNS; i++) {
    const list = programs.slice(); // a new array: a new index
    r.index.push(time(() => queryPrograms(list, {}, { sort: 'relevance' })));
    r.all.push(time(() => queryPrograms(list, {}, { sort: 'relevance' })));
    r.key.push(time(() => queryPrograms(list, { q: KEY }, { sort: 'relevance' })));
    r.filter.push(time(() => queryPrograms(list, { delivery: ['online'] }, { sort: 'relevance' })));
  }
  return Object.fromEntries(Object.entries(r).map(([k, v]) => [k, median(v)]));
}
const haveQuery = existsSync(join(root, 'dist/programs/query.js'));
for (const set of sets) if (haveQuery) set.query = await queryTimes(set);

// ---------------------------------------------------------------- server

const page = (head, body = '<main id="host"></main>') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>bench</title><script src="/bench/harness.js"></script>${head}</head><body>${body}</body></html>`;
const pages = {
  '/ma.html': page(`<script type="module" src="/${FINDER}"></script>`),
  // The floor of the keystroke measure: an input that only echoes its value (no search, no list).
  '/floor.html': page('<script type="module">const i = document.querySelector("input"), o = document.querySelector("output"); i.addEventListener("input", () => (o.textContent = i.value));</script>', '<label>Search <input type="search"></label> <output></output>'),
  '/grid.html': page('<link rel="stylesheet" href="/node_modules/gridjs/dist/theme/mermaid.min.css"><script src="/node_modules/gridjs/dist/gridjs.umd.js"></script>'),
  // The npm build's validateCatalog, with zod/mini mapped to the installed package.
  '/validate.html': page(`<script type="importmap">{"imports":{"zod/mini":"/node_modules/zod/mini/index.js"}}</script><script type="module">import { validateCatalog } from '/${VALIDATE}'; window.validateCatalog = validateCatalog;</script>`),
};
const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.html': 'text/html' };
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const send = (status, type, body) => res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' }).end(body);
  if (pages[path]) return send(200, 'text/html', pages[path]);
  const set = sets.find((s) => path === `/data/${s.id}.json`);
  if (set) return send(200, 'application/json', set.json);
  const file = normalize(join(root, path));
  const allowed = ['dist', 'node_modules', 'bench'].some((d) => file.startsWith(join(root, d) + sep));
  if (!allowed || !existsSync(file)) return send(404, 'text/plain', 'not found');
  send(200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

// ---------------------------------------------------------------- browser

const browser = await chromium.launch({
  executablePath: findChromium({ install: false }),
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });

async function open(path) {
  const p = await context.newPage();
  p.on('pageerror', (e) => console.warn(`  page error (${path}): ${e.message}`));
  p.on('response', (r) => r.status() >= 400 && console.warn(`  ${r.status()} ${r.url()}`));
  const cdp = await context.newCDPSession(p);
  await p.goto(origin + path, { waitUntil: 'load' });
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  return { p, heap };
}

/** The longest long animation frame overlapping [start, end], or 0 when there was none (all frames under 50 ms). */
async function longestFrame(p, windows) {
  await p.waitForTimeout(150); // entries arrive after their frame
  const loaf = await p.evaluate(() => window.__loaf);
  const hit = loaf.filter((e) => windows.some((w) => w && e.start < w.end && e.start + e.duration > w.start));
  const top = hit.reduce((a, e) => (e.duration > (a?.duration ?? 0) ? e : a), undefined);
  return { longest: top?.duration ?? 0, script: top?.script, layout: top?.layout, count: hit.length };
}

/** (a) for ma: JSON.parse, then validateCatalog from the npm build. */
async function runValidate(set) {
  const { p } = await open('/validate.html');
  await p.waitForFunction(() => window.validateCatalog);
  const r = await p.evaluate(async (url) => {
    const text = await (await fetch(url)).text();
    const t0 = performance.now();
    const data = JSON.parse(text);
    const t1 = performance.now();
    window.validateCatalog(data);
    return { parse: t1 - t0, validate: performance.now() - t1 };
  }, `/data/${set.id}.json`);
  await p.close();
  return r;
}

async function runMa(set) {
  debug('ma: open');
  const { p, heap } = await open('/ma.html');
  await p.waitForFunction(() => customElements.get('ma-program-finder'));
  const heap0 = await heap();
  // The data arrives (fetch + JSON.parse) in one task; (b) starts in the next, so frames are not blamed on the parse.
  await p.evaluate(async (url) => {
    window.__data = JSON.parse(await (await fetch(url)).text());
    await bench.afterPaint();
  }, `/data/${set.id}.json`);
  // (b) The catalog is given as a property; the widget validates it itself (in this measure).
  const first = await p.evaluate(async (row) => {
    // From a timer, as a page's own script would, so the long-frame entry attributes the work to a script.
    const { start, painted } = await new Promise((r) =>
      setTimeout(() => {
        const el = document.createElement('ma-program-finder');
        el.catalog = window.__data;
        window.__data = undefined;
        const start = performance.now();
        document.getElementById('host').append(el);
        r({ start, painted: bench.whenPainted(el.shadowRoot, () => el.shadowRoot.querySelector(row)) });
      }),
    );
    const end = await painted;
    return { start, end, ms: end - start };
  }, MA.row);
  const signature = `() => { const r = document.querySelector('ma-program-finder').shadowRoot; return [...r.querySelectorAll(${JSON.stringify(MA.results)})].map((n) => n.textContent).join('|') + '#' + [...r.querySelectorAll(${JSON.stringify(MA.row)})].map((n) => n.textContent).join('|'); }`;
  const arm = () => p.evaluate(`void (window.__m = bench.measureInput(document.querySelector('ma-program-finder').shadowRoot, ${signature}))`);
  const count = () => p.evaluate(`(${signature})().split('#')[0].replace(/\\s+/g, ' ').trim().slice(0, 80)`);
  // (c) one character typed into the search box, then (c') Backspace back to all results.
  debug('ma: keystroke');
  await p.locator(MA.search).focus();
  await arm();
  await p.keyboard.press(KEY);
  const key = await p.evaluate(() => window.__m);
  const keyResults = await count();
  await arm();
  await p.keyboard.press('Backspace');
  const back = await p.evaluate(() => window.__m);
  // (d) delivery = online, with the keyboard: focus the checkbox and press Space.
  await p.locator(MA.online).focus();
  await arm();
  await p.keyboard.press('Space');
  const filter = await p.evaluate(() => window.__m);
  const filterResults = await count();
  // (h) ZIP radius search (sets with \`zip\`): the last digit of a Chicago ZIP typed, to the paint of cards that
  // say how far away they are. Includes the first download of the lazy ZIP table, as a visitor's first search does.
  let zip;
  let zipResults;
  if (set.zip) {
    debug('ma: zip');
    await p.locator(MA.online).focus();
    await p.keyboard.press('Space'); // the delivery filter off again
    await p.locator(MA.zip).focus();
    await p.keyboard.type(ZIP.slice(0, -1));
    zip = await p.evaluate(
      ([last, row]) => {
        const r = document.querySelector('ma-program-finder').shadowRoot;
        let t0;
        addEventListener('input', () => (t0 ??= performance.now()), { capture: true, once: true });
        const done = bench.whenPainted(r, () => t0 !== undefined && / mi away/.test(r.querySelector(row)?.textContent ?? ''));
        const input = r.querySelector('#zip');
        input.value += last;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: last, inputType: 'insertText' }));
        return done.then((t1) => ({ start: t0, end: t1, ms: t1 - t0 }));
      },
      [ZIP.slice(-1), MA.row],
    );
    zipResults = await count();
  }
  const frames = await longestFrame(p, [first, key, back, filter, zip]);
  const firstFrames = await longestFrame(p, [first]);
  const heap1 = await heap();
  await p.close();
  return { firstScript: firstFrames.script, firstLayout: firstFrames.layout, first: first.ms, key: key.ms, back: back.ms, filter: filter.ms, zip: zip?.ms, zipResults, ...frames, firstLongest: firstFrames.longest, heap: heap1, heapDelta: heap1 - heap0, keyResults, filterResults };
}

async function runFloor() {
  const { p } = await open('/floor.html');
  await p.locator('input').focus();
  await p.evaluate(`void (window.__m = bench.measureInput(document.body, () => document.querySelector('output').textContent))`);
  await p.keyboard.press(KEY);
  const r = await p.evaluate(() => window.__m);
  await p.close();
  return r.ms;
}

async function runGrid(set) {
  debug('grid: open');
  const { p, heap } = await open('/grid.html');
  await p.waitForFunction(() => window.gridjs);
  const heap0 = await heap();
  debug('grid: first render');
  const parse = await p.evaluate(async (url) => {
    const text = await (await fetch(url)).text();
    const t0 = performance.now();
    const data = JSON.parse(text);
    const parse = performance.now() - t0;
    // The page's own mapping from catalog to table rows (not timed: Grid.js is handed rows).
    const en = (t) => (typeof t === 'string' ? t : t.en ?? Object.values(t)[0]);
    // Without Intl: the first Intl formatter of a page costs ~10 ms, and this untimed step must not pay it for Grid.js.
    const money = { format: (n) => `$${String(Math.round(n)).replace(/\B(?=(\d{3})+$)/g, ',')}` };
    window.__rows = data.programs.map((p) => [
      en(p.name),
      en(p.institution.name),
      p.location.city,
      p.location.state,
      p.delivery ?? 'Not reported',
      p.credential,
      p.lengthMonths.min === p.lengthMonths.max ? `${p.lengthMonths.min}` : `${p.lengthMonths.min}–${p.lengthMonths.max}`,
      p.tuition ? `${money.format(p.tuition.amount)}${p.tuition.covers === 'year' ? '/yr' : ''}` : 'Not reported',
    ]);
    await bench.afterPaint();
    return parse;
  }, `/data/${set.id}.json`);
  const first = await p.evaluate(async (row) => {
    const host = document.getElementById('host');
    const { start, painted } = await new Promise((r) =>
      setTimeout(() => {
        const start = performance.now();
        new gridjs.Grid({
          columns: ['Program', 'School', 'City', 'State', 'Delivery', 'Credential', 'Months', 'Tuition'],
          data: window.__rows,
          search: true,
          sort: true,
          pagination: { limit: 20 },
        }).render(host);
        window.__rows = undefined;
        r({ start, painted: bench.whenPainted(host, () => host.querySelector(row)) });
      }),
    );
    const end = await painted;
    return { start, end, ms: end - start };
  }, GRID.row);
  const signature = `() => [...document.querySelectorAll(${JSON.stringify(GRID.results)})].map((n) => n.textContent).join('|')`;
  const arm = () => p.evaluate(`void (window.__m = bench.measureInput(document.getElementById('host'), ${signature}))`);
  debug('grid: keystroke');
  await p.locator(GRID.search).focus();
  await arm();
  await p.keyboard.press(KEY);
  const key = await p.evaluate(() => window.__m);
  const keyResults = await p.evaluate(() => document.querySelector('.gridjs-summary')?.textContent.trim());
  await arm();
  await p.keyboard.press('Backspace');
  const back = await p.evaluate(() => window.__m);
  const frames = await longestFrame(p, [first, key, back]);
  const firstFrames = await longestFrame(p, [first]);
  const heap1 = await heap();
  await p.close();
  return { firstScript: firstFrames.script, firstLayout: firstFrames.layout, parse, first: first.ms, key: key.ms, back: back.ms, ...frames, firstLongest: firstFrames.longest, heap: heap1, heapDelta: heap1 - heap0, keyResults };
}

// ---------------------------------------------------------------- runs

/** One more try after a failed run (e.g. dist/ being rebuilt meanwhile), said out loud; a second failure stops the bench. */
async function retry(run) {
  try {
    return await run();
  } catch (e) {
    console.warn(`\n  a run failed (${e.message.split('\n')[0]}); trying once more`);
    for (const p of context.pages()) await p.close();
    await new Promise((r) => setTimeout(r, 3000));
    return run();
  }
}

const started = Date.now();
const report = [];
const floor = [];
for (const set of sets) {
  const runs = { validate: [], ma: [], grid: [] };
  for (let i = 0; i < RUNS; i++) {
    // Alternate the order so that neither widget always runs on a warmer browser.
    const order = i % 2 ? ['grid', 'ma'] : ['ma', 'grid'];
    for (const w of order) {
      if (w === 'grid') runs.grid.push(await retry(() => runGrid(set)));
      else if (haveFinder) {
        runs.validate.push(await retry(() => runValidate(set)));
        runs.ma.push(await retry(() => runMa(set)));
      }
    }
    if (set === sets[0]) floor.push(await retry(runFloor));
    process.stdout.write(`\r${set.id}: run ${i + 1}/${RUNS}`);
  }
  process.stdout.write('\n');
  report.push({ set, runs });
}
const browserVersion = browser.version();
await browser.close();
server.close();

// ---------------------------------------------------------------- table

const ms = (x) => (x === undefined ? 'n/a' : `${x < 10 ? x.toFixed(1) : Math.round(x)} ms`);
const mb = (x) => (x === undefined ? 'n/a' : `${(x / 1e6).toFixed(1)} MB`);
const ratio = (a, b) => (a === undefined || b === undefined || !b ? '—' : `${(a / b).toFixed(2)}×`);
const verdict = (x, budget) => (x === undefined ? '—' : x <= budget ? 'met' : '**MISSED**');
const split = (r) => (r.firstLongest ? `${frame(r.firstLongest)} (${ms(r.firstScript)}; ${ms(r.firstLayout)})` : frame(r.firstLongest));
const frame = (x) => (x === undefined ? 'n/a' : x === 0 ? 'none over 50 ms' : ms(x));

function table({ set, runs }) {
  const med = (list, k) => median(list.map((r) => r[k]));
  const haveMa = runs.ma.length > 0;
  const m = haveMa
    ? {
        parse: med(runs.validate, 'parse'),
        validate: med(runs.validate, 'validate'),
        pv: median(runs.validate.map((r) => r.parse + r.validate)),
        first: med(runs.ma, 'first'),
        render: median(runs.ma.map((r, i) => r.first - runs.validate[i].validate)),
        key: med(runs.ma, 'key'),
        back: med(runs.ma, 'back'),
        filter: med(runs.ma, 'filter'),
        zip: med(runs.ma, 'zip'),
        longest: med(runs.ma, 'longest'),
        firstLongest: med(runs.ma, 'firstLongest'),
        firstScript: med(runs.ma, 'firstScript'),
        firstLayout: med(runs.ma, 'firstLayout'),
        count: med(runs.ma, 'count'),
        heap: med(runs.ma, 'heap'),
        heapDelta: med(runs.ma, 'heapDelta'),
      }
    : {};
  const g = Object.fromEntries(['parse', 'first', 'key', 'back', 'longest', 'firstLongest', 'firstScript', 'firstLayout', 'count', 'heap', 'heapDelta'].map((k) => [k, med(runs.grid, k)]));
  const rows = [
    ['(a) catalog parse + validate', `${ms(m.pv)} (parse ${ms(m.parse)} + validate ${ms(m.validate)})`, `${ms(g.parse)} (JSON.parse only; Grid.js validates nothing)`, ratio(m.pv, g.parse), '50 ms', verdict(m.pv, 50)],
    ['(b) first render after data: data handed over → rows painted (ma: includes its own validation)', ms(m.first), ms(g.first), ratio(m.first, g.first), '— (see b′)', '—'],
    ['(b′) first render only (ma: b − validate of a, same run)', ms(m.render), ms(g.first), ratio(m.render, g.first), '30 ms', verdict(m.render, 30)],
    ['(b″) longest frame during first render (of which scripts; style + layout)', split(m), split(g), '—', 'no frame over 50 ms', m.firstLongest === undefined ? '—' : m.firstLongest <= 50 ? 'met' : '**MISSED**'],
    [`(c) keystroke to paint: type "${KEY}" in the search box`, ms(m.key), ms(g.key), ratio(m.key, g.key), '16 ms (one frame)', verdict(m.key, 16)],
    ['(c′) keystroke to paint: Backspace back to all results', ms(m.back), ms(g.back), ratio(m.back, g.back), '16 ms (one frame)', verdict(m.back, 16)],
    ['(d) filter change to paint: delivery = online', ms(m.filter), 'n/a (Grid.js has no filters)', '—', '16 ms (keystroke budget)', verdict(m.filter, 16)],
    ...(set.zip ? [[`(h) ZIP radius search: last digit of ${ZIP} typed → cards with distances painted (first search: includes the lazy ZIP table)`, ms(m.zip), 'n/a (Grid.js has no radius search)', '—', '—', '—']] : []),
    ['(e) longest animation frame during b–d (LoAF)', `${frame(m.longest)}${m.count ? `, ${m.count} long frame(s)` : ''}`, `${frame(g.longest)}${g.count ? `, ${g.count} long frame(s)` : ''}`, ratio(m.longest || undefined, g.longest || undefined), 'no frame over 50 ms', m.longest === undefined ? '—' : m.longest <= 50 ? 'met' : '**MISSED**'],
    ['(f) JS heap after GC: whole page', mb(m.heap), mb(g.heap), ratio(m.heap, g.heap), '—', '—'],
    ['(f′) JS heap after GC: added by data + widget', mb(m.heapDelta), mb(g.heapDelta), ratio(m.heapDelta, g.heapDelta), '—', '—'],
  ];
  if (set.query) {
    const q = set.query;
    rows.push(
      [`query.ts alone in Node ${process.version} (no DOM): first query, building the index`, ms(q.index), '—', '—', '30 ms (part of first render)', verdict(q.index, 30)],
      ['query.ts alone: all programs, index built', ms(q.all), '—', '—', '16 ms (one frame)', verdict(q.all, 16)],
      [`query.ts alone: search "${KEY}"`, ms(q.key), '—', '—', '16 ms', verdict(q.key, 16)],
      ['query.ts alone: delivery = online', ms(q.filter), '—', '—', '16 ms', verdict(q.filter, 16)],
    );
  }
  const head = `### ${set.label}\n\nMedians of ${RUNS} runs. Results after the keystroke: ma ${runs.ma[0]?.keyResults ? `"${runs.ma[0].keyResults}"` : 'n/a'}; Grid.js "${runs.grid[0]?.keyResults ?? 'n/a'}". After the filter: ma ${runs.ma[0]?.filterResults ? `"${runs.ma[0].filterResults}"` : 'n/a'}.${set.zip ? ` After the ZIP search: ma ${runs.ma[0]?.zipResults ? `"${runs.ma[0].zipResults}"` : 'n/a'}.` : ''}\n\n| measure | ma-program-finder | Grid.js 6.2.0 | ma / Grid.js | budget | verdict |\n| --- | --- | --- | --- | --- | --- |\n`;
  return head + rows.map((r) => `| ${r.join(' | ')} |`).join('\n') + '\n';
}

const sizeTable = `### Bytes (min+gz, gzip -9, kB = 1000 bytes)

| measure | ma-program-finder | Grid.js 6.2.0 | ma / Grid.js | budget | verdict |
| --- | --- | --- | --- | --- | --- |
| (g) script-tag cost: ma = ${FINDER} + the chunks it imports statically (Lit and zod/mini included; lazy chunks excluded); Grid.js = gridjs.umd.js + mermaid.min.css | ${sizes.ma === undefined ? 'n/a' : kB(sizes.ma)} | ${kB(sizes.grid)} | ${ratio(sizes.ma, sizes.grid)} | 20 kB | ${verdict(sizes.ma, 20_000)} |
| all widgets: dist/cdn/ma-widgets.js + static chunks | ${sizes.all === undefined ? 'n/a' : kB(sizes.all)} | — | — | 40 kB | ${verdict(sizes.all, 40_000)} |
`;

const os = await import('node:os');
const notes = `
Notes
- One headless Chromium ${browserVersion} (${process.platform}, ${os.cpus().length} cores, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')} at the end: other work on the machine shows up as noise), viewport 1280×900, a fresh page per run and widget; widget order alternates between runs.
- (a) For ma, the npm build's \`validateCatalog\` (zod/mini) in its own page; for Grid.js, JSON.parse only: it has no schema.
- (b) From handing over the data (ma: \`catalog\` property = the parsed JSON; Grid.js: \`new Grid({data}).render()\` with rows mapped from the same catalog, mapping not timed) to the paint after the first result rows exist (requestAnimationFrame + setTimeout marker). ma validates a \`catalog\` object itself, so (b) includes validation; (b′) subtracts the validate time of (a) from the same run, an estimate.
- (c), (d) From the \`input\`/\`change\` event (capture phase, before the widget's handler) to the paint after the results (count and rows) change. This includes waiting for the next frame, as a person sees it: by the same measure, a bare \`<input>\` that only echoes its value into an \`<output>\` takes ${ms(median(floor))} (median of ${floor.length}), the floor of the method. Grid.js is configured as it commonly is (\`search: true, sort: true, pagination: {limit: 20}\`) and searches all eight columns; ma searches program, school and city names, so result counts differ. (d) uses the keyboard (Space on the "online" checkbox).
- The national catalog (IPEDS) has no delivery mode (IPEDS does not report it), so delivery = online leaves 0 programs there and (d) measures the empty state with its suggestions.
- The query.ts rows time \`queryPrograms\` from dist/programs/query.js in this Node process on the validated catalog, medians of the same number of runs; the first query on a programs array builds its index.
- (e) Long Animation Frames are frames over 50 ms; "none over 50 ms" means no such frame.
- (f) CDP HeapProfiler.collectGarbage then Runtime.getHeapUsage. "Added" is after − before the data was fetched. ma keeps the parsed object it was given (its \`catalog\` property) and the validated copy.
`;

const out = `## Finder benchmark: <ma-program-finder> vs Grid.js 6.2.0\n\n${report.map(table).join('\n')}\n${sizeTable}${notes}\nTotal time ${Math.round((Date.now() - started) / 1000)} s.\n`;
console.log('\n' + out);
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/finder.md'), out);
console.log(`Written to ${relative(process.cwd(), join(root, 'bench/results/finder.md')) || 'bench/results/finder.md'}`);
