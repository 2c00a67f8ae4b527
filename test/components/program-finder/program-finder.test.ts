import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../../src/components/program-finder/program-finder.define.js';
import '../../../src/components/program-compare/program-compare.define.js';
import type { MaProgramFinder } from '../../../src/components/program-finder/program-finder.js';
import type { CompareChangeEvent, FilterChangeEvent, ProgramSelectEvent } from '../../../src/events.js';
import { catalog, programs } from './catalog.js';
import { makeCatalog, makeProgram } from '../../programs/make-program.js';

const root = (el: HTMLElement) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: HTMLElement, sel: string) => root(el).querySelector<T & HTMLElement>(sel)!;
const ids = (el: HTMLElement) => [...root(el).querySelectorAll<HTMLElement>('.card')].map((c) => c.dataset.id);
const count = (el: HTMLElement) => $(el, '#count').textContent!.trim();

async function finder(tpl = html`<ma-program-finder .catalog=${catalog}></ma-program-finder>`) {
  const el = await fixture<MaProgramFinder>(tpl);
  await el.updateComplete;
  return el;
}

/** Ticks or unticks the checkbox labelled `text` (its label starts with it). */
async function check(el: MaProgramFinder, text: string) {
  const label = [...root(el).querySelectorAll('label.check')].find((l) => l.textContent!.trim().startsWith(text))!;
  expect(label, `checkbox "${text}"`).to.exist;
  label.querySelector('input')!.click();
  await el.updateComplete;
}

