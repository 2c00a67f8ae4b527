// Publisher settings win, and each finder owns its URL parameters (issue 10).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../../src/components/program-finder/program-finder.define.js';
import type { MaProgramFinder } from '../../../src/components/program-finder/program-finder.js';
import { catalog } from './catalog.js';
import { loadValidator } from '../../../src/catalog/check.js';

// Hand-made catalog objects (no checksum) render at once once the validator is loaded, as an app does with `await loadValidator()`.
before(() => loadValidator());

const root = (el: HTMLElement) => el.shadowRoot!;
const $ = <T extends HTMLElement = HTMLElement>(el: HTMLElement, sel: string) => root(el).querySelector<T>(sel)!;
const ids = (el: HTMLElement) => [...root(el).querySelectorAll<HTMLElement>('.card')].map((c) => c.dataset.id);
const params = () => new URLSearchParams(location.search);

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

describe('<ma-program-finder>: publisher settings win over the URL', () => {
  let start: string;
  beforeEach(() => (start = location.href));
  afterEach(() => history.replaceState(null, '', start));
  const open = (search: string) => history.replaceState(null, '', location.pathname + search);
  const locked = () => fixture<MaProgramFinder>(html`<ma-program-finder .catalog=${catalog} state="TX" hide-filters="state" sync-url></ma-program-finder>`);

  it('keeps a locked state under ?state=IL', async () => {
    open('?state=IL');
    const el = await locked();
    expect(ids(el)).to.deep.equal(['aus', 'onl', 'hou', 'tmc', 'katy', 'dal']);
    await expect(el).to.be.accessible();
  });

  it('keeps a locked state under ?delivery=online, and applies the delivery over it', async () => {
    open('?delivery=online');
    const el = await locked();
    // Texas + online: onl (takes students from anywhere), not chi (IL, IN, WI only).
    expect(ids(el)).to.deep.equal(['onl']);
  });

  it('keeps a removed attribute filter removed after a reload', async () => {
    const el = await fixture<MaProgramFinder>(html`<ma-program-finder .catalog=${catalog} state="TX" sync-url></ma-program-finder>`);
    await choose(el, 'state', '');
    expect(params().get('state')).to.equal('');
    expect(ids(el)).to.have.length(8);
    const again = await fixture<MaProgramFinder>(html`<ma-program-finder .catalog=${catalog} state="TX" sync-url></ma-program-finder>`);
    expect(ids(again)).to.have.length(8);
  });
});

describe('<ma-program-finder>: two finders on one page', () => {
  let start: string;
  beforeEach(() => (start = location.href));
  afterEach(() => history.replaceState(null, '', start));

  it('each writes and reads only its own parameters (sync-url="finder2")', async () => {
    const wrap = await fixture<HTMLElement>(html`<div>
      <ma-program-finder class="one" .catalog=${catalog} sync-url></ma-program-finder>
      <ma-program-finder class="two" .catalog=${catalog} sync-url="finder2"></ma-program-finder>
    </div>`);
    const [one, two] = [...wrap.querySelectorAll('ma-program-finder')] as MaProgramFinder[];
    await type(one, 'q', 'bayou');
    await choose(two, 'state', 'CA');
    expect(params().get('q')).to.equal('bayou');
    expect(params().get('finder2.state')).to.equal('CA');
    expect(params().get('state')).to.equal(null);
    expect(ids(one)).to.deep.equal(['hou']);
    // "Reload": each finder starts from its own parameters.
    const again = await fixture<HTMLElement>(html`<div>
      <ma-program-finder .catalog=${catalog} sync-url></ma-program-finder>
      <ma-program-finder .catalog=${catalog} sync-url="finder2"></ma-program-finder>
    </div>`);
    const [a, b] = [...again.querySelectorAll('ma-program-finder')] as MaProgramFinder[];
    await a.updateComplete;
    expect(ids(a)).to.deep.equal(['hou']);
    expect(ids(b)).to.deep.equal(['sj', 'onl']);
    expect($<HTMLInputElement>(b, '#q').value).to.equal('');
  });
});

describe('<ma-program-finder>: history', () => {
  let start: string;
  beforeEach(() => (start = location.href));
  afterEach(() => history.replaceState(null, '', start));

  it('does not reset paging on a host router’s popstate that leaves its parameters alone', async () => {
    const el = await fixture<MaProgramFinder>(html`<ma-program-finder .catalog=${catalog} page-size="3" sync-url></ma-program-finder>`);
    $(el, '[part="more"]').click();
    await el.updateComplete;
    expect(ids(el)).to.have.length(6);
    history.pushState(null, '', `${location.pathname}?tab=reviews`);
    dispatchEvent(new PopStateEvent('popstate'));
    await el.updateComplete;
    expect(ids(el)).to.have.length(6);
  });

  it('adds one history entry for a ZIP typed and edited, not one per keystroke', async () => {
    const el = await fixture<MaProgramFinder>(html`<ma-program-finder .catalog=${catalog} sync-url></ma-program-finder>`);
    // Counted on pushState itself: history.length stops growing at 50 entries, which a long test run reaches.
    const push = sinon.spy(history, 'pushState');
    try {
      for (const v of ['7', '77', '770', '7700', '77002', '7700', '77030']) await type(el, 'zip', v);
      expect(params().get('zip')).to.equal('77030');
      expect(push.callCount).to.equal(1);
    } finally {
      push.restore();
    }
  });
});

describe('<ma-program-finder>: a quiz hand-off', () => {
  it('lays the answers over the filters but never over a locked one', async () => {
    const el = await fixture<MaProgramFinder>(html`<ma-program-finder .catalog=${catalog} state="IL" hide-filters="state"></ma-program-finder>`);
    expect(ids(el)).to.deep.equal(['onl', 'chi']);
    // What <ma-get-matched> calls on its finder (never an event: the answers may hold a ZIP).
    el.applyMatch({ state: 'TX', credential: ['associate'] });
    await el.updateComplete;
    // Still Illinois (locked), now associate degrees only: the online Chicago program, not Austin's (TX).
    expect(ids(el)).to.deep.equal(['chi']);
  });
});

describe('<ma-program-finder>: ZIP lookups (@lit/task)', () => {
  it('says it is looking up, and shows the last ZIP typed, never an earlier lookup that finished late', async () => {
    const el = await fixture<MaProgramFinder>(html`<ma-program-finder .catalog=${catalog}></ma-program-finder>`);
    await type(el, 'zip', '77002');
    expect($(el, '#zip-msg').textContent).to.contain('Looking up');
    await type(el, 'zip', '78701');
    await waitUntil(() => !$(el, '#zip-msg').textContent!.includes('Looking up'), 'ZIP located', { timeout: 5000 });
    await el.updateComplete;
    // Austin within 25 miles (and online), not Houston.
    expect(ids(el)).to.deep.equal(['aus', 'onl']);
    expect($<HTMLSelectElement>(el, '#sort').value).to.equal('distance');
    expect($(el, '#zip-msg').textContent).to.not.contain('Looking up');
  });
});
