import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/salary-table/salary-table.define.js';
import type { MaSalaryTable } from '../../src/components/salary-table/salary-table.js';
import { occupationLd } from '../../src/structured-data/builders.js';
import { careers } from '../fixtures/careers/catalog.js';
import { loadValidator } from '../../src/catalog/check.js';

// Hand-made catalog objects (no checksum) render at once once the validator is loaded, as an app does with `await loadValidator()`.
before(() => loadValidator());

const blocks = () => [...document.querySelectorAll('script[type="application/ld+json"]')];

describe('<ma-salary-table structured-data>', () => {
  afterEach(() => blocks().forEach((s) => s.remove()));

  it('writes nothing by default', async () => {
    await fixture<MaSalaryTable>(html`<ma-salary-table .catalog=${careers} table="pct" highlight="ma"></ma-salary-table>`);
    expect(blocks()).to.have.length(0);
  });

  it('opted in: the highlighted row\'s Occupation, else every row\'s occupation that reports pay, as a @graph', async () => {
    const el = await fixture<MaSalaryTable>(html`<ma-salary-table .catalog=${careers} table="pct" highlight="ma" structured-data lang="en"></ma-salary-table>`);
    // The builders are imported when a page first asks for a block (src/structured-data/lazy.ts).
    await waitUntil(() => blocks().length, 'no JSON-LD block');
    expect(blocks()).to.have.length(1);
    expect(el.nextElementSibling).to.equal(el.structuredDataScript);
    expect(JSON.parse(el.structuredDataScript!.textContent!)).to.deep.equal(occupationLd(careers, 'ma', 'en'));
    el.highlight = '';
    await el.updateComplete;
    expect(blocks()).to.have.length(1);
    const graph = JSON.parse(blocks()[0].textContent!)['@graph'] as { name: string }[];
    // The clinical medical assistants row reports no pay: no Occupation for it.
    expect(graph.map((o) => o.name)).to.deep.equal(['Medical assistants', 'Registered nurses', 'Home health aides']);
  });
});
