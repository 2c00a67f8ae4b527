import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../../src/components/get-matched/get-matched.define.js';
import type { MaGetMatched } from '../../../src/components/get-matched/get-matched.js';
import type { MatchCompleteEvent, MatchResultsEvent } from '../../../src/events.js';
import { A, B, C, E, F, PROGRAMS, makeCatalog } from '../../fixtures/get-matched/catalog.js';

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
    // See match.test.ts for the rules. C and A fit 6 of 7 with one miss each (C's
    // campus is nearer than an online program, so C leads); B and its sponsored
    // twin F fit 5; E fits 3 with 1 miss; D (3 with 4 misses) is 6th, beyond the limit.
    expect(heading(el)).to.equal('Your best matches');
    expect(cardNames(el)).to.deep.equal(['Program roundrock-diploma', 'Program alamo-online', 'Program austin-campus', 'Sponsored twin', 'Program la-campus']);
    expect(text(root(el).querySelector('[role="status"]'))).to.equal('5 best matches out of 6 programs.');
    const [c, a] = cards(el);
    const items = (card: Element, cls: string) => [...card.querySelectorAll(`ul.${cls} li`)].map(text);
    expect(text(c)).to.contain('Fits 6 of your 7 answers');
    expect(items(c, 'yes')).to.deep.equal(['Within 25 miles', 'On campus', 'Diploma', 'Within your budget ($15,000)', 'Classes: Evenings', 'Taught in Spanish']);
    expect(items(c, 'no')).to.deep.equal(['Does not lead to the CMA exam']);
    expect(items(a, 'yes')).to.deep.equal([
      'Online: study from anywhere',
      'Certificate',
      'Within your budget ($9,000)',
      'Classes: Evenings, Weekends',
      'Taught in Spanish',
      'Prepares for the CMA exam',
    ]);
    expect(items(a, 'no')).to.deep.equal(['Online, not on campus']);
    expect(text(a)).to.contain('Sponsored');
    expect(text(c)).not.to.contain('Sponsored');
    // E reports little: its unknowns are named, not guessed.
    expect(text(cards(el)[4])).to.contain('Not reported: ask the school about tuition, schedule, CMA exam eligibility.');
    expect(items(cards(el)[4], 'no')).to.have.length(1);
    expect(items(cards(el)[4], 'no')[0]).to.match(/^About 1,2\d\d miles away$/);
    // The start answer does not rank, but is turned into advice.
    expect(text(root(el).querySelector('.note'))).to.contain('start within 3 months');
    await expect(el).to.be.accessible();

    // The event: enums, numbers and ids only; no ZIP code, nothing typed.
    expect(ev.detail).to.deep.equal({
      answers: { where: 'zip', radius: 25, delivery: 'campus', credential: 'certificate', start: 3, budget: 15000, schedule: ['evening'], language: 'es', cma: 'yes' },
      ids: [C.id, A.id, B.id, F.id, E.id],
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
      expect(ev.detail).to.deep.equal({ answers: { where: 'state', state: 'CA' }, query: 'state=CA' });
      // Back to a ZIP: the field starts empty, and the state is forgotten in turn.
      await go(el, 'Change my answers');
      await pick(el, 'Near a ZIP code');
      expect(root(el).querySelector<HTMLInputElement>('#zip')!.value).to.equal('');
      await typeZip(el, '78701');
      await go(el, 'See my matches');
      setTimeout(() => button(el, 'See all matching programs').click());
      const again = (await oneEvent(document, 'ma-match-results')) as MatchResultsEvent;
      expect(again.detail).to.deep.equal({ answers: { where: 'zip', zip: '78701', radius: 25 }, query: 'zip=78701&radius=25' });
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
    await pick(el, 'Hybrid');
    await go(el, 'See my matches');
    const link = button(el, 'See all matching programs') as HTMLAnchorElement;
    expect(link.href).to.equal('https://publisher.example/programs?ref=quiz&zip=78701&radius=25&delivery=hybrid');
    link.addEventListener('click', (e) => e.preventDefault());
    setTimeout(() => link.click());
    const ev = (await oneEvent(el, 'ma-match-results')) as MatchResultsEvent;
    expect(ev.detail.query).to.equal('zip=78701&radius=25&delivery=hybrid');
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
      expect(ev.detail).to.deep.equal({ answers: { delivery: 'online' }, query: 'delivery=online' });
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
});
