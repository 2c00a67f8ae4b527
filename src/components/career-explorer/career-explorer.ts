import { html, nothing, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MaCatalogElement } from '../../internal/catalog-element.js';
import type { Catalog, Pay } from '../../catalog/schema.js';
import { coreMessages, defineMessages } from '../../i18n/messages.js';
import { localize } from '../../i18n/lang.js';
import { formatMoney, formatPercent } from '../../i18n/format.js';
import { safeUrl } from '../../internal/safe-url.js';
import { PathSelectEvent } from '../../events.js';
import { careerMap, type CareerMap, type PathNode } from '../../careers/paths.js';
import { comparePay } from '../../careers/pay.js';
import { formatAddedMonths, formatMonths } from '../../careers/time.js';
import { LINE, mapLayout, type MapLayout, type MapShape, type TextBlock } from '../../careers/map.js';
import { sourceLine } from '../../internal/source-line.js';
import { styles } from './career-explorer.styles.js';
import { link } from '../../internal/link.js';
import { jobsLink } from '../outlook/jobs-link.js';

type Kind = 'lateral' | 'advance';
const messages = defineMessages('career-explorer', {
  en: {
    loading: 'Loading career paths…',
    heading: (start: string) => `Career paths from ${start}`,
    startPay: (pay: string) => `Median pay to start from: ${pay}.`,
    group: (k: Kind): string => (k === 'lateral' ? 'Lateral moves: similar training' : 'Advancement: more school or a license'),
    kind: (k: Kind): string => (k === 'lateral' ? 'Lateral move' : 'Advancement'),
    job: 'What the job is',
    move: 'About this move',
    education: 'Added education or credential',
    time: 'Typical added time',
    pay: 'Median pay',
    growth: 'Job growth',
    compare: (start: string) => `Compared with ${start}`,
    per: (amount: string, period: string) => `${amount} ${period === 'hourly' ? 'an hour' : 'a year'}`,
    more: (job: string) => `More about ${job}`,
    noPaths: (start: string) => `This catalog has no career paths from ${start}.`,
  },
  es: {
    loading: 'Cargando trayectorias profesionales…',
    heading: (start: string) => `Trayectorias profesionales desde ${start}`,
    startPay: (pay: string) => `Salario mediano de partida: ${pay}.`,
    group: (k: Kind) => (k === 'lateral' ? 'Cambios laterales: formación similar' : 'Ascenso: más estudios o una licencia'),
    kind: (k: Kind) => (k === 'lateral' ? 'Cambio lateral' : 'Ascenso'),
    job: 'En qué consiste el trabajo',
    move: 'Sobre este cambio',
    education: 'Formación o credencial adicional',
    time: 'Tiempo adicional típico',
    pay: 'Salario mediano',
    growth: 'Crecimiento del empleo',
    compare: (start: string) => `En comparación con ${start}`,
    per: (amount: string, period: string) => `${amount} ${period === 'hourly' ? 'por hora' : 'al año'}`,
    more: (job: string) => `Más información sobre ${job}`,
    noPaths: (start: string) => `Este catálogo no tiene trayectorias profesionales desde ${start}.`,
  },
});

/**
 * Where an occupation (by default medical assisting) can lead: every career
 * path from it, grouped as lateral moves and advancement, drawn as a map and
 * listed as buttons. Choosing one opens its details: the job, the added
 * education and time, median pay and growth with their sources, and pay
 * compared with the starting occupation.
 *
 * The map is a picture (`aria-hidden`); the list of buttons under it is the
 * control for keyboards and screen readers (one tab stop, arrow keys move
 * between destinations, Enter opens the details right under the button, so
 * that on a phone they appear where the person tapped). Clicking a node on
 * the map does the same as its button.
 *
 * @summary Career paths from an occupation: a map, a list of destinations and a details panel.
 *
 * @event ma-path-select - A person chose a path. `detail`: `{ from, to, kind }` (occupation ids; `kind` is `lateral` or `advance`).
 * @event ma-catalog-load - The catalog loaded.
 * @event ma-catalog-error - The catalog could not be loaded or is invalid.
 *
 * @csspart base - The outermost wrapper, in every state.
 * @csspart header - The heading and the starting pay.
 * @csspart map - The SVG map (class `wide` or `tall`; in the auto view both are drawn and the widget's width shows one).
 * @csspart list - Each group's list of destinations.
 * @csspart path - Each destination button.
 * @csspart details - The details panel of the chosen path.
 * @csspart jobs - The link to the publisher's job board for the chosen path (`jobs-url`).
 * @csspart empty - The message shown when there are no paths from `start`.
 * @csspart error - The error message.
 *
 * @cssproperty --ma-career-explorer-min-height - Space reserved while loading (default 28em of the widget's 16px type).
 * @cssproperty --ma-career-lateral-color - Color of lateral moves on the map (default: the primary color).
 * @cssproperty --ma-career-advance-color - Color of advancement on the map (default: the accent color).
 * @cssproperty --ma-color-primary - Links, chosen path.
 */
