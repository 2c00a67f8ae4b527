import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../../../src/components/program-compare/program-compare.define.js';
import type { MaProgramCompare } from '../../../src/components/program-compare/program-compare.js';
import { CompareChangeEvent } from '../../../src/events.js';
import { A, B, C, E, makeCatalog } from '../../fixtures/get-matched/catalog.js';
import { loadValidator } from '../../../src/catalog/check.js';

// Hand-made catalog objects (no checksum) render at once once the validator is loaded, as an app does with `await loadValidator()`.
before(() => loadValidator());

const catalog = makeCatalog();
const root = (el: HTMLElement) => el.shadowRoot!;
const headers = (el: HTMLElement) => [...root(el).querySelectorAll('thead th .name')].map((n) => n.textContent!.trim());
const row = (el: HTMLElement, label: string) =>
  [...root(el).querySelectorAll('tbody tr')].find((r) => r.querySelector('th')!.textContent!.trim().startsWith(label));
const cells = (el: HTMLElement, label: string) => [...row(el, label)!.querySelectorAll('td')].map((c) => c.textContent!.trim());

async function compare(programs: string, extra: Partial<MaProgramCompare> = {}) {
  const el = await fixture<MaProgramCompare>(html`<ma-program-compare .catalog=${catalog} programs=${programs}></ma-program-compare>`);
  Object.assign(el, extra);
  await el.updateComplete;
  return el;
}

