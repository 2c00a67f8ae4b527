/**
 * <ma-program-compare>: 2 to 4 programs side by side in a real table, with
 * the rows where they differ marked, a "show only differences" switch and a
 * button to remove each column. The programs come from the `programs`
 * attribute or, with `follow`, from `ma-compare-change` events on the page
 * (the protocol is `CompareSelection`, internal/compare-selection.ts, shared with the finder).
 */
import { wrapAfterSlashes } from '../../internal/wbr.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MaCatalogElement } from '../../internal/catalog-element.js';
import type { Catalog, Program } from '../../catalog/schema.js';
import { MAX_COMPARE, ProgramSelectEvent } from '../../events.js';
import { CompareSelection } from '../../internal/compare-selection.js';
import { coreMessages } from '../../i18n/messages.js';
import { localize, type Locale } from '../../i18n/lang.js';
import { formatDate, formatNumber, formatPercent } from '../../i18n/format.js';
import { safeUrl } from '../../internal/safe-url.js';
import { EXAMS, examEligibility } from '../../programs/eligibility.js';
import { controlText, graduatesText, label, languageName, lengthText, sourceParts, tuitionText } from '../../programs/labels.js';
import { messages } from './program-compare.messages.js';
import { styles } from './program-compare.styles.js';
import { link } from '../../internal/link.js';


interface Row {
  label: string;
  /** One text per program, compared to mark differences; undefined reads "Not reported". */
  cells: (string | undefined)[];
}

/**
 * @summary Compares 2 to 4 medical assisting programs side by side.
 *
 * @event ma-compare-change - A column was removed; `detail.ids` is the programs still compared.
 * @event ma-compare-request - With `follow`, sent on joining the page to ask a finder for its current selection.
 * @event ma-program-select - A program's link was followed; `detail` is `{ id, url }`.
 * @event ma-catalog-load - The catalog loaded.
 * @event ma-catalog-error - The catalog could not be loaded or is invalid.
 *
 * @csspart base - The widget's outer box.
 * @csspart table - The comparison table.
 * @csspart header - A program's column header.
 * @csspart row - A row of the table.
 * @csspart empty - The message shown when there is nothing to compare.
 * @csspart error - The error message.
 *
 * @cssproperty --ma-color-primary - Links, buttons and the difference mark.
 * @cssproperty --ma-color-surface-alt - Background of the row headers and differing rows.
 * @cssproperty --ma-compare-min-height - Height reserved while loading (default 20em of the widget's 16px type).
 * @cssproperty --ma-compare-max-height - Height of the scrolling table box, so the program names stay in view (default 85vh).
 */
export class MaProgramCompare extends MaCatalogElement {
  static override styles = [...MaCatalogElement.styles, styles];

  /** Program ids to compare, separated by commas or spaces (at most 4 are shown). */
  @property() programs = '';

  /** Follow the selection that `<ma-program-finder>` (or anything) announces with `ma-compare-change` on the document. */
  @property({ type: Boolean }) follow = false;

  /** With `follow`: the id of the one finder to follow; selections announced by other widgets are ignored. */
  @property({ attribute: 'for' }) for = '';

  /** The programs shown: from `programs`, and with `follow` from what the page announces. */
  readonly #selection = new CompareSelection(this, { role: 'follower', active: () => this.follow, from: () => this.for });

  private get ids(): string[] {
    return this.#selection.ids;
  }
  @state() private onlyDiff = false;
  @state() private said = '';

  override willUpdate(changed: PropertyValues<this>): void {
    // An empty `programs` on the first render must not wipe a selection that `follow` already received.
    if (changed.has('programs') && (this.hasUpdated || this.programs)) this.#selection.ids = this.programs.split(/[\s,]+/).filter(Boolean);
  }

  protected override loadingLabel(): string {
    return messages(this.locale).loading;
  }

