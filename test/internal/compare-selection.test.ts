// CompareSelection: the one selection protocol the finder and <ma-program-compare follow> share.
// First on small hosts of its own (so the controller is tested apart from either widget), then with
// the real widgets: two finders and one comparison that follows one of them with for=.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { CompareSelection } from '../../src/internal/compare-selection.js';
import { CompareChangeEvent, MAX_COMPARE } from '../../src/events.js';
import '../../src/components/program-finder/program-finder.define.js';
import '../../src/components/program-compare/program-compare.define.js';
import type { MaProgramFinder } from '../../src/components/program-finder/program-finder.js';
import type { MaProgramCompare } from '../../src/components/program-compare/program-compare.js';
import { catalog } from '../components/program-finder/catalog.js';
import { loadValidator } from '../../src/catalog/check.js';

// Hand-made catalog objects (no checksum) render at once once the validator is loaded, as an app does with `await loadValidator()`.
before(() => loadValidator());

class TestFinder extends ReactiveElement {
  readonly selection = new CompareSelection(this, { role: 'finder' });
}
class TestFollower extends ReactiveElement {
  static override properties = { follow: { type: Boolean } };
  declare follow: boolean;
  readonly selection = new CompareSelection(this, { role: 'follower', active: () => this.follow, from: () => this.getAttribute('for') ?? '' });
  constructor() {
    super();
    this.follow = false;
  }
}
customElements.define('test-selection-finder', TestFinder);
customElements.define('test-selection-follower', TestFollower);

const settle = async (...els: ReactiveElement[]) => {
  for (const el of els) await el.updateComplete;
};

