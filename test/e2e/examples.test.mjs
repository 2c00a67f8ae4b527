// The framework examples under examples/ (React 19 + TSX, Vue 3, Svelte 5,
// plain HTML), each built with its real toolchain (Vite and the framework's
// own plugin, one build per example in this process) from the npm build in
// dist/, then opened in headless Chromium. Each page gives <ma-program-finder>
// an attribute (state="TX"), a property (a `catalog` object) and a listener
// (ma-filter-change), and the test checks all three did their work: only the
// catalog's Texas programs are listed, and typing in the search box updates
// the page's own count from the event. The React example is type-checked
// with strict TypeScript, the Vue one with vue-tsc (strictTemplates) and the
// Svelte one with svelte-check. A new folder under examples/ with a
// vite.config.mjs is picked up. Needs `npm run build` first.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { promisify } from 'node:util';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join, normalize, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from '../../scripts/find-chromium.mjs';
import { ARGS, axe, openPage, root, screenshotDir, widgetsReady } from './helpers.mjs';

const run = promisify(execFile);
const examplesDir = join(root, 'examples');
const out = join(root, '.tmp/examples');
const examples = readdirSync(examplesDir).filter((d) => existsSync(join(examplesDir, d, 'vite.config.mjs'))).sort();
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml' };
let server;
let browser;
let base;

before(async () => {
  assert.ok(existsSync(join(root, 'dist/index.js')), 'dist/ is missing: run `npm run build` first');
  rmSync(out, { recursive: true, force: true });
  const { build } = await import('vite');
  for (const name of examples) {
    await build({ configFile: join(examplesDir, name, 'vite.config.mjs'), logLevel: 'warn', build: { outDir: join(out, name), emptyOutDir: true } });
  }
  server = createServer((req, res) => {
    const path = normalize(join(out, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    const file = path.endsWith(sep) ? join(path, 'index.html') : path;
    if (!file.startsWith(out + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: findChromium({ install: false }), args: ARGS });
});
after(async () => {
  await browser?.close();
  await new Promise((r) => (server ? server.close(r) : r()));
});

test('the examples are the four this package documents', () => {
  for (const name of ['html', 'react', 'svelte', 'vue']) assert.ok(examples.includes(name), `examples/${name}/vite.config.mjs`);
});

test('the React example type-checks with strict TypeScript (tags typed from ma-widgets/jsx)', () => {
  const ts = createRequire(join(root, 'package.json'))('typescript');
  const config = ts.getParsedCommandLineOfConfigFile(join(examplesDir, 'react/tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => assert.fail(ts.flattenDiagnosticMessageText(d.messageText, '\n')) });
  assert.equal(config.options.strict, true, 'the example is strict');
  const program = ts.createProgram(config.fileNames, config.options);
  const diagnostics = ts.getPreEmitDiagnostics(program);
  const text = ts.formatDiagnostics(diagnostics, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' });
  assert.equal(diagnostics.length, 0, `tsc --strict on examples/react:\n${text}`);
});

test('the Vue and Svelte examples type-check against ma-widgets/vue and ma-widgets/svelte (vue-tsc strictTemplates, svelte-check)', async () => {
  const bin = (p) => join(root, 'node_modules', p);
  const checks = [
    ['vue', bin('vue-tsc/bin/vue-tsc.js'), ['-p', 'tsconfig.json']],
    ['svelte', bin('svelte-check/bin/svelte-check'), ['--tsconfig', './tsconfig.json', '--fail-on-warnings', '--output', 'human']],
  ];
  const vue = JSON.parse(readFileSync(join(examplesDir, 'vue/tsconfig.json'), 'utf8'));
  assert.equal(vue.vueCompilerOptions?.strictTemplates, true, 'Vue templates are checked strictly (loose mode checks no attribute)');
  const results = await Promise.all(
    checks.map(([name, cli, args]) =>
      run(process.execPath, [cli, ...args], { cwd: join(examplesDir, name), encoding: 'utf8' }).then(
        () => null,
        (e) => `examples/${name}: ${e.stdout}${e.stderr}`,
      ),
    ),
  );
  assert.deepEqual(results.filter(Boolean), []);
});

for (const name of examples) {
  test(`examples/${name}: built with Vite, the finder takes the attribute, the catalog property and the event listener`, async () => {
    const { context, page, problems, csp } = await openPage(browser, { viewport: { width: 1000, height: 900 } });
    try {
      await page.goto(`${base}/${name}/`, { waitUntil: 'load' });
      await page.waitForSelector('ma-program-finder');
      await widgetsReady(page);
      const finder = page.locator('ma-program-finder');
      const shown = () => finder.evaluate((el) => el.shadowRoot.textContent.replace(/\s+/g, ' '));
      // The catalog property: its schools are listed (not the built-in sample's)...
      let text = await shown();
      assert.match(text, /Bluebonnet Example College/, 'a program from the catalog property is listed');
      assert.match(text, /Pecos Example Institute/);
      // ...and the attribute: only its Texas programs.
      assert.doesNotMatch(text, /Redwood Example School/, 'state="TX" leaves out the California program');
      assert.equal(await page.locator('#total').textContent(), 'not changed yet');
      // The event: typing in the search box reaches the page's own state through ma-filter-change.
      await finder.locator('input[type="search"]').fill('Pecos');
      await page.waitForFunction(() => document.querySelector('#total')?.textContent === '1', null, { timeout: 5000 });
      text = await shown();
      assert.doesNotMatch(text, /Bluebonnet Example College/, 'the search narrowed the list');
      await page.screenshot({ path: join(screenshotDir(), `example-${name}.png`), fullPage: true });
      assert.deepEqual(await axe(page), [], 'axe finds nothing in the widget');
      assert.deepEqual(await csp(), []);
      assert.deepEqual(problems, [], 'no console error, uncaught exception or failed request');
    } finally {
      await context.close();
    }
  });
}
