// The finder shows only what the data holds (issue 9 §4): filters nobody reports are not offered,
// partial ones say how many programs do not report them, and cards show school type, graduates,
// the award-level length and the source of every figure.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/program-finder/program-finder.define.js';
import type { MaProgramFinder } from '../../../src/components/program-finder/program-finder.js';
import { loadDefaultCatalog } from '../../../src/catalog/controller.js';
import type { Catalog } from '../../../src/catalog/schema.js';
import { ipedsCatalog, ipedsPrograms } from '../../fixtures/program-finder/ipeds-like.js';
import { catalog as finderCatalog } from './catalog.js';

const root = (el: HTMLElement) => el.shadowRoot!;
const $ = (el: HTMLElement, sel: string) => root(el).querySelector<HTMLElement>(sel);
const ids = (el: HTMLElement) => [...root(el).querySelectorAll<HTMLElement>('.card')].map((c) => c.dataset.id);
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const card = (el: HTMLElement, id: string) => $(el, `.card[data-id="${id}"]`)!;
/** The card's fact with this term: "School type" -> "Public". */
const fact = (el: HTMLElement, id: string, term: string) => {
  const row = [...card(el, id).querySelectorAll('.facts > div')].find((d) => text(d.querySelector('dt')) === term);
  return row ? text(row.querySelector('dd')) : undefined;
};

async function finder(catalog: unknown, lang = 'en') {
  const el = await fixture<MaProgramFinder>(html`<ma-program-finder lang=${lang} .catalog=${catalog}></ma-program-finder>`);
  await waitUntil(() => $(el, '.card'), 'cards shown');
  return el;
}

