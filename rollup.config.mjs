// Two builds from one source tree:
// - dist/      for npm: one ES module per source module, with .d.ts; lit, zod and
//              @lit/react stay dependencies (not bundled).
// - dist/cdn/  for a script tag: self-contained minified ES modules, one per widget
//              plus ma-widgets.js (all of them), sharing chunks; the sample catalog
//              and other lazy data stay separate chunks.
// - dist/cdn/single/  the same entries with their static chunks inlined (no static
//              import of another file), so that one `integrity` attribute pins all
//              the code; only the lazy data (sample catalog, ZIP table) stays a
//              separate file, loaded by import() when a widget needs it.
//              scripts/build-integrity.mjs then writes dist/cdn/integrity.json.
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import json from '@rollup/plugin-json';
import { minifyCss } from './scripts/minify-css-plugin.mjs';

const components = existsSync('src/components')
  ? readdirSync('src/components').filter((d) => existsSync(`src/components/${d}/${d}.define.ts`))
  : [];

// Package entries: `ma-widgets` (index), `ma-widgets/all.js`, `ma-widgets/<name>.js`
// (dist/define/<name>.js, mapped by the `./*.js` pattern in package.json, so a
// new widget needs no package.json edit), `ma-widgets/react` and
// `ma-widgets/react/<name>.js` (the `./react/*.js` pattern).
const npmInputs = {
  index: 'src/index.ts',
  all: 'src/all.ts',
  ...Object.fromEntries(components.map((d) => [`define/${d}`, `src/components/${d}/${d}.define.ts`])),
  ...(existsSync('src/react/index.ts') ? { 'react/index': 'src/react/index.ts' } : {}),
  // One React entry per widget that has a wrapper (src/react/<name>.ts), so an
  // app that uses one widget imports only that one: `ma-widgets/react/<name>.js`.
  ...Object.fromEntries(components.filter((d) => existsSync(`src/react/${d}.ts`)).map((d) => [`react/${d}`, `src/react/${d}.ts`])),
  // The ma-catalog CLI (Node only; bin/ma-catalog.js imports it).
  'cli/main': 'src/cli/main.ts',
  // `ma-widgets/ssr` (Node): server rendering with Lit's renderer (src/ssr/).
  ssr: 'src/ssr/index.ts',
  // `ma-widgets/hydrate.js`: Lit's hydration support, imported before any widget.
  hydrate: 'src/ssr/hydrate.ts',
};

/**
 * TypeScript writes a define module's declarations beside its source
 * (dist/components/x/x.define.d.ts); the package entry is dist/define/x.js, so
 * give it a declaration that pulls in the source's (its HTMLElementTagNameMap entry).
 */
const defineTypings = {
  name: 'define-typings',
  generateBundle: {
    order: 'post',
    handler(_options, bundle) {
      for (const d of components) {
        this.emitFile({ type: 'asset', fileName: `define/${d}.d.ts`, source: `import '../components/${d}/${d}.define.js';\nexport {};\n` });
      }
      // The root registers nothing at run time, but its types know every tag:
      // type-only references to each define module's declarations bring their
      // HTMLElementTagNameMap entries, so `document.createElement('ma-x')` is
      // typed as its class for an app that imports only `ma-widgets`.
      const index = bundle['index.d.ts'];
      if (!index) this.error('dist/index.d.ts was not emitted');
      const refs = components.map((d) => `import './components/${d}/${d}.define.js';`).join('\n');
      index.source = `${index.source}\n// Every tag's HTMLElementTagNameMap entry (types only: dist/index.js registers nothing).\n${refs}\n`;
    },
  },
};

/** dist/cdn/catalogs/national.json: the national catalog as a plain file, for a `src` (or a page's own fetch) next to the script-tag bundle. */
const nationalJson = {
  name: 'national-json',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'catalogs/national.json', source: JSON.stringify(JSON.parse(readFileSync('data/national-catalog.json', 'utf8'))) });
  },
};

const onwarn = (warning, warn) => {
  // zod's own harmless notices (see TOOLCHAIN.md).
  if (warning.code === 'INVALID_ANNOTATION' || (warning.code === 'CIRCULAR_DEPENDENCY' && /node_modules/.test(warning.message))) return;
  warn(warning);
};

// lit-html's SSR internals are for the hydration script only (ma-widgets-hydrate.js), not in every widget's core.
const CORE = /node_modules\/(lit|@lit\/reactive-element|lit-html(?!\/private-ssr-support)|lit-element|tslib)\/|\/src\/(internal\/(?!source-line|peers|compare-selection|wbr)|i18n\/|events\.ts|catalog\/(?!default\/|national\/|validate\.ts|schema\.ts|json-schema\.ts|zod-issues\.ts))/;
// zod and the schema: loaded (import()) only for a catalog without a current checksum (src/catalog/check.ts).
const VALIDATOR = /node_modules\/zod\/|\/src\/catalog\/(validate|schema|zod-issues)\.ts$/;

const external = (id) => /^(lit|@lit\/|@lit-labs\/|lit-html|lit-element|zod|react|react-dom|tslib|csv-parse|parse5)(\/|$)/.test(id) || id.startsWith('node:');

export default [
  {
    input: npmInputs,
    external,
    onwarn,
    plugins: [
      json({ preferConst: true }),
      typescript({ tsconfig: './tsconfig.json', declaration: true, declarationDir: 'dist', outDir: 'dist', noEmitOnError: true }),
      defineTypings,
    ],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: '[name].js',
    },
  },
  {
    input: {
      'ma-widgets': 'src/all.ts',
      // Lit's hydration support for server-rendered widgets (ma-widgets/ssr): a script tag before the widgets'.
      'ma-widgets-hydrate': 'src/ssr/hydrate.ts',
      ...Object.fromEntries(components.map((d) => [`ma-${d}`, `src/components/${d}/${d}.define.ts`])),
    },
    onwarn,
    plugins: [
      json({ preferConst: true, compact: true }),
      resolve({ browser: true }),
      minifyCss(),
      typescript({ tsconfig: './tsconfig.json', declaration: false, declarationMap: false, outDir: 'dist/cdn', noEmitOnError: true }),
      nationalJson,
      terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
    ],
    output: {
      dir: 'dist/cdn',
      format: 'es',
      // Lit and the shared base (catalog loading, i18n, base element) in one chunk every
      // widget file imports, with a stable name; the validator in a lazy chunk of its own;
      // rollup splits the rest by use.
      manualChunks: (id) => (CORE.test(id) ? 'core' : VALIDATOR.test(id) ? 'validator' : undefined),
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
  },
  // Single-file builds: rebundle each script-tag entry (already minified) with its
  // static chunks inlined. One build per entry, so that no chunk is shared.
  ...['widgets', ...components].map((d) => {
    const name = d === 'widgets' ? 'ma-widgets' : `ma-${d}`;
    return {
      input: `dist/cdn/${name}.js`,
      onwarn,
      plugins: [
        {
          name: 'single-file',
          generateBundle(_options, bundle) {
            const entry = Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry);
            if (entry?.imports.length) this.error(`${name}.js still imports ${entry.imports.join(', ')}: a single-file build must not`);
          },
        },
      ],
      output: { dir: 'dist/cdn/single', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name].js', compact: true },
    };
  }),
];
