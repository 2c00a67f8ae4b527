import { html, nothing, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { MaCatalogElement } from '../../internal/catalog-element.js';
import type { Catalog, IndustryShare } from '../../catalog/schema.js';
import { coreMessages } from '../../i18n/messages.js';
import { localize, type Locale } from '../../i18n/lang.js';
import { formatMoney, formatNumber, formatPercent } from '../../i18n/format.js';
import { baseYear, hasOutlook, occupationOutlook, shareBars } from '../../careers/outlook.js';
import { sourceLine } from '../../internal/source-line.js';
import { StructuredDataController, structuredDataOn } from '../../structured-data/controller.js';
import { lazyBuilders } from '../../structured-data/lazy.js';
import { jobsLink } from './jobs-link.js';
import { messages } from './outlook.messages.js';
import { styles } from './outlook.styles.js';

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase() + s.slice(1);
const NOT_STATED = /^\s*not stated\s*$/i;

/**
 * The outlook of one occupation: how many jobs there are, the projected
 * growth and openings a year with their period and source, the median pay
 * with its vintage, and where the jobs are (the share of jobs by industry).
 * Two or more industry shares are drawn as a bar chart whose numbers are
 * text (the bars are SVG geometry, hidden from screen readers, which read
 * the list); a single share is a sentence. With `jobs-url`, a link hands the
 * visitor on to the publisher's job board.
 *
 * With `structured-data`, writes a schema.org `Occupation` JSON-LD block
 * (estimated salary with percentiles, SOC code) into the page beside itself.
 *
 * @summary Jobs, growth, openings, median pay and industry shares of one occupation, with sources.
 *
 * @event ma-catalog-load - The catalog loaded.
 * @event ma-catalog-error - The catalog could not be loaded or is invalid.
 *
 * @csspart base - The outermost wrapper, in every state.
 * @csspart header - The heading.
 * @csspart figures - The list of figures (jobs, growth, openings, pay).
 * @csspart figure - Each figure.
 * @csspart source - Each source line.
 * @csspart industries - The "where the jobs are" section.
 * @csspart chart - The list of industry bars (two or more shares).
 * @csspart bar - Each industry's SVG bar.
 * @csspart jobs - The link to the publisher's job board (`jobs-url`).
 * @csspart empty - The message shown when the catalog has no figures for the occupation.
 * @csspart error - The error message.
 *
 * @cssproperty --ma-outlook-min-height - Space reserved while loading (default 22em of the widget's 16px type).
 * @cssproperty --ma-outlook-bar-color - Color of the industry bars (default: the primary color).
 * @cssproperty --ma-color-primary - Figures, links, bars.
 */
export class MaOutlook extends MaCatalogElement {
  static override styles = [...MaCatalogElement.styles, styles];

  /** Occupation id, e.g. `medical-assistants`. */
  @property() occupation = 'medical-assistants';

  /** Level of the widget's heading (2 to 5; the industry heading is one below). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /**
   * A job-board URL template: `{title}` (the occupation's title in the widget's language), `{soc}` (its SOC code)
   * and `{zip}` (the `jobs-zip` attribute) are filled in, URL-encoded. Without it, no link is shown.
   */
  @property({ attribute: 'jobs-url' }) jobsUrl = '';

  /** A ZIP code the publisher knows (the page's city, say) for `{zip}`; empty without it. Never one a visitor typed. */
  @property({ attribute: 'jobs-zip' }) jobsZip = '';

  /** Present (any value but `off`): write an `Occupation` JSON-LD block into the page. Off by default. */
  @property({ attribute: 'structured-data' }) structuredData: string | null = null;

  readonly #ld = new StructuredDataController(this, () => {
    const catalog = this.data.value;
    if (this.data.status !== 'ready' || !catalog || !structuredDataOn(this.structuredData, false)) return undefined;
    if (!hasOutlook(occupationOutlook(catalog, this.occupation))) return undefined;
    const ld = lazyBuilders(() => this.#ld.sync());
    const data = ld?.occupationLd(catalog, this.occupation, this.locale);
    return data && { key: `occupation ${this.occupation}`, data };
  });

  /** The Occupation block this widget wrote into the page, if any. */
  get structuredDataScript(): HTMLScriptElement | undefined {
    return this.#ld.script;
  }

  protected override loadingLabel(): string {
    return messages(this.locale).loading;
  }

  protected renderReady(catalog: Catalog): TemplateResult {
    const locale = this.locale;
    const m = messages(locale);
    const nr = coreMessages(locale).notReported;
    const o = occupationOutlook(catalog, this.occupation);
    const title = o ? localize(o.occupation.title, locale) : this.occupation;
    if (!hasOutlook(o)) return html`<div part="base" class="base state"><p part="empty">${m.empty(title)}</p></div>`;
    const level = Math.min(5, Math.max(2, Math.round(this.headingLevel) || 3));
    const { outlook, pay } = o;
    const fig = (label: string, value: unknown) => html`<div part="figure" class="fig"><dt>${label}</dt><dd class="num">${value}</dd></div>`;
    const year = outlook ? (baseYear(outlook.period) ?? '') : '';
    return html`<div part="base" class="base">
      <div part="header" role="heading" aria-level=${level} class="h">${m.heading(title)}</div>
      <dl part="figures" class="figs">
        ${outlook
          ? html`${fig(m.jobs(year), outlook.jobs == null ? nr : formatNumber(outlook.jobs, locale))}
            ${fig(
              m.growth(outlook.period),
              html`${formatPercent(outlook.growthPct, locale, { signed: true })}${outlook.jobsChange == null
                ? nothing
                : html` <span class="sub">${m.change((outlook.jobsChange > 0 ? '+' : '') + formatNumber(outlook.jobsChange, locale))}</span>`}`,
            )}
            ${fig(m.openings(outlook.period), outlook.openingsPerYear == null ? nr : formatNumber(outlook.openingsPerYear, locale))}`
          : nothing}
        ${fig(m.pay, pay?.median == null ? nr : html`${formatMoney(pay.median, locale, { currency: pay.currency, cents: pay.period === 'hourly' })} <span class="sub">${m.per(pay.period)}</span>`)}
      </dl>
      <div class="sources small muted">
        ${outlook ? html`<p part="source">${m.projected} — ${sourceLine(catalog, outlook.source, undefined, locale)}</p>` : nothing}
        ${pay ? html`<p part="source">${m.pay} — ${sourceLine(catalog, pay.source, pay.vintage, locale)}</p>` : nothing}
      </div>
      ${this.renderIndustries(catalog, o.industries, title, level + 1, locale)}
      ${jobsLink(this.jobsUrl, this.jobsZip, o.occupation, locale)}
    </div>`;
  }

  private renderIndustries(catalog: Catalog, shares: IndustryShare[], title: string, level: number, locale: Locale): TemplateResult {
    const m = messages(locale);
    const pct = (s: IndustryShare) => formatPercent(s.share, locale);
    // Each distinct source and vintage once, "year not stated" where the source gives none.
    const sources = [...new Map(shares.map((s) => [`${s.source}\n${s.vintage}`, s])).values()].map(
      (s) => html`<p part="source" class="small muted">${sourceLine(catalog, s.source, NOT_STATED.test(s.vintage) ? m.noYear : s.vintage, locale)}</p>`,
    );
    let body: unknown;
    if (!shares.length) body = html`<p>${coreMessages(locale).notReported}</p>`;
    else if (shares.length === 1) body = html`<p>${m.share(pct(shares[0]), lowerFirst(title), lowerFirst(localize(shares[0].label, locale)))}</p>`;
    else
      body = html`<ul part="chart" class="bars" aria-labelledby="where">
        ${shareBars(shares, 100).map(
          (b) => html`<li>
            <span>${localize(b.share.label, locale)}</span>
            <svg part="bar" class="bar" aria-hidden="true" viewBox="0 0 100 10" preserveAspectRatio="none">
              <rect class="track" x="0" y="0" width="100" height="10"></rect>
              ${svg`<rect class="fill" x="0" y="0" width=${b.width} height="10"></rect>`}
            </svg>
            <span class="pct">${pct(b.share)}</span>
          </li>`,
        )}
      </ul>`;
    return html`<section part="industries" class="where" aria-labelledby="where">
      <div role="heading" aria-level=${level} id="where" class="h2">${m.where}</div>
      ${body}${sources}
    </section>`;
  }
}
