import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { html as litHtml, type TemplateResult } from 'lit';
import sinon from 'sinon';
import { MaCatalogElement } from '../../src/internal/catalog-element.js';
import { defineElement } from '../../src/internal/define.js';
import { clearCatalogCache } from '../../src/catalog/load.js';
import type { Catalog } from '../../src/catalog/schema.js';
import type { CatalogErrorEvent, CatalogLoadEvent } from '../../src/events.js';

/** The smallest widget on the shared base: shows how many programs it got. */
class TestCatalogWidget extends MaCatalogElement {
  protected renderReady(catalog: Catalog): TemplateResult {
    return litHtml`<p part="base" class="base">${catalog.programs.length} programs</p>`;
  }
}
defineElement('test-catalog-widget', TestCatalogWidget);

/** A widget with a bug: it throws while drawing its data. */
class TestThrowingWidget extends MaCatalogElement {
  protected renderReady(): TemplateResult {
    throw new RangeError('Incorrect locale information provided');
  }
}
defineElement('test-throwing-widget', TestThrowingWidget);

const FIX = '/test/fixtures/catalogs/';
const shown = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
const alert = (el: Element) => el.shadowRoot!.querySelector('[role="alert"]');
/** The next event of this type anywhere on the page; listen before creating the widget, since a fast load can beat the test. */
const next = <E extends Event>(type: string) => oneEvent(document, type) as Promise<E>;

