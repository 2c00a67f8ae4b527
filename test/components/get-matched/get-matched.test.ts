import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../../src/components/get-matched/get-matched.define.js';
import '../../../src/components/program-finder/program-finder.define.js';
import type { MaGetMatched } from '../../../src/components/get-matched/get-matched.js';
import type { MatchCompleteEvent, MatchResultsEvent } from '../../../src/events.js';
import { A, B, C, E, F, PROGRAMS, makeCatalog } from '../../fixtures/get-matched/catalog.js';
import { loadValidator } from '../../../src/catalog/check.js';

// Hand-made catalog objects (no checksum) render at once once the validator is loaded, as an app does with `await loadValidator()`.
before(() => loadValidator());

const catalog = makeCatalog();
const root = (el: HTMLElement) => el.shadowRoot!;
const text = (n: Node | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const heading = (el: HTMLElement) => text(root(el).querySelector('h2'));
const progress = (el: HTMLElement) => text(root(el).querySelector('[part="progress"]'));
const button = (el: HTMLElement, label: string) =>
  [...root(el).querySelectorAll<HTMLElement>('button, a.btn')].find((b) => text(b) === label) as HTMLElement;
const option = (el: HTMLElement, label: string) =>
  [...root(el).querySelectorAll('label.option')].find((l) => text(l) === label)!.querySelector('input')!;
const cards = (el: HTMLElement) => [...root(el).querySelectorAll('[part="card"]')];
const cardNames = (el: HTMLElement) => cards(el).map((c) => text(c.querySelector('h3')));

async function quiz(attrs: { questions?: string; limit?: number; resultsUrl?: string; lang?: string } = {}) {
  const el = await fixture<MaGetMatched>(html`<ma-get-matched .catalog=${catalog}></ma-get-matched>`);
  Object.assign(el, attrs);
  await el.updateComplete;
  return el;
}

/** Clicks a button and waits until the step's heading changes (the ZIP check is asynchronous). */
async function go(el: MaGetMatched, label: string) {
  const before = heading(el) + progress(el);
  button(el, label).click();
  await waitUntil(() => heading(el) + progress(el) !== before, `"${label}" did not change the step`);
  await el.updateComplete;
}

async function pick(el: MaGetMatched, label: string) {
  option(el, label).click();
  await el.updateComplete;
}

async function typeZip(el: MaGetMatched, zip: string) {
  const input = root(el).querySelector<HTMLInputElement>('#zip')!;
  input.value = zip;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

/** Answers every question like the unit test's full answer set, checking each step on the way. */
async function answerAll(el: MaGetMatched) {
  const steps: [string, () => Promise<void>][] = [
    ['Where do you want to study?', async () => {
      await pick(el, 'Near a ZIP code');
      await typeZip(el, '78701');
    }],
    ['How do you want to take classes?', () => pick(el, 'On campus')],
    ['What do you want to earn?', () => pick(el, 'Certificate or diploma (often 9–12 months)')],
    ['When do you want to start?', () => pick(el, 'Within 3 months')],
    ['What is the most you want to pay in tuition?', () => pick(el, 'Up to $15,000')],
    ['When can you go to class?', () => pick(el, 'Evenings')],
    ['In which language do you want to study?', () => pick(el, 'Spanish')],
    ['Does it matter that you can take the CMA exam when you finish?', () => pick(el, 'Yes, it matters')],
  ];
  for (const [i, [q, answer]] of steps.entries()) {
    expect(heading(el)).to.equal(q);
    expect(progress(el)).to.equal(`Step ${i + 1} of 8`);
    await answer();
    await expect(el).to.be.accessible();
    await go(el, i === steps.length - 1 ? 'See my matches' : 'Next');
    // Focus follows the new step's heading.
    expect(root(el).activeElement).to.equal(root(el).querySelector('h2'));
  }
}

describe('<ma-get-matched>', () => {
  afterEach(() => sinon.restore());

  it('shows a loading state while the catalog loads', async () => {
    sinon.stub(window, 'fetch').returns(new Promise(() => undefined));
    const el = await fixture<MaGetMatched>(html`<ma-get-matched src="/slow-match.json"></ma-get-matched>`);
    expect(text(root(el).querySelector('[role="status"]'))).to.equal('Loading the program quiz…');
    await expect(el).to.be.accessible();
  });

  it('shows an accessible error when the catalog cannot be loaded', async () => {
    const el = await fixture<MaGetMatched>(html`<ma-get-matched src="/test/fixtures/get-matched/missing.json"></ma-get-matched>`);
    await oneEvent(el, 'ma-catalog-error');
    expect(root(el).querySelector('[role="alert"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says so when the catalog has no programs', async () => {
    const el = await fixture<MaGetMatched>(html`<ma-get-matched .catalog=${makeCatalog([])}></ma-get-matched>`);
    expect(text(root(el).querySelector('[part="empty"]'))).to.equal('There are no programs to match yet.');
    expect(root(el).querySelector('form')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('starts at step 1 without taking focus, and promises no personal data', async () => {
    const el = await quiz();
    expect(progress(el)).to.equal('Step 1 of 8');
    expect(root(el).activeElement).to.equal(null);
    expect(text(root(el).querySelector('form'))).to.contain('We do not ask for your name, email or phone');
    expect(root(el).querySelector('input[type="email"], input[type="tel"], input[name="name"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('asks each question in turn, ranks the fixed catalog and explains each match', async () => {
    const el = await quiz();
    const done = oneEvent(el, 'ma-match-complete') as Promise<MatchCompleteEvent>;
    await answerAll(el);
    const ev = await done;
    // See match.test.ts for the rules. Only campuses within 25 miles of Austin are matches
    // (the online A, Houston's hybrid D and Los Angeles' E are not): C fits 6 of 7; B and its
    // sponsored twin F fit 5.
    expect(heading(el)).to.equal('Your best matches');
    expect(cardNames(el)).to.deep.equal(['Program roundrock-diploma', 'Program austin-campus', 'Sponsored twin']);
    expect(text(root(el).querySelector('[role="status"]'))).to.equal('3 programs fit where and how you want to study.');
    const [c, b] = cards(el);
    const items = (card: Element, cls: string) => [...card.querySelectorAll(`ul.${cls} li`)].map(text);
    expect(text(c)).to.contain('Fits 6 of your 7 answers');
    expect(items(c, 'yes')).to.deep.equal(['Within 25 miles', 'On campus', 'Diploma', 'Within your budget ($15,000)', 'Classes: Evenings', 'Taught in Spanish']);
    expect(items(c, 'no')).to.deep.equal(['Does not lead to the CMA exam']);
    expect(items(b, 'no')).to.deep.equal(['Classes: Days', 'Not taught in Spanish']);
    expect(text(cards(el)[2])).to.contain('Sponsored');
    expect(text(c)).not.to.contain('Sponsored');
    // The start answer does not rank, but is turned into advice.
    expect(text(root(el).querySelector('.note'))).to.contain('start within 3 months');
    await expect(el).to.be.accessible();

    // The event: enums, numbers and ids only; no ZIP code, nothing typed.
    expect(ev.detail).to.deep.equal({
      answers: { where: 'zip', radius: 25, delivery: 'campus', credential: 'certificate', start: 3, budget: 15000, schedule: ['evening'], language: 'es', cma: 'yes' },
      ids: [C.id, B.id, F.id],
    });
    expect(JSON.stringify(ev.detail)).not.to.contain('78701');
    for (const v of Object.values(ev.detail.answers).flat()) expect(typeof v === 'number' || /^[a-z]+$/.test(String(v)), String(v)).to.equal(true);
  });

  it('never ranks a program higher for being sponsored, and labels it', async () => {
    const el = await quiz({ questions: 'location', limit: 6 });
    await pick(el, 'In a state');
    root(el).querySelector<HTMLSelectElement>('#state')!.value = 'TX';
    root(el).querySelector<HTMLSelectElement>('#state')!.dispatchEvent(new Event('change'));
    await go(el, 'See my matches');
    const names = cardNames(el);
    // F is B's sponsored twin: equal fit, so it stays after B.
    expect(names.indexOf('Sponsored twin')).to.be.greaterThan(names.indexOf('Program austin-campus'));
    expect(text(cards(el)[names.indexOf('Sponsored twin')])).to.contain('Sponsored');
    expect(text(cards(el)[names.indexOf('Program austin-campus')])).not.to.contain('Sponsored');
  });

  it('lets every question be skipped, and then keeps catalog order', async () => {
    const el = await quiz();
    const done = oneEvent(el, 'ma-match-complete') as Promise<MatchCompleteEvent>;
    for (let i = 1; i <= 8; i++) {
      expect(progress(el)).to.equal(`Step ${i} of 8`);
      await go(el, 'Skip');
    }
    expect(cardNames(el)).to.have.length(5);
    expect((await done).detail).to.deep.equal({ answers: {}, ids: PROGRAMS.slice(0, 5).map((p) => p.id) });
    expect(text(cards(el)[0])).to.contain('You skipped the questions');
  });

  it('skipping forgets that step\'s answer', async () => {
    const el = await quiz({ questions: 'delivery,credential' });
    await pick(el, 'Online');
    await go(el, 'Skip');
    await go(el, 'Back');
    expect(option(el, 'Online').checked).to.equal(false);
  });

  it('keeps answers going back and forward', async () => {
    const el = await quiz();
    await pick(el, 'Online only');
    await go(el, 'Next');
    await pick(el, 'Hybrid');
    await go(el, 'Next');
    expect(progress(el)).to.equal('Step 3 of 8');
    await go(el, 'Back');
    expect(option(el, 'Hybrid').checked).to.equal(true);
    await go(el, 'Back');
    expect(progress(el)).to.equal('Step 1 of 8');
    expect(option(el, 'Online only').checked).to.equal(true);
    expect(root(el).activeElement).to.equal(root(el).querySelector('h2'));
    await go(el, 'Next');
    expect(option(el, 'Hybrid').checked).to.equal(true);
  });

  it('lets several class times be chosen', async () => {
    const el = await quiz({ questions: 'schedule' });
    await pick(el, 'Evenings');
    await pick(el, 'Weekends');
    await pick(el, 'Evenings');
    const done = oneEvent(el, 'ma-match-complete') as Promise<MatchCompleteEvent>;
    await go(el, 'See my matches');
    expect((await done).detail.answers).to.deep.equal({ schedule: ['weekend'] });
    expect(cardNames(el)[0]).to.equal('Program alamo-online');
  });

  it('refuses a malformed or unknown ZIP with an announced message on the field', async () => {
    const el = await quiz();
    await pick(el, 'Near a ZIP code');
    await typeZip(el, '123');
    button(el, 'Next').click();
    await el.updateComplete;
    await el.updateComplete;
    const input = root(el).querySelector<HTMLInputElement>('#zip')!;
    expect(text(root(el).querySelector('[role="alert"]'))).to.equal('Enter a 5-digit ZIP code, or skip this question.');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')).to.equal('err');
    expect(root(el).activeElement).to.equal(input);
    expect(progress(el)).to.equal('Step 1 of 8');
    await expect(el).to.be.accessible();

    await typeZip(el, '00000');
    button(el, 'Next').click();
    await waitUntil(() => text(root(el).querySelector('[role="alert"]')).includes('00000'));
    expect(text(root(el).querySelector('[role="alert"]'))).to.equal('We could not find ZIP code 00000. Check it, or choose a state instead.');
    expect(progress(el)).to.equal('Step 1 of 8');
  });

  it('a double press of Next while the ZIP is checked moves one step only', async () => {
    const el = await quiz();
    await pick(el, 'Near a ZIP code');
    await typeZip(el, '78701');
    button(el, 'Next').click();
    button(el, 'Next').click();
    await waitUntil(() => progress(el) !== 'Step 1 of 8');
    await new Promise((r) => setTimeout(r, 50));
    expect(progress(el)).to.equal('Step 2 of 8');
  });

  it('Skip during the ZIP check moves one step only', async () => {
    const el = await quiz({ questions: 'location,delivery,credential' });
    await pick(el, 'Near a ZIP code');
    await typeZip(el, '78701');
    button(el, 'Next').click();
    button(el, 'Skip').click();
    await waitUntil(() => progress(el) !== 'Step 1 of 3');
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(progress(el)).to.equal('Step 2 of 3');
  });

  it('Back during the ZIP check goes back one step only', async () => {
    const el = await quiz({ questions: 'delivery,location,credential' });
    await go(el, 'Next');
    await pick(el, 'Near a ZIP code');
    await typeZip(el, '78701');
    button(el, 'Next').click();
    button(el, 'Back').click();
    await waitUntil(() => progress(el) !== 'Step 2 of 3');
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(progress(el)).to.equal('Step 1 of 3');
  });

  it('switching from a ZIP to a state forgets the typed ZIP and radius', async () => {
    const finder = document.createElement('ma-program-finder');
    document.body.append(finder);
    try {
      const el = await quiz({ questions: 'location' });
      await pick(el, 'Near a ZIP code');
      await typeZip(el, 'ab12x');
      await pick(el, 'In a state');
      const done = oneEvent(el, 'ma-match-complete') as Promise<MatchCompleteEvent>;
      await go(el, 'See my matches');
      expect((await done).detail.answers).to.deep.equal({ where: 'state', state: 'CA' });
      setTimeout(() => button(el, 'See all matching programs').click());
      const ev = (await oneEvent(document, 'ma-match-results')) as MatchResultsEvent;
      // A (online, reaches California) and E (Los Angeles).
      expect(ev.detail).to.deep.equal({ answers: { where: 'state', state: 'CA' }, count: 2 });
      // Back to a ZIP: the field starts empty, and the state is forgotten in turn.
      await go(el, 'Change my answers');
      await pick(el, 'Near a ZIP code');
      expect(root(el).querySelector<HTMLInputElement>('#zip')!.value).to.equal('');
      await typeZip(el, '78701');
      await go(el, 'See my matches');
      setTimeout(() => button(el, 'See all matching programs').click());
      const again = (await oneEvent(document, 'ma-match-results')) as MatchResultsEvent;
      // No ZIP code in the event: the finder gets it by a direct call.
      expect(again.detail).to.deep.equal({ answers: { where: 'zip', radius: 25 }, count: 4 });
      expect(JSON.stringify(again.detail)).not.to.contain('78701');
    } finally {
      finder.remove();
    }
  });

  it('offers the catalog\'s states, sorted, once each, and takes the first when none is chosen', async () => {
    const el = await quiz({ questions: 'location' });
    await pick(el, 'In a state');
    expect([...root(el).querySelectorAll('#state option')].map(text)).to.deep.equal(['CA', 'TX']);
    const done = oneEvent(el, 'ma-match-complete') as Promise<MatchCompleteEvent>;
    await go(el, 'See my matches');
    expect((await done).detail.answers).to.deep.equal({ where: 'state', state: 'CA' });
  });

  it('places a campus known by ZIP only at its ZIP, like the finder', async () => {
    // Round Rock (78664) is about 17 miles from Austin (78701); the campus has no coordinates.
    const byZip = { ...C, location: { city: 'Round Rock', state: 'TX', zip: '78664' } };
    const el = await fixture<MaGetMatched>(html`<ma-get-matched .catalog=${makeCatalog([byZip])} questions="location"></ma-get-matched>`);
    await pick(el, 'Near a ZIP code');
    await typeZip(el, '78701');
    await go(el, 'See my matches');
    const card = cards(el)[0];
    expect([...card.querySelectorAll('ul.yes li')].map(text)).to.deep.equal(['Within 25 miles']);
    expect(text(card)).not.to.contain('Not reported');
  });

  it('asks only the questions the publisher chose', async () => {
    const el = await quiz({ questions: 'location,delivery,credential' });
    expect(progress(el)).to.equal('Step 1 of 3');
    await pick(el, 'Online only');
    await go(el, 'Next');
    expect(heading(el)).to.equal('How do you want to take classes?');
    await go(el, 'Next');
    expect(progress(el)).to.equal('Step 3 of 3');
    await pick(el, 'Associate degree (often 18–24 months)');
    await go(el, 'See my matches');
    expect(cardNames(el)[0]).to.equal('Program alamo-online');
    expect(text(cards(el)[0])).to.contain('Fits 1 of your 2 answers');
  });

  it('shows `limit` matches, and says when the catalog is sample data', async () => {
    const el = await quiz({ questions: 'cma', limit: 2 });
    await go(el, 'See my matches');
    expect(cards(el)).to.have.length(2);
    expect(text(root(el))).not.to.contain('Sample data');
    el.catalog = { ...catalog, meta: { ...catalog.meta, sample: true } };
    await el.updateComplete;
    expect(text(root(el))).to.contain('Sample data for demonstration.');
  });

  it('opens results-url with the answers in its query string', async () => {
    const el = await quiz({ questions: 'location,delivery', resultsUrl: 'https://publisher.example/programs?ref=quiz' });
    await pick(el, 'Near a ZIP code');
    await typeZip(el, '78701');
    await go(el, 'Next');
    await pick(el, 'On campus');
    await go(el, 'See my matches');
    const link = button(el, 'See all matching programs') as HTMLAnchorElement;
    expect(link.href).to.equal('https://publisher.example/programs?ref=quiz&zip=78701&radius=25&delivery=campus');
    link.addEventListener('click', (e) => e.preventDefault());
    setTimeout(() => link.click());
    const ev = (await oneEvent(el, 'ma-match-results')) as MatchResultsEvent;
    // results-url is the one place the ZIP travels; the event does not carry it.
    expect(ev.detail).to.deep.equal({ answers: { where: 'zip', radius: 25, delivery: 'campus' }, count: 3 });
  });

  it('refuses a dangerous results-url and offers no hand-off without a finder', async () => {
    const el = await quiz({ questions: 'cma', resultsUrl: 'javascript:alert(1)' });
    await go(el, 'See my matches');
    expect(button(el, 'See all matching programs')).to.equal(undefined);
    expect(root(el).querySelector('a[href^="javascript"]')).to.equal(null);
  });

  it('hands the answers to a program finder on the page', async () => {
    const finder = document.createElement('ma-program-finder');
    document.body.append(finder);
    try {
      const el = await quiz({ questions: 'delivery' });
      await pick(el, 'Online');
      await go(el, 'See my matches');
      setTimeout(() => button(el, 'See all matching programs').click());
      const ev = (await oneEvent(document, 'ma-match-results')) as MatchResultsEvent;
      expect(ev.detail).to.deep.equal({ answers: { delivery: 'online' }, count: 1 });
      await el.updateComplete;
      expect(text(root(el).querySelector('.results > [role="status"]:last-child'))).to.contain('passed to the program finder');
    } finally {
      finder.remove();
    }
  });

  it('starts over and changes answers from the results', async () => {
    const el = await quiz({ questions: 'delivery,credential' });
    await pick(el, 'Online');
    await go(el, 'Next');
    await go(el, 'See my matches');
    await go(el, 'Change my answers');
    expect(progress(el)).to.equal('Step 1 of 2');
    expect(option(el, 'Online').checked).to.equal(true);
    await go(el, 'Next');
    await go(el, 'See my matches');
    await go(el, 'Start over');
    expect(option(el, 'Online').checked).to.equal(false);
  });

  it('speaks Spanish', async () => {
    const el = await quiz({ lang: 'es', questions: 'language,budget' });
    expect(progress(el)).to.equal('Paso 1 de 2');
    expect(heading(el)).to.equal('¿En qué idioma quiere estudiar?');
    await pick(el, 'español');
    await go(el, 'Siguiente');
    await go(el, 'Ver mis resultados');
    expect(heading(el)).to.equal('Los programas que más le convienen');
    expect(text(cards(el)[0])).to.contain('Se enseña en español');
    await expect(el).to.be.accessible();
  });

  describe('place is a constraint', () => {
    async function hybridInCalifornia(lang?: string) {
      const el = await quiz({ questions: 'location,delivery', lang });
      await pick(el, lang ? 'En un estado' : 'In a state');
      await go(el, lang ? 'Siguiente' : 'Next');
      await pick(el, lang ? 'Híbrido' : 'Hybrid');
      await go(el, lang ? 'Ver mis resultados' : 'See my matches');
      return el;
    }

    it('says plainly when nothing fits, and offers the closest, never as best matches', async () => {
      const finder = document.createElement('ma-program-finder');
      document.body.append(finder);
      try {
        const done = new Promise<MatchCompleteEvent>((ok) => document.addEventListener('ma-match-complete', (e) => ok(e as MatchCompleteEvent), { once: true }));
        // California is the first state; no hybrid program there (Houston's D is the only one).
        const el = await hybridInCalifornia();
        expect(heading(el)).to.equal('Closest to your answers');
        expect(text(root(el))).not.to.contain('best matches');
        expect(text(root(el).querySelector('[role="status"]'))).to.equal(
          'None of the 6 programs in this list fits where and how you want to study. These are the closest to your answers, not matches.',
        );
        expect([...root(el).querySelectorAll('h3.group')].map(text)).to.deep.equal(['Nearest campus programs', 'Online programs']);
        expect(cardNames(el)).to.deep.equal(['Program houston-associate', 'Program alamo-online']);
        // The Houston campus says where it is, and nothing calls it a match.
        expect(text(cards(el)[0].querySelector('ul.no'))).to.contain('Campus in TX');
        expect(text(root(el))).not.to.contain('Why this match');
        // Nothing matched, so there is nothing to hand to the finder.
        expect(button(el, 'See all matching programs')).to.equal(undefined);
        expect((await done).detail.ids).to.deep.equal([]);
        await expect(el).to.be.accessible();
      } finally {
        finder.remove();
      }
    });

    it('says it in Spanish', async () => {
      const el = await hybridInCalifornia('es');
      expect(heading(el)).to.equal('Lo más cercano a sus respuestas');
      expect([...root(el).querySelectorAll('h3.group')].map(text)).to.deep.equal(['Programas presenciales más cercanos', 'Programas en línea']);
      await expect(el).to.be.accessible();
    });

    it('never shows "study from anywhere" beside "online, not on campus"', async () => {
      const el = await quiz({ questions: 'location,delivery', limit: 6 });
      await pick(el, 'In a state');
      await go(el, 'Next');
      await pick(el, 'On campus');
      await go(el, 'See my matches');
      for (const card of cards(el)) {
        const all = text(card);
        expect(all.includes('study from anywhere') && all.includes('not on campus'), all).to.equal(false);
      }
      // Online programs are not matches for someone who wants a campus.
      expect(cardNames(el)).to.deep.equal(['Program la-campus']);
    });

    it('says how it ranks in one sentence, and sponsored programs get nothing extra', async () => {
      const el = await quiz({ questions: 'location' });
      await go(el, 'See my matches');
      const how = text(root(el).querySelector('.results > .muted.small'));
      expect(how.match(/[.!?](\s|$)/g)).to.have.length(1);
      expect(how).to.contain('sponsored programs get nothing extra');
    });
  });

  describe('the hand-off to a finder', () => {
    const finderIds = (f: HTMLElement) => [...f.shadowRoot!.querySelectorAll<HTMLElement>('.card')].map((c) => c.dataset.id);

    it('lands on the same programs the quiz counted, and no event carries the ZIP', async () => {
      const seen: string[] = [];
      const names = ['ma-match-complete', 'ma-match-results', 'ma-filter-change', 'ma-compare-change', 'ma-program-select', 'ma-catalog-load', 'ma-sort-change'];
      const spy = (e: Event) => seen.push(`${e.type} ${JSON.stringify((e as CustomEvent).detail)}`);
      names.forEach((n) => document.addEventListener(n, spy, true));
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <ma-program-finder .catalog=${catalog}></ma-program-finder>
        <ma-get-matched .catalog=${catalog} questions="location" limit="10"></ma-get-matched>
      </div>`);
      try {
        const finder = wrap.querySelector<HTMLElement>('ma-program-finder')!;
        const el = wrap.querySelector<MaGetMatched>('ma-get-matched')!;
        await el.updateComplete;
        await pick(el, 'Near a ZIP code');
        await typeZip(el, '78701');
        await go(el, 'See my matches');
        const quizIds = cards(el).length;
        expect(text(root(el).querySelector('[role="status"]'))).to.equal('4 programs fit where and how you want to study.');
        button(el, 'See all matching programs').click();
        // The finder looks the ZIP up itself.
        await waitUntil(() => finderIds(finder).length === quizIds, 'the finder did not show the quiz\'s programs');
        expect(finderIds(finder).sort()).to.deep.equal([A.id, B.id, C.id, F.id].sort());
        expect(seen.some((x) => x.startsWith('ma-match-results'))).to.equal(true);
        for (const x of seen) expect(x).not.to.contain('78701');
        await expect(el).to.be.accessible();
      } finally {
        names.forEach((n) => document.removeEventListener(n, spy, true));
      }
    });

    it('goes to the finder named by for=, else the first one on the page, inside shadow roots too', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <div id="host"></div>
        <ma-program-finder id="one" .catalog=${catalog}></ma-program-finder>
        <ma-program-finder id="two" .catalog=${catalog}></ma-program-finder>
      </div>`);
      // A finder inside a host page's own component, first in the page.
      const shadow = wrap.querySelector('#host')!.attachShadow({ mode: 'open' });
      const inner = document.createElement('ma-program-finder') as HTMLElement & { catalog: unknown };
      inner.catalog = catalog;
      shadow.append(inner);
      const calls: string[] = [];
      for (const f of [inner, ...wrap.querySelectorAll('ma-program-finder')])
        (f as unknown as { applyMatch: (x: unknown) => void }).applyMatch = (x) => calls.push(`${f.id || 'inner'} ${JSON.stringify(x)}`);
      const run = async (target: string) => {
        const el = await fixture<MaGetMatched>(html`<ma-get-matched .catalog=${catalog} questions="delivery" for=${target}></ma-get-matched>`);
        await pick(el, 'Online');
        await go(el, 'See my matches');
        button(el, 'See all matching programs').click();
      };
      await run('two');
      expect(calls).to.deep.equal(['two {"delivery":["online"]}']);
      await run('');
      expect(calls[1]).to.equal('inner {"delivery":["online"]}');
    });

    it('never overrides a filter the publisher locked on the finder', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <ma-program-finder state="CA" hide-filters="state" .catalog=${catalog}></ma-program-finder>
        <ma-get-matched .catalog=${catalog} questions="location"></ma-get-matched>
      </div>`);
      const finder = wrap.querySelector<HTMLElement>('ma-program-finder')!;
      const el = wrap.querySelector<MaGetMatched>('ma-get-matched')!;
      await el.updateComplete;
      await pick(el, 'In a state');
      root(el).querySelector<HTMLSelectElement>('#state')!.value = 'TX';
      root(el).querySelector<HTMLSelectElement>('#state')!.dispatchEvent(new Event('change'));
      await go(el, 'See my matches');
      button(el, 'See all matching programs').click();
      await (finder as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      // Still California (E, and the online A that reaches it), not a Texas list.
      expect(finderIds(finder).sort()).to.deep.equal([A.id, E.id].sort());
    });
  });

  it("draws each result with the finder's program card, the quiz's score and reasons inside it", async () => {
    const el = await fixture<MaGetMatched>(html`<ma-get-matched .catalog=${catalog} questions="delivery"></ma-get-matched>`);
    await pick(el, 'Online');
    await go(el, 'See my matches');
    const card = cards(el)[0];
    expect(card.localName).to.equal('li');
    expect(card.getAttribute('data-id')).to.equal(A.id);
    // The finder's parts: facts under their names, badges, the sources line.
    expect([...card.querySelectorAll('.facts dt')].map(text)).to.include.members(['Credential', 'Length']);
    expect(card.querySelector('.badges')).to.not.equal(null);
    expect(text(card.querySelector('.sources'))).to.match(/^Sources?: /);
    // The quiz's own: the score and the reasons, under its heading, before the sources.
    const reasons = card.querySelector('.reasons')!;
    expect(text(reasons.querySelector('h4'))).to.equal('Why this match');
    expect([...reasons.querySelectorAll('ul.yes li')].map(text)).to.deep.equal(['Online']);
    expect(reasons.compareDocumentPosition(card.querySelector('.sources')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    await expect(el).to.be.accessible();
  });

  it('shows school type and graduates with their year and source on the cards', async () => {
    const real = makeCatalog([
      { ...B, institution: { ...B.institution, control: 'public' }, completions: [{ year: '2023-24', awards: 37 }, { year: '2022-23', awards: 30 }], provenance: [{ source: 'ipeds', fields: ['location', 'completions'] }] },
      { ...E, institution: { ...E.institution, control: 'for-profit' }, completions: [{ year: '2023-24', awards: 1 }] },
    ]);
    real.meta.sources = [{ id: 'ipeds', name: 'IPEDS', vintage: '2023-24, provisional' }];
    const el = await fixture<MaGetMatched>(html`<ma-get-matched .catalog=${real} questions="cma"></ma-get-matched>`);
    await go(el, 'See my matches');
    // The shared program card: each fact under its name, and where the figures come from on the card.
    const fact = (card: Element, name: string) => text([...card.querySelectorAll('.facts > div')].find((d) => text(d.querySelector('dt')) === name)?.querySelector('dd') ?? null);
    const source = (card: Element) => text(card.querySelector('.sources'));
    const [first, second] = cards(el);
    expect(fact(first, 'School type')).to.equal('Public');
    expect(fact(first, 'Graduates')).to.equal('37 graduates in 2023-24');
    expect(source(first)).to.equal('Sources: Location and graduates: IPEDS 2023-24, provisional');
    expect(fact(second, 'School type')).to.equal('Private for-profit');
    expect(fact(second, 'Graduates')).to.equal('1 graduate in 2023-24');
    expect(source(second)).to.match(/^Source: Test catalog, checked \w+ \d+, 2026$/);
    await expect(el).to.be.accessible();
  });

  it('does not ask about what no program in the catalog reports', async () => {
    const bare = makeCatalog(PROGRAMS.map((p) => ({ ...p, delivery: undefined, tuition: undefined, schedule: undefined })));
    const el = await fixture<MaGetMatched>(html`<ma-get-matched .catalog=${bare}></ma-get-matched>`);
    expect(progress(el)).to.equal('Step 1 of 5');
    const asked: string[] = [];
    for (let i = 0; i < 5; i++) {
      asked.push(heading(el));
      await go(el, 'Skip');
    }
    expect(asked).to.not.include('How do you want to take classes?');
    expect(asked).to.not.include('When can you go to class?');
  });
});