export class MaCareerExplorer extends MaCatalogElement {
  static override styles = [...MaCatalogElement.styles, styles];

  /** Occupation id the paths start from. */
  @property() start = 'medical-assistants';

  /** The chosen path, by its destination's occupation id; empty when none is open. */
  @property({ reflect: true }) selected = '';

  /** `auto` shows the map with the list, wide or (on a widget under 600px) tall; `map` always the wide map; `list` only the list. */
  @property({ reflect: true }) view: 'auto' | 'map' | 'list' = 'auto';

  /** A job-board URL template for the chosen path's occupation (`{title}`, `{soc}`, `{zip}`), as on <ma-outlook>. Without it, no link. */
  @property({ attribute: 'jobs-url' }) jobsUrl = '';

  /** A ZIP code the publisher knows, for `{zip}` in `jobs-url`; never one a visitor typed. */
  @property({ attribute: 'jobs-zip' }) jobsZip = '';

  /** Index of the destination that holds the tab stop (roving tabindex); -1 follows `selected`. */
  @state() private active = -1;

  protected override loadingLabel(): string {
    return messages(this.locale).loading;
  }

  protected renderReady(catalog: Catalog): TemplateResult {
    const locale = this.locale;
    const m = messages(locale);
    const map = careerMap(catalog, this.start);
    const startTitle = map.start ? localize(map.start.title, locale) : this.start;
    if (!map.all.length) {
      return html`<div part="base" class="base state"><p part="empty">${m.noPaths(startTitle)}</p></div>`;
    }
    const sel = map.all.findIndex((n) => n.id === this.selected);
    const tabStop = this.active >= 0 && this.active < map.all.length ? this.active : Math.max(sel, 0);
    const title = (n: PathNode) => (n.occupation ? localize(n.occupation.title, locale) : n.id);
    const money = (p: Pay | undefined) => (p?.median == null ? coreMessages(locale).notReported : m.per(formatMoney(p.median, locale, { currency: p.currency }), p.period));
    const time = (n: PathNode) => (n.path.addedMonths ? formatAddedMonths(n.path.addedMonths, locale) : '');
    const group = (k: Kind, nodes: PathNode[]) =>
      nodes.length
        ? html`<section>
            <h3 id="g-${k}">${m.group(k)}</h3>
            <ul part="list" class=${k} aria-labelledby="g-${k}">
              ${nodes.map((n) => {
                const i = map.all.indexOf(n);
                return html`<li>
                  <button class="dest" part="path" type="button" data-i=${i} tabindex=${i === tabStop ? 0 : -1}
                    aria-expanded=${i === sel} aria-controls=${i === sel ? 'details' : nothing} @click=${() => this.choose(map, i)}>
                    <span class="t">${title(n)}</span>
                    <span class="muted">${money(n.pay)}${n.path.addedMonths ? html` · ${time(n)}` : nothing}</span>
                  </button>
                  ${i === sel ? this.renderDetails(catalog, map, n, startTitle, title(n), money) : nothing}
                </li>`;
              })}
            </ul>
          </section>`
        : nothing;

    return html`<div part="base" class="base view-${this.view}">
      <div part="header">
        <h2>${m.heading(startTitle)}</h2>
        ${map.startPay
          ? html`<p class="muted">${m.startPay(money(map.startPay))} ${sourceLine(catalog, map.startPay.source, map.startPay.vintage, locale)}</p>`
          : nothing}
      </div>
      ${this.view === 'list' ? nothing : this.renderMap(map, startTitle, sel, title, money, time)}
      <div class="cols" @keydown=${this.handleKey}>${group('lateral', map.lateral)}${group('advance', map.advance)}</div>
    </div>`;
  }

  private renderMap(
    map: CareerMap,
    startTitle: string,
    sel: number,
    title: (n: PathNode) => string,
    money: (p: Pay | undefined) => string,
    time: (n: PathNode) => string,
  ): TemplateResult {
    const m = messages(this.locale);
    const items = map.all.map((n) => ({ id: n.id, kind: n.path.kind, title: title(n), median: n.pay?.median, note: money(n.pay), label: time(n) }));
    const start = { title: startTitle, median: map.startPay?.median, note: money(map.startPay) };
    const heads = { lateral: m.group('lateral'), advance: m.group('advance') };
    // Both shapes are drawn; a container query shows the one that fits the widget's width, from the first paint (no shift).
    const shapes: MapShape[] = this.view === 'map' ? ['wide'] : ['wide', 'tall'];
    return html`${shapes.map((shape) => this.renderShape(mapLayout(start, items, shape, heads), sel, map))}`;
  }

