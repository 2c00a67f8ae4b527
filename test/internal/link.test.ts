// One rule for outgoing links (src/internal/link.ts), and every widget's
// links following it: sponsored programs say so, a new tab gets noopener, and
// no link sends more referrer than strict-origin-when-cross-origin.
import { loadDefaultCatalog } from '../../src/catalog/controller.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/all.js';
import { linkAttrs, REFERRER_POLICY } from '../../src/internal/link.js';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('linkAttrs', () => {
  it('says sponsored, noopener for another browsing context, and the referrer policy', () => {
    expect(linkAttrs({ sponsored: true })).to.deep.equal({ rel: 'sponsored', target: undefined, referrerpolicy: REFERRER_POLICY });
    expect(linkAttrs({ sponsored: true }, '_blank').rel).to.equal('sponsored noopener');
    expect(linkAttrs({}, 'results-window').rel, 'a named window is another context too').to.equal('noopener');
    for (const t of ['_self', '_top', '_parent', '', undefined]) expect(linkAttrs({ sponsored: false }, t).rel, String(t)).to.equal(undefined);
    expect(linkAttrs().referrerpolicy).to.equal('strict-origin-when-cross-origin');
  });
});

describe('links in every widget', () => {
  let catalog: Json;
  before(async () => {
    catalog = structuredClone(await loadDefaultCatalog()) as Json;
    catalog.programs.forEach((p: Json, i: number) => (p.sponsored = i === 0));
  });
  const anchors = (el: Element) => [...el.shadowRoot!.querySelectorAll('a[href]')] as HTMLAnchorElement[];
  /** Every link: the referrer policy; a new tab: noopener; the sponsored program's link: sponsored, others not. */
  function checkLinks(el: Element, sponsoredHref?: string) {
    const links = anchors(el);
    expect(links.length, `<${el.localName}> has links`).to.be.greaterThan(0);
    for (const a of links) {
      expect(a.referrerPolicy, a.href).to.equal('strict-origin-when-cross-origin');
      const rel = a.relList;
      if (a.target && a.target !== '_self') expect(rel.contains('noopener'), a.href).to.equal(true);
      if (sponsoredHref !== undefined) expect(rel.contains('sponsored'), a.href).to.equal(a.getAttribute('href') === sponsoredHref);
    }
  }

  it('finder: sponsored program, new tab', async () => {
    const el = await fixture(html`<ma-program-finder link-target="_blank" .catalog=${catalog}></ma-program-finder>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.card a'));
    const sponsored = el.shadowRoot!.querySelector<HTMLAnchorElement>(`[data-id="${catalog.programs[0].id}"] h3 a`)!;
    expect(sponsored.rel).to.equal('sponsored noopener');
    expect(sponsored.target).to.equal('_blank');
    checkLinks(el, catalog.programs[0].url);
  });

  it('compare', async () => {
    const ids = catalog.programs.slice(0, 2).map((p: Json) => p.id).join(',');
    const el = await fixture(html`<ma-program-compare programs=${ids} .catalog=${catalog}></ma-program-compare>`);
    await waitUntil(() => anchors(el).length);
    checkLinks(el, catalog.programs[0].url);
  });

  it('get matched', async () => {
    const el = await fixture(html`<ma-get-matched questions="delivery" .catalog=${catalog}></ma-get-matched>`);
    await waitUntil(() => el.shadowRoot!.querySelector('button'));
    const skip = [...el.shadowRoot!.querySelectorAll('button')].find((b) => /skip/i.test(b.textContent!))!;
    skip.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part="card"] a'), 'results shown');
    checkLinks(el, catalog.programs[0].url);
  });

  it('career explorer and salary table', async () => {
    const to = catalog.careerPaths.find((p: Json) => p.url || catalog.occupations.find((o: Json) => o.id === p.to)?.url).to;
    const ex = await fixture(html`<ma-career-explorer selected=${to} .catalog=${catalog}></ma-career-explorer>`);
    await waitUntil(() => ex.shadowRoot!.querySelector('#details a'), 'details shown');
    checkLinks(ex);
    const table = await fixture(html`<ma-salary-table .catalog=${catalog}></ma-salary-table>`);
    await waitUntil(() => anchors(table).length, 'source link shown');
    checkLinks(table);
  });
});
