import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { loadNationalCatalog } from '../../src/catalog/controller.js';
import type { Catalog } from '../../src/catalog/schema.js';
import type { CatalogLoadEvent } from '../../src/events.js';
import '../../src/components/program-finder/program-finder.define.js';
import '../../src/components/program-compare/program-compare.define.js';

const shown = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
const ready = (el: Element) => waitUntil(() => el.shadowRoot?.querySelector('[part~="card"], [part~="header"], [role="alert"]'), 'widget never left its loading state', { timeout: 15000 });

describe('the national catalog (catalog-name="national")', () => {
  let c: Catalog;
  before(async () => {
    c = await loadNationalCatalog();
  });

  it('validates: real IPEDS programs, nothing IPEDS lacks filled in, every figure with its source', () => {
    expect(c.meta.sample).to.equal(undefined);
    expect(c.programs.length).to.be.within(1600, 1700);
    expect(c.meta.sources.map((s) => s.vintage)).to.deep.equal(['2023-24, provisional']);
    for (const p of c.programs) {
      expect(p.id).to.match(/^ipeds-\d+-\d+$/);
      expect(p.delivery ?? p.tuition ?? p.accreditation, p.id).to.equal(undefined);
      expect(p.completions![0].year).to.equal('2023-24');
      expect(p.provenance![0].source).to.equal('ipeds-2023-24');
    }
  });

  it('a finder that names it shows its loading state, then every program, and says where they came from', async () => {
    const loaded = oneEvent(document, 'ma-catalog-load') as Promise<CatalogLoadEvent>;
    const el = await fixture(html`<ma-program-finder catalog-name="national"></ma-program-finder>`);
    const e = await loaded;
    expect(e.detail).to.deep.equal({ source: 'national', programs: c.programs.length, skipped: [] });
    await ready(el);
    expect(shown(el)).to.include(`of ${c.programs.length} programs`);
    expect(shown(el)).to.include('Medical/Clinical Assistant: ');
    await expect(el).to.be.accessible();
  });

  it('without catalog-name a widget keeps the sample catalog', async () => {
    const loaded = oneEvent(document, 'ma-catalog-load') as Promise<CatalogLoadEvent>;
    await fixture(html`<ma-program-finder></ma-program-finder>`);
    expect((await loaded).detail.source).to.equal('default');
  });

  it('a program without a web address is shown without a link, in the finder and in compare', async () => {
    const [a, b] = c.programs;
    const { url: _drop, ...noUrl } = a;
    const catalog = { ...c, programs: [noUrl, b] };
    const finder = await fixture(html`<ma-program-finder .catalog=${catalog}></ma-program-finder>`);
    await ready(finder);
    const card = finder.shadowRoot!.querySelector(`[data-id="${a.id}"]`)!;
    expect(card.textContent).to.include(a.institution.name as string);
    expect(card.querySelector('a[href]')).to.equal(null);
    expect(finder.shadowRoot!.querySelector(`[data-id="${b.id}"] a[href]`)!.getAttribute('href')).to.equal(b.url);
    const compare = await fixture(html`<ma-program-compare .catalog=${catalog} programs=${`${a.id},${b.id}`}></ma-program-compare>`);
    await ready(compare);
    const links = [...compare.shadowRoot!.querySelectorAll('a[href]')].map((x) => x.getAttribute('href'));
    expect(links).to.deep.equal([b.url]);
    await expect(compare).to.be.accessible();
  });
});
