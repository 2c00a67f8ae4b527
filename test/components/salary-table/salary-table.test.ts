import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/salary-table/salary-table.define.js';
import type { MaSalaryTable } from '../../../src/components/salary-table/salary-table.js';
import type { SortChangeEvent } from '../../../src/events.js';
import { careers } from '../../fixtures/careers/catalog.js';
import { loadValidator } from '../../../src/catalog/check.js';

// Hand-made catalog objects (no checksum) render at once once the validator is loaded, as an app does with `await loadValidator()`.
before(() => loadValidator());

const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel)!;
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const text = (n: Element | null) => n?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const rowNames = (el: Element) => $$(el, 'tbody th').map(text);
const column = (el: Element, i: number) => $$(el, 'tbody tr').map((tr) => text(tr.querySelectorAll('td')[i].querySelector('.cl + span')));
const mount = (attrs = html``) => fixture<MaSalaryTable>(html`<ma-salary-table .catalog=${careers} table="pct" lang="en">${attrs}</ma-salary-table>`);

describe('<ma-salary-table>', () => {
  it('shows an accessible loading state while the catalog loads', async () => {
    const el = await fixture<MaSalaryTable>(html`<ma-salary-table lang="en"></ma-salary-table>`);
    expect(text($(el, '[role=status]'))).to.equal('Loading salary figures…');
    expect($(el, '[part=base]').getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('renders a real table with caption, column and row headers, source with vintage, and note', async () => {
    const el = await mount();
    expect(text($(el, 'caption'))).to.equal('Pay percentiles');
    expect($$(el, 'thead th').map((th) => [th.getAttribute('scope'), text(th).replace(/[⇅▲▼]/g, '').trim()])).to.deep.equal([
      ['col', 'Occupation'],
      ['col', '10th percentile'],
      ['col', 'Median'],
    ]);
    expect($$(el, 'tbody th').every((th) => th.getAttribute('scope') === 'row')).to.equal(true);
    expect(rowNames(el)).to.deep.equal(['Medical assistants', 'Registered nurses', 'Clinical medical assistants', 'Home health aides']);
    expect(text($(el, '[part=source]'))).to.equal('Source: Wage survey, May 2025');
    expect($(el, '[part=source] a').getAttribute('href')).to.equal('https://example.org/wages');
    expect(text($(el, '[part=note]'))).to.equal('Percentiles, not career stages.');
    // On a wide widget the cells carry no repeated column name.
    expect(getComputedStyle($(el, 'td .cl')).display).to.equal('none');
    await expect(el).to.be.accessible();
  });

  it('formats money in English, and says "Not reported" for a missing or null value', async () => {
    const el = await mount();
    expect(column(el, 1)).to.deep.equal(['$45,690', '$97,550', 'Not reported', '$35,800']);
    expect(column(el, 0)[2]).to.equal('Not reported');
  });

  it('speaks Spanish: headers, money, "Sin datos", source line and note', async () => {
    const el = await fixture<MaSalaryTable>(html`<ma-salary-table .catalog=${careers} table="pct" lang="es" compact></ma-salary-table>`);
    expect(text($(el, 'caption'))).to.equal('Percentiles de salario');
    expect(text($(el, 'thead th'))).to.contain('Ocupación');
    expect(column(el, 1)).to.deep.equal(['$45.7 K', '$97.6 K', 'Sin datos', '$35.8 K']);
    expect(text($(el, '[part=source]'))).to.equal('Fuente: Encuesta salarial, May 2025');
    expect(text($(el, '[part=note]'))).to.equal('Percentiles, no etapas profesionales.');
    await expect(el).to.be.accessible();
  });

  it('follows its language live and shows compact money with the compact attribute', async () => {
    const el = await mount();
    el.compact = true;
    await el.updateComplete;
    expect(column(el, 1)[0]).to.equal('$45.7K');
    el.compact = false;
    el.lang = 'es';
    await el.updateComplete;
    expect(column(el, 1)[2]).to.equal('Sin datos');
  });

  it('sorts by a column with the mouse: aria-sort, row order, an announcement and ma-sort-change', async () => {
    const el = await mount();
    const median = $$(el, 'thead th')[2];
    expect($$(el, 'thead th[aria-sort]')).to.have.length(0);
    setTimeout(() => median.querySelector('button')!.click());
    const ev = (await oneEvent(el, 'ma-sort-change')) as SortChangeEvent;
    expect(ev.detail).to.deep.equal({ table: 'pct', column: 'median', direction: 'ascending' });
    await el.updateComplete;
    expect(median.getAttribute('aria-sort')).to.equal('ascending');
    expect($$(el, 'thead th[aria-sort]')).to.have.length(1);
    expect(column(el, 1)).to.deep.equal(['$35,800', '$45,690', '$97,550', 'Not reported']);
    expect(text($(el, '.sr-only[role=status]'))).to.equal('Sorted by Median, lowest first.');

    median.querySelector('button')!.click();
    await el.updateComplete;
    expect(median.getAttribute('aria-sort')).to.equal('descending');
    expect(column(el, 1)).to.deep.equal(['$97,550', '$45,690', '$35,800', 'Not reported']);
    expect(text($(el, '.sr-only[role=status]'))).to.equal('Sorted by Median, highest first.');
    await expect(el).to.be.accessible();
  });

  it('sorts with the keyboard, by occupation name too', async () => {
    const el = await mount();
    $$(el, 'thead button')[0].focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($$(el, 'thead th')[0].getAttribute('aria-sort')).to.equal('ascending');
    expect(rowNames(el)).to.deep.equal(['Clinical medical assistants', 'Home health aides', 'Medical assistants', 'Registered nurses']);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(rowNames(el)[0]).to.equal('Registered nurses');
    expect(text($(el, '.sr-only[role=status]'))).to.equal('Sorted by Occupation, Z to A.');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($$(el, 'thead th')[0].hasAttribute('aria-sort')).to.equal(false);
    expect($$(el, 'thead th')[1].getAttribute('aria-sort')).to.equal('ascending');
    expect(column(el, 0)).to.deep.equal(['$27,040', '$36,050', '$68,940', 'Not reported']);
  });

  it('marks the highlighted row by occupation id or by label', async () => {
    const el = await mount(html``);
    el.highlight = 'ma';
    await el.updateComplete;
    let marked = $$(el, 'tbody tr').filter((tr) => tr.getAttribute('part')!.split(' ').includes('row-highlight'));
    expect(marked.map((tr) => text(tr.querySelector('th')))).to.deep.equal(['Medical assistants']);
    expect(marked[0].querySelector('mark')).to.exist;
    el.highlight = 'Registered nurses';
    await el.updateComplete;
    marked = $$(el, 'tbody tr.hl');
    expect(marked.map((tr) => text(tr.querySelector('th')))).to.deep.equal(['Registered nurses']);
    expect($$(el, 'mark')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('draws a bar per reported row with SVG geometry, and no style attribute anywhere', async () => {
    const el = await mount();
    const bars = $$(el, 'svg[part=bar]');
    expect(bars).to.have.length(3); // the row with nothing reported has no bar
    expect(bars.every((b) => b.getAttribute('aria-hidden') === 'true')).to.equal(true);
    const range = (i: number) => bars[i].querySelector('rect')!;
    // On one scale: the nurses' bar ends at the full width (97,550 is the table's largest value).
    expect(+range(1).getAttribute('x')! + +range(1).getAttribute('width')!).to.be.closeTo(120, 0.11);
    expect(+range(0).getAttribute('width')!).to.be.lessThan(+range(1).getAttribute('width')!);
    expect($$(el, '[style]')).to.have.length(0);
  });

  it('has a legend for the bars: a scale from 0 to the largest figure, and the same in words (en, es)', async () => {
    const el = await mount();
    const legend = $(el, '[part=legend]');
    expect(text(legend.querySelector('p'))).to.equal(
      "How to read the bars: each one spans a row's figures, from its lowest to its highest, with a dot for each figure, on one scale from 0 at the left to $97,550 at the right (the table's largest figure).",
    );
    // The words are visible text for everyone; the small scale beside them is a picture of the same two amounts.
    expect(legend.querySelector('p')!.closest('[aria-hidden]')).to.equal(null);
    expect(legend.querySelector('p')!.getBoundingClientRect().height).to.be.greaterThan(10);
    const scale = legend.querySelector('svg')!;
    expect(scale.getAttribute('aria-hidden')).to.equal('true');
    expect([...scale.querySelectorAll('text')].map(text)).to.deep.equal(['$0', '$97,550']);
    // The scale's ends line up with the bars' scale: 0, and the end of the full-width bar.
    const ticks = [...scale.querySelectorAll('.tick')].map((t) => +t.getAttribute('x1')!);
    const full = $$(el, 'svg[part=bar] rect')[1];
    expect(ticks).to.deep.equal([0, +full.getAttribute('x')! + +full.getAttribute('width')!]);
    const span = (svg: Element) => svg.getAttribute('viewBox')!.split(' ').slice(0, 3).join(' ');
    expect(span(scale)).to.equal(span($(el, 'svg[part=bar]')));
    await expect(el).to.be.accessible();

    const es = await fixture<MaSalaryTable>(html`<ma-salary-table .catalog=${careers} table="pct" lang="es" compact></ma-salary-table>`);
    expect(text($(es, '[part=legend] p'))).to.equal(
      'Cómo leer las barras: cada una abarca las cifras de una fila, de la más baja a la más alta, con un punto por cifra, en una misma escala que va de 0 a la izquierda a $97.6 K a la derecha (la cifra más alta de la tabla).',
    );
    await expect(es).to.be.accessible();
  });

  it('shows no legend for a table that reports no figure', async () => {
    const el = await fixture<MaSalaryTable>(html`<ma-salary-table .catalog=${careers} table="pct" lang="en"></ma-salary-table>`);
    const catalog = { ...careers, salaryTables: [{ ...careers.salaryTables![1], rows: [careers.salaryTables![1].rows[2]] }] };
    el.catalog = catalog;
    await el.updateComplete;
    expect($$(el, 'tbody tr')).to.have.length(1);
    expect($(el, '[part=legend]')).to.equal(null);
  });

  it('shows the first table without a table attribute', async () => {
    const el = await fixture<MaSalaryTable>(html`<ma-salary-table .catalog=${careers}></ma-salary-table>`);
    expect(text($(el, 'caption'))).to.equal('Pay by stage');
    expect(text($(el, '[part=source]'))).to.equal('Source: Old survey, May 2023');
    expect($(el, '[part=note]')).to.equal(null);
  });

  it('does not repeat a vintage the source name already states, in either language', async () => {
    const catalog = {
      ...careers,
      meta: { ...careers.meta, sources: [...careers.meta.sources.filter((s) => s.id !== 'wages'), { id: 'wages', name: { en: 'OEWS, May 2025', es: 'OEWS, mayo de 2025' }, vintage: 'May 2025' }] },
    };
    const el = await fixture<MaSalaryTable>(html`<ma-salary-table .catalog=${catalog} table="pct" lang="en"></ma-salary-table>`);
    expect(text($(el, '[part=source]'))).to.equal('Source: OEWS, May 2025');
    el.lang = 'es';
    await el.updateComplete;
    expect(text($(el, '[part=source]'))).to.equal('Fuente: OEWS, mayo de 2025');
  });

  it('shows an accessible empty state for a table with no rows, an unknown id, or no tables', async () => {
    for (const el of [
      await fixture<MaSalaryTable>(html`<ma-salary-table .catalog=${careers} table="none" lang="en"></ma-salary-table>`),
      await fixture<MaSalaryTable>(html`<ma-salary-table .catalog=${careers} table="nope" lang="en"></ma-salary-table>`),
      await fixture<MaSalaryTable>(html`<ma-salary-table .catalog=${{ ...careers, salaryTables: undefined }} lang="en"></ma-salary-table>`),
    ]) {
      expect(text($(el, '[part=empty]'))).to.equal('There are no salary figures to show.');
      expect($(el, 'table')).to.equal(null);
      await expect(el).to.be.accessible();
    }
  });

  it('shows an accessible error state for a src that does not load', async () => {
    const el = await fixture<MaSalaryTable>(html`<ma-salary-table src="/test/fixtures/careers/missing.json" lang="en"></ma-salary-table>`);
    await oneEvent(el, 'ma-catalog-error');
    await el.updateComplete;
    expect($(el, '[role=alert]')).to.exist;
    expect($(el, 'table')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('reflows into cards on a narrow widget, keeping header cells and sort buttons', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 320px"><ma-salary-table .catalog=${careers} table="pct" lang="en"></ma-salary-table></div>`);
    const el = wrap.firstElementChild as MaSalaryTable;
    await aTimeout(50);
    const td = $(el, 'tbody td');
    expect(getComputedStyle(td).display).to.equal('flex');
    expect(getComputedStyle($(el, 'tbody tr')).display).to.equal('block');
    const label = td.querySelector('.cl')!;
    expect(getComputedStyle(label).display).not.to.equal('none'); // shown (as a flex item, so blockified)
    expect(label.getAttribute('aria-hidden')).to.equal('true');
    expect(text(label)).to.equal('10th percentile');
    expect($$(el, 'thead th[scope=col]')).to.have.length(3);
    expect($$(el, 'tbody td[role=cell]')).to.have.length(8);
    expect($(el, 'thead button').getBoundingClientRect().height).to.be.at.least(44);
    await expect(el).to.be.accessible();
  });
});

describe('<ma-salary-table> with an hourly table', () => {
  it('says "per hour" in the caption and shows cents instead of rounding them away', async () => {
    const hourly = {
      ...careers,
      salaryTables: [{ ...careers.salaryTables![1], id: 'hourly', period: 'hourly' as const, rows: [{ label: 'Medical assistants', values: { p10: 17.33, median: 21.97 } }] }],
    };
    const el = await fixture<MaSalaryTable>(html`<ma-salary-table .catalog=${hourly} lang="en"></ma-salary-table>`);
    expect(text($(el, 'caption'))).to.equal('Pay percentiles (per hour)');
    expect(column(el, 1)).to.deep.equal(['$21.97']);
    el.lang = 'es';
    await el.updateComplete;
    expect(text($(el, 'caption'))).to.contain('(por hora)');
  });
});
