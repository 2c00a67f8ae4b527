// JSON-LD on the strict page (script-src 'self', require-trusted-types-for
// 'script'): the steps, FAQ, salary table and finder write their blocks with no CSP or
// Trusted Types violation; each block parses (JSON.parse, in the page) to
// exactly what the builders make from the same catalog; a re-render, a second
// widget and a second copy of the bundle add no block; a catalog string with
// `</script>` cannot end a block. Needs `npm run build` (uses dist/).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setup, openPage, widgetsReady, root } from './helpers.mjs';

const dist = (p) => import(join(root, 'dist', p));
const { validateCatalog } = await dist('catalog/validate.js');
const { faqPageLd, howToLd, occupationLd, programListLd } = await dist('structured-data/builders.js');
const { queryPrograms } = await dist('programs/query.js');
const raw = JSON.parse(readFileSync(join(root, 'data/default-catalog.json'), 'utf8'));
const catalog = validateCatalog(raw);
const HOWTO = { en: 'How to become a medical assistant', es: 'Cómo llegar a ser asistente médico' };
const expected = (lang) => ({
  faq: faqPageLd(catalog, lang),
  howto: howToLd(catalog, lang, HOWTO[lang]),
  'occupation medical-assistants': occupationLd(catalog, 'medical-assistants', lang),
  // The finder (structured-data): its first page (20) as first shown, in English; a new language rewrites the text, not the list.
  programs: programListLd(
    queryPrograms(catalog.programs, {}, { sort: 'relevance', locale: 'en' }).hits.slice(0, 20).map((h) => h.program),
    lang,
    { soc: catalog.occupations?.find((o) => o.id === 'medical-assistants')?.soc },
  ),
});

/** Every JSON-LD block on the page: its key, its widget (the element just before it), its raw text and JSON.parse of it. */
const readBlocks = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => ({
      key: s.getAttribute('data-ma-structured-data'),
      after: s.previousElementSibling?.localName ?? null,
      text: s.textContent,
      data: JSON.parse(s.textContent),
    })),
  );
const byKey = (blocks) => Object.fromEntries(blocks.map((b) => [b.key, b.data]));

let env;
before(async () => (env = await setup()));
after(() => env?.close());

test('strict page: HowTo, FAQPage and one Occupation, no violation, each equal to what the builders produce', async () => {
  const { context, page, problems, csp } = await openPage(env.browser);
  try {
    await page.goto(env.url + 'strict.html', { waitUntil: 'load' });
    await widgetsReady(page);
    const blocks = await readBlocks(page);
    assert.deepEqual(blocks.map((b) => [b.key, b.after]).sort(), [
      ['faq', 'ma-faq'],
      ['howto', 'ma-steps'],
      // The salary table (highlight="medical-assistants", structured-data) comes first and says it; the outlook then writes none.
      ['occupation medical-assistants', 'ma-salary-table'],
      ['programs', 'ma-program-finder'],
    ]);
    assert.deepEqual(byKey(blocks), JSON.parse(JSON.stringify(expected('en'))));
    for (const b of blocks) assert.doesNotMatch(b.text, /</, 'no "<" in a block');
    assert.deepEqual(await csp(), [], 'no CSP or Trusted Types violation');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('a re-render in another language, a second FAQ and a second copy of the bundle add no block', async () => {
  const { context, page, problems, csp } = await openPage(env.browser);
  try {
    await page.goto(env.url + 'strict.html', { waitUntil: 'load' });
    await widgetsReady(page);
    await page.evaluate(() => (document.documentElement.lang = 'es'));
    await page.evaluate(() => {
      const faq = document.createElement('ma-faq');
      document.querySelector('main').append(faq);
    });
    await page.evaluate(() => import('/copy2/dist/cdn/ma-widgets.js'));
    await widgetsReady(page);
    await page.waitForFunction(() => document.querySelector('script[data-ma-structured-data="faq"]')?.textContent.includes('"inLanguage":"es"'));
    await page.waitForFunction(() => {
      const s = document.querySelector('script[data-ma-structured-data="programs"]');
      const english = ['Certificate', 'Associate degree', "Bachelor's degree"];
      return s && JSON.parse(s.textContent).itemListElement.every((i) => !english.includes(i.item.educationalCredentialAwarded));
    });
    const blocks = await readBlocks(page);
    assert.deepEqual(blocks.map((b) => b.key).sort(), ['faq', 'howto', 'occupation medical-assistants', 'programs']);
    assert.deepEqual(byKey(blocks), JSON.parse(JSON.stringify(expected('es'))));
    assert.deepEqual(await csp(), [], 'no CSP or Trusted Types violation');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('a catalog string with </script> stays inside its block', async () => {
  const { context, page, problems, csp } = await openPage(env.browser);
  const evil = 'Is </script><script>alert(1)</script> <!-- a question?';
  const hostile = { ...raw, faq: [{ id: 'evil', question: evil, answer: 'An answer with </SCRIPT> & more.' }] };
  try {
    await context.route('**/hostile.json', (r) => r.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(hostile) }));
    await page.goto(env.url + 'strict.html', { waitUntil: 'load' });
    await widgetsReady(page);
    await page.evaluate(() => {
      document.querySelector('ma-faq').remove();
      const faq = document.createElement('ma-faq');
      faq.src = 'hostile.json';
      document.querySelector('main').append(faq);
    });
    await widgetsReady(page);
    await page.waitForFunction(() => document.querySelector('script[data-ma-structured-data="faq"]'));
    const faq = (await readBlocks(page)).find((b) => b.key === 'faq');
    assert.doesNotMatch(faq.text, /<\/script|<!--|</i);
    assert.equal(faq.data.mainEntity[0].name, evil);
    assert.deepEqual(faq.data, JSON.parse(JSON.stringify(faqPageLd(validateCatalog(hostile), 'en'))));
    assert.equal(await page.evaluate(() => document.querySelectorAll('script').length - document.querySelectorAll('script[src], script[type="application/ld+json"]').length), 0, 'no script element appeared from the catalog text');
    assert.deepEqual(await csp(), []);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
