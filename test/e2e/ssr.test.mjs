// Server rendering (ma-widgets/ssr, ma-catalog render): the demo home page pre-rendered at build
// (dist/demo-ssr.html, served as /ssr.html; the Spanish guide as /ssr-es.html). Without JavaScript every widget's text is there; with
// it, hydration keeps the server's nodes, logs no error, shifts nothing, and axe finds nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { setup, openPage, widgetsReady, axe, screenshotDir, WIDGETS, root } from './helpers.mjs';

let env;
before(async () => (env = await setup()));
after(() => env?.close());

/** Text each widget shows on the sample catalog: the demo home page (English) and the Spanish guide. */
const TEXT = {
  en: {
    'ma-program-finder': /Showing \d+ of \d+ programs/,
    'ma-salary-table': /Annual pay percentiles by occupation|Pay by career stage/,
    'ma-career-explorer': /Career paths from Medical assistants/,
    'ma-steps': /Complete a training program/,
    'ma-faq': /How long does medical assistant training take\?/,
    'ma-outlook': /Job outlook: Medical assistants/,
    'ma-program-compare': /Comparing 2 programs/,
    'ma-get-matched': /Step 1 of \d+ Where do you want to study\?/,
  },
  es: {
    'ma-program-finder': /Se muestran \d+ de \d+ programas/,
    'ma-salary-table': /Percentiles de salario anual por ocupación/,
    'ma-career-explorer': /Trayectorias profesionales desde Asistentes médicos/,
    'ma-steps': /Completa un programa de formación/,
    'ma-faq': /¿Cuánto dura la formación de asistente médico\?/,
    'ma-outlook': /Perspectivas laborales: Asistentes médicos/,
    'ma-program-compare': /Comparación de 2 programas/,
    'ma-get-matched': /Paso 1 de \d+ ¿Dónde quiere estudiar\?/,
  },
};

for (const [lang, path] of [['en', 'ssr.html'], ['es', 'ssr-es.html']]) {
  test(`with JavaScript disabled, every widget of the pre-rendered ${lang === 'en' ? 'home page' : 'Spanish guide'} (/${path}) shows its content`, async () => {
    const { context, page } = await openPage(env.browser, { javaScriptEnabled: false });
    try {
      await page.goto(env.url + path, { waitUntil: 'load' });
      // What a reader sees in each shadow root: its rendered text, not the text of its <style>.
      const texts = await page.evaluate(() =>
        [...document.querySelectorAll('*')]
          .filter((e) => e.localName.startsWith('ma-'))
          .map((e) => [e.localName, [...(e.shadowRoot?.children ?? [])].filter((c) => !['style', 'link', 'script'].includes(c.localName)).map((c) => c.innerText).join(' ').replace(/\s+/g, ' ').trim()]),
      );
      assert.deepEqual([...new Set(texts.map(([t]) => t))].sort(), WIDGETS.map((w) => `ma-${w}`).sort());
      for (const [tag, text] of texts) {
        assert.match(text, TEXT[lang][tag], `<${tag}> shows its text without JavaScript`);
        assert.ok(!/Loading|Cargando/.test(text), `<${tag}> is not a loading state`);
      }
      // Styled: the shadow roots' <style> applies (the FAQ's base is a block, not an inline run).
      const styled = await page.evaluate(() => getComputedStyle(document.querySelector('ma-faq').shadowRoot.querySelector('[part~="base"]')).display);
      assert.notEqual(styled, 'inline', 'the shadow-root styles apply');
      await page.screenshot({ path: join(screenshotDir(), `ssr-no-js-${lang}.png`), fullPage: true });
    } finally {
      await context.close();
    }
  });
}

/** Before any script of the page runs: records layout shifts, and marks every element of every declarative shadow root. */
const markServerNodes = (context) =>
  context.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push({ value: e.value, where: (e.sources ?? []).map((s) => s.node?.nodeName ?? '?') });
    }).observe({ type: 'layout-shift', buffered: true });
    // Before any widget script runs: mark every element of every declarative shadow root.
    window.__marked = new Map();
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      for (const host of document.querySelectorAll('*')) {
        if (!host.localName.startsWith('ma-') || !host.shadowRoot) continue;
        const nodes = [...host.shadowRoot.querySelectorAll('*')];
        nodes.forEach((n) => (n.__ssr = true));
        window.__marked.set(host, nodes);
      }
    });
  });