describe('CompareSelection', () => {
  it('a follower joining late gets what a finder already has (it asks; the finder answers)', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><test-selection-finder></test-selection-finder></div>`);
    const finder = wrap.querySelector<TestFinder>('test-selection-finder')!;
    finder.selection.choose(['a', 'b']);
    const asked = oneEvent(document, 'ma-compare-request');
    const follower = document.createElement('test-selection-follower') as TestFollower;
    follower.follow = true;
    wrap.append(follower);
    await asked;
    await settle(follower);
    expect(follower.selection.ids).to.deep.equal(['a', 'b']);
  });

  it('a follower without follow neither asks nor hears', async () => {
    const follower = await fixture<TestFollower>(html`<test-selection-follower></test-selection-follower>`);
    expect(follower.selection.listening).to.equal(false);
    document.body.dispatchEvent(new CompareChangeEvent({ ids: ['a'] }));
    expect(follower.selection.ids).to.deep.equal([]);
    follower.follow = true;
    await settle(follower);
    expect(follower.selection.listening).to.equal(true);
    document.body.dispatchEvent(new CompareChangeEvent({ ids: ['a'] }));
    expect(follower.selection.ids).to.deep.equal(['a']);
  });

  it('two finders and a follower with for=: the follower hears only the finder it names, the finders hear each other', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <test-selection-finder id="one"></test-selection-finder>
      <test-selection-finder id="two"></test-selection-finder>
      <test-selection-follower for="two" follow></test-selection-follower>
    </div>`);
    const [one, two] = wrap.querySelectorAll<TestFinder>('test-selection-finder');
    const follower = wrap.querySelector<TestFollower>('test-selection-follower')!;
    one.selection.choose(['a']);
    expect(two.selection.ids).to.deep.equal(['a']);
    expect(follower.selection.ids).to.deep.equal([]);
    two.selection.choose(['b', 'c']);
    expect(follower.selection.ids).to.deep.equal(['b', 'c']);
    expect(one.selection.ids).to.deep.equal(['b', 'c']);
    // Its own announcement (a removal) counts too.
    follower.selection.choose(['c']);
    expect(follower.selection.ids).to.deep.equal(['c']);
  });

  it('a finder keeps at most MAX_COMPARE of an announced selection', async () => {
    const finder = await fixture<TestFinder>(html`<test-selection-finder></test-selection-finder>`);
    document.body.dispatchEvent(new CompareChangeEvent({ ids: ['a', 'b', 'c', 'd', 'e', 'f'] }));
    expect(finder.selection.ids).to.have.length(MAX_COMPARE);
    expect(finder.selection.ids).to.deep.equal(['a', 'b', 'c', 'd']);
  });

  it('removes its document listeners on disconnect and adds them back on reconnect', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <test-selection-finder></test-selection-finder>
      <test-selection-follower follow></test-selection-follower>
    </div>`);
    const finder = wrap.querySelector<TestFinder>('test-selection-finder')!;
    const follower = wrap.querySelector<TestFollower>('test-selection-follower')!;
    finder.remove();
    follower.remove();
    expect(finder.selection.listening).to.equal(false);
    expect(follower.selection.listening).to.equal(false);
    document.body.dispatchEvent(new CompareChangeEvent({ ids: ['x'] }));
    expect(finder.selection.ids).to.deep.equal([]);
    expect(follower.selection.ids).to.deep.equal([]);
    // A removed finder does not answer a request.
    finder.selection.ids = ['kept'];
    let answered = false;
    const spy = () => (answered = true);
    document.addEventListener('ma-compare-change', spy);
    document.body.dispatchEvent(new Event('ma-compare-request', { bubbles: true, composed: true }));
    document.removeEventListener('ma-compare-change', spy);
    expect(answered).to.equal(false);
    wrap.append(finder);
    expect(finder.selection.listening).to.equal(true);
    document.body.dispatchEvent(new CompareChangeEvent({ ids: ['y'] }));
    expect(finder.selection.ids).to.deep.equal(['y']);
  });
});

describe('CompareSelection in the widgets: two finders and one comparison with for=', () => {
  const boxes = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('.card input[type="checkbox"]')];
  const ticked = (el: HTMLElement) => boxes(el).filter((b) => b.checked).map((b) => b.closest<HTMLElement>('.card')!.dataset.id);
  const columns = (el: MaProgramCompare) => el.shadowRoot!.querySelectorAll('thead th').length;

  it('the preset is the named finder\'s starting selection only, kept when a third is ticked; the other finder does not drive the comparison', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <ma-program-finder id="one" .catalog=${catalog}></ma-program-finder>
      <ma-program-compare follow for="two" programs="sj,hou" .catalog=${catalog}></ma-program-compare>
      <ma-program-finder id="two" .catalog=${catalog}></ma-program-finder>
    </div>`);
    const one = wrap.querySelector<MaProgramFinder>('#one')!;
    const two = wrap.querySelector<MaProgramFinder>('#two')!;
    const compare = wrap.querySelector<MaProgramCompare>('ma-program-compare')!;
    await settle(one, two, compare);
    await settle(one, two, compare);
    expect(ticked(two)).to.deep.equal(['sj', 'hou']);
    expect(ticked(one), 'a comparison meant for another finder is not this one\'s preset').to.deep.equal([]);
    expect(columns(compare)).to.equal(2);

    // A third in the named finder: the preset stays, the comparison shows three.
    const third = boxes(two).find((b) => !b.checked)!;
    const id = third.closest<HTMLElement>('.card')!.dataset.id;
    setTimeout(() => third.click());
    const e = (await oneEvent(two, 'ma-compare-change')) as CompareChangeEvent;
    expect(e.detail.ids).to.deep.equal(['sj', 'hou', id]);
    await settle(compare, one);
    expect(columns(compare)).to.equal(3);
    // The other finder shows the same ticks (finders keep in step).
    expect(ticked(one).sort()).to.deep.equal(['sj', 'hou', id!].sort());

    // A change in the other finder: it is announced, and the comparison (for="two") does not follow it.
    boxes(one).find((b) => b.checked)!.click();
    await settle(one, two, compare);
    expect(ticked(one)).to.have.length(2);
    expect(columns(compare)).to.equal(3);
  });
});
