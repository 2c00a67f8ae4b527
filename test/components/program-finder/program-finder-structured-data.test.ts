// <ma-program-finder structured-data>: one ItemList block beside the finder with the first page of
// results as first shown; it keeps that list while the visitor filters, is rewritten for a new
// language, is not written twice, and is absent without the attribute or with "off".
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/program-finder/program-finder.define.js';
import type { MaProgramFinder } from '../../../src/components/program-finder/program-finder.js';
import { programListLd } from '../../../src/structured-data/builders.js';
import { queryPrograms } from '../../../src/programs/query.js';
import { catalog } from './catalog.js';
import { loadValidator } from '../../../src/catalog/check.js';

// Hand-made catalog objects (no checksum) render at once once the validator is loaded, as an app does with `await loadValidator()`.
before(() => loadValidator());

const blocks = () => [...document.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')];
type Ld = { '@type': string; numberOfItems: number; itemListElement: { position: number; item: { '@type': string; name: string; provider: { name: string } } }[] };
const parse = (s: HTMLScriptElement) => JSON.parse(s.textContent!) as Ld;
const names = (ld: Ld) => ld.itemListElement.map((i) => i.item.name);

async function finder(tpl: ReturnType<typeof html>) {
  const el = await fixture<MaProgramFinder>(tpl);
  await el.updateComplete;
  // The builders are imported when a page first asks for a block (src/structured-data/lazy.ts).
  if (tpl.strings.join('').includes('structured-data>')) await waitUntil(() => blocks().length, 'no JSON-LD block');
  return el;
}

describe('<ma-program-finder structured-data>', () => {
  it('writes one ItemList of the first page of results, as the finder shows them, right after itself', async () => {
    const el = await finder(html`<div><ma-program-finder .catalog=${catalog} page-size="3" structured-data></ma-program-finder></div>`).then((d) => d.querySelector<MaProgramFinder>('ma-program-finder')!);
    await el.updateComplete;
    expect(blocks()).to.have.length(1);
    const s = blocks()[0];
    expect(el.nextElementSibling).to.equal(s);
    expect(s.getAttribute('data-ma-structured-data')).to.equal('programs');
    const ld = parse(s);
    expect(ld['@type']).to.equal('ItemList');
    expect(ld.numberOfItems).to.equal(3);
    const shown = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.card h3')].map((h) => h.textContent!.trim());
    expect(names(ld)).to.deep.equal(shown);
    expect(ld.itemListElement.map((i) => i.position)).to.deep.equal([1, 2, 3]);
    // The same thing the builder makes from the first page of the same query.
    const first = queryPrograms(catalog.programs, {}, { sort: 'relevance', locale: 'en' }).hits.slice(0, 3).map((h) => h.program);
    const soc = catalog.occupations?.find((o) => o.id === 'medical-assistants')?.soc;
    expect(ld).to.deep.equal(JSON.parse(JSON.stringify(programListLd(first, 'en', { soc }))));
    expect(s.textContent).not.to.match(/undefined|""/);
  });

  it('keeps the first state while the visitor filters, follows the language, and re-renders add no block', async () => {
    const el = await finder(html`<ma-program-finder .catalog=${catalog} page-size="2" structured-data></ma-program-finder>`);
    const before = parse(blocks()[0]);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#q')!;
    input.value = 'Austin';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.card')).to.have.length(1);
    expect(blocks()).to.have.length(1);
    expect(parse(blocks()[0])).to.deep.equal(before);
    el.lang = 'es';
    await el.updateComplete;
    expect(blocks()).to.have.length(1);
    expect(blocks()[0].textContent).to.contain('Certificado de Asistente Médico');
  });

  it('a second finder without an id writes no second block; one with an id writes its own', async () => {
    await fixture(html`<div>
      <ma-program-finder .catalog=${catalog} structured-data></ma-program-finder>
      <ma-program-finder .catalog=${catalog} structured-data></ma-program-finder>
      <ma-program-finder id="tx" .catalog=${catalog} state="TX" structured-data></ma-program-finder>
    </div>`);
    for (const f of document.querySelectorAll<MaProgramFinder>('ma-program-finder')) await f.updateComplete;
    expect(blocks().map((b) => b.getAttribute('data-ma-structured-data')).sort()).to.deep.equal(['programs', 'programs tx']);
    const tx = parse(document.querySelector<HTMLScriptElement>('script[data-ma-structured-data="programs tx"]')!);
    expect(tx.numberOfItems).to.be.greaterThan(0);
  });

  it('writes no block without the attribute, with structured-data="off", or when it is removed from the page', async () => {
    await finder(html`<ma-program-finder .catalog=${catalog}></ma-program-finder>`);
    expect(blocks()).to.have.length(0);
    const off = await finder(html`<ma-program-finder .catalog=${catalog} structured-data="off"></ma-program-finder>`);
    expect(blocks()).to.have.length(0);
    off.structuredData = '';
    await off.updateComplete;
    expect(blocks()).to.have.length(1);
    off.remove();
    expect(blocks()).to.have.length(0);
  });
});