  /** The known programs among `ids`, without repeats, at most 4. */
  #selected(c: Catalog): Program[] {
    const found = [...new Set(this.ids)].map((id) => c.programs.find((p) => p.id === id));
    return found.filter((p): p is Program => !!p).slice(0, MAX_COMPARE);
  }

  protected renderReady(c: Catalog): TemplateResult {
    const l = this.locale;
    const m = messages(l);
    const list = this.#selected(c);
    // One status element in both branches: a live region inserted with its text already in it is not announced.
    return html`<div part="base" class="base">
      ${list.length
        ? this.#renderTable(c, list, l, m)
        : html`<div part="empty" class="empty" tabindex="-1">
            <p><strong>${m.empty}</strong></p>
            <p class="muted">${m.howTo}</p>
          </div>`}
      <p class="sr-only" role="status">${this.said}</p>
    </div>`;
  }

  #renderTable(c: Catalog, list: Program[], l: Locale, m: ReturnType<typeof messages>): TemplateResult {
    const rows = this.#rows(list, l);
    const differs = (r: Row) => new Set(r.cells.map((v) => v ?? '')).size > 1;
    const shown = this.onlyDiff ? rows.filter(differs) : rows;
    const nr = coreMessages(l).notReported;
    return html`<div class="bar">
        ${list.length > 1
          ? html`<label class="switch"
              ><input type="checkbox" role="switch" .checked=${this.onlyDiff} @change=${this.handleOnlyDiff} />${m.onlyDiff}</label
            >`
          : html`<p class="muted">${m.addOne}</p>`}
      </div>
      ${list.length > 2 ? html`<p class="hint n${list.length}" aria-hidden="true">${m.swipe(list.length)}</p>` : nothing}
      <div class="scroll" tabindex="0" role="region" aria-label=${m.scroll}>
        <table part="table" class="n${list.length}">
          <caption class="sr-only">${m.caption(list.length)}</caption>
          <thead>
            <tr>
              <td></td>
              ${list.map(
                (p) => html`<th scope="col" part="header">
                  <span class="name">${wrapAfterSlashes(localize(p.name, l))}</span>
                  ${p.sponsored ? html`<span class="tag">${label('sponsored', l)}</span>` : nothing}
                  <button class="btn secondary remove" type="button" @click=${() => this.handleRemove(p, l)}>
                    ${m.remove}<span class="sr-only"> ${localize(p.name, l)}</span>
                  </button>
                </th>`,
              )}
            </tr>
          </thead>
          <tbody>
            ${shown.map((r) => {
              const d = list.length > 1 && differs(r);
              return html`<tr part="row" class=${d ? 'diff' : ''}>
                <th scope="row">${r.label}${d ? html` <span class="mark">${m.differs}</span>` : nothing}</th>
                ${r.cells.map((v) => html`<td class=${v === undefined ? 'muted' : ''}>${v ?? nr}</td>`)}
              </tr>`;
            })}
            <tr part="row">
              <th scope="row">${m.link}</th>
              ${list.map((p) => {
                const href = safeUrl(p.url);
                return html`<td>
                  ${href
                    ? html`<a href=${href} ${link(p)} @click=${() => this.dispatchEvent(new ProgramSelectEvent({ id: p.id, url: href }))}
                        >${m.visit}<span class="sr-only">: ${localize(p.name, l)}</span></a
                      >`
                    : nr}
                </td>`;
              })}
            </tr>
            <tr part="row">
              <th scope="row">${m.sources}</th>
              ${list.map((p) => html`<td class="small"><ul class="sources">${sourceParts(p, c, l).map((t) => html`<li>${t}</li>`)}</ul></td>`)}
            </tr>
          </tbody>
        </table>
      </div>
      <p class="muted small">${c.meta.sample ? `${coreMessages(l).sampleData}. ` : ''}${coreMessages(l).source(localize(c.meta.title, l), formatDate(c.meta.updated, l))}</p>`;
  }

  /** Every row as plain text per program: the same text is what "differs" compares. */
  #rows(list: Program[], l: Locale): Row[] {
    const m = messages(l);
    const row = (name: string, cell: (p: Program) => string | undefined): Row => ({ label: name, cells: list.map(cell) });
    const hours = (n?: number) => (n === undefined ? undefined : formatNumber(n, l));
    const outcome = (key: 'retention' | 'examPassRate' | 'placement') => (p: Program) => {
      const v = p.outcomes?.[key];
      return v === undefined ? undefined : `${formatPercent(v, l)} (${p.outcomes!.year})`;
    };
    return [
      row(m.school, (p) => `${localize(p.institution.name, l)}, ${p.location.city}, ${p.location.state}`),
      row(m.control, (p) => controlText(p, l)),
      row(m.delivery, (p) => p.delivery && label(p.delivery, l)),
      row(m.credential, (p) => label(p.credential, l)),
      row(m.length, (p) => lengthText(p, l)),
      row(m.tuition, (p) => tuitionText(p, l)),
      row(m.accreditation, (p) => p.accreditation && `${p.accreditation.body}, ${label(p.accreditation.status, l)}`),
      ...EXAMS.map((e) => row(m.exam(e), (p) => m.eligible(examEligibility(p)[e]))),
      row(m.contact, (p) => hours(p.contactHours)),
      row(m.externship, (p) => hours(p.externshipHours)),
      row(m.schedule, (p) => p.schedule?.map((s) => label(s, l)).join(', ')),
      row(m.languages, (p) => p.languages?.map((s) => languageName(s, l)).join(', ')),
      row(m.retention, outcome('retention')),
      row(m.passRate, outcome('examPassRate')),
      row(m.placement, outcome('placement')),
      row(m.graduates, (p) => graduatesText(p, l)),
      row(m.verified, (p) => formatDate(p.verified, l)),
    ];
  }

  private handleOnlyDiff(e: Event) {
    this.onlyDiff = (e.target as HTMLInputElement).checked;
    const m = messages(this.locale);
    this.said = this.onlyDiff ? m.onlyDiffOn : m.onlyDiffOff;
  }

  private async handleRemove(p: Program, l: Locale) {
    const c = this.data.value!;
    const before = this.#selected(c);
    const at = before.indexOf(p);
    this.#selection.choose(before.filter((x) => x !== p).map((x) => x.id));
    this.said = messages(l).removed(localize(p.name, l), this.ids.length);
    await this.updateComplete;
    // Keep the keyboard where it was: the next column's Remove button, else the previous one, else the empty message.
    const buttons = this.renderRoot.querySelectorAll<HTMLElement>('.remove');
    (buttons[Math.min(at, buttons.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('.empty'))?.focus();
  }
}
