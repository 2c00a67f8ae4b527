// `npm run size`: the min+gz size of every file in dist/cdn, and the budgets
// from DESIGN.md. A widget's script-tag cost is its file plus every chunk it
// imports statically (followed here from the built files, so new widgets and
// renamed chunks need no edit); lazy chunks (dynamic import(): the sample
// catalog, the ZIP table) are listed on their own and count toward no budget.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';

const cdn = 'dist/cdn';
if (!existsSync(cdn)) throw new Error('dist/cdn is missing: run `npm run build` first');

const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w${},*\s]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, spec] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) closure(join(dirname(file), spec), seen);
  return seen;
}

const budgets = {
  'ma-program-finder.js': '20 kB',
  'ma-widgets.js': '40 kB',
  // The content widgets: the shared core (about 22 kB) plus their own code, JSON-LD included.
  'ma-steps.js': '27 kB',
  'ma-faq.js': '27 kB',
  'ma-outlook.js': '29 kB',
};
const entries = readdirSync(cdn).filter((f) => f.endsWith('.js')).sort();
const chunks = existsSync(`${cdn}/chunks`) ? readdirSync(`${cdn}/chunks`).filter((f) => f.endsWith('.js')).sort() : [];

export default [
  ...entries.map((f) => ({
    name: `${f} with the chunks it imports (script tag)`,
    path: [...closure(join(cdn, f))].map((p) => relative('.', p)),
    gzip: true,
    ...(budgets[f] ? { limit: budgets[f] } : {}),
  })),
  ...[...entries, ...chunks.map((c) => `chunks/${c}`)].map((f) => ({ name: `${cdn}/${f}`, path: join(cdn, f), gzip: true })),
];