  private renderShape(g: MapLayout, sel: number, map: CareerMap): TemplateResult {
    const s = g.start;
    // A text block: title lines, then small ones (pay, added time), LINE units apart.
    const text = (b: TextBlock, cls = '') =>
      svg`<text class=${cls || nothing} x=${b.x} y=${b.y} text-anchor=${b.anchor}>${b.lines.map(
        (t, j) => svg`<tspan class=${j >= b.big ? 'pay' : nothing} x=${b.x} dy=${j ? LINE : 0}>${t}</tspan>`,
      )}</text>`;
    return html`<svg part="map" class="map ${g.shape}" aria-hidden="true" viewBox="0 0 ${g.width} ${g.height}">
      ${g.heads.map((h) => text(h.text, `head ${h.kind}`))}
      ${g.nodes.map((n, i) => svg`<path class="edge ${n.kind}${i === sel ? ' on' : ''}" d=${n.d}></path>`)}
      ${g.nodes.map((n) => (n.edgeLabel ? text(n.edgeLabel, 'elabel') : nothing))}
      <circle class="node start" cx=${s.x} cy=${s.y} r=${s.r}></circle>
      ${text(s.text)}
      ${g.nodes.map(
        (n, i) => svg`<g class="dest-g ${n.kind}${i === sel ? ' on' : ''}" @click=${() => this.choose(map, i, true)}>
          <circle class="node${n.median ? '' : ' nr'}" cx=${n.x} cy=${n.y} r=${n.r}></circle>
          ${text(n.text)}
        </g>`,
      )}
    </svg>`;
  }

  private renderDetails(catalog: Catalog, map: CareerMap, n: PathNode, startTitle: string, job: string, money: (p: Pay | undefined) => string): TemplateResult {
    const locale = this.locale;
    const m = messages(locale);
    const nr = coreMessages(locale).notReported;
    const o = n.occupation;
    const cmp = comparePay(map.start, o);
    const href = safeUrl(n.path.url) ?? safeUrl(o?.url);
    const small = (t: unknown) => html`<br /><small class="muted">${t}</small>`;
    return html`<section part="details" id="details" class="details" aria-labelledby="d-h">
      <h4 id="d-h">${job}</h4>
      <p class="kind ${n.path.kind}">${m.kind(n.path.kind)}</p>
      <dl>
        ${o?.summary ? html`<dt>${m.job}</dt><dd>${localize(o.summary, locale)}</dd>` : nothing}
        <dt>${m.move}</dt><dd>${localize(n.path.summary, locale)}</dd>
        <dt>${m.education}</dt><dd>${localize(n.path.education, locale)}</dd>
        <dt>${m.time}</dt><dd>${n.path.addedMonths ? formatMonths(n.path.addedMonths, locale) : nr}</dd>
        <dt>${m.pay}</dt>
        <dd>${money(n.pay)}${n.pay ? small(sourceLine(catalog, n.pay.source, n.pay.vintage, locale)) : nothing}</dd>
        <dt>${m.growth}</dt>
        <dd>
          ${o?.outlook
            ? html`${formatPercent(o.outlook.growthPct, locale, { signed: true })}, ${o.outlook.period}${small(sourceLine(catalog, o.outlook.source, undefined, locale))}`
            : nr}
        </dd>
        <dt>${m.compare(startTitle)}</dt>
        <dd>
          ${cmp
            ? html`${m.per((cmp.diff > 0 ? '+' : '') + formatMoney(cmp.diff, locale, { currency: cmp.to.currency }), cmp.to.period)},
              ${formatPercent(Math.round(cmp.pct), locale, { signed: true })}${small(`${startTitle}: ${money(cmp.from)} (${cmp.from.vintage})`)}`
            : nr}
        </dd>
      </dl>
      ${href ? html`<p><a href=${href} ${link()}>${m.more(job)}</a></p>` : nothing}
      ${this.jobsUrl ? html`<p>${jobsLink(this.jobsUrl, this.jobsZip, o, locale)}</p>` : nothing}
    </section>`;
  }

  /** Opens a path's details, or closes them when it is already open. */
  private choose(map: CareerMap, i: number, fromMap = false) {
    const n = map.all[i];
    this.active = i;
    // A click on the map moves the tab stop and focus to the matching button, so the keyboard carries on from there.
    if (fromMap) this.renderRoot.querySelector<HTMLElement>(`[data-i="${i}"]`)?.focus();
    if (this.selected === n.id) {
      this.selected = '';
      return;
    }
    this.selected = n.id;
    this.dispatchEvent(new PathSelectEvent({ from: n.path.from, to: n.id, kind: n.path.kind }));
  }

  private handleKey = (e: KeyboardEvent) => {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLElement>('.dest')];
    const i = buttons.indexOf(e.target as HTMLElement);
    const last = buttons.length - 1;
    const next = ({ ArrowDown: i + 1, ArrowRight: i + 1, ArrowUp: i - 1, ArrowLeft: i - 1, Home: 0, End: last } as Record<string, number>)[e.key];
    if (i < 0 || next === undefined) return;
    e.preventDefault();
    this.active = next > last ? 0 : next < 0 ? last : next;
    buttons[this.active].focus();
  };
}
