// `npm run size`: the min+gz size of every file in dist/cdn, and the budgets
// from DESIGN.md (issue 12). A widget's script-tag cost is its file plus every
// chunk it imports statically (followed here from the built files, so new
// widgets, e.g. steps, faq, outlook, and renamed chunks need no edit).
//
// The finder's critical path is what must arrive before its loading state can
// turn into results, the catalog not counted: its static closure plus every
// chunk that closure imports dynamically (import()), followed on, except the
// lazy data chunks named in LAZY_DATA (the built-in catalogs and the ZIP
// table, which are data, or needed only for a radius search) and the
// validator (zod and the schema), which a catalog made by `ma-catalog` (with a
// current checksum: src/catalog/checksum.ts) never needs, and the JSON-LD
// builders (after the results, and only with `structured-data`). The critical path of
// a hand-written catalog, validator included, is reported beside it. A new lazy
// code chunk counts until it is listed here as not needed for the first results.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, dirname, relative, basename } from 'node:path';

const cdn = 'dist/cdn';
if (!existsSync(cdn)) throw new Error('dist/cdn is missing: run `npm run build` first');

/** Lazy chunks that are data, not code the first results wait for: chunks/<name>-<hash>.js. */
const LAZY_DATA = ['default', 'national', 'table'];
/**
 * Lazy code that the first results of a stamped catalog do not wait for: the validator, and the JSON-LD
 * builders (imported after the results show, and only with `structured-data`).
 */
const LAZY_CODE = ['validator', 'builders'];
const named = (names) => (file) => names.some((n) => new RegExp(`^${n}-[\\w-]+\\.js$`).test(basename(file)));
const isData = named(LAZY_DATA);
const isLazyCode = named(LAZY_CODE);

const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w${},*\s]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;
/** `dynamic`: also follow import() (but not into data); `skip`: lazy chunks not followed even then. */
function closure(file, seen = new Set(), dynamic = false, skip = () => false) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const [, spec] of text.matchAll(STATIC_IMPORT)) closure(join(dirname(file), spec), seen, dynamic, skip);
  if (dynamic) {
    for (const [, spec] of text.matchAll(DYNAMIC_IMPORT)) {
      const target = join(dirname(file), spec);
      if (!isData(target) && !skip(target)) closure(target, seen, dynamic, skip);
    }
  }
  return seen;
}
const files = (set) => [...set].map((p) => relative('.', p));

/** Budgets in DESIGN.md (issue 12), min+gz: the whole script-tag cost of these files. */
const budgets = {
  'ma-program-finder.js': '30 kB',
  'ma-widgets.js': '44 kB',
  // The content widgets: the shared core (about 22 kB) plus their own code, JSON-LD included.
  'ma-steps.js': '27 kB',
  'ma-faq.js': '27 kB',
  'ma-outlook.js': '29 kB',
};
const entries = readdirSync(cdn).filter((f) => f.endsWith('.js')).sort();
const chunks = existsSync(`${cdn}/chunks`) ? readdirSync(`${cdn}/chunks`).filter((f) => f.endsWith('.js')).sort() : [];

export default [
  ...(entries.includes('ma-program-finder.js')
    ? [
        {
          name: 'ma-program-finder.js critical path, catalog made by ma-catalog (static chunks + code it imports lazily before results; catalog not counted)',
          path: files(closure(join(cdn, 'ma-program-finder.js'), new Set(), true, isLazyCode)),
          gzip: true,
          limit: '24 kB',
        },
        {
          name: 'ma-program-finder.js critical path, hand-written catalog without a checksum (the same, and the validator)',
          path: files(closure(join(cdn, 'ma-program-finder.js'), new Set(), true)),
          gzip: true,
        },
      ]
    : []),
  ...entries.map((f) => ({
    name: `${f} with the chunks it imports (script tag)`,
    path: files(closure(join(cdn, f))),
    gzip: true,
    ...(budgets[f] ? { limit: budgets[f] } : {}),
  })),
  ...[...entries, ...chunks.map((c) => `chunks/${c}`)].map((f) => ({ name: `${cdn}/${f}`, path: join(cdn, f), gzip: true })),
];
