// Server rendering time per widget (ma-widgets/ssr, on the built dist), on the sample and the
// national catalog, and the gzipped size of the SSR entry and the hydration script.
//   npm run build && node bench/ssr-render.mjs [--runs 20]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const at = process.argv.indexOf('--runs');
const runs = (at > 0 && Number(process.argv[at + 1])) || 20;
const { renderWidgetSync, prepare, SSR_TAGS } = await import(join(root, 'dist/ssr.js'));
await prepare();

const ATTRS = {
  'ma-salary-table': { table: 'bls-percentiles' },
  'ma-program-compare': { programs: 'example-valley-college-associate,sample-ridge-technical-institute-certificate' },
};
const median = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
for (const name of ['default', 'national']) {
  const catalog = JSON.parse(readFileSync(join(root, `data/${name}-catalog.json`), 'utf8'));
  let t = performance.now();
  renderWidgetSync('ma-faq', { catalog, inlineCatalog: false }); // the catalog's one check (cached per object afterwards)
  console.log(`\n${name} catalog (${catalog.programs.length} programs): first render, with the catalog check, ${(performance.now() - t).toFixed(1)} ms`);
  console.log('widget                 median ms   first ms   HTML KB (gzip KB)');
  for (const tag of SSR_TAGS) {
    const times = [];
    let html = '';
    const attributes = name === 'national' && tag === 'ma-program-compare' ? { programs: catalog.programs.slice(0, 2).map((p) => p.id).join(',') } : ATTRS[tag];
    for (let i = 0; i < runs; i++) {
      t = performance.now();
      html = renderWidgetSync(tag, { catalog, attributes, inlineCatalog: false });
      times.push(performance.now() - t);
    }
    console.log(`${tag.padEnd(22)} ${median(times).toFixed(2).padStart(9)} ${times[0].toFixed(2).padStart(10)} ${(html.length / 1024).toFixed(1).padStart(10)} (${(gzipSync(html).length / 1024).toFixed(1)})`);
  }
}

/** A module and every module it imports statically, within dist/ (packages excluded: they are the app's dependencies). */
function graph(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const src = readFileSync(file, 'utf8');
  for (const m of src.matchAll(/(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]|import\s*['"](\.[^'"]+)['"]/g)) graph(resolve(dirname(file), m[1] ?? m[2]), seen);
  return seen;
}
const gz = (files) => [...files].reduce((n, f) => n + gzipSync(readFileSync(f)).length, 0);
const ssr = graph(join(root, 'dist/ssr.js'));
console.log(`\ndist/ssr.js and the dist modules it imports: ${ssr.size} files, ${(gz(ssr) / 1024).toFixed(1)} KB gzipped, file by file (lit, @lit-labs/ssr and zod come from node_modules and are not counted)`);
console.log(`dist/ssr.js alone: ${(gzipSync(readFileSync(join(root, 'dist/ssr.js'))).length / 1024).toFixed(1)} KB gzipped`);
const hydrate = join(root, 'dist/cdn/ma-widgets-hydrate.js');
console.log(`dist/cdn/ma-widgets-hydrate.js: ${(statSync(hydrate).size / 1024).toFixed(1)} KB, ${(gzipSync(readFileSync(hydrate)).length / 1024).toFixed(1)} KB gzipped (and the core chunk it imports, which every widget loads anyway)`);
const npmHydrate = graph(join(root, 'dist/hydrate.js'));
console.log(`dist/hydrate.js (npm): ${(gz(npmHydrate) / 1024).toFixed(2)} KB gzipped (it imports @lit-labs/ssr-client's support)`);
const styles = readdirSync(join(root, 'dist/cdn/styles')).map((f) => join(root, 'dist/cdn/styles', f));
console.log(`dist/cdn/styles/: ${styles.length} files, ${(gz(styles) / 1024).toFixed(1)} KB gzipped in all`);
