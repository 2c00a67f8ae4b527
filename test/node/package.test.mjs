// The published package, as a stranger gets it: publint finds nothing, the
// `npm pack` tarball holds no tests, fixtures, demo or sources and installs
// into an empty folder, every `exports` entry resolves for `import` and (where
// it has them) `types`, its entries import in Node, and TypeScript (strict)
// resolves its types: the root alone knows every tag (HTMLElementTagNameMap),
// the event map, the React wrappers, React 19 JSX, Vue's GlobalComponents and
// Svelte 5's element attributes, all generated from custom-elements.json.
// Needs `npm run build` first (scripts/test.mjs runs it).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(execFileSync('npm', ['pkg', 'get'], { cwd: root, encoding: 'utf8' }));
// Every widget folder with a define module (so a new widget is checked with no
// edit here); the shipped ones are named so that one whose folder or build entry
// disappears fails the tests instead of shrinking them.
const SHIPPED = ['career-explorer', 'faq', 'get-matched', 'outlook', 'program-compare', 'program-finder', 'salary-table', 'steps'];
const widgets = readdirSync(join(root, 'src/components'))
  .filter((d) => existsSync(join(root, `src/components/${d}/${d}.define.ts`)))
  .sort();
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
  for (const w of SHIPPED) assert.ok(widgets.includes(w), `src/components/${w}/${w}.define.ts exists`);
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

