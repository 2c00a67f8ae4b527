// ma-widgets/ssr (on the built dist) and `ma-catalog render`: every widget renders to HTML with a
// declarative shadow root showing its text, in English and Spanish, on the default catalog.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { renderWidget, renderWidgetSync, streamWidget, prepare, SSR_TAGS } from '../../dist/ssr.js';

const catalog = JSON.parse(readFileSync('data/default-catalog.json', 'utf8'));
const PAIR = 'example-valley-college-associate,sample-ridge-technical-institute-certificate';
const ATTRS = { 'ma-salary-table': { table: 'bls-percentiles' }, 'ma-program-compare': { programs: PAIR } };
/** Text each widget shows, in English and in Spanish. */
const TEXT = {
  'ma-program-finder': ['Showing 20 of 48 programs', 'Se muestran 20 de 48 programas'],
  'ma-salary-table': ['Annual pay percentiles by occupation', 'Percentiles de salario anual por ocupación'],
  'ma-career-explorer': ['Career paths from Medical assistants', 'Trayectorias profesionales desde Asistentes médicos'],
  'ma-steps': ['Complete a training program', 'Completa un programa de formación'],
  'ma-faq': ['How long does medical assistant training take?', '¿Cuánto dura la formación de asistente médico?'],
  'ma-outlook': ['Job outlook: Medical assistants', 'Perspectivas laborales: Asistentes médicos'],
  'ma-program-compare': ['Comparing 2 programs', 'Comparación de 2 programas'],
  'ma-get-matched': ['Where do you want to study?', '¿Dónde quiere estudiar?'],
};
const text = (html) => html.replace(/<style>[^<]*<\/style>/g, '').replace(/<script[^>]*>[^<]*<\/script>/g, '').replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');

test('every widget renders its content in a declarative shadow root, in English and Spanish', async () => {
  assert.deepEqual([...SSR_TAGS].sort(), Object.keys(TEXT).sort());
  for (const tag of SSR_TAGS) {
    for (const [i, lang] of ['en', 'es'].entries()) {
      const html = await renderWidget(tag, { catalog, lang, attributes: ATTRS[tag] });
      assert.ok(html.startsWith(`<${tag} `), `${tag} ${lang}: the element itself`);
      assert.ok(html.endsWith(`</${tag}>`));
      assert.match(html, /^<[a-z-]+[^>]*><template shadowroot="open" shadowrootmode="open"><style>/, `${tag}: a declarative shadow root with its styles`);
      assert.ok(html.includes(` lang="${lang}"`));
      assert.ok(text(html).includes(TEXT[tag][i]), `${tag} ${lang} shows "${TEXT[tag][i]}"`);
      assert.doesNotMatch(text(html), /Loading|Cargando|could not|No se pudo/i, `${tag} ${lang}: not a loading or error state`);
      assert.doesNotMatch(html, /checked="false"/);
      // The catalog for hydration, with no `<` that could end the block.
      const block = html.match(/<script type="application\/json" data-ma-catalog>([^]*?)<\/script><\/ma-[a-z-]+>$/);
      assert.ok(block, `${tag}: the catalog's data block`);
      assert.deepEqual(JSON.parse(block[1]), catalog);
    }
  }
});

test('the finder renders its first page of results (20 cards) and the compare preset', async () => {
  const html = await renderWidget('ma-program-finder', { catalog, compare: PAIR.split(',') });
  assert.equal(html.match(/<h3/g)?.length, 20);
  assert.match(text(html), /2 programs? (selected|chosen|to compare)|Compare 2/i);
});

test('renderWidgetSync after prepare(), streamWidget, stylesheets, the sample catalog, attribute escaping', async () => {
  await prepare();
  const a = await renderWidget('ma-faq', { catalog, lang: 'es' });
  assert.equal(renderWidgetSync('ma-faq', { catalog, lang: 'es' }), a);
  let streamed = '';
  for await (const chunk of streamWidget('ma-faq', { catalog, lang: 'es' })) streamed += chunk;
  assert.equal(streamed, a);
  let piped = '';
  for await (const chunk of Readable.from(streamWidget('ma-program-finder', { catalog, stylesheets: '/styles' }))) piped += chunk;
  assert.equal(piped, await renderWidget('ma-program-finder', { catalog, stylesheets: '/styles' }));
  assert.match(piped, /^<ma-program-finder[^>]*><template shadowroot="open" shadowrootmode="open"><link rel="stylesheet" href="\/styles\/ma-program-finder.css">/);
  assert.doesNotMatch(piped, /<style>/);
  // Without a catalog: the built-in sample, which the client has too (no data block).
  const sample = await renderWidget('ma-outlook');
  assert.doesNotMatch(sample, /data-ma-catalog/);
  assert.ok(text(sample).includes('Job outlook'));
  // With `src`: the client fetches the same URL (no data block).
  assert.doesNotMatch(await renderWidget('ma-faq', { catalog, attributes: { src: '/catalog.json' } }), /data-ma-catalog/);
  const odd = await renderWidget('ma-faq', { catalog, attributes: { id: '"><script>x</script>' } });
  assert.doesNotMatch(odd, /<script>x/);
  await assert.rejects(renderWidget('ma-nope', {}), /unknown widget/);
  await assert.rejects(renderWidget('ma-faq', { attributes: { onclick: 'x()' } }), /not allowed/);
  await assert.rejects(renderWidget('ma-faq', { catalog: { catalogVersion: 2 } }), (e) => e.name === 'CatalogError');
  // A catalog with "</script>" in a text cannot end the data block.
  const hostile = structuredClone(catalog);
  hostile.faq[0].question = { en: '</script><script>alert(1)</script>', es: 'x' };
  const out = await renderWidget('ma-faq', { catalog: hostile });
  assert.equal(out.match(/<\/script>/g).length, 1);
});

