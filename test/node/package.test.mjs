// The published package, as a stranger gets it: publint finds nothing, the
// `npm pack` tarball installs into an empty folder, its entries import in
// Node, and TypeScript resolves its types (root, all.js, every widget's
// define entry with its HTMLElementTagNameMap entry, the event map, React).
// Needs `npm run build` first (scripts/test.mjs runs it).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(execFileSync('npm', ['pkg', 'get'], { cwd: root, encoding: 'utf8' }));
// The widgets, named here so that a widget whose build entry disappears fails the tests instead of shrinking them.
const widgets = ['career-explorer', 'faq', 'get-matched', 'outlook', 'program-compare', 'program-finder', 'salary-table', 'steps'];
const tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc');
let dir;

const camel = (s, upper = false) => s.replace(/-(\w)/g, (_, c) => c.toUpperCase()).replace(/^\w/, (c) => (upper ? c.toUpperCase() : c));
function eventsOf(tag) {
  const manifest = JSON.parse(readFileSync(join(root, 'dist/custom-elements.json'), 'utf8'));
  const decl = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
  assert.ok(decl, `custom-elements.json describes <${tag}>`);
  return (decl.events ?? []).map((e) => e.name).filter(Boolean);
}

before(() => {
  assert.ok(existsSync(join(root, 'dist/index.js')), 'dist/ is missing: run `npm run build` first');
  assert.deepEqual(
    readdirSync(join(root, 'dist/define')).filter((f) => f.endsWith('.js')).map((f) => f.slice(0, -3)).sort(),
    widgets,
    'one package entry (ma-widgets/<name>.js) per widget',
  );
  dir = mkdtempSync(join(tmpdir(), 'ma-widgets-pack-'));
});
after(() => dir && rmSync(dir, { recursive: true, force: true }));

test('publint finds no problem (warnings included)', async () => {
  const { messages } = await publint({ pkgDir: root, strict: true, level: 'suggestion' });
  assert.deepEqual(messages.map((m) => formatMessage(m, pkg)), []);
});

test('custom-elements.json describes every widget: tag, summary, attributes, events, parts, custom properties', () => {
  const manifest = JSON.parse(readFileSync(join(root, 'dist/custom-elements.json'), 'utf8'));
  const files = new Set(manifest.modules.map((m) => m.path));
  for (const w of widgets) {
    const mod = manifest.modules.find((m) => m.declarations?.some((d) => d.tagName === `ma-${w}`));
    assert.ok(mod, `<ma-${w}> is in the manifest`);
    const d = mod.declarations.find((x) => x.tagName === `ma-${w}`);
    assert.ok(existsSync(join(root, mod.path)), `${mod.path} (the class's module) is a published file`);
    assert.ok(d.customElement && d.summary, `<ma-${w}> has a summary`);
    const attrs = (d.attributes ?? []).map((a) => a.name);
    for (const a of ['src', 'lang', 'timeout']) assert.ok(attrs.includes(a), `<ma-${w}> lists the inherited attribute ${a}`);
    const events = (d.events ?? []).map((e) => e.name);
    assert.ok(events.length && events.every((e) => /^ma-[a-z-]+$/.test(e)), `<ma-${w}> events are named ma-*: ${events}`);
    assert.ok(events.includes('ma-catalog-load') && events.includes('ma-catalog-error'), `<ma-${w}> lists the catalog events`);
    assert.ok((d.cssParts ?? []).some((p) => p.name === 'base'), `<ma-${w}> lists its base part`);
    assert.ok((d.cssProperties ?? []).some((p) => p.name.startsWith('--ma-')), `<ma-${w}> lists its --ma-* custom properties`);
    const def = manifest.modules.find((m) => m.exports?.some((e) => e.kind === 'custom-element-definition' && e.name === `ma-${w}`));
    assert.equal(def?.path, `dist/define/${w}.js`, `<ma-${w}> is defined by its package entry`);
    assert.ok(files.has(def.path) && existsSync(join(root, def.path)));
  }
});

test('the npm pack tarball installs into an empty folder; entries import and types resolve', { timeout: 180_000 }, () => {
  const out = execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: root, encoding: 'utf8' });
  const tarball = join(dir, out.trim().split('\n').pop());
  const app = join(dir, 'app');
  execFileSync('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  execFileSync(
    'npm',
    ['install', tarball, '@types/react@18', 'react@18', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'],
    { cwd: app, stdio: 'pipe' },
  );
  // The tarball holds what a consumer needs and none of the sources or tests.
  const installed = join(app, 'node_modules/ma-widgets');
  for (const f of ['dist/index.js', 'dist/all.js', 'dist/custom-elements.json', 'dist/catalog.schema.json', 'dist/cdn/ma-widgets.js']) {
    assert.ok(existsSync(join(installed, f)), `${f} is in the tarball`);
  }
  assert.ok(!existsSync(join(installed, 'src')) && !existsSync(join(installed, 'test')), 'no sources or tests in the tarball');
  assert.ok(widgets.length > 0, 'at least one widget entry is built');

  // The root registers nothing and needs no DOM; it imports in Node with only the declared dependencies.
  const probe = `const m = await import('ma-widgets'); if (typeof m.validateCatalog !== 'function' || !m.VERSION) throw new Error('root API');
    await import('ma-widgets/catalog.schema.json', { with: { type: 'json' } });`;
  execFileSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: app, stdio: 'pipe' });

  const lines = [
    `import { VERSION, validateCatalog, type Catalog, type CatalogLoadEvent } from 'ma-widgets';`,
    `import 'ma-widgets/all.js';`,
    ...widgets.map((w) => `import 'ma-widgets/${w}.js';`),
    `import * as React from 'react';`,
    `import * as Wrappers from 'ma-widgets/react';`,
    `const v: string = VERSION;`,
    `const c: Catalog | undefined = undefined as unknown as Catalog;`,
    `void v; void c; void validateCatalog;`,
    // Each tag is typed as its class (HTMLElementTagNameMap), with the shared catalog inputs.
    ...widgets.map((w, i) => `const el${i} = document.createElement('ma-${w}'); el${i}.src = '/catalog.json'; el${i}.timeout = 5000;`),
    // The event map types the detail.
    `document.addEventListener('ma-catalog-load', (e: CatalogLoadEvent) => { const n: number = e.detail.programs; void n; });`,
    // React: a wrapper per widget (MaProgramFinder for ma-program-finder), with an
    // onX prop for each event custom-elements.json lists for that element.
    `void Wrappers;`,
    ...widgets.map((w) => {
      const props = eventsOf(`ma-${w}`).map((e) => `${camel(e.replace(/^ma-/, 'on-'))}: (e: CustomEvent) => void e.detail`);
      return `React.createElement(Wrappers.${camel(`ma-${w}`, true)}, { src: '/c.json', ${props.join(', ')} });`;
    }),
  ];
  writeFileSync(join(app, 'app.ts'), lines.join('\n') + '\n');
  for (const [module, moduleResolution] of [
    ['ES2022', 'bundler'],
    ['NodeNext', 'NodeNext'],
  ]) {
    try {
      execFileSync(
        process.execPath,
        [tsc, '--noEmit', '--strict', '--target', 'ES2022', '--lib', 'ES2022,DOM,DOM.Iterable', '--module', module, '--moduleResolution', moduleResolution, '--types', 'react', 'app.ts'],
        { cwd: app, encoding: 'utf8', stdio: 'pipe' },
      );
    } catch (e) {
      assert.fail(`tsc (${moduleResolution}) on a file importing the package:\n${e.stdout}${e.stderr}`);
    }
  }
});