/** Per marked widget: how many marked nodes it had, how many it kept, how many it added, whether it updated. */
const hydrationReport = (page) =>
  page.evaluate(() =>
    [...window.__marked].map(([host, nodes]) => ({
      tag: host.localName,
      before: nodes.length,
      kept: nodes.filter((n) => host.shadowRoot.contains(n)).length,
      fresh: [...host.shadowRoot.querySelectorAll('*')].filter((n) => !n.__ssr).length,
      hydrated: host.hasUpdated === true,
    })),
  );

/** Every one of the `count` marked widgets hydrated, keeping each server-rendered node and adding none. */
function assertHydrated(report, count) {
  assert.equal(report.length, count, `${count} server-rendered widgets were marked before their scripts ran`);
  for (const r of report) {
    assert.ok(r.hydrated, `<${r.tag}> is defined and updated`);
    assert.equal(r.kept, r.before, `<${r.tag}> keeps every server-rendered node (${r.kept}/${r.before})`);
    assert.equal(r.fresh, 0, `<${r.tag}> added no node on hydration`);
  }
}

test('with JavaScript, the widgets hydrate: the same nodes, no console error, no layout shift, axe clean', async () => {
  const { context, page, problems } = await openPage(env.browser);
  try {
    await markServerNodes(context);
    await page.goto(env.url + 'ssr.html', { waitUntil: 'load' });
    await widgetsReady(page);
    await page.waitForTimeout(300);
    const report = await hydrationReport(page);
    assertHydrated(report, 9);
    const shifts = await page.evaluate(() => window.__shifts);
    assert.equal(shifts.reduce((s, e) => s + e.value, 0), 0, `layout shifts: ${JSON.stringify(shifts)}`);
    assert.deepEqual(problems, []);
    assert.deepEqual(await axe(page), []);
    // Interaction works after hydration: a FAQ item opens, the finder's state filter applies.
    const opened = await page.evaluate(async () => {
      const faq = document.querySelector('ma-faq');
      const summary = faq.shadowRoot.querySelector('summary');
      summary.click();
      await faq.updateComplete;
      return summary.parentElement.open;
    });
    assert.ok(opened, 'a FAQ item opens after hydration');
    const filtered = await page.evaluate(async () => {
      const finder = document.querySelector('ma-program-finder');
      const events = [];
      finder.addEventListener('ma-filter-change', (e) => events.push(e.detail.total));
      const select = finder.shadowRoot.querySelector('select#state');
      select.value = 'TX';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await finder.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
      return { count: finder.shadowRoot.querySelector('#count').textContent, events };
    });
    assert.match(filtered.count, /12 programs/, 'the state filter applies after hydration');
    assert.deepEqual(filtered.events, [12], 'and ma-filter-change is fired');
  } finally {
    await context.close();
  }
});