describe('<ma-program-finder> on IPEDS-like data', () => {
  it('offers no filter for what no program reports, and says in one line what the list does not say', async () => {
    const el = await finder(ipedsCatalog);
    expect(ids(el)).to.have.length(4);
    for (const gone of ['input[name="delivery"]', '#tuition', '#accreditation', 'input[name="schedule"]', 'input[name="exams"]']) expect($(el, gone), gone).to.equal(null);
    expect(text(root(el).querySelector('#filters'))).to.not.contain('Classes in Spanish');
    // What the data does hold stays.
    for (const kept of ['#state', '#zip', 'input[name="credential"]', 'input[name="control"]', '#length']) expect($(el, kept), kept).to.exist;
    expect(text($(el, '.gaps'))).to.equal(
      'This list does not say how classes are taught, what they cost, which programs are accredited by CAAHEP or ABHES, when classes meet or which languages classes are taught in.',
    );
    // The cards do not pretend either: no delivery or tuition rows.
    expect(fact(el, 'ipeds-100001-2', 'How classes are taught')).to.equal(undefined);
    expect(fact(el, 'ipeds-100001-2', 'Tuition')).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('says the same in Spanish', async () => {
    const el = await finder(ipedsCatalog, 'es');
    expect(text($(el, '.gaps'))).to.equal(
      'Esta lista no dice cómo se imparten las clases, cuánto cuestan, qué programas están acreditados por CAAHEP o ABHES, en qué horario son las clases ni en qué idiomas se dan las clases.',
    );
    expect(fact(el, 'ipeds-100002-3', 'Tipo de escuela')).to.equal('Privada sin fines de lucro');
    expect(fact(el, 'ipeds-100001-2', 'Graduados')).to.equal('37 graduados en 2023-24');
    expect(text(card(el, 'ipeds-100002-3').querySelector('.foot'))).to.contain('Página del programa: sin datos');
    await expect(el).to.be.accessible();
  });

  it('filters by school type, with counts and how many schools do not report it', async () => {
    const el = await finder(ipedsCatalog);
    const labels = [...root(el).querySelectorAll('input[name="control"]')].map((i) => text(i.closest('label')));
    expect(labels).to.deep.equal(['Public (1)', 'Private nonprofit (1)', 'Private for-profit (1)']);
    expect(text($(el, '#control-none'))).to.equal('Not reported: 1 program');
    (root(el).querySelector<HTMLInputElement>('input[name="control"][value="for-profit"]')!).click();
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['ipeds-100003-21']);
    expect(fact(el, 'ipeds-100003-21', 'School type')).to.equal('Private for-profit');
    await expect(el).to.be.accessible();
  });

  it('shows graduates with their year, a reported zero as such, and "Not reported" when absent; sorts by most graduates', async () => {
    const el = await finder(ipedsCatalog);
    expect(fact(el, 'ipeds-100001-2', 'Graduates')).to.equal('37 graduates in 2023-24');
    // A reported zero reads as a number, as in compare: never like "not reported".
    expect(fact(el, 'ipeds-100002-3', 'Graduates')).to.equal('0 graduates in 2023-24');
    expect(fact(el, 'ipeds-100004-2', 'Graduates')).to.equal('Not reported');
    expect(fact(el, 'ipeds-100004-2', 'School type')).to.equal('Not reported');
    const sort = $(el, '#sort') as HTMLSelectElement;
    expect([...sort.options].map((o) => o.value)).to.include('graduates').and.not.include('tuition');
    sort.value = 'graduates';
    sort.dispatchEvent(new Event('change'));
    await el.updateComplete;
    // Most first; a reported 0 before a program that does not report.
    expect(ids(el)).to.deep.equal(['ipeds-100003-21', 'ipeds-100001-2', 'ipeds-100002-3', 'ipeds-100004-2']);
  });

  it('labels a length that comes from the award level, links only programs with a page, and names the source of every figure', async () => {
    const el = await finder(ipedsCatalog);
    expect(fact(el, 'ipeds-100003-21', 'Length')).to.equal('3–12 months (the range its award level defines, not stated by the school)');
    expect(card(el, 'ipeds-100001-2').querySelector('h3 a')?.getAttribute('href')).to.equal('https://lakeside.example.edu/');
    expect(card(el, 'ipeds-100002-3').querySelector('a')).to.equal(null);
    expect(text(card(el, 'ipeds-100002-3').querySelector('.foot'))).to.contain('Program page: not reported');
    expect(text(card(el, 'ipeds-100002-3').querySelector('.sources'))).to.equal(
      'Sources: Name, school, location, credential, length and graduates: IPEDS 2023-24',
    );
  });

  it('names each source of a merged entry: the federal data by vintage, the school by the date it was checked', async () => {
    const merged: Catalog = {
      ...ipedsCatalog,
      programs: [
        {
          ...ipedsPrograms[0],
          tuition: { amount: 4200, currency: 'USD', covers: 'program' },
          provenance: [
            { source: 'ipeds', fields: ['location', 'completions'] },
            { source: 'school', fields: ['tuition'], checked: '2026-10-01' },
          ],
        },
        ipedsPrograms[1],
      ],
    };
    const el = await finder(merged);
    expect(text(card(el, 'ipeds-100001-2').querySelector('.sources'))).to.equal(
      'Sources: Location and graduates: IPEDS 2023-24; tuition: the school, checked Oct 1, 2026',
    );
    // Tuition is now reported by one program of two: the filter is offered, and says who does not report it.
    expect($(el, '#tuition')).to.exist;
    expect(text($(el, '#tuition-none'))).to.equal('Not reported: 1 program');
    expect(fact(el, 'ipeds-100002-3', 'Tuition')).to.equal('Not reported');
    await expect(el).to.be.accessible();
  });
});

describe('<ma-program-finder> on the sample catalog: what it does not report', () => {
  let sample: Catalog;
  before(async () => (sample = await loadDefaultCatalog()));

  it('keeps its filters, says which programs do not report a field, and what the list does not say', async () => {
    const el = await finder(sample);
    const missing = (field: 'delivery' | 'tuition' | 'accreditation') => sample.programs.filter((p) => p[field] === undefined).length;
    expect(missing('delivery')).to.be.greaterThan(0);
    expect(text($(el, '#delivery-none'))).to.equal(`Not reported: ${missing('delivery')} programs`);
    expect(text($(el, '#tuition-none'))).to.equal(`Not reported: ${missing('tuition')} programs`);
    expect(text($(el, '#accreditation-none'))).to.equal(`Not reported: ${missing('accreditation')} programs`);
    // The sample has no school types or graduates: no such filter, sort or card rows, and one line says so.
    expect($(el, 'input[name="control"]')).to.equal(null);
    expect([...($(el, '#sort') as HTMLSelectElement).options].map((o) => o.value)).to.not.include('graduates');
    expect(text($(el, '.gaps'))).to.equal('This list does not say who runs each school or how many students graduate.');
    expect(root(el).querySelector('.card .facts')!.textContent).to.not.contain('Graduates');
    await expect(el).to.be.accessible();
  });

  it('names the catalog and the date checked when an entry has no provenance', async () => {
    const el = await finder(finderCatalog);
    expect(text(card(el, 'sj').querySelector('.sources'))).to.equal('Source: Test, checked Jan 1, 2026');
  });
});