const cli = (...args) => {
  const r = spawnSync(process.execPath, ['bin/ma-catalog.js', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

test('ma-catalog render fills every ma-* tag of a page, keeping the rest of the page as it was', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ma-render-'));
  try {
    const page = `<!doctype html>\n<html lang="es"><head><title>T</title></head><body>\n<h1>Hola</h1>\n<ma-faq></ma-faq>\n<div lang="en"><ma-salary-table table="bls-percentiles"></ma-salary-table></div>\n<ma-outlook src="/catalog.json"></ma-outlook>\n<p>fin</p>\n</body></html>\n`;
    writeFileSync(join(dir, 'page.html'), page);
    const r = cli('render', join(dir, 'page.html'), '--catalog', 'data/default-catalog.json', '--stylesheets', 'https://cdn.example/styles/', '--out', join(dir, 'out.html'));
    assert.equal(r.code, 0, r.err);
    const out = readFileSync(join(dir, 'out.html'), 'utf8');
    assert.equal(out.replace(/<template shadowroot[^]*?<\/template>(?=<\/ma-)/g, '').replace(/<script type="application\/json" data-ma-catalog="page">[^<]*<\/script>/, ''), page, 'only insertions');
    assert.ok(text(out).includes('¿Cuánto dura la formación'), 'the FAQ in the page language');
    assert.ok(text(out).includes('Annual pay percentiles'), "the table in its ancestor's language");
    assert.match(out, /<link rel="stylesheet" href="https:\/\/cdn.example\/styles\/ma-faq.css">/);
    assert.equal(out.match(/data-ma-catalog="page"/g).length, 1, 'one data block for the page');
    assert.ok(out.indexOf('data-ma-catalog="page"') < out.indexOf('<ma-faq>'));
    // --no-inline (a page on the built-in sample): no data block.
    const bare = cli('render', join(dir, 'page.html'), '--catalog', 'data/default-catalog.json', '--no-inline');
    assert.equal(bare.code, 0);
    assert.doesNotMatch(bare.out, /data-ma-catalog/);
    assert.ok(text(bare.out).includes('¿Cuánto dura la formación'));
    // Rendering a rendered page again changes nothing.
    const again = cli('render', join(dir, 'out.html'), '--catalog', 'data/default-catalog.json');
    assert.equal(again.out, out);
    assert.match(again.err, /0 widget\(s\) rendered/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('ma-catalog render: a bad catalog prints path: message and exits non-zero', () => {
  const r = cli('render', 'demo/index.html', '--catalog', 'test/fixtures/catalogs/wrong-version.json');
  assert.equal(r.code, 1);
  assert.equal(r.err, 'test/fixtures/catalogs/wrong-version.json: catalogVersion: expected 1, got 2\n');
  assert.equal(r.out, '');
  const j = cli('render', 'demo/index.html', '--catalog', 'test/fixtures/catalogs/not-json.json');
  assert.equal(j.code, 2);
  assert.match(j.err, /not-json.json: not JSON/);
  assert.equal(cli('render', 'nope.html', '--catalog', 'data/default-catalog.json').code, 2);
  assert.equal(cli('render', 'demo/index.html').code, 2);
});

test('links on the server: a relative step link and a compare-url are written (relative ones stay relative), javascript: never', async () => {
  const withLinks = structuredClone(catalog);
  delete withLinks.checksum;
  withLinks.steps[0].link = { href: '/apply', label: { en: 'Apply', es: 'Solicitar' } };
  withLinks.steps[1].link = { href: 'javascript:alert(1)', label: { en: 'Bad', es: 'Malo' } };
  const steps = await renderWidget('ma-steps', { catalog: withLinks });
  assert.match(steps, /href="\/apply"/, 'a relative step link is kept on the server');
  assert.doesNotMatch(steps, /href="javascript:/);
  const ids = PAIR.split(',');
  for (const [url, href] of [
    ['https://x.example/compare', 'https://x.example/compare?compare='],
    ['/compare', '/compare?compare='],
  ]) {
    const finder = await renderWidget('ma-program-finder', { compare: ids, attributes: { 'compare-url': url } });
    assert.ok(finder.includes(`class="btn go" href="${href}${encodeURIComponent(PAIR)}"`), `the tray links to ${url}`);
  }
  const bad = await renderWidget('ma-program-finder', { compare: ids, attributes: { 'compare-url': 'javascript:alert(1)' } });
  assert.doesNotMatch(bad, /href="javascript:/);
  // inlineCatalog without a catalog: nothing to inline (the client has the sample), no exception.
  assert.doesNotMatch(await renderWidget('ma-faq', { inlineCatalog: true }), /data-ma-catalog/);
});

test('ma-catalog render leaves a widget with catalog-name to the browser (it shows a built-in catalog, not --catalog)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ma-render-'));
  try {
    const page = `<!doctype html>\n<html lang="en"><body>\n<ma-program-finder catalog-name="national"></ma-program-finder>\n<ma-faq></ma-faq>\n</body></html>\n`;
    writeFileSync(join(dir, 'page.html'), page);
    const r = cli('render', join(dir, 'page.html'), '--catalog', 'data/default-catalog.json');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /<ma-program-finder catalog-name="national"><\/ma-program-finder>/, 'the national finder is not rendered with FILE');
    assert.match(r.out, /<ma-faq><template shadowroot/);
    assert.match(r.err, /1 widget\(s\) rendered, 1 with catalog-name left to the browser/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
