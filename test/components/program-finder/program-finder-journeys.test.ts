// Issue 10, finder: online programs and a ZIP, a ZIP in the search box, the phone filter sheet,
// the skip link, the compare tray and a comparison the publisher preset.
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/program-finder/program-finder.define.js';
import '../../../src/components/program-compare/program-compare.define.js';
import type { MaProgramFinder } from '../../../src/components/program-finder/program-finder.js';
import type { CompareChangeEvent } from '../../../src/events.js';
import { catalog } from './catalog.js';
import { loadValidator } from '../../../src/catalog/check.js';

// Hand-made catalog objects (no checksum) render at once once the validator is loaded, as an app does with `await loadValidator()`.
before(() => loadValidator());

const root = (el: HTMLElement) => el.shadowRoot!;
const $ = <T extends HTMLElement = HTMLElement>(el: HTMLElement, sel: string) => root(el).querySelector<T>(sel)!;
const ids = (el: HTMLElement) => [...root(el).querySelectorAll<HTMLElement>('.card')].map((c) => c.dataset.id);
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function finder(tpl = html`<ma-program-finder .catalog=${catalog}></ma-program-finder>`) {
  const el = await fixture<MaProgramFinder>(tpl);
  await el.updateComplete;
  return el;
}

/** A finder in a phone-wide column (390 px). */
async function phoneFinder(lang = 'en') {
  const wrap = await fixture<HTMLElement>(html`<div style="width: 390px"><ma-program-finder lang=${lang} .catalog=${catalog}></ma-program-finder></div>`);
  const el = wrap.querySelector('ma-program-finder') as MaProgramFinder;
  await el.updateComplete;
  return el;
}

