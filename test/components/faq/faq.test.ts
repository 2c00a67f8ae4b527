import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/faq/faq.define.js';
import { MaFaq, faqIdFromHash } from '../../../src/components/faq/faq.js';
import { faqPageLd } from '../../../src/structured-data/builders.js';
import { content, bare } from '../../fixtures/content/catalog.js';
import { loadValidator } from '../../../src/catalog/check.js';

// Hand-made catalog objects (no checksum) render at once once the validator is loaded, as an app does with `await loadValidator()`.
before(() => loadValidator());

const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel)!;
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLDetailsElement>(sel)];
const text = (n: Element | null) => n?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const opened = (el: Element) => $$(el, 'details').map((d) => d.open);
const blocks = () => [...document.querySelectorAll('script[type="application/ld+json"]')];
const setHash = (h: string) => history.replaceState(null, '', location.pathname + location.search + h);

describe('<ma-faq>', () => {
  afterEach(() => {
    blocks().forEach((s) => s.remove());
    setHash('');
  });

  it('reserves its height in an accessible loading state', async () => {
    const el = await fixture<MaFaq>(html`<ma-faq lang="en"></ma-faq>`);
    expect(text($(el, '[role=status]'))).to.equal('Loading questions…');
    expect(getComputedStyle($(el, '[part=base]')).minHeight).to.equal('256px'); // 16em
    await expect(el).to.be.accessible();
  });

  it('renders each question as a closed native disclosure; `open` opens them all', async () => {
    const el = await fixture<MaFaq>(html`<ma-faq .catalog=${content} lang="en"></ma-faq>`);
    expect($$(el, 'details > summary').map((s) => text(s))).to.deep.equal(['How long is training?', 'Must I be certified?']);
    expect($$(el, 'details').map((d) => d.id)).to.deep.equal(['faq-how-long', 'faq-cert']);
    expect(opened(el)).to.deep.equal([false, false]);
    await expect(el).to.be.accessible();
    el.open = true;
    await el.updateComplete;
    expect(opened(el)).to.deep.equal([true, true]);
    expect(text($(el, '#faq-cert [part=answer]'))).to.equal('Usually not.');
    await expect(el).to.be.accessible();
  });

  it('opens and closes a question from the keyboard', async () => {
    const el = await fixture<MaFaq>(html`<ma-faq .catalog=${content} lang="en"></ma-faq>`);
    $(el, '#faq-how-long summary').focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#faq-cert summary'));
    await sendKeys({ press: 'Enter' });
    expect(opened(el)).to.deep.equal([false, true]);
    await sendKeys({ press: ' ' });
    expect(opened(el)).to.deep.equal([false, false]);
  });

  it('opens, scrolls to and focuses the question a #faq-<id> link names, on first render and on hashchange', async () => {
    setHash('#faq-cert');
    // A tall spacer above, so that the question starts far below the fold (inline style is fine on the test page).
    const wrap = await fixture<HTMLElement>(html`<div><div style="height: 3000px"></div><ma-faq .catalog=${content} lang="en"></ma-faq><div style="height: 3000px"></div></div>`);
    const el = wrap.querySelector('ma-faq')!;
    await el.updateComplete;
    expect(opened(el)).to.deep.equal([false, true]);
    expect($(el, '#faq-cert').getBoundingClientRect().top).to.be.within(0, 40); // scrolled to, 1em of margin above
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#faq-cert summary'));
    await expect(el).to.be.accessible();

    window.scrollTo(0, 0);
    location.hash = '#faq-how-long';
    await new Promise((r) => window.addEventListener('hashchange', r, { once: true }));
    await nextFrame();
    expect(opened(el)).to.deep.equal([true, true]);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#faq-how-long summary'));
    expect($(el, '#faq-how-long').getBoundingClientRect().top).to.be.within(0, 40);
  });

  it('ignores fragments that name none of its questions', async () => {
    setHash('#faq-nope');
    const el = await fixture<MaFaq>(html`<ma-faq .catalog=${content} lang="en"></ma-faq>`);
    expect(opened(el)).to.deep.equal([false, false]);
    expect(el.openFromHash('#other')).to.equal(false);
    expect(faqIdFromHash('#faq-how-long')).to.equal('how-long');
    expect(faqIdFromHash('#faq-%E0%A4%A')).to.equal(undefined);
    expect(faqIdFromHash('#faq-')).to.equal(undefined);
  });

  it('speaks Spanish', async () => {
    const el = await fixture<MaFaq>(html`<ma-faq .catalog=${content} lang="es"></ma-faq>`);
    expect(text($(el, 'summary'))).to.equal('¿Cuánto dura?');
    await expect(el).to.be.accessible();
  });

  it('shows an empty state and an error state, both accessible', async () => {
    const empty = await fixture<MaFaq>(html`<ma-faq .catalog=${bare} lang="en"></ma-faq>`);
    expect(text($(empty, '[part=empty]'))).to.equal('There are no questions to show.');
    await expect(empty).to.be.accessible();
    const broken = await fixture<MaFaq>(html`<ma-faq .catalog=${{ catalogVersion: 1 }} lang="en"></ma-faq>`);
    expect($(broken, '[role=alert]')).to.exist;
    await expect(broken).to.be.accessible();
    expect(blocks()).to.have.length(0);
  });

  it('writes one FAQPage block beside itself by default, none with structured-data="off", one for two widgets', async () => {
    const el = await fixture<MaFaq>(html`<ma-faq .catalog=${content} lang="en"></ma-faq>`);
    expect(blocks()).to.have.length(1);
    expect(el.nextElementSibling).to.equal(el.structuredDataScript);
    expect(JSON.parse(el.structuredDataScript!.textContent!)).to.deep.equal(faqPageLd(content, 'en'));
    el.open = true;
    el.lang = 'es';
    await el.updateComplete;
    expect(blocks()).to.have.length(1);
    expect(JSON.parse(blocks()[0].textContent!)).to.deep.equal(faqPageLd(content, 'es'));
    const second = await fixture<MaFaq>(html`<ma-faq .catalog=${content}></ma-faq>`);
    expect(blocks()).to.have.length(1);
    expect(second.structuredDataScript).to.equal(undefined);
    el.structuredData = 'off';
    await el.updateComplete;
    expect(el.structuredDataScript).to.equal(undefined);
    // The other widget takes over once it renders again.
    second.requestUpdate();
    await second.updateComplete;
    expect(blocks()).to.have.length(1);
    expect(second.structuredDataScript).to.exist;
  });

  it('a second copy of the class (another bundle) does not add a second block', async () => {
    class Copy extends MaFaq {}
    customElements.define('ma-faq-copy', Copy);
    await fixture(html`<div><ma-faq .catalog=${content}></ma-faq><ma-faq-copy .catalog=${content}></ma-faq-copy></div>`);
    expect(blocks()).to.have.length(1);
  });
});