// Packed and installed once (into an empty app with React 19, Vue 3 and
// Svelte 5 for their types), shared by the tests below.
let packed;
function install() {
  if (packed) return packed;
  const [info] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: root, encoding: 'utf8' }));
  const app = join(dir, 'app');
  mkdirSync(app, { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  execFileSync(
    'npm',
    ['install', join(dir, info.filename), '@types/react@19', 'react@19', 'vue@3', 'svelte@5', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'],
    { cwd: app, stdio: 'pipe' },
  );
  packed = { files: info.files.map((f) => f.path), app, installed: join(app, 'node_modules/ma-widgets') };
  return packed;
}

// TypeScript in this process, with parsed files shared between the programs
// (the DOM lib alone is ~2 MB): each check below is its own program, as a
// separate app would be, but the machine parses the libraries once.
const ts = createRequire(join(root, 'package.json'))('typescript');
const parsed = new Map();
function host(options) {
  const h = ts.createCompilerHost(options);
  const getSourceFile = h.getSourceFile;
  h.getSourceFile = (file, lang, ...rest) => {
    if (!/[/\\]node_modules[/\\]/.test(file)) return getSourceFile.call(h, file, lang, ...rest);
    const key = `${file}|${typeof lang === 'object' ? JSON.stringify(lang) : lang}`;
    if (!parsed.has(key)) parsed.set(key, getSourceFile.call(h, file, lang, ...rest));
    return parsed.get(key);
  };
  return h;
}

/** Strict type-check of `files` in the app (no skipLibCheck: the package's own .d.ts are checked too); fails with the diagnostics. */
function typecheck(app, files, { module = 'ES2022', moduleResolution = 'bundler', types, what = files.join(' ') } = {}) {
  const options = {
    noEmit: true,
    strict: true,
    // TypeScript's own lib files need no checking; everything else (the package's .d.ts included) is checked.
    skipDefaultLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    module: ts.ModuleKind[module],
    moduleResolution: moduleResolution === 'bundler' ? ts.ModuleResolutionKind.Bundler : ts.ModuleResolutionKind.NodeNext,
    jsx: ts.JsxEmit.ReactJSX,
    types: types ?? [],
  };
  const program = ts.createProgram(files.map((f) => join(app, f)), options, host(options));
  const diagnostics = ts.getPreEmitDiagnostics(program);
  if (diagnostics.length) {
    const text = ts.formatDiagnostics(diagnostics, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => app, getNewLine: () => '\n' });
    assert.fail(`tsc --strict (${moduleResolution}) on ${what}:\n${text}`);
  }
}

test('the npm pack tarball holds the built package and no sources, tests, fixtures, demo or examples', { timeout: 180_000 }, () => {
  const { files, installed } = install();
  for (const f of ['dist/index.js', 'dist/index.d.ts', 'dist/all.js', 'dist/custom-elements.json', 'dist/catalog.schema.json', 'dist/cdn/ma-widgets.js', 'dist/jsx.d.ts', 'dist/vue.d.ts', 'dist/svelte.d.ts', 'dist/vscode.html-custom-data.json', 'dist/web-types.json', 'bin/ma-catalog.js', 'data/default-catalog.json', 'README.md', 'LICENSE', 'package.json']) {
    assert.ok(files.includes(f), `${f} is in the tarball`);
  }
  for (const w of widgets) assert.ok(files.includes(`dist/define/${w}.js`) && files.includes(`dist/react/${w}.js`), `ma-widgets/${w}.js and ma-widgets/react/${w}.js are in the tarball`);
  const unwanted = files.filter(
    (f) => /^(src|test|tests|demo|examples|bench|scripts|screenshots|node_modules|\.test-results)\//.test(f) || /(^|\/)(fixtures?|__tests__)\//.test(f) || /\.(test|spec)\.[cm]?[jt]sx?$/.test(f) || /\.(ts|tsx)$/.test(f.replace(/\.d\.ts$/, '')) || /\.map$/.test(f),
  );
  assert.deepEqual(unwanted, [], 'nothing but the built package in the tarball');
  assert.ok(!existsSync(join(installed, 'src')) && !existsSync(join(installed, 'test')), 'no sources or tests installed');
});

test('every `exports` entry resolves for `import` and for `types`', { timeout: 180_000 }, () => {
  const { app, installed } = install();
  const exp = pkg.exports;
  const blocked = Object.keys(exp).filter((k) => exp[k] === null);
  /** The public specifiers an entry stands for: a pattern is expanded over the files it maps to. */
  const specifiers = (key, target) => {
    if (!key.includes('*')) return [key];
    const [pre, post] = target.split('*');
    const base = join(installed, pre);
    return readdirSync(base)
      .filter((f) => f.endsWith(post) && existsSync(join(base, f)))
      .map((f) => key.replace('*', f.slice(0, f.length - post.length)))
      .filter((k) => !blocked.includes(k));
  };
  const entries = [];
  for (const [key, value] of Object.entries(exp)) {
    if (value === null) continue;
    const target = typeof value === 'string' ? value : value.default;
    const list = specifiers(key, target);
    assert.ok(list.length, `${key} stands for at least one file`);
    for (const k of list) entries.push({ spec: `ma-widgets${k.slice(1)}`, types: typeof value === 'object' && Boolean(value.types) });
  }
  for (const w of widgets) {
    assert.ok(entries.some((e) => e.spec === `ma-widgets/${w}.js` && e.types), `ma-widgets/${w}.js is an entry with types`);
    assert.ok(entries.some((e) => e.spec === `ma-widgets/react/${w}.js` && e.types), `ma-widgets/react/${w}.js is an entry with types`);
  }
  // Node resolves each to an existing file (the "import"/"default" condition), and refuses the hidden ones.
  const probe = `import { existsSync } from 'node:fs'; import { fileURLToPath } from 'node:url';
    const specs = ${JSON.stringify(entries.map((e) => e.spec))}, blocked = ${JSON.stringify(blocked.map((k) => `ma-widgets${k.slice(1)}`))};
    const bad = specs.filter((s) => { try { return !existsSync(fileURLToPath(import.meta.resolve(s))); } catch { return true; } });
    const open = blocked.filter((s) => { try { import.meta.resolve(s); return true; } catch { return false; } });
    console.log(JSON.stringify({ bad, open }));`;
  const { bad, open } = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: app, encoding: 'utf8' }));
  assert.deepEqual(bad, [], 'these entries do not resolve to a file for import');
  assert.deepEqual(open, [], 'these entries should not be importable');
  // TypeScript resolves the types of every entry that declares them, in both resolution modes.
  const typed = entries.filter((e) => e.types);
  writeFileSync(join(app, 'entries.ts'), typed.map((e, i) => `import type * as E${i} from '${e.spec}';\nexport type T${i} = typeof E${i};`).join('\n') + '\n');
  typecheck(app, ['entries.ts'], { what: `${typed.length} typed entries` });
  typecheck(app, ['entries.ts'], { module: 'NodeNext', moduleResolution: 'NodeNext', what: `${typed.length} typed entries` });
});

