// Subresource Integrity for script-tag embeds: dist/cdn/integrity.json holds
// the SHA-384 of every file; a single-file widget loaded with its integrity
// attribute works (only lazy data is fetched besides it), and a tampered copy
// is refused by the browser without breaking the page: no uncaught error,
// the other widget and the page's own script still work, and the refused
// widget's fallback content stays visible.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { setup, openPage, root } from './helpers.mjs';

let env;
before(async () => (env = await setup()));
after(() => env?.close());

const cdn = join(root, 'dist/cdn');
const integrity = JSON.parse(readFileSync(join(cdn, 'integrity.json'), 'utf8'));
const sri = (buf) => `sha384-${createHash('sha384').update(buf).digest('base64')}`;

test('integrity.json has the SHA-384 of every file in dist/cdn, and single files import no other code', () => {
  const files = [];
  const walk = (d) => readdirSync(d, { withFileTypes: true }).forEach((e) => (e.isDirectory() ? walk(join(d, e.name)) : files.push(join(d, e.name))));
  walk(cdn);
  const listed = files.filter((f) => !f.endsWith('integrity.json')).map((f) => relative(cdn, f).split('\\').join('/')).sort();
  assert.deepEqual(Object.keys(integrity).sort(), listed);
  for (const f of listed) assert.equal(integrity[f], sri(readFileSync(join(cdn, f))), f);
  const singles = listed.filter((f) => /^single\/ma-[^/]+\.js$/.test(f));
  assert.ok(singles.length >= 6, 'one single file per widget and ma-widgets.js');
  for (const f of singles) {
    const code = readFileSync(join(cdn, f), 'utf8');
    assert.doesNotMatch(code, /(^|[;}\n])\s*import\s*[\w{*'"]|\bfrom\s*['"]\.\.?\//, `${f} has a static import`);
  }
});

const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SRI</title></head><body>${body}</body></html>`;
const tag = (src, hash) => `<script type="module" src="${src}" integrity="${hash}" crossorigin="anonymous"></script>`;

test('a widget loaded with its integrity attribute works, fetching only lazy data besides its one file', async () => {
  const { context, page: p, problems } = await openPage(env.browser);
  try {
    const scripts = [];
    p.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
    await context.route(`${env.url}sri.html`, (r) =>
      r.fulfill({ contentType: 'text/html', body: page(`${tag('/dist/cdn/single/ma-program-finder.js', integrity['single/ma-program-finder.js'])}<main><ma-program-finder></ma-program-finder></main>`) }),
    );
    await p.goto(env.url + 'sri.html');
    await p.waitForFunction(() => document.querySelector('ma-program-finder')?.shadowRoot?.querySelector('.card'), null, { timeout: 15000 });
    assert.deepEqual(
      scripts.filter((s) => !/^\/dist\/cdn\/single\/chunks\/default-/.test(s)),
      ['/dist/cdn/single/ma-program-finder.js'],
      'no chunk but the lazy sample catalog',
    );
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('a tampered copy is refused without breaking the page', async () => {
  const { context, page: p, problems } = await openPage(env.browser);
  try {
    const original = readFileSync(join(cdn, 'single/ma-salary-table.js'), 'utf8');
    await context.route(`${env.url}tampered/ma-salary-table.js`, (r) =>
      r.fulfill({ contentType: 'text/javascript', headers: { 'access-control-allow-origin': '*' }, body: original + ';window.__tampered=true;' }),
    );
    await context.route(`${env.url}sri-tampered.html`, (r) =>
      r.fulfill({
        contentType: 'text/html',
        body: page(
          `${tag('/tampered/ma-salary-table.js', integrity['single/ma-salary-table.js'])}` +
            `${tag('/dist/cdn/single/ma-program-finder.js', integrity['single/ma-program-finder.js'])}` +
            `<main><ma-salary-table><p id="fallback">Pay figures: see the BLS page.</p></ma-salary-table><ma-program-finder></ma-program-finder>` +
            `<button id="own" type="button">Page button</button><output id="out"></output></main>` +
            `<script>document.getElementById('own').addEventListener('click', () => { document.getElementById('out').textContent = 'page works'; });</script>`,
        ),
      }),
    );
    await p.goto(env.url + 'sri-tampered.html');
    await p.waitForFunction(() => document.querySelector('ma-program-finder')?.shadowRoot?.querySelector('.card'), null, { timeout: 15000 });
    const state = await p.evaluate(() => ({
      tampered: window.__tampered === true,
      defined: !!customElements.get('ma-salary-table'),
      fallback: document.getElementById('fallback').getBoundingClientRect().height > 0,
    }));
    assert.deepEqual(state, { tampered: false, defined: false, fallback: true }, 'the tampered code did not run; its fallback content shows');
    // The rest of the page: the other widget answers a search, the page's own script runs.
    await p.locator('ma-program-finder input#q').fill('san jose');
    await p.waitForFunction(() => document.querySelector('ma-program-finder').shadowRoot.querySelectorAll('.card').length >= 1);
    await p.click('#own');
    assert.equal(await p.textContent('#out'), 'page works');
    // The browser says why it refused the file (a console error), and nothing else went wrong: no uncaught exception.
    assert.ok(problems.some((x) => /integrity/i.test(x)), `the refusal is reported: ${problems.join('; ')}`);
    assert.deepEqual(problems.filter((x) => !/integrity/i.test(x)), []);
  } finally {
    await context.close();
  }
});