async function type(el: MaProgramFinder, id: string, value: string) {
  const input = $<HTMLInputElement>(el, `#${id}`);
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

async function tick(el: MaProgramFinder, name: string, value: string) {
  $<HTMLInputElement>(el, `input[name="${name}"][value="${value}"]`).click();
  await el.updateComplete;
}

const boxes = (el: HTMLElement) => [...root(el).querySelectorAll<HTMLInputElement>('.card .foot input')];
const located = (el: MaProgramFinder) => waitUntil(() => root(el).querySelector('#sort option[value="distance"]'), 'ZIP located', { timeout: 5000 });

describe('<ma-program-finder>: online programs and a ZIP', () => {
  it('keeps online programs within any radius, says "no campus visits" instead of a distance, and honours onlineStates', async () => {
    const el = await finder();
    await type(el, 'zip', '78701');
    await located(el);
    $<HTMLSelectElement>(el, '#radius').value = '50';
    $<HTMLSelectElement>(el, '#radius').dispatchEvent(new Event('change'));
    await tick(el, 'delivery', 'online');
    // Issue 10 saw 0 programs here. onl takes students from anywhere; chi only from IL, IN and WI.
    expect(ids(el)).to.deep.equal(['onl']);
    expect(text($(el, '[data-id="onl"] .school'))).to.equal('Zenith Online Institute · Phoenix, AZ · Online: no campus visits needed');
    expect(text($(el, '[data-id="onl"] .school'))).to.not.contain('mi away');
    await expect(el).to.be.accessible();
  });

  it('shows the states an online program takes students from, and keeps it for those states', async () => {
    const el = await finder(html`<ma-program-finder .catalog=${catalog} state="WI" lang="es"></ma-program-finder>`);
    expect(ids(el)).to.deep.equal(['onl', 'chi']);
    expect(text($(el, '[data-id="chi"] .where'))).to.equal('En línea: acepta estudiantes de IL, IN y WI');
  });
});

describe('<ma-program-finder>: a ZIP or a city in the search box', () => {
  it('makes a 5-digit ZIP the ZIP filter, and removes it again when the ZIP is deleted', async () => {
    const el = await finder();
    await type(el, 'q', '78701');
    expect($<HTMLInputElement>(el, '#zip').value).to.equal('78701');
    await located(el);
    await el.updateComplete;
    // Austin within 25 miles, and the online program; nothing "finds nothing" any more.
    expect(ids(el)).to.deep.equal(['aus', 'onl']);
    expect($<HTMLInputElement>(el, '#q').value).to.equal('78701');
    expect(text($(el, '#q-zip'))).to.equal('Searching near ZIP code 78701');
    // Words beside the ZIP still search.
    await type(el, 'q', 'college 78701');
    expect(ids(el)).to.deep.equal(['aus']);
    await type(el, 'q', 'college');
    expect($<HTMLInputElement>(el, '#zip').value).to.equal('');
    expect(ids(el)).to.deep.equal(['sj', 'aus', 'katy', 'dal', 'chi']);
    await expect(el).to.be.accessible();
  });

  it('finds programs by city name', async () => {
    const el = await finder();
    await type(el, 'q', 'houston');
    expect(ids(el)).to.deep.equal(['hou', 'tmc']);
  });

  it('leaves a ZIP as text when the publisher hid the ZIP filter', async () => {
    const el = await finder(html`<ma-program-finder .catalog=${catalog} hide-filters="zip"></ma-program-finder>`);
    await type(el, 'q', '78701');
    expect(ids(el)).to.deep.equal([]);
  });
});

describe('<ma-program-finder>: on a phone', () => {
  it('ends the filter sheet with a sticky "Show N programs" that closes it and moves focus to the results', async () => {
    const el = await phoneFinder();
    $(el, '.toggle').click();
    await el.updateComplete;
    const show = $(el, '.show');
    expect(getComputedStyle(show.parentElement!).position).to.equal('sticky');
    expect(text(show)).to.equal('Show 8 programs');
    await tick(el, 'delivery', 'online');
    // The count is in sight while filtering.
    expect(text(show)).to.equal('Show 2 programs');
    await expect(el).to.be.accessible();
    show.click();
    await el.updateComplete;
    await aTimeout(0);
    expect($(el, '.toggle').getAttribute('aria-expanded')).to.equal('false');
    expect(getComputedStyle($(el, '#filters')).display).to.equal('none');
    expect(root(el).activeElement?.id).to.equal('count');
  });

  it('says it in Spanish', async () => {
    const el = await phoneFinder('es');
    $(el, '.toggle').click();
    await el.updateComplete;
    expect(text($(el, '.show'))).to.equal('Ver 8 programas');
    expect(text($(el, '.skip'))).to.equal('Saltar a los resultados');
  });

  it('folds the compare tray to one line, at most about 15% of a 844 px screen, with a button to unfold it', async () => {
    const el = await phoneFinder();
    for (const i of [0, 1, 2]) {
      boxes(el)[i].click();
      await el.updateComplete;
    }
    const tray = $(el, '[part="tray"]');
    expect(tray.getBoundingClientRect().height).to.be.at.most(844 * 0.15);
    expect(getComputedStyle($(el, '#tray-list')).display).to.equal('none');
    const toggle = $(el, '.tray-toggle');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(getComputedStyle($(el, '#tray-list')).display).to.not.equal('none');
    await expect(el).to.be.accessible();
  });
});

describe('<ma-program-finder>: skip link', () => {
  it('offers "Skip to results" as the first stop, before the filters, and it moves focus to the results', async () => {
    const wrap = await fixture<HTMLElement>(html`<div><button>before</button><ma-program-finder .catalog=${catalog}></ma-program-finder></div>`);
    const el = wrap.querySelector('ma-program-finder') as MaProgramFinder;
    await el.updateComplete;
    wrap.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    const first = root(el).activeElement as HTMLElement;
    expect(text(first)).to.equal('Skip to results');
    expect(getComputedStyle(first).clipPath).to.equal('none'); // visible while focused
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await aTimeout(0);
    expect(root(el).activeElement?.id).to.equal('count');
  });
});

describe('<ma-program-finder>: the compare tray', () => {
  it('names the school with the program, and "Compare N programs" takes focus to the comparison on the page', async () => {
    const wrap = await fixture<HTMLElement>(html`<div>
      <ma-program-compare follow .catalog=${catalog}></ma-program-compare>
      <ma-program-finder .catalog=${catalog}></ma-program-finder>
    </div>`);
    const el = wrap.querySelector('ma-program-finder') as MaProgramFinder;
    const compare = wrap.querySelector('ma-program-compare') as HTMLElement & { updateComplete: Promise<unknown> };
    await el.updateComplete;
    boxes(el)[3].click(); // hou
    await el.updateComplete;
    expect($(el, '.go', ), 'no action for one program').to.equal(null);
    boxes(el)[0].click(); // sj
    await el.updateComplete;
    expect([...root(el).querySelectorAll('[part="tray"] li')].map((li) => text(li).replace(' ×', ''))).to.deep.equal([
      'Medical Assisting Certificate, Bayou Technical School',
      'Medical Assistant Certificate, Valle College',
    ]);
    const go = $(el, '.go');
    expect(text(go)).to.equal('Compare 2 programs');
    await compare.updateComplete;
    go.click();
    expect(document.activeElement).to.equal(compare);
    expect(compare.shadowRoot!.activeElement?.classList.contains('scroll')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('links to compare-url with the ids when the comparison is on another page', async () => {
    const el = await finder(html`<ma-program-finder .catalog=${catalog} compare-url="/compare.html"></ma-program-finder>`);
    boxes(el)[0].click();
    boxes(el)[1].click();
    await el.updateComplete;
    const go = $<HTMLAnchorElement>(el, 'a.go');
    expect(text(go)).to.equal('Compare 2 programs');
    expect(new URL(go.href).pathname).to.equal('/compare.html');
    expect(new URL(go.href).searchParams.get('compare')).to.equal('sj,aus');
  });
});

describe('<ma-program-finder>: a comparison the publisher preset', () => {
  for (const order of ['compare first', 'finder first']) {
    it(`shows the preset programs ticked and keeps them when a third is ticked (${order})`, async () => {
      const compareTpl = html`<ma-program-compare follow programs="sj,hou" .catalog=${catalog}></ma-program-compare>`;
      const finderTpl = html`<ma-program-finder .catalog=${catalog}></ma-program-finder>`;
      const wrap = await fixture<HTMLElement>(order === 'compare first' ? html`<div>${compareTpl}${finderTpl}</div>` : html`<div>${finderTpl}${compareTpl}</div>`);
      const el = wrap.querySelector('ma-program-finder') as MaProgramFinder;
      const compare = wrap.querySelector('ma-program-compare') as HTMLElement & { updateComplete: Promise<unknown> };
      await el.updateComplete;
      await compare.updateComplete;
      const ticked = () => boxes(el).filter((b) => b.checked).map((b) => b.closest<HTMLElement>('.card')!.dataset.id);
      expect(ticked()).to.deep.equal(['sj', 'hou']);
      setTimeout(() => boxes(el)[2].click()); // onl
      const e = (await oneEvent(el, 'ma-compare-change')) as CompareChangeEvent;
      expect(e.detail.ids).to.deep.equal(['sj', 'hou', 'onl']);
      await compare.updateComplete;
      expect(compare.shadowRoot!.querySelectorAll('thead th').length).to.equal(3);
    });
  }

  it('leaves out preset programs the catalog does not have', async () => {
    const wrap = await fixture<HTMLElement>(html`<div>
      <ma-program-compare follow programs="not-in-this-catalog,sj" .catalog=${catalog}></ma-program-compare>
      <ma-program-finder .catalog=${catalog}></ma-program-finder>
    </div>`);
    const el = wrap.querySelector('ma-program-finder') as MaProgramFinder;
    await el.updateComplete;
    await el.updateComplete;
    expect(boxes(el).filter((b) => b.checked).length).to.equal(1);
    expect(text($(el, '#tray-h'))).to.equal('Comparing 1 of 4');
  });
});
