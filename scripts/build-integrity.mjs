// Writes dist/cdn/integrity.json: the Subresource Integrity hash (SHA-384) of
// every file under dist/cdn, by path relative to it, for `integrity="…"`
// attributes and import maps.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const dir = 'dist/cdn';
const files = [];
const walk = (d) => {
  for (const e of readdirSync(d, { withFileTypes: true })) {
    const p = join(d, e.name);
    if (e.isDirectory()) walk(p);
    else if (p !== join(dir, 'integrity.json')) files.push(p);
  }
};
walk(dir);
const out = Object.fromEntries(
  files
    .map((f) => [relative(dir, f).split('\\').join('/'), `sha384-${createHash('sha384').update(readFileSync(f)).digest('base64')}`])
    .sort(([a], [b]) => a.localeCompare(b)),
);
writeFileSync(join(dir, 'integrity.json'), JSON.stringify(out, null, 2) + '\n');
console.log(`${join(dir, 'integrity.json')} written (${files.length} files)`);