async function choose(el: MaProgramFinder, id: string, value: string) {
  const select = $<HTMLSelectElement>(el, `#${id}`);
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

async function type(el: MaProgramFinder, id: string, value: string) {
  const input = $<HTMLInputElement>(el, `#${id}`);
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

const optionText = (el: HTMLElement, id: string, value: string) => $(el, `#${id} option[value="${value}"]`).textContent!.trim();

describe('<ma-program-finder>: states', () => {
  afterEach(() => sinon.restore());

  it('shows an accessible loading state while the catalog loads', async () => {
    sinon.stub(window, 'fetch').returns(new Promise(() => undefined));
    const el = await finder(html`<ma-program-finder src="/slow-finder.json"></ma-program-finder>`);
    expect($(el, '[role="status"]').textContent).to.contain('Loading programs');
    await expect(el).to.be.accessible();
  });

  it('shows an accessible error when the catalog cannot be loaded', async () => {
    const el = await fixture<MaProgramFinder>(html`<ma-program-finder src="/test/fixtures/program-finder/missing.json"></ma-program-finder>`);
    await waitUntil(() => root(el).querySelector('[role="alert"]'), 'error shown');
    expect($(el, '[role="alert"]').textContent).to.contain('could not be loaded');
    await expect(el).to.be.accessible();
  });

  it('loads from src and shows every program, accessibly', async () => {
    const el = await fixture<MaProgramFinder>(html`<ma-program-finder src="/test/fixtures/program-finder/catalog.json"></ma-program-finder>`);
    await waitUntil(() => root(el).querySelector('.card'), 'cards shown');
    expect(ids(el)).to.deep.equal(programs.map((p) => p.id));
    expect(count(el)).to.equal('8 programs');
    await expect(el).to.be.accessible();
  });

  it('is accessible when empty, in Spanish', async () => {
    const el = await finder(html`<ma-program-finder lang="es" .catalog=${catalog} state="IL" credential="diploma" delivery="campus"></ma-program-finder>`);
    expect(ids(el)).to.deep.equal([]);
    expect($(el, '[part="empty"]').textContent).to.contain('Ningún programa cumple');
    await expect(el).to.be.accessible();
  });

  it('renders no link for a javascript: URL (the catalog is refused, nothing is linked)', async () => {
    const bad = makeCatalog([makeProgram({ id: 'x', url: 'javascript:alert(1)' }), makeProgram({ id: 'y' })]);
    const el = await finder(html`<ma-program-finder strict .catalog=${bad}></ma-program-finder>`);
    expect(root(el).querySelectorAll('a').length).to.equal(0);
    expect(root(el).innerHTML).to.not.contain('javascript:');
  });
});

describe('<ma-program-finder>: search and filters', () => {
  it('searches names, schools and cities ignoring accents and case', async () => {
    const el = await finder();
    await type(el, 'q', 'san jose');
    expect(ids(el)).to.deep.equal(['sj']);
    await type(el, 'q', 'BAYOU');
    expect(ids(el)).to.deep.equal(['hou']);
  });

  it('filters by state, with counts beside each state', async () => {
    const el = await finder();
    // Five campuses in Texas, and one online program that takes students from anywhere.
    expect(optionText(el, 'state', 'TX')).to.equal('TX (6)');
    await choose(el, 'state', 'TX');
    expect(ids(el)).to.deep.equal(['aus', 'onl', 'hou', 'tmc', 'katy', 'dal']);
  });

  it('filters by delivery and credential; facet counts follow the other filters', async () => {
    const el = await finder();
    const label = (t: string) => [...root(el).querySelectorAll('label.check')].find((l) => l.textContent!.trim().startsWith(t))!.textContent!.replace(/\s+/g, ' ').trim();
    expect(label('Online')).to.equal('Online (2)');
    await check(el, 'Online');
    expect(ids(el)).to.deep.equal(['onl', 'chi']);
    // Delivery counts ignore the delivery choice; credential counts are among online programs.
    expect(label('On campus')).to.equal('On campus (4)');
    expect(label('Diploma')).to.equal('Diploma (1)');
    await check(el, 'Hybrid');
    expect(ids(el)).to.deep.equal(['aus', 'onl', 'katy', 'chi']);
    await check(el, 'Associate degree');
    expect(ids(el)).to.deep.equal(['aus', 'chi']);
  });

  it('filters by length and by tuition, keeping not-reported tuition unless asked', async () => {
    const el = await finder();
    await choose(el, 'length', '9');
    expect(ids(el)).to.deep.equal(['sj', 'onl', 'hou']);
    await choose(el, 'length', '');
    expect(optionText(el, 'tuition', '10000')).to.equal('Up to $10,000 (3)');
    await choose(el, 'tuition', '10000');
    expect(ids(el)).to.deep.equal(['onl', 'hou', 'tmc']);
    await check(el, 'Hide programs that do not report tuition');
    expect(ids(el)).to.deep.equal(['hou', 'tmc']);
    // The card says "Not reported" rather than a number.
    await check(el, 'Hide programs that do not report tuition');
    expect($(el, '[data-id="onl"] .facts').textContent).to.contain('Not reported');
  });

  it('filters by accreditation, exams, schedule and Spanish', async () => {
    const el = await finder();
    await choose(el, 'accreditation', 'any');
    expect(ids(el)).to.deep.equal(['sj', 'aus', 'tmc', 'chi']);
    await choose(el, 'accreditation', 'CAAHEP');
    expect(ids(el)).to.deep.equal(['sj', 'chi']);
    await choose(el, 'accreditation', '');
    await check(el, 'RMA');
    expect(ids(el)).to.deep.equal(['sj', 'aus', 'hou']);
    await check(el, 'RMA');
    await check(el, 'Weekends');
    expect(ids(el)).to.deep.equal(['aus', 'hou']);
    await check(el, 'Weekends');
    await check(el, 'Classes in Spanish');
    expect(ids(el)).to.deep.equal(['sj', 'hou']);
  });

  it('shows badges for accreditation and exams, and a Sponsored label', async () => {
    const el = await finder();
    expect($(el, '[data-id="aus"] .badges').textContent).to.contain('ABHES (on probation)');
    expect($(el, '[data-id="sj"] .badges').textContent).to.contain('CMA eligible');
    expect($(el, '[data-id="onl"] .badges').textContent).to.contain('CMA: not enough data');
    expect($(el, '[data-id="dal"] [part="sponsored"]').textContent!.trim()).to.equal('Sponsored');
    expect(root(el).querySelectorAll('[part="sponsored"]').length).to.equal(1);
  });

  it('links each program through safeUrl, in the same tab unless link-target is set, and fires ma-program-select', async () => {
    const el = await finder();
    const link = $<HTMLAnchorElement>(el, '[data-id="sj"] h3 a');
    expect(link.href).to.equal('https://example.edu/sj');
    expect(link.hasAttribute('target')).to.equal(false);
    root(el).addEventListener('click', (e) => e.preventDefault());
    setTimeout(() => link.click());
    const e = (await oneEvent(el, 'ma-program-select')) as ProgramSelectEvent;
    expect(e.detail).to.deep.equal({ id: 'sj', url: 'https://example.edu/sj' });
    const blank = await finder(html`<ma-program-finder .catalog=${catalog} link-target="_blank"></ma-program-finder>`);
    expect($(blank, '.card a').getAttribute('target')).to.equal('_blank');
    expect($(blank, '.card a').getAttribute('rel')).to.equal('noopener');
  });

  it('takes initial filters from attributes and hides listed filters', async () => {
    const el = await finder(
      html`<ma-program-finder .catalog=${catalog} state="TX" delivery="campus" credential="certificate,diploma" hide-filters="state tuition"></ma-program-finder>`,
    );
    expect(ids(el)).to.deep.equal(['hou', 'tmc', 'dal']);
    expect(root(el).querySelector('#state')).to.equal(null);
    expect(root(el).querySelector('#tuition')).to.equal(null);
    expect(root(el).querySelector('#length')).to.exist;
  });

  it('clears a filter when its attribute is removed or emptied', async () => {
    const el = await finder(html`<ma-program-finder .catalog=${catalog} state="TX" delivery="campus"></ma-program-finder>`);
    expect(ids(el)).to.deep.equal(['hou', 'tmc', 'dal']);
    el.removeAttribute('state');
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['sj', 'hou', 'tmc', 'dal']);
    el.setAttribute('delivery', '');
    await el.updateComplete;
    expect(ids(el)).to.have.length(8);
    // Another attribute changing leaves filters the person chose alone.
    await choose(el, 'length', '9');
    el.setAttribute('state', 'TX');
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['onl', 'hou']);
  });

  it('keeps a hidden filter set by the publisher when the person clears filters', async () => {
    const el = await finder(html`<ma-program-finder .catalog=${catalog} state="TX" hide-filters="state"></ma-program-finder>`);
    await check(el, 'Online');
    await check(el, 'Associate degree');
    expect(ids(el)).to.deep.equal([]);
    // No suggestion to remove the hidden state filter (chi, online from Illinois): only the visible ones.
    expect([...root(el).querySelectorAll('.suggest')].map((b) => b.textContent!.trim())).to.deep.equal([
      'Remove “How classes are taught”: 1 program',
      'Remove “Credential”: 1 program',
    ]);
    [...root(el).querySelectorAll<HTMLButtonElement>('.empty button')].at(-1)!.click();
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['aus', 'onl', 'hou', 'tmc', 'katy', 'dal']);
  });

  it('applies the answers of <ma-get-matched> (applyMatch, not an event) on the page', async () => {
    const el = await finder();
    await choose(el, 'length', '12');
    el.applyMatch({ state: 'TX', delivery: ['campus'], credential: ['certificate', 'diploma'] });
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['hou', 'tmc', 'dal']);
    // Focus follows the person to the results they asked for.
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('count');
  });

  it('fires no ma-filter-change until the person changes something (not when its results first show)', async () => {
    const spy = sinon.spy();
    document.addEventListener('ma-filter-change', spy);
    try {
      const el = await finder(html`<ma-program-finder state="TX" .catalog=${catalog}></ma-program-finder>`);
      await waitUntil(() => root(el).querySelector('.card'), 'results shown');
      await aTimeout(300);
      expect(spy.callCount).to.equal(0);
      await choose(el, 'state', 'CA');
      await el.updateComplete;
      expect(spy.callCount).to.equal(1);
    } finally {
      document.removeEventListener('ma-filter-change', spy);
    }
  });

  it('fires ma-filter-change with the filters but not the typed text', async () => {
    const el = await finder();
    setTimeout(() => type(el, 'q', 'bayou'));
    const e = (await oneEvent(el, 'ma-filter-change')) as FilterChangeEvent;
    expect(e.detail).to.deep.equal({ filters: {}, search: true, near: false, sort: 'relevance', total: 1 });
    expect(JSON.stringify(e.detail)).to.not.contain('bayou');
    setTimeout(() => choose(el, 'state', 'TX'));
    const e2 = (await oneEvent(el, 'ma-filter-change')) as FilterChangeEvent;
    expect(e2.detail.filters).to.deep.equal({ state: 'TX' });
  });
});

