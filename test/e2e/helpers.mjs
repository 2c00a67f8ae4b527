// Shared by the e2e tests: the demo server on a free port, headless Chromium
// through playwright-core, a page that records every console error, uncaught
// exception, failed request and CSP violation, and small helpers that see
// through shadow roots. Runs against the built dist/ (npm run build first).
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { buildDemo, startServer } from '../../scripts/serve.mjs';
import { findChromium } from '../../scripts/find-chromium.mjs';

export const root = resolve(import.meta.dirname, '../..');
export const WIDGETS = ['program-finder', 'program-compare', 'get-matched', 'salary-table', 'career-explorer', 'steps', 'faq', 'outlook'];

export const ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Identical text rendering between two pages (screenshot comparison).
  '--font-render-hinting=none',
];

let demoBuilt;
/** Starts the demo server (building the demo bundles once per process) and a browser. */
export async function setup() {
  if (!existsSync(join(root, 'dist/cdn/ma-widgets.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  demoBuilt ??= buildDemo();
  await demoBuilt;
  const server = await startServer({ port: 0 });
  const browser = await chromium.launch({ executablePath: findChromium({ install: false }), args: ARGS });
  return {
    url: server.url,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * A new page that records problems: console errors, uncaught exceptions,
 * failed or 4xx/5xx requests, and CSP violations (listened for before any
 * page script runs). Requests that leave 127.0.0.1 (a program's website) are
 * answered with a stub page and recorded in `external`.
 */
export async function openPage(browser, { viewport = { width: 1280, height: 900 }, ...options } = {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, ...options });
  const page = await context.newPage();
  const problems = [];
  const external = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught exception: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await context.route(
    (u) => u.hostname !== '127.0.0.1',
    (route) => {
      external.push(route.request().url());
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Program site</title><p>Program site (stub)</p>' });
    },
  );
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  return { context, page, problems, external, csp: () => page.evaluate(() => window.__csp) };
}

/** Tags of the ma-* elements on the page that are registered. */
export const definedWidgets = (page) =>
  page.evaluate(() => [...new Set([...document.querySelectorAll('*')].map((e) => e.localName).filter((n) => n.startsWith('ma-') && customElements.get(n)))]);

/** Waits until every registered ma-* element on the page has rendered past its loading state. */
export async function widgetsReady(page, timeout = 15000) {
  const waiting = page.waitForFunction(
    () =>
      [...document.querySelectorAll('*')]
        .filter((e) => e.localName.startsWith('ma-') && customElements.get(e.localName))
        .every((e) => e.shadowRoot && e.shadowRoot.childElementCount > 0 && !e.shadowRoot.querySelector('[aria-busy="true"]')),
    null,
    { timeout, polling: 100 },
  );
  try {
    await waiting;
  } catch (e) {
    const stuck = await page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .filter((e) => e.localName.startsWith('ma-') && customElements.get(e.localName))
        .filter((e) => !e.shadowRoot || !e.shadowRoot.childElementCount || e.shadowRoot.querySelector('[aria-busy="true"]'))
        .map((e) => `<${e.localName}>: ${e.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 80) ?? 'no shadow root'}`),
    );
    throw new Error(`widgets still loading after ${timeout} ms: ${stuck.join('; ')}`, { cause: e });
  }
  await page.evaluate(() => Promise.all([...document.querySelectorAll('*')].filter((e) => e.updateComplete).map((e) => e.updateComplete)));
}

let axeSource;
/** axe-core (WCAG 2.0–2.2 A and AA rules) over the ma-* widgets only; returns readable violations. */
export async function axe(page) {
  axeSource ??= readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
  // Evaluated through the DevTools protocol, not a <script>: the strict page's CSP allows no inline script.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const widgets = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('ma-') && customElements.get(e.localName));
    if (!widgets.length) return [];
    const result = await window.axe.run(
      { include: widgets },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'] },
    );
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary?.split('\n').slice(1, 2).join(' ')}`).join('\n    ')}`);
  });
}

export function screenshotDir() {
  const dir = join(root, 'screenshots');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Describes the focused element, looking through shadow roots: what a keyboard user is on. */
export const focused = (page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    const hosts = [];
    while (el?.shadowRoot?.activeElement) {
      hosts.push(el.localName);
      el = el.shadowRoot.activeElement;
    }
    if (!el) return null;
    const root = el.getRootNode();
    const labelled = el.getAttribute('aria-labelledby')?.split(/\s+/).map((id) => root.getElementById?.(id)?.textContent ?? '').join(' ');
    const label = el.labels?.[0]?.textContent ?? '';
    return {
      tag: el.localName,
      type: el.getAttribute('type') ?? '',
      role: el.getAttribute('role') ?? '',
      name: (el.getAttribute('aria-label') || labelled || label || el.textContent || el.getAttribute('value') || '').replace(/\s+/g, ' ').trim(),
      href: el.getAttribute('href') ?? '',
      checked: el.checked ?? el.getAttribute('aria-checked') ?? null,
      host: hosts[hosts.length - 1] ?? '',
    };
  });

/** Presses Tab (Shift+Tab when `back`) until `match(focused)` holds; fails after `max` presses with where focus went. */
export async function tabTo(page, match, { max = 120, back = false, what = 'the control' } = {}) {
  const seen = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (f && match(f)) return f;
    seen.push(f ? `${f.host ? f.host + ' › ' : ''}${f.tag}${f.type ? `[${f.type}]` : ''} "${f.name.slice(0, 40)}"` : 'nothing');
  }
  throw new Error(`Tab never reached ${what}; focus went through:\n  ${seen.slice(-40).join('\n  ')}`);
}
