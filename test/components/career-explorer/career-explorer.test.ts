import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/career-explorer/career-explorer.define.js';
import type { MaCareerExplorer } from '../../../src/components/career-explorer/career-explorer.js';
import type { PathSelectEvent } from '../../../src/events.js';
import type { Catalog } from '../../../src/catalog/schema.js';
import { formatMoney, formatPercent } from '../../../src/i18n/format.js';
import defaultCatalog from '../../../data/default-catalog.json';
import { careers } from '../../fixtures/careers/catalog.js';
import { loadValidator } from '../../../src/catalog/check.js';

// Hand-made catalog objects (no checksum) render at once once the validator is loaded, as an app does with `await loadValidator()`.
before(() => loadValidator());

const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel)!;
const $$ = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const text = (n: Element | null) => n?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const buttons = (el: Element) => $$(el, 'button.dest');
const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
/** The details panel as { term: description }. */
const details = (el: Element) =>
  Object.fromEntries($$(el, '[part=details] dt').map((dt) => [text(dt), (dt.nextElementSibling as HTMLElement).innerText.replace(/\s+/g, ' ').trim()]));
const mount = (attrs = {} as { lang?: string; view?: string; start?: string; selected?: string }) =>
  fixture<MaCareerExplorer>(
    html`<ma-career-explorer .catalog=${careers} lang=${attrs.lang ?? 'en'} view=${attrs.view ?? 'auto'} start=${attrs.start ?? 'ma'} selected=${attrs.selected ?? ''}></ma-career-explorer>`,
  );