test('the pre-rendered Spanish guide hydrates the same way: every node kept, Spanish after hydration, no error, no shift', async () => {
  const { context, page, problems } = await openPage(env.browser);
  try {
    await markServerNodes(context);
    await page.goto(env.url + 'ssr-es.html', { waitUntil: 'load' });
    await widgetsReady(page);
    await page.waitForTimeout(300);
    const report = await hydrationReport(page);
    assertHydrated(report, 8);
    const count = await page.evaluate(() => document.querySelector('ma-program-finder').shadowRoot.querySelector('#count').textContent);
    assert.match(count, /Se muestran \d+ de \d+ programas/);
    const shifts = await page.evaluate(() => window.__shifts);
    assert.equal(shifts.reduce((s, e) => s + e.value, 0), 0, `layout shifts: ${JSON.stringify(shifts)}`);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('a finder whose page URL asks for other filters than the server rendered renders again, once, without an error', async () => {
  const { context, page, problems } = await openPage(env.browser);
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  try {
    await page.goto(env.url + 'ssr.html?state=TX', { waitUntil: 'load' });
    await widgetsReady(page);
    const finder = await page.evaluate(() => {
      const root = document.querySelector('ma-program-finder').shadowRoot;
      return { bases: root.querySelectorAll('[part~="base"]').length, count: root.querySelector('#count')?.textContent, styled: !!root.querySelector('style, link') };
    });
    assert.equal(finder.bases, 1, 'one copy of the finder');
    assert.ok(finder.styled, 'its styles kept');
    assert.match(finder.count, /12 programs/, `the URL's filter applies: ${finder.count}`);
    assert.ok(warnings.some((w) => /does not match this page's state/.test(w)), 'a warning says why it rendered again');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('under a strict CSP (no inline style), the pre-rendered page with style sheet links is styled, with and without JavaScript', async () => {
  for (const javaScriptEnabled of [false, true]) {
    const { context, page, problems, csp } = await openPage(env.browser, { javaScriptEnabled });
    const refused = [];
    page.on('console', (m) => /Content Security Policy/i.test(m.text()) && refused.push(m.text()));
    try {
      const res = await page.goto(env.url + 'ssr-strict.html', { waitUntil: 'load' });
      assert.match(res.headers()['content-security-policy'], /style-src 'self'/);
      if (javaScriptEnabled) await widgetsReady(page);
      const look = await page.evaluate(() => {
        const root = document.querySelector('ma-get-matched').shadowRoot;
        const next = [...root.querySelectorAll('button')].find((b) => /Next/.test(b.textContent));
        return { links: root.querySelectorAll('link[rel="stylesheet"]').length, styles: root.querySelectorAll('style').length, bg: getComputedStyle(next).backgroundColor };
      });
      assert.equal(look.links, 1, 'a style sheet link in the shadow root');
      assert.equal(look.styles, 0, 'no inline style');
      assert.notEqual(look.bg, 'rgba(0, 0, 0, 0)', `the button is styled (${look.bg})`);
      assert.notEqual(look.bg, 'rgb(239, 239, 239)', 'not the browser default button');
      assert.deepEqual(refused, [], `JavaScript ${javaScriptEnabled ? 'on' : 'off'}: nothing refused by the CSP`);
      if (javaScriptEnabled) {
        assert.deepEqual(await csp(), []);
        assert.deepEqual(problems, []);
      }
    } finally {
      await context.close();
    }
  }
});

test("renderWidget's own data block: a catalog the client does not have hydrates from the block, keeping the nodes", async () => {
  const { renderWidget } = await import('../../dist/ssr.js');
  const catalog = JSON.parse(readFileSync(join(root, 'data/default-catalog.json'), 'utf8'));
  delete catalog.checksum; // hand-written: the client checks it with the validator (its lazy chunk)
  catalog.faq[0].question = { en: 'A question only this catalog has?', es: '¿Una pregunta?' };
  const widgets = [await renderWidget('ma-faq', { catalog }), await renderWidget('ma-program-finder', { catalog, attributes: { state: 'TX' } })];
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Inline</title>
    <script type="module" src="/dist/cdn/ma-widgets-hydrate.js"></script><script type="module" src="/dist/cdn/ma-widgets.js"></script></head>
    <body><main><h1>Inline catalog</h1>${widgets.join('\n')}</main></body></html>`;
  const { context, page, problems } = await openPage(env.browser);
  try {
    await context.route(env.url + 'inline.html', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
    await context.addInitScript(() => {
      window.__marked = [];
      document.addEventListener('readystatechange', () => {
        if (document.readyState !== 'interactive') return;
        for (const host of document.querySelectorAll('ma-faq, ma-program-finder')) window.__marked.push([host, [...host.shadowRoot.querySelectorAll('*')]]);
      });
    });
    await page.goto(env.url + 'inline.html', { waitUntil: 'load' });
    await widgetsReady(page);
    const r = await page.evaluate(() => ({
      kept: window.__marked.map(([host, nodes]) => [host.localName, nodes.length, nodes.filter((n) => host.shadowRoot.contains(n)).length]),
      faq: document.querySelector('ma-faq').shadowRoot.textContent,
      count: document.querySelector('ma-program-finder').shadowRoot.querySelector('#count').textContent,
      status: [...document.querySelectorAll('ma-faq, ma-program-finder')].map((e) => e.data.status),
    }));
    assert.deepEqual(r.status, ['ready', 'ready']);
    for (const [tag, before, kept] of r.kept) {
      assert.ok(before > 10, `<${tag}> was server-rendered`);
      assert.equal(kept, before, `<${tag}> keeps its nodes`);
    }
    assert.match(r.faq, /A question only this catalog has\?/, 'the FAQ shows the inline catalog, not the sample');
    assert.match(r.count, /12 programs/);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('a damaged data block shows the error state and fires ma-catalog-error, not the sample catalog', async () => {
  const { renderWidget } = await import('../../dist/ssr.js');
  const catalog = JSON.parse(readFileSync(join(root, 'data/default-catalog.json'), 'utf8'));
  // The data block cut short, as a CMS that truncates a field would leave it.
  const widget = (await renderWidget('ma-faq', { catalog })).replace(/(<script type="application\/json" data-ma-catalog>)([\s\S]*?)(<\/script>)/, (_, a, json, b) => a + json.slice(0, 200) + b);
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Damaged</title>
    <script type="module" src="/dist/cdn/ma-widgets-hydrate.js"></script><script type="module" src="/dist/cdn/ma-widgets.js"></script></head>
    <body><main><h1>Damaged data block</h1>${widget}</main></body></html>`;
  const { context, page } = await openPage(env.browser);
  try {
    await context.route(env.url + 'damaged.html', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
    await context.addInitScript(() => {
      window.__errors = [];
      addEventListener('ma-catalog-error', (e) => window.__errors.push(e.detail.kind), true);
    });
    await page.goto(env.url + 'damaged.html', { waitUntil: 'load' });
    const faq = page.locator('ma-faq');
    await faq.locator('[role="alert"]').waitFor();
    assert.match(await faq.locator('[role="alert"]').textContent(), /could not be loaded/);
    assert.doesNotMatch(await faq.evaluate((el) => el.shadowRoot.textContent), /How long does medical assistant training take/, 'the server content is gone, not left beside the error');
    assert.equal((await page.evaluate(() => window.__errors)).length, 1, 'one ma-catalog-error');
    assert.deepEqual(await axe(page), []);
  } finally {
    await context.close();
  }
});

test('without the hydration script, a server-rendered widget renders once in place of the server content, with a warning', async () => {
  const { renderWidget } = await import('../../dist/ssr.js');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>No hydrate</title>
    <script type="module" src="/dist/cdn/ma-widgets.js"></script></head>
    <body><main><h1>No hydration support</h1>${await renderWidget('ma-faq')}</main></body></html>`;
  const { context, page } = await openPage(env.browser);
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  try {
    await context.route(env.url + 'no-hydrate.html', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
    await page.goto(env.url + 'no-hydrate.html', { waitUntil: 'load' });
    await widgetsReady(page);
    const r = await page.evaluate(() => {
      const root = document.querySelector('ma-faq').shadowRoot;
      return { bases: root.querySelectorAll('[part~="base"]').length, items: root.querySelectorAll('details').length };
    });
    assert.equal(r.bases, 1, 'one FAQ, not the server copy and a client copy');
    assert.equal(r.items, 5);
    assert.ok(warnings.some((w) => /hydrate\.js/.test(w)), `a warning names the missing script: ${warnings}`);
  } finally {
    await context.close();
  }
});

test('under a <base href> elsewhere, a hydrated step link to the page (#find) stays on this page', async () => {
  const { renderWidget } = await import('../../dist/ssr.js');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Base</title><base href="https://elsewhere.example/">
    <script type="module" src="${env.url}dist/cdn/ma-widgets-hydrate.js"></script><script type="module" src="${env.url}dist/cdn/ma-widgets.js"></script></head>
    <body><main><h1>Steps</h1>${await renderWidget('ma-steps')}<h2 id="find">Find</h2><h2 id="compare">Compare</h2><h2 id="paths">Paths</h2></main></body></html>`;
  const { context, page, problems } = await openPage(env.browser);
  try {
    await context.route(env.url + 'base.html', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
    await page.goto(env.url + 'base.html', { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelector('ma-steps')?.hasUpdated);
    const links = await page.evaluate(() => [...document.querySelector('ma-steps').shadowRoot.querySelectorAll('a[part="link"]')].map((a) => a.href));
    assert.equal(links.length, 3);
    for (const href of links) assert.ok(href.startsWith(env.url + 'base.html#'), `stays on the page: ${href}`);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
