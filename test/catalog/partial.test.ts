// Partial catalogs: a catalog whose structure is right but some of whose
// records are not is shown without them (unless the widget is `strict`), with
// what was left out in ma-catalog-load and the console; structural problems
// are still errors; the sliced check gives the same answer as the one at once.
import { loadDefaultCatalog } from '../../src/catalog/controller.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/components/program-finder/program-finder.define.js';
import '../../src/components/career-explorer/career-explorer.define.js';
import type { MaProgramFinder } from '../../src/components/program-finder/program-finder.js';
import { clearCatalogCache } from '../../src/catalog/load.js';
import { validateCatalog, validateCatalogLenient, validateCatalogLenientInSlices } from '../../src/catalog/validate.js';
import type { CatalogError } from '../../src/catalog/errors.js';
import type { CatalogErrorEvent, CatalogLoadEvent } from '../../src/events.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
let base: Json;
before(async () => {
  // The sample catalog as plain data (a copy: the tests break it).
  base = structuredClone(await loadDefaultCatalog()) as Json;
});

/** The default catalog (48 programs) with programs 5 and 20 broken: a bad URL and a negative tuition. */
function twoBroken(): Json {
  const c = structuredClone(base);
  c.programs[5].url = 'htp:/typo';
  c.programs[20].tuition = { ...(c.programs[20].tuition ?? { currency: 'USD', covers: 'program' }), amount: -1 };
  return c;
}

const thrown = (run: () => unknown): CatalogError => {
  try {
    run();
  } catch (e) {
    return e as CatalogError;
  }
  throw new Error('expected an error');
};

describe('validateCatalogLenient', () => {
  it('leaves out the two bad programs of 48 and names them', () => {
    expect(base.programs).to.have.length(48);
    const r = validateCatalogLenient(twoBroken());
    expect(r.catalog.programs).to.have.length(46);
    expect(r.skipped.map((s) => s.path)).to.deep.equal(['programs[5]', 'programs[20]']);
    expect(r.skipped[0].message).to.contain('programs[5].url: expected an http:// or https:// URL');
    expect(r.skipped[1].message).to.contain('programs[20].tuition.amount: must be at least 0');
    // The strict check refuses the same catalog, with the same paths.
    expect(thrown(() => validateCatalog(twoBroken())).issues.map((i) => i.path)).to.deep.equal(r.issues.map((i) => i.path));
  });

  it('gives a complete catalog unchanged with nothing skipped', () => {
    const r = validateCatalogLenient(structuredClone(base));
    expect(r.skipped).to.deep.equal([]);
    expect(r.catalog).to.deep.equal(validateCatalog(structuredClone(base)));
  });

  it('skips what refers to a skipped occupation, naming both', () => {
    const c = structuredClone(base);
    const i = c.occupations.findIndex((o: Json) => c.careerPaths.some((p: Json) => p.to === o.id || p.from === o.id));
    const oid = c.occupations[i].id;
    c.occupations[i].soc = 'not a SOC';
    const r = validateCatalogLenient(c);
    const paths = c.careerPaths.flatMap((p: Json, j: number) => (p.from === oid || p.to === oid ? [`careerPaths[${j}]`] : []));
    expect(paths.length).to.be.greaterThan(0);
    expect(r.skipped[0]).to.deep.include({ path: `occupations[${i}]` });
    for (const path of paths) {
      const s = r.skipped.find((x) => x.path === path)!;
      expect(s, path).to.exist;
      expect(s.message).to.contain(path).and.to.contain(`occupations[${i}]`).and.to.contain(oid);
    }
    expect(r.catalog.careerPaths!.some((p) => p.from === oid || p.to === oid)).to.equal(false);
    expect(r.catalog.occupations!.some((o) => o.id === oid)).to.equal(false);
    // Salary rows that name it go too; the rest of each table stays.
    const rows = c.salaryTables.flatMap((t: Json, ti: number) => t.rows.flatMap((row: Json, ri: number) => (row.occupation === oid ? [`salaryTables[${ti}].rows[${ri}]`] : [])));
    for (const path of rows) expect(r.skipped.find((x) => x.path === path)?.message).to.contain(`occupations[${i}]`);
    const before = c.salaryTables.reduce((n: number, t: Json) => n + t.rows.length, 0);
    expect(r.catalog.salaryTables!.reduce((n, t) => n + t.rows.length, 0)).to.equal(before - rows.length);
  });

  it('skips a bad step, faq entry, duplicate program id and row on their own', () => {
    const c = structuredClone(base);
    c.steps[1].title = '';
    c.faq[0].answer = 7;
    c.programs[3].id = c.programs[2].id;
    c.salaryTables[0].rows[0].values = { nope: 1 };
    const r = validateCatalogLenient(c);
    expect(r.skipped.map((s) => s.path)).to.deep.equal(['programs[3]', 'salaryTables[0].rows[0]', 'steps[1]', 'faq[0]']);
    expect(r.skipped[0].message).to.contain('duplicate id').and.to.contain('programs[2]');
    expect(r.catalog.steps).to.have.length(c.steps.length - 1);
    expect(r.catalog.faq).to.have.length(c.faq.length - 1);
  });

  it('still refuses structural problems', () => {
    expect(thrown(() => validateCatalogLenient('[]')).kind).to.equal('schema');
    expect(thrown(() => validateCatalogLenient({ ...structuredClone(base), catalogVersion: 2 })).kind).to.equal('unsupported-version');
    expect(thrown(() => validateCatalogLenient({ ...structuredClone(base), programs: {} })).issues[0].path).to.equal('programs');
    const { meta: _m, ...noMeta } = structuredClone(base);
    expect(thrown(() => validateCatalogLenient(noMeta)).issues[0].path).to.equal('meta');
    expect(thrown(() => validateCatalogLenient({ ...structuredClone(base), occupations: 'x' })).issues[0].path).to.equal('occupations');
  });

  it('refuses a catalog none of whose programs is valid (broken as a whole, not partial)', () => {
    const c = structuredClone(base);
    for (const p of c.programs) p.credential = 'degree';
    expect(thrown(() => validateCatalogLenient(c)).issues).to.have.length(48);
  });

  it('gives the same result in slices as at once', async () => {
    const c = twoBroken();
    c.programs[40].delivery = 'by-mail';
    c.programs[41].id = c.programs[0].id;
    const sliced = await validateCatalogLenientInSlices(structuredClone(c), undefined, 7, () => Promise.resolve());
    expect(sliced).to.deep.equal(validateCatalogLenient(structuredClone(c)));
    expect(sliced.skipped.map((s) => s.path)).to.deep.equal(['programs[5]', 'programs[20]', 'programs[40]', 'programs[41]']);
  });
});

