import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/outlook/outlook.define.js';
import '../../../src/components/career-explorer/career-explorer.define.js';
import type { MaOutlook } from '../../../src/components/outlook/outlook.js';
import type { MaCareerExplorer } from '../../../src/components/career-explorer/career-explorer.js';
import { occupationLd } from '../../../src/structured-data/builders.js';
import { jobsUrl, publisherZip } from '../../../src/careers/jobs.js';
import { content, bare } from '../../fixtures/content/catalog.js';
import { careers } from '../../fixtures/careers/catalog.js';
import { loadValidator } from '../../../src/catalog/check.js';

// Hand-made catalog objects (no checksum) render at once once the validator is loaded, as an app does with `await loadValidator()`.
before(() => loadValidator());

const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel)!;
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const text = (n: Element | null) => n?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const figures = (el: Element) => $$(el, '[part=figure]').map((f) => [text(f.querySelector('dt')), text(f.querySelector('dd'))]);
const blocks = () => [...document.querySelectorAll('script[type="application/ld+json"]')];
const JOBS = 'https://jobs.example.com/search?q={title}&soc={soc}&zip={zip}';

describe('<ma-outlook>', () => {
  afterEach(() => blocks().forEach((s) => s.remove()));

  it('reserves its height in an accessible loading state', async () => {
    const el = await fixture<MaOutlook>(html`<ma-outlook lang="en"></ma-outlook>`);
    expect(text($(el, '[role=status]'))).to.equal('Loading the job outlook…');
    expect(getComputedStyle($(el, '[part=base]')).minHeight).to.equal('352px'); // 22em
    await expect(el).to.be.accessible();
  });

  it('shows jobs, growth and openings with their period, and median pay with its vintage, each with its source', async () => {
    const el = await fixture<MaOutlook>(html`<ma-outlook .catalog=${content} occupation="ma" lang="en"></ma-outlook>`);
    expect(text($(el, '[part=header]'))).to.equal('Job outlook: Medical assistants');
    expect(figures(el)).to.deep.equal([
      ['Jobs in 2024', '811,000'],
      ['Projected growth, 2024-34', '+12.5% +101,200 jobs'],
      ['Openings a year, 2024-34 (average)', '112,300'],
      ['Median pay', '$45,690 a year'],
    ]);
    expect($$(el, '.sources [part=source]').map(text)).to.deep.equal([
      'Jobs, growth and openings — Source: Projections, 2024-34',
      'Median pay — Source: Wage survey, May 2025',
    ]);
    expect($(el, '.sources a').getAttribute('href')).to.equal('https://example.org/proj');
    await expect(el).to.be.accessible();
  });

  it('draws two or more industry shares as SVG bars with the numbers as text, largest first, no style attribute', async () => {
    const el = await fixture<MaOutlook>(html`<ma-outlook .catalog=${content} occupation="ma" lang="en"></ma-outlook>`);
    const rows = $$(el, '[part=chart] li');
    expect(rows.map(text)).to.deep.equal(["Physicians' offices 57%", 'Hospitals 15%']);
    const bars = $$(el, 'svg[part=bar]');
    expect(bars.every((b) => b.getAttribute('aria-hidden') === 'true')).to.equal(true);
    expect(bars.map((b) => b.querySelector('.fill')!.getAttribute('width'))).to.deep.equal(['57', '15']); // on a 0-100% scale
    expect($(el, '[part=chart]').getAttribute('aria-labelledby')).to.equal('where');
    expect(text($(el, '#where'))).to.equal('Where the jobs are');
    expect(text($(el, '[part=industries] [part=source]'))).to.equal('Source: Industry survey, 2023');
    expect($$(el, '[style]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('says a single industry share as a sentence (no chart), with "year not stated", and hourly pay', async () => {
    const el = await fixture<MaOutlook>(html`<ma-outlook .catalog=${content} occupation="one" lang="en"></ma-outlook>`);
    expect($(el, '[part=chart]')).to.equal(null);
    expect(text($(el, '[part=industries] p'))).to.equal("90% of dental assistants work in dentists' offices.");
    expect(text($(el, '[part=industries] [part=source]'))).to.equal('Source: The agency, as quoted by a guide, year not stated');
    expect(figures(el)).to.deep.equal([['Median pay', '$22.50 an hour']]);
    await expect(el).to.be.accessible();
  });

  it('speaks Spanish', async () => {
    const el = await fixture<MaOutlook>(html`<ma-outlook .catalog=${content} occupation="one" lang="es"></ma-outlook>`);
    expect(text($(el, '[part=header]'))).to.equal('Perspectivas laborales: Asistentes dentales');
    expect(text($(el, '[part=industries] p'))).to.equal('El 90% de los asistentes dentales trabaja en consultorios dentales.');
    expect(text($(el, '[part=industries] [part=source]'))).to.equal('Fuente: La agencia, según una guía, año no indicado');
    await expect(el).to.be.accessible();
  });

  it('shows an empty state for an occupation without figures or not in the catalog, and an error state', async () => {
    const empty = await fixture<MaOutlook>(html`<ma-outlook .catalog=${bare} occupation="bare" lang="en"></ma-outlook>`);
    expect(text($(empty, '[part=empty]'))).to.equal('This catalog has no outlook figures for Bare occupation.');
    await expect(empty).to.be.accessible();
    const missing = await fixture<MaOutlook>(html`<ma-outlook .catalog=${content} occupation="nope" lang="en"></ma-outlook>`);
    expect(text($(missing, '[part=empty]'))).to.contain('nope');
    const broken = await fixture<MaOutlook>(html`<ma-outlook .catalog=${{ catalogVersion: 1 }} lang="en"></ma-outlook>`);
    expect($(broken, '[role=alert]')).to.exist;
    await expect(broken).to.be.accessible();
  });

  it('hands off to the publisher job board with the title and SOC encoded, only with jobs-url', async () => {
    const el = await fixture<MaOutlook>(html`<ma-outlook .catalog=${content} occupation="ma" lang="en"></ma-outlook>`);
    expect($(el, '[part=jobs]')).to.equal(null);
    el.jobsUrl = JOBS;
    await el.updateComplete;
    const a = $(el, 'a[part=jobs]');
    expect(text(a)).to.equal('Find jobs for medical assistants near you');
    expect(a.getAttribute('href')).to.equal('https://jobs.example.com/search?q=Medical%20assistants&soc=31-9092&zip=');
    el.jobsZip = '78701';
    el.lang = 'es';
    await el.updateComplete;
    expect(text($(el, 'a[part=jobs]'))).to.equal('Buscar empleos de asistentes médicos cerca de ti');
    expect($(el, 'a[part=jobs]').getAttribute('href')).to.equal('https://jobs.example.com/search?q=Asistentes%20m%C3%A9dicos&soc=31-9092&zip=78701');
    el.jobsUrl = 'javascript:alert("{title}")';
    await el.updateComplete;
    expect($(el, '[part=jobs]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('writes Occupation JSON-LD only with structured-data', async () => {
    const el = await fixture<MaOutlook>(html`<ma-outlook .catalog=${content} occupation="ma" lang="en"></ma-outlook>`);
    expect(blocks()).to.have.length(0);
    el.structuredData = '';
    await el.updateComplete;
    await waitUntil(() => blocks().length, 'no JSON-LD block (the builders are imported when first asked for)');
    expect(blocks()).to.have.length(1);
    expect(JSON.parse(el.structuredDataScript!.textContent!)).to.deep.equal(occupationLd(content, 'ma', 'en'));
    el.structuredData = 'off';
    await el.updateComplete;
    expect(blocks()).to.have.length(0);
  });
});

describe('jobs hand-off', () => {
  it('fills in the template URL-encoded, keeps unknown text, refuses unsafe schemes', () => {
    expect(jobsUrl('https://x.example/jobs/{title}?s={soc}', { title: 'A&B / C?', soc: '31-9092' })).to.equal('https://x.example/jobs/A%26B%20%2F%20C%3F?s=31-9092');
    expect(jobsUrl('https://x.example/?q={title}&z={zip}', { title: 'MA' })).to.equal('https://x.example/?q=MA&z=');
    expect(jobsUrl('', { title: 'MA' })).to.equal(undefined);
    expect(jobsUrl('data:text/html,{title}', { title: 'MA' })).to.equal(undefined);
    expect(jobsUrl('{title}:alert(1)', { title: 'javascript' })).to.equal(undefined);
  });

  it('takes only a five-digit publisher ZIP', () => {
    expect(publisherZip(' 78701 ')).to.equal('78701');
    expect(publisherZip('78701&x=1')).to.equal(undefined);
    expect(publisherZip(undefined)).to.equal(undefined);
  });

  it('<ma-career-explorer jobs-url> links the chosen path to the job board, and shows nothing without it', async () => {
    const el = await fixture<MaCareerExplorer>(html`<ma-career-explorer .catalog=${careers} start="ma" selected="rn" lang="en"></ma-career-explorer>`);
    expect($(el, '[part=jobs]')).to.equal(null);
    el.jobsUrl = JOBS;
    el.jobsZip = '10001';
    await el.updateComplete;
    const a = $(el, '[part=details] a[part=jobs]');
    expect(text(a)).to.equal('Find jobs for registered nurses near you');
    expect(a.getAttribute('href')).to.equal('https://jobs.example.com/search?q=Registered%20nurses&soc=29-1141&zip=10001');
    await expect(el).to.be.accessible();
  });
});