describe('<ma-program-finder>: sort, empty state, paging', () => {
  it('sorts by shortest, lowest tuition (not reported last) and name', async () => {
    const el = await finder();
    await choose(el, 'sort', 'shortest');
    expect(ids(el)).to.deep.equal(['onl', 'hou', 'sj', 'tmc', 'dal', 'katy', 'chi', 'aus']);
    await choose(el, 'sort', 'tuition');
    // aus: 6,000 a year for 2 years ties with sj's 12,000; ties keep catalog order.
    expect(ids(el)).to.deep.equal(['hou', 'tmc', 'sj', 'aus', 'dal', 'katy', 'chi', 'onl']);
    await choose(el, 'sort', 'name');
    expect(ids(el)[0]).to.equal('aus');
    expect(ids(el).at(-1)).to.equal('onl');
  });

  it('suggests the single filter to remove, with the count it would give', async () => {
    const el = await finder(html`<ma-program-finder .catalog=${catalog} state="IL" credential="diploma" delivery="campus"></ma-program-finder>`);
    const buttons = [...root(el).querySelectorAll<HTMLButtonElement>('.suggest')];
    expect(buttons.map((b) => b.textContent!.trim())).to.deep.equal(['Remove “State”: 2 programs', 'Remove “How classes are taught”: 1 program']);
    buttons[0].click();
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['tmc', 'dal']);
    await aTimeout(0);
    expect(root(el).activeElement).to.equal($(el, '#count'));
  });

  it('pages with "Show more", announces the count and moves focus to the first new card', async () => {
    const el = await finder(html`<ma-program-finder .catalog=${catalog} page-size="3"></ma-program-finder>`);
    expect(ids(el)).to.have.length(3);
    const status = $(el, '#count');
    expect(status.getAttribute('role')).to.equal('status');
    expect(count(el)).to.equal('Showing 3 of 8 programs');
    $(el, '[part="more"]').click();
    await el.updateComplete;
    expect(ids(el)).to.have.length(6);
    expect(count(el)).to.equal('Showing 6 of 8 programs');
    expect(root(el).activeElement).to.equal(root(el).querySelectorAll('.card h3')[3]);
    expect($(el, '[part="more"]').textContent!.trim()).to.equal('Show 2 more');
    $(el, '[part="more"]').click();
    await el.updateComplete;
    expect(root(el).querySelector('[part="more"]')).to.equal(null);
    expect(count(el)).to.equal('8 programs');
  });
});