test('the root import alone (it registers nothing) types every tag: createElement("ma-x") is its class', { timeout: 180_000 }, () => {
  const { app } = install();
  // Imports nothing but the root: the tag map must come with it.
  const lines = [
    `import { ${widgets.map((w) => camel(`ma-${w}`, true)).join(', ')} } from 'ma-widgets';`,
    ...widgets.map((w, i) => `const el${i}: ${camel(`ma-${w}`, true)} = document.createElement('ma-${w}'); el${i}.src = '/catalog.json'; el${i}.timeout = 5000;`),
    `const finder = document.querySelector('ma-program-finder'); if (finder) finder.state = 'TX';`,
    `document.createElement('ma-program-finder').src;`,
  ];
  writeFileSync(join(app, 'root.ts'), lines.join('\n') + '\n');
  typecheck(app, ['root.ts']);
  typecheck(app, ['root.ts'], { module: 'NodeNext', moduleResolution: 'NodeNext' });
  // And it still registers nothing at run time.
  const run = `const m = await import('ma-widgets'); if (typeof m.MaProgramFinder !== 'function') throw new Error('no MaProgramFinder');
    // Lit's Node build shims customElements: nothing may be registered in it.
    for (const w of ${JSON.stringify(widgets)}) if (globalThis.customElements?.get('ma-' + w)) throw new Error('the root registered <ma-' + w + '>');`;
  try {
    execFileSync(process.execPath, ['--input-type=module', '-e', run], { cwd: app, encoding: 'utf8', stdio: 'pipe' });
  } catch (e) {
    assert.fail(`importing the root in Node:\n${e.stderr}`);
  }
});

test('the installed package: entries import in Node and types resolve (define entries, event map, React wrappers)', { timeout: 180_000 }, () => {
  const { app } = install();

  // The root registers nothing and needs no DOM; it imports in Node with only the declared dependencies.
  const probe = `const m = await import('ma-widgets'); if (typeof m.validateCatalog !== 'function' || !m.VERSION) throw new Error('root API');
    await import('ma-widgets/catalog.schema.json', { with: { type: 'json' } });
    await import('ma-widgets/web-types.json', { with: { type: 'json' } });`;
  execFileSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: app, stdio: 'pipe' });

  const lines = [
    `import { VERSION, validateCatalog, type Catalog, type CatalogLoadEvent } from 'ma-widgets';`,
    `import 'ma-widgets/all.js';`,
    ...widgets.map((w) => `import 'ma-widgets/${w}.js';`),
    `import * as React from 'react';`,
    `import * as Wrappers from 'ma-widgets/react';`,
    ...widgets.map((w) => `import { ${camel(`ma-${w}`, true)} as One${camel(w, true)} } from 'ma-widgets/react/${w}.js';`),
    `const v: string = VERSION;`,
    `const c: Catalog | undefined = undefined as unknown as Catalog;`,
    `void v; void c; void validateCatalog;`,
    // Each tag is typed as its class (HTMLElementTagNameMap), with the shared catalog inputs.
    ...widgets.map((w, i) => `const el${i} = document.createElement('ma-${w}'); el${i}.src = '/catalog.json'; el${i}.timeout = 5000;`),
    // The event map types the detail.
    `document.addEventListener('ma-catalog-load', (e: CatalogLoadEvent) => { const n: number = e.detail.programs; void n; });`,
    // React: a wrapper per widget (MaProgramFinder for ma-program-finder), with an
    // onX prop for each event custom-elements.json lists for that element, from
    // `ma-widgets/react` and from the widget's own entry.
    `void Wrappers;`,
    ...widgets.flatMap((w) => {
      const props = eventsOf(`ma-${w}`).map((e) => `${camel(e.replace(/^ma-/, 'on-'))}: (e: CustomEvent) => void e.detail`);
      return [
        `React.createElement(Wrappers.${camel(`ma-${w}`, true)}, { src: '/c.json', ${props.join(', ')} });`,
        `React.createElement(One${camel(w, true)}, { src: '/c.json', ${props.join(', ')} });`,
      ];
    }),
  ];
  writeFileSync(join(app, 'app.ts'), lines.join('\n') + '\n');
  typecheck(app, ['app.ts'], { types: ['react'] });
  typecheck(app, ['app.ts'], { module: 'NodeNext', moduleResolution: 'NodeNext', types: ['react'] });
});

