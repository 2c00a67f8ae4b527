import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/program-finder/program-finder.define.js';
import type { MaProgramFinder } from '../../../src/components/program-finder/program-finder.js';
import { programs } from './catalog.js';
import { makeCatalog } from '../../programs/make-program.js';

// A catalog large enough to be validated and indexed in slices (over 500 programs).
const big = makeCatalog(Array.from({ length: 1200 }, (_, i) => ({ ...programs[i % programs.length], id: `big-${i}` })));
const count = (el: MaProgramFinder) => el.shadowRoot!.querySelector('[part~="count"]')?.textContent?.replace(/\s+/g, ' ').trim();

describe('<ma-program-finder> with a large catalog', () => {
  it('keeps its loading state while it checks and indexes the programs, then shows every one', async () => {
    const el = await fixture<MaProgramFinder>(html`<ma-program-finder .catalog=${big}></ma-program-finder>`);
    expect(el.shadowRoot!.querySelector('[role="status"]')?.textContent).to.contain('Loading');
    await expect(el).to.be.accessible();
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="card"]'), 'no results', { timeout: 10000 });
    expect(count(el)).to.contain('1200');
    expect(el.shadowRoot!.querySelectorAll('[part~="card"]').length).to.equal(20);
    await expect(el).to.be.accessible();
  });

  it('shows its error state, not an exception in the page, when the catalog is broken behind its back while it loads', async () => {
    const onerror: ErrorEvent[] = [];
    const listen = (e: ErrorEvent) => onerror.push(e);
    window.addEventListener('error', listen);
    // Valid when handed over, then broken by the host page while the widget checks and indexes it in slices.
    const broken = makeCatalog(Array.from({ length: 800 }, (_, i) => ({ ...programs[i % programs.length], id: `b-${i}` })));
    const el = await fixture<MaProgramFinder>(html`<ma-program-finder .catalog=${broken}></ma-program-finder>`);
    for (const p of broken.programs) (p as { location?: unknown }).location = undefined;
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="card"], [role="alert"]'), 'never left loading', { timeout: 10000 });
    window.removeEventListener('error', listen);
    expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent).to.match(/could not be loaded|went wrong/);
    expect(el.shadowRoot!.querySelector('[part~="card"]')).to.equal(null);
    expect(onerror).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
