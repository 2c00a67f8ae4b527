// The checksum fast path in the browser: a catalog made by ma-catalog (with a current checksum) is
// shown without downloading the validator at all; a stale or forged checksum falls back to the full
// check, with the same partial results and errors as a catalog without one; nothing reaches the page.
// (This file must not import the validator itself: whether the page downloads it is what it tests. The src has a
// query so that the browser cache does not hand the plain JSON to the sample catalog's module import of the same file.)
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/program-finder/program-finder.define.js';
import type { MaProgramFinder } from '../../src/components/program-finder/program-finder.js';
import { loadDefaultCatalog } from '../../src/catalog/controller.js';
import { computeChecksum } from '../../src/catalog/checksum.js';
import type { CatalogErrorEvent, CatalogLoadEvent } from '../../src/events.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const validatorDownloaded = () => performance.getEntriesByType('resource').some((e) => /\/catalog\/validate\.(ts|js)(\?|$)/.test(e.name));
const cards = (el: MaProgramFinder) => el.shadowRoot!.querySelectorAll('[part~="card"]').length;
const count = (el: MaProgramFinder) => el.shadowRoot!.querySelector('[part~="count"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

const uncaught: unknown[] = [];
const onError = (e: ErrorEvent) => uncaught.push(e.error ?? e.message);
const onRejection = (e: PromiseRejectionEvent) => uncaught.push(e.reason);
before(() => {
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});
after(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
});

describe('catalogs with a current checksum', () => {
  it('a stamped src and the built-in sample are shown without downloading the validator', async () => {
    const el = await fixture<MaProgramFinder>(html`<ma-program-finder src="/data/default-catalog.json?as=src"></ma-program-finder>`);
    const loaded = (await oneEvent(el, 'ma-catalog-load')) as CatalogLoadEvent;
    expect(loaded.detail.programs).to.equal(48);
    expect(loaded.detail.skipped).to.deep.equal([]);
    expect(cards(el)).to.be.greaterThan(0);
    expect(count(el)).to.contain('48');
    const sample = await loadDefaultCatalog();
    expect(sample.programs).to.have.length(48);
    expect(validatorDownloaded(), 'the validator chunk was downloaded for a stamped catalog').to.equal(false);
  });

  it('an edited copy (stale checksum) is checked in full: the broken program is left out and named', async () => {
    const c = structuredClone(await loadDefaultCatalog()) as Json;
    c.programs[5].url = 'htp:/typo';
    const el = await fixture<MaProgramFinder>(html`<ma-program-finder .catalog=${c}></ma-program-finder>`);
    const loaded = (await oneEvent(el, 'ma-catalog-load')) as CatalogLoadEvent;
    expect(loaded.detail.programs).to.equal(47);
    expect(loaded.detail.skipped!.map((s) => s.path)).to.deep.equal(['programs[5]']);
    expect(count(el)).to.contain('47');
    expect(validatorDownloaded()).to.equal(true);
  });

  it('a checksum computed for structurally broken content is not trusted: the error names the JSON path', async () => {
    const c = structuredClone(await loadDefaultCatalog()) as Json;
    delete c.programs[2].institution;
    c.checksum = await computeChecksum(c);
    let error: CatalogErrorEvent | undefined;
    const el = await fixture<MaProgramFinder>(html`<ma-program-finder strict .catalog=${c} @ma-catalog-error=${(e: CatalogErrorEvent) => (error = e)}></ma-program-finder>`);
    await waitUntil(() => error, 'no ma-catalog-error');
    expect(error!.detail.issues.map((i) => i.path)).to.include('programs[2].institution');
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
  });

  it('a forged checksum over wrong values (tuition "cheap") never reaches the host page as an exception', async () => {
    const c = structuredClone(await loadDefaultCatalog()) as Json;
    for (const p of c.programs) p.tuition = { amount: 'cheap', currency: 'USD', covers: 'program' };
    c.checksum = await computeChecksum(c);
    const el = await fixture<MaProgramFinder>(html`<ma-program-finder .catalog=${c}></ma-program-finder>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"], [part~="card"]'), 'neither results nor an error');
    el.shadowRoot!.querySelector<HTMLSelectElement>('select[name="sort"]')?.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(uncaught).to.deep.equal([]);
  });
});
