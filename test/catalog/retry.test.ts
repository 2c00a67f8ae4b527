// Transient failures as a widget meets them: retried inside the widget's
// budget, one shared retry for every widget on the same src, "Try again"
// recovering every widget that failed with it; a loading widget moved in the
// page keeps its request; a lang change inside a shadow root is noticed.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { html as litHtml, type TemplateResult } from 'lit';
import sinon from 'sinon';
import { MaCatalogElement } from '../../src/internal/catalog-element.js';
import { defineElement } from '../../src/internal/define.js';
import { clearCatalogCache } from '../../src/catalog/load.js';
import type { Catalog } from '../../src/catalog/schema.js';
import type { CatalogErrorEvent } from '../../src/events.js';

class TestRetryWidget extends MaCatalogElement {
  protected renderReady(catalog: Catalog): TemplateResult {
    return litHtml`<p part="base" class="base">${catalog.programs.length} programs (${this.locale})</p>`;
  }
}
defineElement('test-retry-widget', TestRetryWidget);

const FIX = '/test/fixtures/catalogs/';
const shown = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
const SRC = 'https://catalog.example.test/c.json';

describe('retries in a widget', () => {
  let body: string;
  let answers: (number | 'hang')[];
  let fetchStub: sinon.SinonStub;
  const calls = () => fetchStub.getCalls().filter((c) => String(c.args[0]).startsWith('https://catalog.example.test/')).length;
  before(async () => {
    body = await (await fetch(FIX + 'valid-minimal.json')).text();
  });
  beforeEach(() => {
    clearCatalogCache();
    answers = [200];
    const real = window.fetch.bind(window);
    fetchStub = sinon.stub(window, 'fetch').callsFake(async (input, init) => {
      if (!String(input).startsWith('https://catalog.example.test/')) return real(input as RequestInfo, init);
      const n = calls() - 1;
      const a = answers[Math.min(n, answers.length - 1)];
      if (a === 'hang' || init?.signal) {
        // Answers after 150 ms unless aborted (a slow server).
        await new Promise<void>((resolve, reject) => {
          const t = setTimeout(resolve, a === 'hang' ? 150 : 0);
          init?.signal?.addEventListener('abort', () => (clearTimeout(t), reject(new DOMException('aborted', 'AbortError'))));
        });
      }
      return new Response(a === 200 || a === 'hang' ? body : 'busy', { status: a === 'hang' ? 200 : a });
    });
  });
  afterEach(() => sinon.restore());

  it('503, 503, 200: shows the programs after 3 requests, with no error on the way', async () => {
    answers = [503, 503, 200];
    const errors = sinon.spy();
    document.addEventListener('ma-catalog-error', errors);
    const el = await fixture(html`<test-retry-widget src=${SRC + '?a'}></test-retry-widget>`);
    await waitUntil(() => shown(el).startsWith('1 programs'), 'shown after retries', { timeout: 5000 });
    document.removeEventListener('ma-catalog-error', errors);
    expect(calls()).to.equal(3);
    expect(errors.called).to.equal(false);
  });

  it('a 404 is not retried: one request, the error state', async () => {
    answers = [404];
    const failed = oneEvent(document, 'ma-catalog-error') as Promise<CatalogErrorEvent>;
    const el = await fixture(html`<test-retry-widget src=${SRC + '?b'}></test-retry-widget>`);
    expect((await failed).detail.status).to.equal(404);
    expect(calls()).to.equal(1);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
  });

  it('a widget that joins while the shared load is retrying makes no request', async () => {
    answers = [503, 200];
    const wrap = await fixture(html`<div><test-retry-widget src=${SRC + '?c'}></test-retry-widget></div>`);
    await waitUntil(() => calls() === 1);
    const late = document.createElement('test-retry-widget') as TestRetryWidget;
    late.src = SRC + '?c';
    wrap.append(late);
    const [a] = wrap.querySelectorAll('test-retry-widget');
    await waitUntil(() => shown(a).startsWith('1 programs') && shown(late).startsWith('1 programs'), 'both shown', { timeout: 5000 });
    expect(calls()).to.equal(2);
  });

  it('"Try again" after a final failure restarts the load once and both widgets that failed recover', async () => {
    answers = [503];
    const wrap = await fixture(html`<div>
      <test-retry-widget src=${SRC + '?d'}></test-retry-widget>
      <test-retry-widget src=${SRC + '?d'}></test-retry-widget>
    </div>`);
    const [a, b] = wrap.querySelectorAll('test-retry-widget');
    const button = (el: Element) => el.shadowRoot!.querySelector('button');
    await waitUntil(() => button(a) && button(b), 'both show the error with Try again', { timeout: 5000 });
    expect(calls(), 'one shared load with its two retries').to.equal(3);
    answers = [200];
    fetchStub.resetHistory();
    button(a)!.click();
    await waitUntil(() => shown(a).startsWith('1 programs') && shown(b).startsWith('1 programs'), 'both recovered', { timeout: 5000 });
    expect(calls()).to.equal(1);
  });

  it('a loading widget moved elsewhere in the page keeps its request', async () => {
    answers = ['hang'];
    const wrap = await fixture(html`<div><section></section><test-retry-widget src=${SRC + '?e'}></test-retry-widget></div>`);
    const el = wrap.querySelector('test-retry-widget')!;
    await waitUntil(() => calls() === 1);
    wrap.querySelector('section')!.append(el);
    await waitUntil(() => shown(el).startsWith('1 programs'), 'shown after the move', { timeout: 5000 });
    expect(calls()).to.equal(1);
  });

  it('a widget removed while loading gives its request up', async () => {
    answers = ['hang'];
    const wrap = await fixture(html`<div><test-retry-widget src=${SRC + '?f'}></test-retry-widget></div>`);
    await waitUntil(() => calls() === 1);
    const signal = fetchStub.lastCall.args[1].signal as AbortSignal;
    wrap.querySelector('test-retry-widget')!.remove();
    await waitUntil(() => signal.aborted, 'request aborted');
  });
});

describe('lang inside a shadow root', () => {
  it('follows a lang change on an ancestor inside a host page component', async () => {
    const minimal = await (await fetch(FIX + 'valid-minimal.json')).json();
    const host = await fixture(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div lang="en"><span></span></div>';
    const el = document.createElement('test-retry-widget') as TestRetryWidget;
    el.catalog = minimal;
    shadow.querySelector('span')!.append(el);
    await el.updateComplete;
    expect(shown(el)).to.equal('1 programs (en)');
    shadow.querySelector('div')!.setAttribute('lang', 'es');
    await waitUntil(() => shown(el) === '1 programs (es)', 'Spanish after the ancestor changed');
  });
});