describe('<ma-program-finder>: ZIP code', () => {
  it('keeps programs within the radius of a ZIP, sorted by distance, using a program ZIP when it has no coordinates', async () => {
    const el = await finder();
    await type(el, 'zip', '77002');
    await waitUntil(() => root(el).querySelector('#sort option[value="distance"]'), 'located', { timeout: 5000 });
    await el.updateComplete;
    // Default radius 25 miles: downtown Houston and the Medical Center (about 4 miles, by ZIP), then the
    // online program that takes students from anywhere (not chi, which takes them from IL, IN and WI only).
    expect(ids(el)).to.deep.equal(['hou', 'tmc', 'onl']);
    expect($(el, '[data-id="tmc"] .school').textContent).to.match(/· [3-5](\.\d)? mi away/);
    await choose(el, 'radius', '50');
    expect(ids(el)).to.deep.equal(['hou', 'tmc', 'katy', 'onl']);
    expect(optionText(el, 'radius', '10')).to.equal('Within 10 miles (3)');
    expect(optionText(el, 'radius', '100')).to.equal('Within 100 miles (4)');
  });

  it('says clearly when a ZIP is unknown, and keeps the list', async () => {
    const el = await finder();
    await type(el, 'zip', '00000');
    await waitUntil(() => $(el, '#zip-msg').textContent!.includes('could not find'), 'unknown ZIP message', { timeout: 5000 });
    expect($(el, '#zip').getAttribute('aria-invalid')).to.equal('true');
    expect(ids(el)).to.have.length(8);
    await expect(el).to.be.accessible();
  });
});