describe('<ma-program-compare>', () => {
  afterEach(() => sinon.restore());

  it('shows a loading state while the catalog loads', async () => {
    sinon.stub(window, 'fetch').returns(new Promise(() => undefined));
    const el = await fixture<MaProgramCompare>(html`<ma-program-compare src="/slow-compare.json"></ma-program-compare>`);
    const status = root(el).querySelector('[role="status"]')!;
    expect(status.textContent).to.contain('Loading programs to compare');
    await expect(el).to.be.accessible();
  });

  it('shows an accessible error when the catalog cannot be loaded', async () => {
    const el = await fixture<MaProgramCompare>(html`<ma-program-compare src="/test/fixtures/get-matched/missing.json"></ma-program-compare>`);
    await oneEvent(el, 'ma-catalog-error');
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('could not be loaded');
    await expect(el).to.be.accessible();
  });

  it('tells how to pick programs when there is nothing to compare', async () => {
    const el = await compare('no-such-id');
    const empty = root(el).querySelector('[part="empty"]')!;
    expect(empty.textContent).to.contain('No programs to compare yet');
    expect(empty.textContent).to.contain('2 to 4 programs');
    expect(root(el).querySelector('table')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('compares the programs named by the programs attribute (commas or spaces), at most 4, unknown ids ignored', async () => {
    const el = await compare(`${A.id}, ${B.id} nope ${C.id},${E.id} austin-twin-sponsored`);
    expect(headers(el)).to.deep.equal(['Program alamo-online', 'Program austin-campus', 'Program roundrock-diploma', 'Program la-campus']);
    expect(root(el).querySelectorAll('th[scope="col"]').length).to.equal(4);
    expect(root(el).querySelector('caption')!.textContent).to.equal('Comparing 4 programs');
    // The sponsored program is labelled as such.
    expect(root(el).querySelector('thead th')!.textContent).to.contain('Sponsored');
    await expect(el).to.be.accessible();
  });

  it('shows every compared fact, and "Not reported" where the catalog is silent', async () => {
    const el = await compare(`${A.id} ${E.id}`);
    expect(cells(el, 'School and location')).to.deep.equal(['School alamo-online, San Antonio, TX', 'School la-campus, Los Angeles, CA']);
    expect(cells(el, 'Delivery')).to.deep.equal(['Online', 'On campus']);
    expect(cells(el, 'Length')).to.deep.equal(['9–12 months', '9–12 months']);
    expect(cells(el, 'Tuition')).to.deep.equal(['$9,000 (whole program)', 'Not reported']);
    expect(cells(el, 'Program accreditation')).to.deep.equal(['CAAHEP, accredited', 'Not reported']);
    expect(cells(el, 'Can sit the CMA exam')).to.deep.equal(['Yes', 'Ask the school']);
    expect(cells(el, 'Can sit the CCMA exam')).to.deep.equal(['Yes', 'Yes']);
    expect(cells(el, 'Contact hours')).to.deep.equal(['760', 'Not reported']);
    expect(cells(el, 'Schedule')).to.deep.equal(['Evenings, Weekends', 'Not reported']);
    expect(cells(el, 'Taught in')).to.deep.equal(['English, Spanish', 'Spanish']);
    expect(cells(el, 'Retention')).to.deep.equal(['81% (2025)', 'Not reported']);
    const links = [...root(el).querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([A.url, E.url]);
    expect(links[0].textContent).to.equal('Visit program: Program alamo-online');
  });

  it('names a language code Intl rejects by its code instead of staying on "Loading…"', async () => {
    const odd = { ...E, languages: ['es-a1', 'en'] };
    const el = await fixture<MaProgramCompare>(html`<ma-program-compare .catalog=${makeCatalog([A, odd])} programs="${A.id} ${E.id}"></ma-program-compare>`);
    await el.updateComplete;
    expect(root(el).querySelector('table')).to.not.equal(null);
    expect(cells(el, 'Taught in')).to.deep.equal(['English, Spanish', 'es-a1, English']);
  });

  it('shows the tuition note beside the amount', async () => {
    const noted = { ...E, tuition: { amount: 8200, currency: 'USD', covers: 'year' as const, note: { en: 'in-state rate', es: 'tarifa para residentes' } } };
    const el = await fixture<MaProgramCompare>(html`<ma-program-compare .catalog=${makeCatalog([A, noted])} programs="${A.id} ${E.id}"></ma-program-compare>`);
    await el.updateComplete;
    expect(cells(el, 'Tuition')).to.deep.equal(['$9,000 (whole program)', '$8,200 (per year, in-state rate)']);
    el.lang = 'es';
    await el.updateComplete;
    expect(cells(el, 'Matrícula')[1]).to.contain('(por año, tarifa para residentes)');
  });

  it('continues a capitalised note in lower case, and does not say "per year" twice', async () => {
    const books = { ...A, tuition: { amount: 12900, currency: 'USD', covers: 'program' as const, note: { en: 'Books, uniform and exam fee not included', es: 'No incluye libros' } } };
    const yearly = { ...E, tuition: { amount: 8200, currency: 'USD', covers: 'year' as const, note: { en: 'Per academic year, in-state rate', es: 'Por año académico, tarifa para residentes' } } };
    const acronym = { ...B, tuition: { amount: 100, currency: 'USD', covers: 'program' as const, note: 'CMA exam fee included' } };
    const el = await fixture<MaProgramCompare>(html`<ma-program-compare .catalog=${makeCatalog([books, yearly, acronym])} programs="${A.id} ${E.id} ${B.id}"></ma-program-compare>`);
    await el.updateComplete;
    expect(cells(el, 'Tuition')).to.deep.equal([
      '$12,900 (whole program, books, uniform and exam fee not included)',
      '$8,200 (per academic year, in-state rate)',
      '$100 (whole program, CMA exam fee included)',
    ]);
    el.lang = 'es';
    await el.updateComplete;
    expect(cells(el, 'Matrícula')[1]).to.contain('(por año académico, tarifa para residentes)');
    expect(cells(el, 'Matrícula')[0]).to.contain('(programa completo, no incluye libros)');
  });

  it('shows school type, graduates with their year, the program page and where each fact comes from', async () => {
    const ipeds = {
      ...E,
      institution: { ...E.institution, control: 'for-profit' as const },
      lengthMonths: { min: 3, max: 12, basis: 'award-level' as const },
      completions: [{ year: '2023-24', awards: 37 }, { year: '2022-23', awards: 41 }],
      url: undefined,
      provenance: [
        { source: 'ipeds', fields: ['location' as const, 'completions' as const, 'lengthMonths' as const] },
        { source: 'school', fields: ['tuition' as const], checked: '2026-10-01' },
      ],
    };
    const zero = { ...A, institution: { ...A.institution, control: 'public' as const }, completions: [{ year: '2023-24', awards: 0 }] };
    const c = makeCatalog([zero, ipeds]);
    c.meta.sources = [
      { id: 'ipeds', name: 'IPEDS', vintage: '2023-24, provisional' },
      { id: 'school', name: { en: 'the school', es: 'la escuela' }, vintage: '2026' },
    ];
    const el = await fixture<MaProgramCompare>(html`<ma-program-compare .catalog=${c} programs="${A.id} ${E.id}"></ma-program-compare>`);
    await el.updateComplete;
    expect(cells(el, 'School type')).to.deep.equal(['Public', 'Private for-profit']);
    expect(cells(el, 'Graduates per year')).to.deep.equal(['0 graduates in 2023-24', '37 graduates in 2023-24']);
    expect(cells(el, 'Length')[1]).to.equal('3–12 months (the usual length for this award level, not a figure from the school)');
    // No url: "Not reported", and no link.
    expect(cells(el, 'Program page')).to.deep.equal(['Visit program: Program alamo-online', 'Not reported']);
    expect(row(el, 'Program page')!.querySelectorAll('a')).to.have.length(1);
    const src = [...row(el, 'Where these facts come from')!.querySelectorAll('td')].map((td) => [...td.querySelectorAll('li')].map((li) => li.textContent!.trim()));
    expect(src).to.deep.equal([
      ['Test catalog, checked Oct 1, 2026'],
      // The same words as the finder's cards (one place: labels.sourceParts).
      ['location, graduates and length: IPEDS 2023-24, provisional', 'tuition: the school, checked Oct 1, 2026'],
    ]);
    await expect(el).to.be.accessible();
    el.lang = 'es';
    await el.updateComplete;
    expect(cells(el, 'Tipo de escuela')).to.deep.equal(['Pública', 'Privada con fines de lucro']);
    expect(cells(el, 'Graduados por año')[1]).to.equal('37 graduados en 2023-24');
    await expect(el).to.be.accessible();
  });

  it('says "1 month", not "1 months", through the shared month formatter', async () => {
    const short = { ...E, lengthMonths: { min: 1, max: 1 } };
    const el = await fixture<MaProgramCompare>(html`<ma-program-compare .catalog=${makeCatalog([A, short])} programs="${A.id} ${E.id}"></ma-program-compare>`);
    await el.updateComplete;
    expect(cells(el, 'Length')).to.deep.equal(['9–12 months', '1 month']);
    el.lang = 'es';
    await el.updateComplete;
    expect(cells(el, 'Duración')[1]).to.equal('1 mes');
  });

  it('marks the rows that differ, in text as well as visually', async () => {
    const el = await compare(`${B.id} ${C.id}`);
    expect(row(el, 'Delivery')!.classList.contains('diff')).to.equal(false);
    expect(row(el, 'Delivery')!.querySelector('th')!.textContent).not.to.contain('Differs');
    expect(row(el, 'Credential')!.classList.contains('diff')).to.equal(true);
    expect(row(el, 'Credential')!.querySelector('th')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Credential Differs');
  });

  it('"Show only differences" hides the rows that are the same, and says so', async () => {
    const el = await compare(`${B.id} ${C.id}`);
    const all = root(el).querySelectorAll('tbody tr').length;
    const sw = root(el).querySelector<HTMLInputElement>('input[role="switch"]')!;
    expect(sw.labels![0].textContent).to.contain('Show only differences');
    sw.click();
    await el.updateComplete;
    const shown = [...root(el).querySelectorAll('tbody tr th')].map((th) => th.textContent!.trim().split(/\s+/)[0]);
    expect(shown.length).to.be.lessThan(all);
    expect(row(el, 'Delivery')).to.equal(undefined);
    expect(row(el, 'Credential')).to.not.equal(undefined);
    expect(row(el, 'Program page')).to.not.equal(undefined);
    expect(root(el).querySelector('[role="status"]')!.textContent).to.contain('only the rows where the programs differ');
    await expect(el).to.be.accessible();
    sw.click();
    await el.updateComplete;
    expect(root(el).querySelectorAll('tbody tr').length).to.equal(all);
  });

  it('removes a column with its button, tells the page, announces it and keeps focus on a Remove button', async () => {
    const el = await compare(`${A.id} ${B.id} ${C.id}`);
    const remove = root(el).querySelectorAll<HTMLButtonElement>('.remove')[1];
    expect(remove.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Remove Program austin-campus');
    setTimeout(() => remove.click());
    const ev = await oneEvent(el, 'ma-compare-change');
    expect(ev.detail).to.deep.equal({ ids: [A.id, C.id] });
    await el.updateComplete;
    await aTimeout(0);
    expect(headers(el)).to.deep.equal(['Program alamo-online', 'Program roundrock-diploma']);
    expect(root(el).querySelector('[role="status"]')!.textContent).to.contain('Program austin-campus removed. 2 programs left');
    expect(root(el).activeElement!.textContent).to.contain('Program roundrock-diploma');
  });

  it('announces the removal of the last program through the same live region, which stays in place', async () => {
    const el = await compare(A.id);
    const status = root(el).querySelector('[role="status"]');
    root(el).querySelector<HTMLButtonElement>('.remove')!.click();
    await el.updateComplete;
    expect(root(el).querySelector('[part="empty"]'), 'the empty state shows').to.not.equal(null);
    // The very element screen readers were watching gets the text (a new one would not be announced).
    expect(root(el).querySelector('[role="status"]') === status).to.equal(true);
    expect(status!.textContent).to.contain('removed');
  });

  it('asks for one more program when only one is left', async () => {
    const el = await compare(A.id);
    expect(root(el).textContent).to.contain('Add at least one more program');
    expect(root(el).querySelector('input[role="switch"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('with follow, shows what ma-compare-change announces on the page, and stops listening when removed', async () => {
    const el = await fixture<MaProgramCompare>(html`<ma-program-compare .catalog=${catalog} follow></ma-program-compare>`);
    expect(root(el).querySelector('[part="empty"]')).to.not.equal(null);
    document.body.dispatchEvent(new CompareChangeEvent({ ids: [B.id, C.id] }));
    await el.updateComplete;
    expect(headers(el)).to.deep.equal(['Program austin-campus', 'Program roundrock-diploma']);
    await expect(el).to.be.accessible();

    const parent = el.parentElement!;
    el.remove();
    el.follow = false; // re-inserted without follow, so only a leaked listener could change it
    document.body.dispatchEvent(new CompareChangeEvent({ ids: [A.id] }));
    parent.append(el);
    await el.updateComplete;
    expect(headers(el)).to.deep.equal(['Program austin-campus', 'Program roundrock-diploma']);
  });

  it('with follow, asks the page for the current selection when it joins', async () => {
    const asked = oneEvent(document, 'ma-compare-request');
    await fixture<MaProgramCompare>(html`<ma-program-compare .catalog=${catalog} follow></ma-program-compare>`);
    const ev = await asked;
    expect(ev.bubbles && ev.composed).to.equal(true);
  });

  it('with follow for=, follows only the finder it names, also inside a shadow root', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <div id="host"></div>
      <span id="other"></span>
      <ma-program-compare .catalog=${catalog} follow for="mine"></ma-program-compare>
    </div>`);
    const el = wrap.querySelector<MaProgramCompare>('ma-program-compare')!;
    const mine = document.createElement('span');
    mine.id = 'mine';
    wrap.querySelector('#host')!.attachShadow({ mode: 'open' }).append(mine);
    wrap.querySelector('#other')!.dispatchEvent(new CompareChangeEvent({ ids: [C.id, E.id] }));
    await el.updateComplete;
    expect(headers(el)).to.deep.equal([]);
    mine.dispatchEvent(new CompareChangeEvent({ ids: [A.id, B.id] }));
    await el.updateComplete;
    expect(headers(el)).to.deep.equal(['Program alamo-online', 'Program austin-campus']);
    // Its own removal still counts.
    root(el).querySelector<HTMLButtonElement>('.remove')!.click();
    await el.updateComplete;
    expect(headers(el)).to.deep.equal(['Program austin-campus']);
  });

  it('without follow, ignores ma-compare-change', async () => {
    const el = await compare(`${A.id} ${B.id}`);
    document.dispatchEvent(new CompareChangeEvent({ ids: [C.id, E.id] }));
    await el.updateComplete;
    expect(headers(el)).to.deep.equal(['Program alamo-online', 'Program austin-campus']);
  });

  it('sends ma-program-select when a program link is followed', async () => {
    const el = await compare(`${A.id} ${B.id}`);
    const a = root(el).querySelector('a')!;
    a.addEventListener('click', (e) => e.preventDefault());
    setTimeout(() => a.click());
    const ev = await oneEvent(el, 'ma-program-select');
    expect(ev.detail).to.deep.equal({ id: A.id, url: A.url });
  });

  it('speaks Spanish', async () => {
    const el = await compare(`${A.id} ${E.id}`, { lang: 'es' });
    expect(cells(el, 'Modalidad')).to.deep.equal(['En línea', 'Presencial']);
    expect(cells(el, 'Matrícula')[1]).to.equal('Sin datos');
    expect(root(el).querySelector('input[role="switch"]')!.parentElement!.textContent).to.contain('Mostrar solo las diferencias');
    await expect(el).to.be.accessible();
  });

  it('keeps the row headers in view and the scroll area keyboard-reachable on a narrow column', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 320px"><ma-program-compare .catalog=${catalog} programs="${A.id} ${B.id} ${C.id}"></ma-program-compare></div>`);
    const el = wrap.firstElementChild as MaProgramCompare;
    await el.updateComplete;
    const scroll = root(el).querySelector<HTMLElement>('.scroll')!;
    expect(scroll.getAttribute('tabindex')).to.equal('0');
    expect(scroll.getAttribute('aria-label')).to.contain('scrolls sideways');
    expect(scroll.scrollWidth).to.be.greaterThan(scroll.clientWidth);
    const th = row(el, 'Delivery')!.querySelector('th')!;
    const before = th.getBoundingClientRect().left;
    scroll.scrollLeft = 200;
    await aTimeout(50);
    expect(Math.round(th.getBoundingClientRect().left)).to.equal(Math.round(before));
    await expect(el).to.be.accessible();
  });

  describe('on a 360 px phone', () => {
    async function phone(ids: string[], lang?: string) {
      const c = makeCatalog([A, B, C, { ...E, name: 'Medical Assisting Certificate with a rather long program name' }]);
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: 328px"><ma-program-compare .catalog=${c} programs=${ids.join(' ')} lang=${lang ?? 'en'}></ma-program-compare></div>`);
      const el = wrap.firstElementChild as MaProgramCompare;
      await el.updateComplete;
      return el;
    }
    const cut = (el: HTMLElement) =>
      [...root(el).querySelectorAll<HTMLElement>('th, td')].filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent!.trim().slice(0, 30));
    const hint = (el: HTMLElement) => root(el).querySelector<HTMLElement>('.hint');

    it('fits two programs without sideways scrolling or cut text, and no hint', async () => {
      for (const lang of ['en', 'es']) {
        const el = await phone([A.id, E.id], lang);
        const scroll = root(el).querySelector<HTMLElement>('.scroll')!;
        expect(scroll.scrollWidth, lang).to.be.at.most(scroll.clientWidth);
        expect(cut(el), lang).to.deep.equal([]);
        expect(hint(el)).to.equal(null);
        await expect(el).to.be.accessible();
      }
    });

    it('fits two programs named as IPEDS names them ("Medical/Clinical Assistant: certificate, …")', async () => {
      const ipedsName = (en: string) => ({ en: `Medical/Clinical Assistant: ${en}`, es: `Asistente médico/clínico: ${en}` });
      const c = makeCatalog([
        { ...A, name: ipedsName('certificate, 12 weeks to under 1 year') },
        { ...E, name: ipedsName('certificate, 1 to under 2 years') },
      ]);
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: 328px"><ma-program-compare .catalog=${c} programs=${`${A.id} ${E.id}`}></ma-program-compare></div>`);
      const el = wrap.firstElementChild as MaProgramCompare;
      await el.updateComplete;
      const scroll = root(el).querySelector<HTMLElement>('.scroll')!;
      expect(scroll.scrollWidth).to.be.at.most(scroll.clientWidth);
      expect(cut(el)).to.deep.equal([]);
      expect(root(el).querySelector('.name')!.textContent).to.equal('Medical/Clinical Assistant: certificate, 12 weeks to under 1 year');
    });

    it('scrolls three or four programs sideways with a visible hint', async () => {
      for (const ids of [[A.id, B.id, C.id], [A.id, B.id, C.id, E.id]]) {
        const el = await phone(ids);
        const scroll = root(el).querySelector<HTMLElement>('.scroll')!;
        expect(scroll.scrollWidth).to.be.greaterThan(scroll.clientWidth);
        expect(getComputedStyle(hint(el)!).display).to.equal('block');
        expect(hint(el)!.textContent).to.contain(`see all ${ids.length} programs`);
        expect(cut(el)).to.deep.equal([]);
        await expect(el).to.be.accessible();
      }
    });

    it('keeps the program names in view while scrolling down the rows', async () => {
      const el = await phone([A.id, B.id, C.id]);
      const scroll = root(el).querySelector<HTMLElement>('.scroll')!;
      scroll.style.maxHeight = '300px';
      await aTimeout(20);
      const name = root(el).querySelector<HTMLElement>('thead th')!;
      const top = scroll.getBoundingClientRect().top;
      scroll.scrollTop = 400;
      await aTimeout(50);
      expect(scroll.scrollTop).to.be.greaterThan(0);
      expect(Math.round(name.getBoundingClientRect().top)).to.be.within(Math.round(top), Math.round(top) + 2);
    });

    it('has no hint on a wide column', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width: 900px"><ma-program-compare .catalog=${catalog} programs="${A.id} ${B.id} ${C.id}"></ma-program-compare></div>`);
      const el = wrap.firstElementChild as MaProgramCompare;
      await el.updateComplete;
      expect(getComputedStyle(hint(el)!).display).to.equal('none');
    });
  });
});