describe('a partial catalog in a widget', () => {
  beforeEach(() => clearCatalogCache());
  afterEach(() => sinon.restore());
  const blobUrl = (data: unknown) => URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));
  const count = (el: HTMLElement) => el.shadowRoot!.querySelector('#count')?.textContent?.trim() ?? '';

  it('shows 46 of 48 programs from src, reports the 2 paths once in the console, and shows nothing alarming', async () => {
    const group = sinon.stub(console, 'groupCollapsed');
    const warn = sinon.stub(console, 'warn');
    sinon.stub(console, 'groupEnd');
    const src = blobUrl(twoBroken());
    const loaded = oneEvent(document, 'ma-catalog-load') as Promise<CatalogLoadEvent>;
    const wrap = await fixture(html`<div>
      <ma-program-finder src=${src} page-size="50"></ma-program-finder>
      <ma-program-finder src=${src}></ma-program-finder>
    </div>`);
    const ev = await loaded;
    const [a, b] = wrap.querySelectorAll<MaProgramFinder>('ma-program-finder');
    await waitUntil(() => count(a) && count(b), 'both finders render');
    expect(ev.detail.programs).to.equal(46);
    expect(ev.detail.skipped!.map((s) => s.path)).to.deep.equal(['programs[5]', 'programs[20]']);
    expect(count(a)).to.contain('46');
    expect(a.shadowRoot!.querySelectorAll('.card').length).to.equal(46);
    expect(a.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(a.shadowRoot!.textContent).not.to.match(/programs\[|skipped|invalid/i);
    expect(group.calledOnce, 'one console group for two widgets').to.equal(true);
    expect(group.firstCall.args[0]).to.contain('2 invalid record(s)');
    expect(warn.getCalls().map((c) => c.args[0].split(':')[0])).to.deep.equal(['programs[5]', 'programs[20]']);
    await expect(a).to.be.accessible();
    URL.revokeObjectURL(src);
  });

  it('shows a partial catalog given as a property, and `strict` refuses it', async () => {
    sinon.stub(console, 'groupCollapsed');
    sinon.stub(console, 'warn');
    const data = twoBroken();
    const loose = await fixture<MaProgramFinder>(html`<ma-program-finder .catalog=${data}></ma-program-finder>`);
    expect(count(loose)).to.contain('46');
    const failed = oneEvent(document, 'ma-catalog-error') as Promise<CatalogErrorEvent>;
    const strict = await fixture<MaProgramFinder>(html`<ma-program-finder strict .catalog=${data}></ma-program-finder>`);
    const ev = await failed;
    expect(ev.detail.kind).to.equal('schema');
    expect(ev.detail.issues.map((i) => i.path)).to.deep.equal(['programs[5].url', 'programs[20].tuition.amount']);
    expect(strict.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    // Turning strict off shows the partial catalog again.
    strict.strict = false;
    await waitUntil(() => count(strict).includes('46'), 'shown without strict');
  });

  it('`strict` refuses a partial catalog from src too', async () => {
    sinon.stub(console, 'warn');
    const src = blobUrl(twoBroken());
    const failed = oneEvent(document, 'ma-catalog-error') as Promise<CatalogErrorEvent>;
    const el = await fixture(html`<ma-program-finder strict src=${src}></ma-program-finder>`);
    const ev = await failed;
    expect(ev.detail.issues.map((i) => i.path)).to.deep.equal(['programs[5].url', 'programs[20].tuition.amount']);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('the career explorer leaves out paths to a skipped occupation and still renders', async () => {
    sinon.stub(console, 'groupCollapsed');
    sinon.stub(console, 'warn');
    const c = structuredClone(base);
    const target = c.careerPaths[0].to;
    c.occupations.find((o: Json) => o.id === target).soc = 'bad';
    const loaded = oneEvent(document, 'ma-catalog-load') as Promise<CatalogLoadEvent>;
    const el = await fixture(html`<ma-career-explorer .catalog=${c}></ma-career-explorer>`);
    const ev = await loaded;
    expect(ev.detail.skipped!.some((s) => s.path === 'careerPaths[0]')).to.equal(true);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
