// Two builds from one source tree:
// - dist/      for npm: one ES module per source module, with .d.ts; lit, zod and
//              @lit/react stay dependencies (not bundled).
// - dist/cdn/  for a script tag: self-contained minified ES modules, one per widget
//              plus ma-widgets.js (all of them), sharing chunks; the sample catalog
//              and other lazy data stay separate chunks.
import { readdirSync, existsSync } from 'node:fs';
import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import json from '@rollup/plugin-json';

const components = existsSync('src/components')
  ? readdirSync('src/components').filter((d) => existsSync(`src/components/${d}/${d}.define.ts`))
  : [];

const npmInputs = {
  index: 'src/index.ts',
  all: 'src/all.ts',
  ...Object.fromEntries(components.map((d) => [d, `src/components/${d}/${d}.define.ts`])),
  ...(existsSync('src/react/index.ts') ? { react: 'src/react/index.ts' } : {}),
};

const onwarn = (warning, warn) => {
  // zod's own harmless notices (see TOOLCHAIN.md).
  if (warning.code === 'INVALID_ANNOTATION' || (warning.code === 'CIRCULAR_DEPENDENCY' && /node_modules/.test(warning.message))) return;
  warn(warning);
};

const external = (id) => /^(lit|@lit\/|lit-html|lit-element|zod|react|react-dom|tslib)(\/|$)/.test(id);

export default [
  {
    input: npmInputs,
    external,
    onwarn,
    plugins: [
      json({ preferConst: true }),
      typescript({ tsconfig: './tsconfig.json', declaration: true, declarationDir: 'dist', outDir: 'dist', noEmitOnError: true }),
    ],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: (chunk) => (chunk.name in npmInputs && !chunk.facadeModuleId?.includes('/components/') ? `${chunk.name}.js` : '[name].js'),
    },
  },
  {
    input: {
      'ma-widgets': 'src/all.ts',
      ...Object.fromEntries(components.map((d) => [`ma-${d}`, `src/components/${d}/${d}.define.ts`])),
    },
    onwarn,
    plugins: [
      json({ preferConst: true, compact: true }),
      resolve({ browser: true }),
      typescript({ tsconfig: './tsconfig.json', declaration: false, declarationMap: false, outDir: 'dist/cdn', noEmitOnError: true }),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
    ],
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
  },
];