test('ma-widgets/jsx types the tags in React 19 JSX from custom-elements.json: attributes, properties, events (no any)', { timeout: 180_000 }, () => {
  const { app } = install();
  const tsx = [
    `import type { CustomElements } from 'ma-widgets/jsx';`,
    `import type { Catalog } from 'ma-widgets';`,
    `declare module 'react' { namespace JSX { interface IntrinsicElements extends CustomElements {} } }`,
    `declare const catalog: Catalog;`,
    `export const ok = (`,
    `  <>`,
    `    <ma-program-finder state="TX" page-size={10} catalog={catalog} onma-filter-change={(e) => { const total: number = e.detail.total; void total; }} />`,
    `    <ma-salary-table table="bls-percentiles" onma-sort-change={(e) => { const d: 'ascending' | 'descending' = e.detail.direction; void d; }} />`,
    ...widgets.map((w) => `    <ma-${w} src="/catalog.json" lang="es" onma-catalog-load={(e) => { const n: number = e.detail.programs; void n; }} />`),
    `  </>`,
    `);`,
    // What must not type-check: were any prop or event `any`, these lines would be errors-free and tsc would fail on the unused directive.
    `// @ts-expect-error page-size is a number`,
    `export const e1 = <ma-program-finder page-size="ten" />;`,
    `// @ts-expect-error the filter event's detail has no such field`,
    `export const e2 = <ma-program-finder onma-filter-change={(e) => e.detail.zipCode} />;`,
    `// @ts-expect-error no such property on the finder (TypeScript lets any hyphenated name through, as HTML does)`,
    `export const e3 = <ma-program-finder pageSise={10} />;`,
    `// @ts-expect-error an unknown ma- tag`,
    `export const e4 = <ma-no-such-widget />;`,
  ];
  writeFileSync(join(app, 'jsx.tsx'), tsx.join('\n') + '\n');
  typecheck(app, ['jsx.tsx'], { types: ['react'] });
});

test('ma-widgets/vue (GlobalComponents) and ma-widgets/svelte (Svelte 5 element attributes) type every tag', { timeout: 180_000 }, () => {
  const { app } = install();
  const ts = [
    `import type {} from 'ma-widgets/vue';`,
    `import type {} from 'ma-widgets/svelte';`,
    `import type { GlobalComponents } from 'vue';`,
    `import type { SvelteHTMLElements } from 'svelte/elements';`,
    `type Props<C> = C extends new (...args: never[]) => { $props: infer P } ? P : never;`,
    ...widgets.map((w, i) => `export type V${i} = GlobalComponents['ma-${w}'];`),
    // Vue checks a template's names normalized: page-size as pageSize, @ma-filter-change as onMaFilterChange.
    `export const v: Props<GlobalComponents['ma-program-finder']> = { state: 'TX', pageSize: 10, onMaFilterChange: (e) => { const t: number = e.detail.total; void t; } };`,
    `// @ts-expect-error page-size is a number`,
    `export const vBad: Props<GlobalComponents['ma-program-finder']> = { pageSize: 'ten' };`,
    `// @ts-expect-error the filter event's detail has no such field`,
    `export const vBad2: Props<GlobalComponents['ma-program-finder']> = { onMaFilterChange: (e) => e.detail.zipCode };`,
    `export const s: SvelteHTMLElements['ma-program-finder'] = { state: 'TX', catalog: {}, 'onma-filter-change': (e) => { const t: number = e.detail.total; void t; } };`,
    ...widgets.map((w, i) => `export const s${i}: SvelteHTMLElements['ma-${w}'] = { src: '/c.json', 'onma-catalog-load': (e) => { const n: number = e.detail.programs; void n; } };`),
    `// @ts-expect-error the filter event's detail has no such field`,
    `export const sBad: SvelteHTMLElements['ma-program-finder'] = { 'onma-filter-change': (e) => e.detail.zipCode };`,
  ];
  writeFileSync(join(app, 'frameworks.ts'), ts.join('\n') + '\n');
  typecheck(app, ['frameworks.ts']);
});

test('each ma-widgets/react/<name>.js imports its own widget and no other', () => {
  const dist = join(root, 'dist');
  for (const w of widgets) {
    if (!existsSync(join(root, `src/react/${w}.ts`))) continue;
    const seen = new Set();
    const walk = (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(file, 'utf8');
      for (const [, spec] of code.matchAll(/(?:^|[;\s])(?:import|export)\s*(?:[^'"]*?\sfrom\s*)?['"](\.[^'"]+)['"]/g)) walk(resolve(dirname(file), spec));
    };
    walk(join(dist, `react/${w}.js`));
    // A widget is reached when its class module is (a small shared helper in another folder is not a widget).
    const reached = [...new Set([...seen].map((f) => /[/\\]components[/\\]([^/\\]+)[/\\]\1(?:\.define)?\.js$/.exec(f)?.[1]).filter(Boolean))];
    assert.deepEqual(reached, [w], `ma-widgets/react/${w}.js reaches the components ${reached}`);
    assert.ok([...seen].some((f) => f.endsWith(`define/${w}.js`) || f.endsWith(`${w}.define.js`)), `ma-widgets/react/${w}.js registers <ma-${w}>`);
  }
});

test('modules run for their effect are listed in sideEffects, so a bundler keeps `import "ma-widgets/hydrate.js"` and the define modules', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  for (const file of ['./dist/hydrate.js', './dist/all.js', './dist/define/*.js']) assert.ok(pkg.sideEffects.includes(file), `${file} in sideEffects`);
});
