// No leaks: every widget mounted and unmounted 100 times, with interaction
// (typing, clicking the first controls) and one finder on a slow catalog
// removed while it is still loading. After a forced garbage collection the
// JS heap, the DOM node count and the listeners on document and window are
// compared with the start (after a warm-up, so that lazy chunks, Lit's
// template cache and the shared catalog are already in memory).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openPage, WIDGETS } from './helpers.mjs';

let env;
before(async () => (env = await setup()));
after(() => env?.close());

const ROUNDS = 100;
// Tolerances. Heap: V8's own bookkeeping (compiled code, inline caches, the
// console's retained messages) moves by a few hundred KB between two
// measurements of an idle page; one leaked set of five widgets a round would add
// several MB over 100 rounds. Nodes: none may remain (detached nodes that are
// still referenced count too); a handful of slack for the browser's own.
const HEAP_TOLERANCE = 1024 * 1024;
const NODE_TOLERANCE = 20;

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>leak</title>
<script type="module" src="/dist/cdn/ma-widgets.js"></script></head><body><main id="stage"></main></body></html>`;

test(`mount and unmount every widget ${ROUNDS} times: no growth in heap, DOM nodes or document/window listeners`, async () => {
  const { context, page, problems } = await openPage(env.browser);
  try {
    await context.route(`${env.url}leak.html`, (r) => r.fulfill({ contentType: 'text/html', body: PAGE }));
    // A catalog that takes 400 ms, so a widget can be removed while it loads.
    await context.route(/\/slow-leak\.json/, async (r) => {
      await new Promise((done) => setTimeout(done, 400));
      await r.fulfill({ status: 200, contentType: 'application/json', body: '{}' }).catch(() => undefined);
    });
    await page.goto(env.url + 'leak.html');
    await page.waitForFunction(() => customElements.get('ma-program-finder'));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');

    const cycle = (rounds) =>
      page.evaluate(
        async ({ rounds, tags }) => {
          const stage = document.getElementById('stage');
          const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
          const ready = (el) => el.shadowRoot && el.shadowRoot.childElementCount && !el.shadowRoot.querySelector('[aria-busy="true"]');
          for (let i = 0; i < rounds; i++) {
            const els = tags.map((t) => {
              const el = document.createElement(t);
              el.setAttribute('src', '/catalog.json');
              if (t === 'ma-program-compare') el.setAttribute('programs', 'example-valley-college-associate,example-arroyo-technical-institute-certificate');
              return el;
            });
            const slow = document.createElement('ma-program-finder');
            slow.setAttribute('src', `/slow-leak.json?round=${i}`);
            stage.append(...els, slow);
            for (const t = performance.now(); !els.every(ready) && performance.now() - t < 10000; ) await frame();
            // Interaction: type into the first text field, tick the first box, press the first button.
            for (const el of els) {
              const r = el.shadowRoot;
              const input = r.querySelector('input[type="search"], input[type="text"], input:not([type])');
              if (input) {
                input.value = 'san';
                input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
              }
              r.querySelector('input[type="checkbox"]')?.click();
              r.querySelector('button')?.click();
            }
            await frame();
            // Everything goes, the slow finder while its catalog is still on the way.
            stage.replaceChildren();
            await frame();
          }
        },
        { rounds, tags: WIDGETS.map((w) => `ma-${w}`) },
      );

    const measure = async () => {
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
      const listeners = async (expression) => {
        const { result } = await cdp.send('Runtime.evaluate', { expression });
        const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
        await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
        return listeners.length;
      };
      return { heap: m.JSHeapUsedSize, nodes: m.Nodes, jsListeners: m.JSEventListeners, documentListeners: await listeners('document'), windowListeners: await listeners('window') };
    };

    await cycle(5); // warm-up
    await page.waitForTimeout(600); // the warm-up's slow responses arrive (and are ignored)
    const start = await measure();
    const t0 = Date.now();
    await cycle(ROUNDS);
    const ms = Date.now() - t0;
    await page.waitForTimeout(600);
    const end = await measure();
    const kb = (b) => `${(b / 1024).toFixed(0)} KB`;
    console.log(
      `leak: ${ROUNDS} rounds × ${WIDGETS.length + 1} widgets in ${ms} ms; heap ${kb(start.heap)} -> ${kb(end.heap)} (${end.heap >= start.heap ? '+' : ''}${kb(end.heap - start.heap)}), ` +
        `DOM nodes ${start.nodes} -> ${end.nodes}, JS listeners ${start.jsListeners} -> ${end.jsListeners}, ` +
        `document listeners ${start.documentListeners} -> ${end.documentListeners}, window listeners ${start.windowListeners} -> ${end.windowListeners}`,
    );
    assert.ok(end.heap - start.heap < HEAP_TOLERANCE, `heap grew by ${kb(end.heap - start.heap)}`);
    assert.ok(end.nodes - start.nodes <= NODE_TOLERANCE, `DOM nodes grew by ${end.nodes - start.nodes}`);
    assert.equal(end.documentListeners, start.documentListeners, 'listeners on document');
    assert.equal(end.windowListeners, start.windowListeners, 'listeners on window');
    assert.ok(end.jsListeners - start.jsListeners <= NODE_TOLERANCE, `event listeners grew by ${end.jsListeners - start.jsListeners}`);
    // Requests cancelled on purpose (a widget removed while loading) are not problems.
    assert.deepEqual(problems.filter((p) => !p.includes('slow-leak') && !p.includes('net::ERR_ABORTED')), []);
  } finally {
    await context.close();
  }
});