describe('<ma-career-explorer>', () => {
  it('shows an accessible loading state while the catalog loads', async () => {
    const el = await fixture<MaCareerExplorer>(html`<ma-career-explorer lang="en"></ma-career-explorer>`);
    expect(text($(el, '[role=status]'))).to.equal('Loading career paths…');
    await expect(el).to.be.accessible();
  });

  it('lists the destinations from the start, grouped lateral then advance, as buttons', async () => {
    const el = await mount();
    expect(text($(el, 'h2'))).to.equal('Career paths from Medical assistants');
    expect(text($(el, '[part=header] p'))).to.equal('Median pay to start from: $40,000 a year. Source: Wage survey, May 2025');
    expect($$(el, 'h3').map(text)).to.deep.equal(['Lateral moves: similar training', 'Advancement: more school or a license']);
    expect(buttons(el).map((b) => text(b.querySelector('.t')))).to.deep.equal([
      'Home health aides',
      'Clinical medical assistants',
      'Registered nurses',
      'Physician assistants',
    ]);
    expect(text(buttons(el)[2])).to.equal('Registered nurses $90,000 a year · +2–4 years');
    expect(text(buttons(el)[1])).to.equal('Clinical medical assistants Not reported');
    expect($(el, '[part=details]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('draws the map as a picture hidden from assistive technology, one node and edge per destination', async () => {
    const el = await mount({ view: 'map' });
    const svg = $(el, 'svg[part=map]');
    expect(svg.getAttribute('aria-hidden')).to.equal('true');
    expect($$(el, '.dest-g')).to.have.length(4);
    expect($$(el, 'path.edge')).to.have.length(4);
    // Each added time is drawn once: by its edge where there is room, else under the pay in its node's text.
    const spans = $$(el, 'tspan').map(text);
    for (const t of ['up to 1 month more', '+2–4 years', '+5–7 years']) expect(spans.filter((s) => s === t), t).to.have.length(1);
    expect(spans.filter((s) => /^(\+|up to )/.test(s))).to.have.length(3);
    // Nodes marked by pay: the best-paid destination has the largest node; no pay, a dashed ring.
    const r = $$(el, '.dest-g circle').map((c) => +c.getAttribute('r')!);
    expect(Math.max(...r)).to.equal(r[3]);
    expect($$(el, '.dest-g circle')[1].classList.contains('nr')).to.equal(true);
    expect($$(el, '[style]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('has one tab stop; arrow keys, Home and End move between destinations and wrap', async () => {
    const el = await mount();
    expect(buttons(el).map((b) => b.tabIndex)).to.deep.equal([0, -1, -1, -1]);
    buttons(el)[0].focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(buttons(el)[1]);
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el)).to.equal(buttons(el)[2]); // across the group boundary
    await el.updateComplete;
    expect(buttons(el).map((b) => b.tabIndex)).to.deep.equal([-1, -1, 0, -1]);
    await sendKeys({ press: 'End' });
    expect(focused(el)).to.equal(buttons(el)[3]);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(buttons(el)[0]);
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el)).to.equal(buttons(el)[3]);
    await sendKeys({ press: 'Home' });
    expect(focused(el)).to.equal(buttons(el)[0]);
    expect($(el, '[part=details]')).to.equal(null); // moving does not open anything
  });

  it('Enter opens the details, reflects selected and fires ma-path-select', async () => {
    const el = await mount();
    buttons(el)[0].focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const ev = (await oneEvent(el, 'ma-path-select')) as PathSelectEvent;
    expect(ev.detail).to.deep.equal({ from: 'ma', to: 'rn', kind: 'advance' });
    await el.updateComplete;
    expect(el.getAttribute('selected')).to.equal('rn');
    const b = buttons(el)[2];
    expect(b.getAttribute('aria-expanded')).to.equal('true');
    expect(b.getAttribute('aria-controls')).to.equal('details');
    expect(text($(el, '#details h4'))).to.equal('Registered nurses');
    // The panel opens right under its button (where a person on a phone tapped).
    expect(b.nextElementSibling).to.equal($(el, '#details'));
    expect(focused(el)).to.equal(b);
    expect($(el, '.dest-g.on')).to.exist;
    await expect(el).to.be.accessible();
    // The same button again closes the panel.
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.selected).to.equal('');
    expect($(el, '[part=details]')).to.equal(null);
  });

  it('shows the figures of the chosen path with sources and the pay comparison', async () => {
    const el = await mount({ selected: 'rn' });
    expect(text($(el, '.kind'))).to.equal('Advancement');
    expect(details(el)).to.deep.equal({
      'What the job is': 'Assess and care for patients.',
      'About this move': 'Nursing school.',
      'Added education or credential': 'Nursing degree and NCLEX-RN',
      'Typical added time': '2–4 years',
      'Median pay': '$90,000 a year Source: Wage survey, May 2025',
      'Job growth': '+4.9%, 2024-34 Source: Outlook, 2024-34',
      'Compared with Medical assistants': '+$50,000 a year, +125% Medical assistants: $40,000 a year (May 2025)',
    });
    // The path has no link of its own: the occupation's is used, through safeUrl.
    const a = $(el, '[part=details] a:not(small a)');
    expect(text(a)).to.equal('More about Registered nurses');
    expect(a.getAttribute('href')).to.equal('https://example.org/rn');
  });

  it('says "Not reported" where the catalog has no figure, and a lower pay with a minus sign', async () => {
    const el = await mount({ selected: 'cma' });
    const d = details(el);
    expect(d['Typical added time']).to.equal('Not reported');
    expect(d['Median pay']).to.equal('Not reported');
    expect(d['Job growth']).to.equal('Not reported');
    expect(d['Compared with Medical assistants']).to.equal('Not reported');
    expect($(el, '[part=details] p a')).to.equal(null);
    el.selected = 'hha';
    await el.updateComplete;
    expect(details(el)['Compared with Medical assistants']).to.match(/^-\$10,000 a year, -25%/);
  });

  it('opens a path from a click on its map node, moving focus to its button', async () => {
    const el = await mount({ view: 'map' });
    setTimeout(() => $$(el, '.dest-g')[3].dispatchEvent(new MouseEvent('click', { bubbles: true })));
    const ev = (await oneEvent(el, 'ma-path-select')) as PathSelectEvent;
    expect(ev.detail.to).to.equal('pa');
    await el.updateComplete;
    expect(text($(el, '#details h4'))).to.equal('Physician assistants');
    expect(focused(el)).to.equal(buttons(el)[3]);
  });

  it('matches the built-in catalog: registered nurses, newest pay and its source, growth, and pay against medical assistants', async () => {
    const catalog = defaultCatalog as unknown as Catalog;
    const occ = (id: string) => catalog.occupations!.find((o) => o.id === id)!;
    const newest = (id: string) => occ(id).pay!.find((p) => p.vintage === 'May 2025')!;
    const rn = newest('registered-nurses');
    const ma = newest('medical-assistants');
    const el = await fixture<MaCareerExplorer>(html`<ma-career-explorer lang="en" selected="registered-nurses"></ma-career-explorer>`);
    if (!el.shadowRoot!.querySelector('[part=details]')) await oneEvent(el, 'ma-catalog-load');
    await el.updateComplete;
    const source = catalog.meta.sources.find((s) => s.id === rn.source)!;
    const d = details(el);
    // The source's name already says "May 2025", so the vintage is not repeated.
    expect(d['Median pay']).to.equal(`${formatMoney(rn.median!, 'en')} a year Source: ${(source.name as Record<string, string>).en}`);
    expect(d['Median pay']).to.match(/May 2025$/);
    expect(d['Median pay']).to.contain('$97,550');
    expect(d['Job growth']).to.contain(`${formatPercent(occ('registered-nurses').outlook!.growthPct, 'en', { signed: true })}, 2024-34`);
    const diff = rn.median! - ma.median!;
    expect(d['Compared with Medical assistants']).to.contain(`+${formatMoney(diff, 'en')} a year, +${Math.round((diff / ma.median!) * 100)}%`);
    expect(d['Compared with Medical assistants']).to.contain('+$51,860 a year, +114%');
    expect(buttons(el)).to.have.length(catalog.careerPaths!.filter((p) => p.from === 'medical-assistants').length);
    await expect(el).to.be.accessible();
  });

  it('speaks Spanish', async () => {
    const el = await mount({ lang: 'es', selected: 'rn' });
    expect(text($(el, 'h2'))).to.equal('Trayectorias profesionales desde Asistentes médicos');
    expect($$(el, 'h3').map(text).slice(0, 2)).to.deep.equal(['Cambios laterales: formación similar', 'Ascenso: más estudios o una licencia']);
    const d = details(el);
    expect(d['Salario mediano']).to.equal('$90,000 al año Fuente: Encuesta salarial, May 2025');
    expect(d['Tiempo adicional típico']).to.equal('2-4 años');
    expect(d['En comparación con Asistentes médicos']).to.match(/^\+\$50,000 al año, \+125\s?%/);
    expect(text($(el, '[part=details] p a'))).to.equal('Más información sobre Enfermeros registrados');
    await expect(el).to.be.accessible();
  });

  it('view="list" draws no map', async () => {
    const el = await mount({ view: 'list' });
    expect($(el, 'svg[part=map]')).to.equal(null);
    expect(buttons(el)).to.have.length(4);
  });

  it('draws a tall map on a narrow widget in the auto view, the wide one on a wide widget, and always the wide one with view="map"', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <div style="width: 360px">
        <ma-career-explorer .catalog=${careers} start="ma" lang="en"></ma-career-explorer>
        <ma-career-explorer .catalog=${careers} start="ma" lang="en" view="map"></ma-career-explorer>
      </div>
      <div style="width: 900px"><ma-career-explorer .catalog=${careers} start="ma" lang="en"></ma-career-explorer></div>
    </div>`);
    const [auto, map, wide] = [...wrap.querySelectorAll('ma-career-explorer')] as MaCareerExplorer[];
    const shown = (el: Element) => $$(el, 'svg[part=map]').filter((s) => getComputedStyle(s).display !== 'none');
    expect(shown(auto).map((s) => s.classList.contains('tall'))).to.deep.equal([true]);
    expect(shown(map).map((s) => s.classList.contains('wide'))).to.deep.equal([true]);
    expect(shown(wide).map((s) => s.classList.contains('wide'))).to.deep.equal([true]);
    const tall = shown(auto)[0];
    expect(tall.getAttribute('aria-hidden')).to.equal('true');
    // A phone-sized picture: the whole width, taller than wide, its height fixed by its viewBox from the first paint.
    const box = tall.getBoundingClientRect();
    const [, , vw, vh] = tall.getAttribute('viewBox')!.split(' ').map(Number);
    expect(box.width).to.be.closeTo(auto.getBoundingClientRect().width, 1);
    expect(box.height).to.be.closeTo((box.width * vh) / vw, 1);
    expect(box.height).to.be.greaterThan(box.width);
    // Same nodes and curves as the wide map; a click on a node opens its path.
    expect(tall.querySelectorAll('.dest-g')).to.have.length(4);
    expect(tall.querySelectorAll('path.edge')).to.have.length(4);
    tall.querySelectorAll<SVGGElement>('.dest-g')[2].dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await auto.updateComplete;
    expect(auto.selected).to.equal('rn');
    expect(focused(auto)).to.equal(buttons(auto)[2]);
    expect($$(auto, '[style]')).to.have.length(0);
    await expect(auto).to.be.accessible();
  });

  for (const lang of ['en', 'es']) {
    it(`${lang}: on the built-in catalog every map text is whole, inside the picture and off the curves, wide and tall`, async () => {
      // The longest title is chosen, so its text is drawn bold (the widest it gets).
      const wrap = await fixture<HTMLDivElement>(html`<div>
        <div style="width: 900px"><ma-career-explorer lang=${lang} selected="administrative-services-managers"></ma-career-explorer></div>
        <div style="width: 358px"><ma-career-explorer lang=${lang} selected="administrative-services-managers"></ma-career-explorer></div>
      </div>`);
      const els = [...wrap.querySelectorAll('ma-career-explorer')] as MaCareerExplorer[];
      for (const el of els) if (!el.shadowRoot!.querySelector('svg.map')) await oneEvent(el, 'ma-catalog-load');
      await Promise.all(els.map((el) => el.updateComplete));
      const catalog = defaultCatalog as unknown as Catalog;
      const titles = catalog.careerPaths!.filter((p) => p.from === 'medical-assistants').map((p) => (catalog.occupations!.find((o) => o.id === p.to)!.title as Record<string, string>)[lang]);
      for (const [el, shape] of [[els[0], 'wide'], [els[1], 'tall']] as const) {
        const svgEl = el.shadowRoot!.querySelector<SVGSVGElement>(`svg.map.${shape}`)!;
        expect(getComputedStyle(svgEl).display, shape).not.to.equal('none');
        const [, , vw, vh] = svgEl.getAttribute('viewBox')!.split(' ').map(Number);
        const drawn = [...svgEl.querySelectorAll('.dest-g text')].map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' '));
        titles.forEach((t) => expect(drawn.some((d) => d.startsWith(t)), `${shape}: ${t}`).to.equal(true));
        expect(svgEl.textContent).not.to.contain('…');
        const points = [...svgEl.querySelectorAll<SVGPathElement>('path.edge')].flatMap((p) => {
          const len = p.getTotalLength();
          return Array.from({ length: 97 }, (_, i) => p.getPointAtLength((len * i) / 96));
        });
        for (const t of svgEl.querySelectorAll<SVGTextElement>('text')) {
          const b = t.getBBox();
          const what = `${shape}: ${text(t)}`;
          expect(b.x, what).to.be.at.least(0);
          expect(b.x + b.width, what).to.be.at.most(vw);
          expect(b.y, what).to.be.at.least(0);
          expect(b.y + b.height, what).to.be.at.most(vh);
          // Glyph boxes include the line's ascent and descent; a unit of slack each side.
          const on = points.find((p) => p.x > b.x + 1 && p.x < b.x + b.width - 1 && p.y > b.y + 1 && p.y < b.y + b.height - 1);
          expect(on, `${what} sits on a curve`).to.equal(undefined);
        }
      }
    });
  }

  it('shows an accessible empty state when the start has no paths or is unknown', async () => {
    const none = await mount({ start: 'hha' });
    expect(text($(none, '[part=empty]'))).to.equal('This catalog has no career paths from Home health aides.');
    await expect(none).to.be.accessible();
    const unknown = await mount({ start: 'nope', lang: 'es' });
    expect(text($(unknown, '[part=empty]'))).to.equal('Este catálogo no tiene trayectorias profesionales desde nope.');
    await expect(unknown).to.be.accessible();
  });

  it('shows an accessible error state for a src that does not load', async () => {
    const el = await fixture<MaCareerExplorer>(html`<ma-career-explorer src="/test/fixtures/careers/missing.json" lang="en"></ma-career-explorer>`);
    await oneEvent(el, 'ma-catalog-error');
    await el.updateComplete;
    expect($(el, '[role=alert]')).to.exist;
    expect(buttons(el)).to.have.length(0);
    await expect(el).to.be.accessible();
  });
});