describe('<ma-program-finder>: compare', () => {
  it('ticks up to 4 programs, sends ma-compare-change, shows the tray and refuses a fifth', async () => {
    const el = await finder();
    const events: string[][] = [];
    el.addEventListener('ma-compare-change', (e) => events.push((e as CompareChangeEvent).detail.ids));
    const boxes = () => [...root(el).querySelectorAll<HTMLInputElement>('.card .foot input')];
    for (const i of [0, 1, 2, 3]) {
      boxes()[i].click();
      await el.updateComplete;
    }
    expect(events.at(-1)).to.deep.equal(['sj', 'aus', 'onl', 'hou']);
    expect($(el, '[part="tray"] h2').textContent).to.contain('Comparing 4 of 4');
    boxes()[4].click();
    await el.updateComplete;
    expect(boxes()[4].checked).to.equal(false);
    expect(events).to.have.length(4);
    expect($(el, '[part="tray"] [role="alert"]').textContent).to.contain('up to 4');
    await expect(el).to.be.accessible();
    // Remove one from the tray.
    $(el, '[part="tray"] .x').click();
    await el.updateComplete;
    expect(events.at(-1)).to.deep.equal(['aus', 'onl', 'hou']);
    expect(boxes()[0].checked).to.equal(false);
  });

  it('answers a comparison that joins the page late with what is already ticked', async () => {
    const el = await finder();
    const boxes = () => [...root(el).querySelectorAll<HTMLInputElement>('.card .foot input')];
    boxes()[0].click();
    boxes()[2].click();
    await el.updateComplete;
    const wrap = await fixture(html`<div></div>`);
    const compare = document.createElement('ma-program-compare') as HTMLElement & { catalog: unknown; updateComplete: Promise<unknown> };
    compare.catalog = catalog;
    compare.setAttribute('follow', '');
    wrap.append(compare);
    await compare.updateComplete;
    await compare.updateComplete;
    const heads = [...compare.shadowRoot!.querySelectorAll('thead th .name')].map((h) => h.textContent!.trim());
    expect(heads).to.have.length(2);
    expect(heads).to.deep.equal(['sj', 'onl'].map((id) => catalog.programs.find((p) => p.id === id)!.name).map((n) => (typeof n === 'string' ? n : n.en)));
  });

  it('keeps focus in the tray when its buttons remove themselves', async () => {
    const el = await finder();
    const boxes = () => [...root(el).querySelectorAll<HTMLInputElement>('.card .foot input')];
    for (const i of [0, 1]) {
      boxes()[i].click();
      await el.updateComplete;
    }
    // The tray is a folded strip: unfold its list, as a person does to reach the "×" buttons.
    $(el, '.tray-toggle').click();
    await el.updateComplete;
    const xs = () => [...root(el).querySelectorAll<HTMLButtonElement>('[part="tray"] .x')];
    // Compared by description: a failed assertion on elements themselves would try to diff the whole DOM.
    const who = (f: Element | null) => (f ? `${f.localName}#${f.id}.${f.className} ${f.getAttribute('aria-label') ?? ''}`.trim() : 'body');
    const focused = () => who(root(el).activeElement);
    // The first "×": focus goes to the next one.
    xs()[0].focus();
    xs()[0].click();
    await el.updateComplete;
    await aTimeout(0);
    expect(xs()).to.have.length(1);
    expect(focused()).to.equal(who(xs()[0]));
    // The last "×", others left: the tray heading.
    boxes()[0].click();
    await el.updateComplete;
    expect(xs()).to.have.length(2);
    xs()[1].focus();
    xs()[1].click();
    await el.updateComplete;
    await aTimeout(0);
    expect(focused()).to.equal(who($(el, '#tray-h')));
    // "Clear comparison" empties the tray: the result count.
    const clear = [...root(el).querySelectorAll<HTMLButtonElement>('[part="tray"] button')].at(-1)!;
    expect(clear.textContent!.trim()).to.equal('Clear comparison');
    clear.focus();
    clear.click();
    await el.updateComplete;
    await aTimeout(0);
    expect(root(el).querySelector('[part="tray"]')).to.equal(null);
    expect(focused()).to.equal(who($(el, '#count')));
  });
});

