// 15,000 programs: from the moment a finder asks for its catalog until its
// first results are painted, no main-thread task may take over 200 ms. The
// JSON arrives in one response; decoding, parsing, the sliced (lenient)
// validation, the finder's index and first render are what is measured.
//
// Two measures of the same run: the Long Tasks API (wall-clock time of each
// task over 50 ms) and a Chromium trace's RunTask events on the renderer's main
// thread with their thread (CPU) time. On a machine with more runnable
// processes than cores (CI runners, or this repository's shared build box),
// a 60 ms task can take 400 ms of wall-clock time while the thread waits for a
// core: the wall-clock limit is then not a statement about this code. So the
// CPU-time limit always holds, and the Long Tasks limit is asserted whenever
// the load average is below the number of cores; both figures are printed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { setup, openPage, root } from './helpers.mjs';

let env;
before(async () => (env = await setup()));
after(() => env?.close());

const N = 15000;
const LIMIT = 200;

/** The default catalog's 48 programs repeated to N, with distinct ids, cities and prices. */
function bigCatalog() {
  const base = JSON.parse(readFileSync(join(root, 'data/default-catalog.json'), 'utf8'));
  const programs = Array.from({ length: N }, (_, i) => {
    const p = structuredClone(base.programs[i % base.programs.length]);
    p.id = `${p.id}-${i}`;
    p.location.city = `${p.location.city} ${Math.floor(i / base.programs.length)}`;
    if (p.tuition) p.tuition.amount = Math.round(p.tuition.amount * (0.8 + ((i * 37) % 40) / 100));
    return p;
  });
  return JSON.stringify({ ...base, programs });
}

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>15k</title>
<script>window.__tasks = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__tasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });</script>
<script type="module" src="/dist/cdn/ma-program-finder.js"></script></head><body><main id="stage"></main></body></html>`;

test(`${N.toLocaleString('en')} programs: no main-thread task over ${LIMIT} ms from request to first results`, async () => {
  const body = bigCatalog();
  const { context, page, problems } = await openPage(env.browser);
  try {
    await context.route(`${env.url}long-tasks.html`, (r) => r.fulfill({ contentType: 'text/html', body: PAGE }));
    await context.route(/\/big-15000\.json$/, (r) => r.fulfill({ status: 200, contentType: 'application/json', body }));
    await page.goto(env.url + 'long-tasks.html');
    await page.waitForFunction(() => customElements.get('ma-program-finder'));
    await page.waitForTimeout(300); // the page's own start-up tasks are over
    await env.browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    const result = await page.evaluate(async () => {
      const start = performance.now();
      const el = document.createElement('ma-program-finder');
      el.setAttribute('src', '/big-15000.json');
      const loaded = new Promise((r) => el.addEventListener('ma-catalog-load', (e) => r(e.detail.programs), { once: true }));
      document.getElementById('stage').append(el);
      const programs = await loaded;
      // A large finder still builds its index (in slices) after the load event: wait for its first cards.
      const until = performance.now() + 20000;
      while (!el.shadowRoot.querySelector('.card') && performance.now() < until) await new Promise((r) => setTimeout(r, 16));
      // Painted: two frames after the first results are in the DOM.
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const end = performance.now();
      await new Promise((r) => setTimeout(r, 100)); // let the observer deliver
      const tasks = window.__tasks.filter((t) => t.start >= start - 1 && t.start <= end);
      return { programs, cards: el.shadowRoot.querySelectorAll('.card').length, total: end - start, tasks };
    });
    const trace = JSON.parse((await env.browser.stopTracing()).toString('utf8'));
    const events = trace.traceEvents ?? trace;
    const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
    const runs = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`));
    const longestCpu = Math.max(0, ...runs.map((e) => (e.tdur ?? e.dur) / 1000));
    const longestWall = Math.max(0, ...runs.map((e) => e.dur / 1000));
    const longest = Math.max(0, ...result.tasks.map((t) => t.duration));
    const busy = loadavg()[0] >= cpus().length;
    console.log(
      `long tasks at ${N} programs: Long Tasks API longest ${Math.round(longest)} ms (${result.tasks.length} over 50 ms: ` +
        `${result.tasks.map((t) => Math.round(t.duration)).join(', ') || 'none'}); trace: longest task ${Math.round(longestCpu)} ms of CPU ` +
        `(${Math.round(longestWall)} ms wall); request to first results ${Math.round(result.total)} ms; ${(body.length / 1e6).toFixed(1)} MB of JSON; ` +
        `load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores${busy ? ' (oversubscribed: wall-clock limit not asserted)' : ''}`,
    );
    assert.equal(result.programs, N);
    assert.ok(result.cards > 0, 'results shown');
    assert.ok(runs.length > 0, 'the trace has the main thread\'s tasks');
    assert.ok(longestCpu <= LIMIT, `a task took ${Math.round(longestCpu)} ms of CPU time`);
    if (!busy) assert.ok(longest <= LIMIT, `a task took ${Math.round(longest)} ms (Long Tasks API)`);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
