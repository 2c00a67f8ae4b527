import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/steps/steps.define.js';
import { MaSteps, stepHref } from '../../../src/components/steps/steps.js';
import { howToLd } from '../../../src/structured-data/builders.js';
import { content, bare } from '../../fixtures/content/catalog.js';
import { loadValidator } from '../../../src/catalog/check.js';

// Hand-made catalog objects (no checksum) render at once once the validator is loaded, as an app does with `await loadValidator()`.
before(() => loadValidator());

const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel)!;
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const text = (n: Element | null) => n?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const expanded = (el: Element) => $$(el, 'button[aria-expanded]').map((b) => b.getAttribute('aria-expanded'));
const visibleBodies = (el: Element) => $$(el, '[part=body]').filter((b) => b.offsetHeight > 0).map((b) => b.id);
const blocks = () => [...document.querySelectorAll('script[type="application/ld+json"]')];

describe('<ma-steps>', () => {
  afterEach(() => blocks().forEach((s) => s.remove()));

  it('reserves its height in an accessible loading state', async () => {
    const el = await fixture<MaSteps>(html`<ma-steps lang="en"></ma-steps>`);
    expect(text($(el, '[role=status]'))).to.equal('Loading the steps…');
    expect($(el, '[part=base]').getAttribute('aria-busy')).to.equal('true');
    expect(getComputedStyle($(el, '[part=base]')).minHeight).to.equal('384px'); // 24em of 16px
    await expect(el).to.be.accessible();
  });

  it('renders an ordered list of headed steps, all open, with their numbers in the button names', async () => {
    const el = await fixture<MaSteps>(html`<ma-steps .catalog=${content} lang="en"></ma-steps>`);
    expect($(el, 'ol[part=list]')).to.exist;
    expect($$(el, 'ol > li')).to.have.length(3);
    const headings = $$(el, '[role=heading]');
    expect(headings.map((h) => h.getAttribute('aria-level'))).to.deep.equal(['3', '3', '3']);
    expect(headings.map((h) => text(h))).to.deep.equal(['Step 1: 1 Train', 'Step 2: 2 Get certified', 'Step 3: 3 Work']);
    expect(expanded(el)).to.deep.equal(['true', 'true', 'true']);
    expect(visibleBodies(el)).to.deep.equal(['b-train', 'b-certify', 'b-work']);
    expect(text($(el, '#b-certify p'))).to.equal('Sit an exam.');
    await expect(el).to.be.accessible();
  });

  it('opens only the step named by `step`, and follows a change of it', async () => {
    const el = await fixture<MaSteps>(html`<ma-steps .catalog=${content} step="certify" lang="en"></ma-steps>`);
    expect(expanded(el)).to.deep.equal(['false', 'true', 'false']);
    expect(visibleBodies(el)).to.deep.equal(['b-certify']);
    el.step = 'work';
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal(['false', 'false', 'true']);
    await expect(el).to.be.accessible();
  });

  it('opens and closes a step from the keyboard (Enter and Space on its heading button)', async () => {
    const el = await fixture<MaSteps>(html`<ma-steps .catalog=${content} step="train" lang="en"></ma-steps>`);
    $$(el, 'button[aria-expanded]')[0].focus();
    // The open step's "#find" link is not shown (no #find on this page), so Tab goes straight to the next step.
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('s-certify');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal(['true', 'true', 'false']);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal(['true', 'false', 'false']);
  });

  it('links a step to a widget on the page only when the page has that id, resolved against the page', async () => {
    const wrap = await fixture<HTMLElement>(html`<div><h2 id="find">Find</h2><ma-steps .catalog=${content} lang="en"></ma-steps></div>`);
    const el = wrap.querySelector('ma-steps')!;
    await el.updateComplete;
    const links = $$(el, 'a[part=link]');
    expect(links.map((a) => [text(a), a.getAttribute('href')])).to.deep.equal([
      ['Find a program', document.URL.split('#')[0] + '#find'],
      ['Exams', 'https://example.org/exams'],
    ]);
    wrap.querySelector('#find')!.remove();
    el.requestUpdate();
    await el.updateComplete;
    expect($$(el, 'a[part=link]').map((a) => text(a))).to.deep.equal(['Exams']);
  });

  it('renders no link for an unsafe or empty href', () => {
    const host = document.body;
    expect(stepHref({ href: 'javascript:alert(1)', label: 'x' }, host)).to.equal(undefined);
    expect(stepHref({ href: '#', label: 'x' }, host)).to.equal(undefined);
    expect(stepHref({ href: '#%E0%A4%A', label: 'x' }, host)).to.equal(undefined);
    expect(stepHref({ href: './apply.html', label: 'x' }, host)).to.equal(new URL('./apply.html', document.baseURI).href);
  });

  it('speaks Spanish', async () => {
    const el = await fixture<MaSteps>(html`<ma-steps .catalog=${content} lang="es" heading-level="2"></ma-steps>`);
    expect(text($$(el, '[role=heading]')[1])).to.equal('Paso 2: 2 Certifícate');
    expect($(el, '[role=heading]').getAttribute('aria-level')).to.equal('2');
    await expect(el).to.be.accessible();
  });

  it('shows an empty state and an error state, both accessible', async () => {
    const empty = await fixture<MaSteps>(html`<ma-steps .catalog=${bare} lang="en"></ma-steps>`);
    expect(text($(empty, '[part=empty]'))).to.equal('There are no steps to show.');
    await expect(empty).to.be.accessible();
    const broken = await fixture<MaSteps>(html`<ma-steps .catalog=${{ catalogVersion: 1 }} lang="en"></ma-steps>`);
    expect($(broken, '[role=alert]')).to.exist;
    await expect(broken).to.be.accessible();
    expect(blocks()).to.have.length(0);
  });

  it('writes one HowTo JSON-LD block beside itself, kept in step across re-renders and removed with the widget', async () => {
    const el = await fixture<MaSteps>(html`<ma-steps .catalog=${content} lang="en"></ma-steps>`);
    expect(blocks()).to.have.length(1);
    const block = el.nextElementSibling as HTMLScriptElement;
    expect(block.type).to.equal('application/ld+json');
    expect(JSON.parse(block.textContent!)).to.deep.equal(howToLd(content, 'en', 'How to become a medical assistant'));
    el.lang = 'es';
    await el.updateComplete;
    el.step = 'work';
    await el.updateComplete;
    expect(blocks()).to.have.length(1);
    expect(JSON.parse(block.textContent!).name).to.equal('Cómo llegar a ser asistente médico');
    el.remove();
    expect(blocks()).to.have.length(0);
  });

  it('writes no block with structured-data="off", nor a second one for a second widget', async () => {
    const off = await fixture<MaSteps>(html`<ma-steps .catalog=${content} structured-data="off"></ma-steps>`);
    expect(blocks()).to.have.length(0);
    off.structuredData = null;
    await off.updateComplete;
    expect(blocks()).to.have.length(1);
    await fixture(html`<div><ma-steps .catalog=${content}></ma-steps><ma-steps .catalog=${content}></ma-steps></div>`);
    expect(blocks()).to.have.length(1);
  });
});