describe('<ma-program-finder>: URL sync', () => {
  let start: string;
  beforeEach(() => (start = location.href));
  afterEach(() => history.replaceState(history.state, '', start));

  it('writes filters to the query string, reads them back on load, and follows back/forward', async () => {
    const el = await finder(html`<ma-program-finder .catalog=${catalog} sync-url></ma-program-finder>`);
    await choose(el, 'state', 'TX');
    expect(new URLSearchParams(location.search).get('state')).to.equal('TX');
    await check(el, 'On campus');
    expect(new URLSearchParams(location.search).get('delivery')).to.equal('campus');
    expect(ids(el)).to.deep.equal(['hou', 'tmc', 'dal']);

    // "Reload": a new finder on the same URL starts from it.
    const again = await finder(html`<ma-program-finder .catalog=${catalog} sync-url></ma-program-finder>`);
    expect(ids(again)).to.deep.equal(['hou', 'tmc', 'dal']);
    expect($<HTMLSelectElement>(again, '#state').value).to.equal('TX');
    again.remove();

    // Back: the delivery filter goes away.
    const popped = oneEvent(window, 'popstate');
    history.back();
    await popped;
    await el.updateComplete;
    expect(new URLSearchParams(location.search).get('delivery')).to.equal(null);
    expect(ids(el)).to.deep.equal(['aus', 'onl', 'hou', 'tmc', 'katy', 'dal']);
  });

  it('restores the sort from the URL on back', async () => {
    const el = await finder(html`<ma-program-finder .catalog=${catalog} sync-url></ma-program-finder>`);
    await choose(el, 'sort', 'name');
    expect(new URLSearchParams(location.search).get('sort')).to.equal('name');
    const popped = oneEvent(window, 'popstate');
    history.back();
    await popped;
    await el.updateComplete;
    expect($<HTMLSelectElement>(el, '#sort').value).to.equal('relevance');
    expect(ids(el)[0]).to.equal('sj');
  });

  it('keeps working when the page may not change its URL (sandboxed iframe: SecurityError)', async () => {
    const denied = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    sinon.stub(history, 'pushState').callsFake(denied);
    sinon.stub(history, 'replaceState').callsFake(denied);
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => {
      errors.push(e.error);
      e.preventDefault();
    };
    window.addEventListener('error', onError);
    try {
      const el = await finder(html`<ma-program-finder .catalog=${catalog} sync-url></ma-program-finder>`);
      await type(el, 'q', 'b');
      await type(el, 'q', 'bayou');
      await choose(el, 'state', 'TX');
      expect(errors).to.deep.equal([]);
      expect(ids(el)).to.deep.equal(['hou']);
    } finally {
      window.removeEventListener('error', onError);
      sinon.restore();
    }
  });

  it('does not touch the URL without sync-url', async () => {
    const el = await finder();
    await choose(el, 'state', 'TX');
    expect(location.href).to.equal(start);
  });
});

describe('<ma-program-finder>: keyboard', () => {
  it('can be used with the keyboard alone: search, filter, sort, follow a link, compare', async () => {
    const el = await finder(html`<ma-program-finder .catalog=${catalog} page-size="2"></ma-program-finder>`);
    const selected: ProgramSelectEvent[] = [];
    el.addEventListener('ma-program-select', (e) => selected.push(e as ProgramSelectEvent));
    // Stay on the test page when a link is followed.
    root(el).addEventListener('click', (e) => (e.target as Element).closest('a') && e.preventDefault());
    $(el, '#q').focus();
    await sendKeys({ type: 'medical' });
    await el.updateComplete;
    expect(ids(el)).to.have.length(2);
    // Tab to the state select and pick with the arrow keys.
    await sendKeys({ press: 'Tab' }); // filters toggle is hidden on a wide layout
    expect(root(el).activeElement?.id).to.equal('state');
    await sendKeys({ press: 'ArrowDown' }); // AZ
    await el.updateComplete;
    expect($<HTMLSelectElement>(el, '#state').value).to.equal('AZ');
    expect(ids(el)).to.deep.equal(['onl']);
    // Space ticks a checkbox.
    await choose(el, 'state', '');
    const online = [...root(el).querySelectorAll<HTMLInputElement>('input[name="delivery"]')][0];
    online.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(root(el).activeElement, 'focus').to.equal(online);
    expect(online.checked, 'checked').to.equal(true);
    expect(ids(el)).to.deep.equal(['onl', 'chi']);
    // Sort, then Enter on a program link, then Space on its Compare box.
    $(el, '#sort').focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect($<HTMLSelectElement>(el, '#sort').value).to.equal('shortest');
    $(el, '.card a').focus();
    await sendKeys({ press: 'Enter' });
    expect(selected.map((e) => e.detail.id)).to.deep.equal(['onl']);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(($(el, '.card .foot input') as HTMLInputElement).checked).to.equal(true);
  });

  it('folds filters behind a disclosure button in a narrow column', async () => {
    const el = await finder(html`<div style="width: 360px"><ma-program-finder .catalog=${catalog}></ma-program-finder></div>`).then(
      (d) => d.querySelector('ma-program-finder')! as MaProgramFinder,
    );
    await el.updateComplete;
    const toggle = $(el, '.toggle');
    const filters = $(el, '#filters');
    expect(getComputedStyle(toggle).display).to.not.equal('none');
    expect(getComputedStyle(filters).display).to.equal('none');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(getComputedStyle(filters).display).to.not.equal('none');
    await expect(el).to.be.accessible();
  });
});