describe('CatalogController in a widget', () => {
  let minimal: Catalog;
  before(async () => {
    minimal = await (await fetch(FIX + 'valid-minimal.json')).json();
  });
  beforeEach(() => clearCatalogCache());
  afterEach(() => sinon.restore());

  it('shows an accessible loading state, then the catalog from src, and fires ma-catalog-load', async () => {
    const loaded = next<CatalogLoadEvent>('ma-catalog-load');
    const el = await fixture<TestCatalogWidget>(html`<test-catalog-widget src=${FIX + 'valid-minimal.json?load'}></test-catalog-widget>`);
    const status = el.shadowRoot!.querySelector('[role="status"]');
    expect(status?.textContent).to.contain('Loading');
    expect(el.shadowRoot!.querySelector('[aria-busy="true"]')).to.exist;
    await expect(el).to.be.accessible();
    const ev = await loaded;
    expect(ev.detail).to.deep.equal({ source: 'src', url: new URL(FIX + 'valid-minimal.json?load', location.href).href, programs: 1, skipped: [] });
    expect(ev.bubbles && ev.composed).to.equal(true);
    expect(shown(el)).to.equal('1 programs');
  });

  it('makes one request when two widgets name the same src', async () => {
    const spy = sinon.spy(window, 'fetch');
    const wrap = await fixture(html`<div>
      <test-catalog-widget src=${FIX + 'valid-minimal.json?two'}></test-catalog-widget>
      <test-catalog-widget src=${FIX + 'valid-minimal.json?two'}></test-catalog-widget>
    </div>`);
    const [a, b] = wrap.querySelectorAll('test-catalog-widget');
    await waitUntil(() => shown(a) === '1 programs' && shown(b) === '1 programs', 'both widgets render', { timeout: 5000 });
    expect(spy.getCalls().filter((c) => String(c.args[0]).includes('valid-minimal.json?two'))).to.have.length(1);
  });

  it('shows a 404 inside the widget with role=alert and names it in ma-catalog-error, without an uncaught error', async () => {
    const onerror = sinon.spy();
    window.addEventListener('error', onerror);
    window.addEventListener('unhandledrejection', onerror);
    const failed = next<CatalogErrorEvent>('ma-catalog-error');
    const el = await fixture(html`<test-catalog-widget src=${FIX + 'nothing-here.json'}></test-catalog-widget>`);
    const ev = await failed;
    expect(ev.detail.kind).to.equal('http');
    expect(ev.detail.status).to.equal(404);
    expect(alert(el)?.textContent).to.contain('not available right now');
    expect(el.shadowRoot!.querySelector('button')?.textContent).to.contain('Try again');
    await expect(el).to.be.accessible();
    window.removeEventListener('error', onerror);
    window.removeEventListener('unhandledrejection', onerror);
    expect(onerror.called).to.equal(false);
  });

  it('names every JSON path of a broken catalog in the event, and shows a plain message', async () => {
    const failed = next<CatalogErrorEvent>('ma-catalog-error');
    const el = await fixture(html`<test-catalog-widget src=${FIX + 'invalid-programs.json'}></test-catalog-widget>`);
    const ev = await failed;
    expect(ev.detail.kind).to.equal('schema');
    expect(ev.detail.issues.map((i) => i.path)).to.include.members(['programs[0].delivery', 'programs[0].url', 'programs[0].tution']);
    expect(alert(el)?.textContent).to.contain('has errors');
    expect(alert(el)?.textContent).not.to.contain('programs[0]');
    expect(el.shadowRoot!.querySelector('button'), 'retrying cannot fix bad data').to.equal(null);
  });

  it('speaks Spanish in its error state when the page or an ancestor is in Spanish', async () => {
    const failed = next<CatalogErrorEvent>('ma-catalog-error');
    const wrap = await fixture(html`<div lang="es-MX"><test-catalog-widget src=${FIX + 'not-json.json'}></test-catalog-widget></div>`);
    const el = wrap.querySelector('test-catalog-widget')!;
    await failed;
    expect(alert(el)?.textContent).to.contain('No se pudo cargar');
    await expect(el).to.be.accessible();
  });

  it('renders a catalog property at once, without a loading state, and validates it', async () => {
    const el = await fixture<TestCatalogWidget>(html`<test-catalog-widget .catalog=${minimal}></test-catalog-widget>`);
    expect(shown(el)).to.equal('1 programs');
    const bad = { ...minimal, programs: [{ ...minimal.programs[0], url: 'javascript:alert(1)' }] };
    const errored = oneEvent(el, 'ma-catalog-error');
    el.catalog = bad;
    const ev = (await errored) as CatalogErrorEvent;
    expect(ev.detail.issues[0].path).to.equal('programs[0].url');
    expect(alert(el)).to.exist;
  });

  it('prefers the catalog property over src', async () => {
    const spy = sinon.spy(window, 'fetch');
    const el = await fixture(html`<test-catalog-widget .catalog=${minimal} src=${FIX + 'valid-minimal.json?unused'}></test-catalog-widget>`);
    expect(shown(el)).to.equal('1 programs');
    expect(spy.called).to.equal(false);
  });

  it('falls back to the built-in sample catalog', async () => {
    const loaded = next<CatalogLoadEvent>('ma-catalog-load');
    const el = await fixture(html`<test-catalog-widget></test-catalog-widget>`);
    const ev = await loaded;
    expect(ev.detail.source).to.equal('default');
    expect(ev.detail.programs).to.be.greaterThanOrEqual(40);
    expect(shown(el)).to.equal(`${ev.detail.programs} programs`);
  });

  it('ignores a stale response when src changes mid-flight, even when the stale one arrives last', async () => {
    const real = window.fetch.bind(window);
    // The first (stale) URL answers after the second: without the guard, its error would win.
    sinon.stub(window, 'fetch').callsFake(async (input, init) => {
      if (String(input).includes('?stale')) await new Promise((r) => setTimeout(r, 300));
      return real(input as RequestInfo, init);
    });
    const errors = sinon.spy();
    document.addEventListener('ma-catalog-error', errors);
    const el = await fixture<TestCatalogWidget>(html`<test-catalog-widget src=${FIX + 'invalid-programs.json?stale'}></test-catalog-widget>`);
    const loaded = next('ma-catalog-load');
    el.src = FIX + 'valid-minimal.json?fresh';
    await loaded;
    await new Promise((r) => setTimeout(r, 500));
    document.removeEventListener('ma-catalog-error', errors);
    expect(shown(el)).to.equal('1 programs');
    expect(alert(el)).to.equal(null);
    expect(errors.called).to.equal(false);
  });

  it('loads again with "Try again" after a failure', async () => {
    const stub = sinon.stub(window, 'fetch');
    stub.onCall(0).rejects(new TypeError('Failed to fetch'));
    stub.onCall(1).rejects(new TypeError('Failed to fetch'));
    stub.onCall(2).rejects(new TypeError('Failed to fetch'));
    stub.callThrough();
    const failed = next<CatalogErrorEvent>('ma-catalog-error');
    const el = await fixture(html`<test-catalog-widget src=${FIX + 'valid-minimal.json?retry'}></test-catalog-widget>`);
    const ev = await failed;
    expect(ev.detail.kind).to.equal('network');
    const loaded = oneEvent(el, 'ma-catalog-load');
    const button = el.shadowRoot!.querySelector('button')!;
    button.focus();
    button.click();
    await loaded;
    expect(shown(el)).to.equal('1 programs');
    // The button is gone; focus stayed inside the widget rather than falling to <body>.
    expect(document.activeElement).to.equal(el);
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('base');
  });

  it('treats a timeout attribute that is not a number as the default', async () => {
    const loaded = next<CatalogLoadEvent>('ma-catalog-load');
    const el = await fixture(html`<test-catalog-widget timeout="15s" src=${FIX + 'valid-minimal.json?badtimeout'}></test-catalog-widget>`);
    await loaded;
    expect(shown(el)).to.equal('1 programs');
  });

  it('shows its error state, not an exception in the host page, when drawing the data throws', async () => {
    const onerror = sinon.spy();
    window.addEventListener('error', onerror);
    const consoleError = sinon.stub(console, 'error');
    const el = await fixture(html`<test-throwing-widget .catalog=${minimal}></test-throwing-widget>`);
    window.removeEventListener('error', onerror);
    expect(onerror.called).to.equal(false);
    expect(consoleError.calledOnce).to.equal(true);
    expect(alert(el)?.textContent).to.contain('Something went wrong');
    await expect(el).to.be.accessible();
  });

  it('checks a large catalog object in slices: loading state first, then the programs', async () => {
    const programs = Array.from({ length: 1500 }, (_, i) => ({ ...minimal.programs[0], id: `big-${i}` }));
    const loaded = next<CatalogLoadEvent>('ma-catalog-load');
    const el = await fixture<TestCatalogWidget>(html`<test-catalog-widget .catalog=${{ ...minimal, programs }}></test-catalog-widget>`);
    expect(el.shadowRoot!.querySelector('[role="status"]')?.textContent).to.contain('Loading');
    const ev = await loaded;
    expect(ev.detail).to.deep.equal({ source: 'property', programs: 1500, skipped: [] });
    expect(shown(el)).to.equal('1500 programs');
  });
});
