import { html, nothing, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MaCatalogElement } from '../../internal/catalog-element.js';
import type { Catalog } from '../../catalog/schema.js';
import { coreMessages, defineMessages } from '../../i18n/messages.js';
import { localize } from '../../i18n/lang.js';
import { formatMoney } from '../../i18n/format.js';
import { SortChangeEvent } from '../../events.js';
import { barGeometry, isHighlighted, pickTable, sortRows, tableMax, type SalarySort } from '../../careers/salary.js';
import { sourceLine } from '../../internal/source-line.js';
import { styles } from './salary-table.styles.js';
import { StructuredDataController, structuredDataOn } from '../../structured-data/controller.js';
import { lazyBuilders } from '../../structured-data/lazy.js';

const messages = defineMessages('salary-table', {
  en: {
    loading: 'Loading salary figures…',
    occupation: 'Occupation',
    perHour: 'per hour',
    empty: 'There are no salary figures to show.',
    legend: (max: string) =>
      `How to read the bars: each one spans a row's figures, from its lowest to its highest, with a dot for each figure, on one scale from 0 at the left to ${max} at the right (the table's largest figure).`,
    sorted: (column: string, direction: string, byLabel: boolean) =>
      `Sorted by ${column}, ${byLabel ? (direction === 'ascending' ? 'A to Z' : 'Z to A') : direction === 'ascending' ? 'lowest first' : 'highest first'}.`,
  },
  es: {
    loading: 'Cargando cifras salariales…',
    occupation: 'Ocupación',
    perHour: 'por hora',
    empty: 'No hay cifras salariales para mostrar.',
    legend: (max: string) =>
      `Cómo leer las barras: cada una abarca las cifras de una fila, de la más baja a la más alta, con un punto por cifra, en una misma escala que va de 0 a la izquierda a ${max} a la derecha (la cifra más alta de la tabla).`,
    sorted: (column: string, direction: string, byLabel: boolean) =>
      `Ordenado por ${column.toLowerCase()}, ${byLabel ? (direction === 'ascending' ? 'de la A a la Z' : 'de la Z a la A') : direction === 'ascending' ? 'de menor a mayor' : 'de mayor a menor'}.`,
  },
});

const BAR_WIDTH = 120;

/**
 * One of the catalog's salary tables as a real, sortable table with its
 * source, vintage and note, and a small bar per row showing the spread of its
 * values. On a narrow widget it reflows into one card per occupation.
 *
 * @summary A sortable salary table with its source, vintage and a spread bar per row.
 *
 * With `structured-data`, writes a schema.org `Occupation` JSON-LD block (estimated salary from the
 * occupation's own pay figures, SOC code) into the page beside itself: for the `highlight` row's
 * occupation, else for every row that names an occupation.
 *
 * @event ma-sort-change - A person sorted the table. `detail`: `{ table, column, direction }` (`column` is `label` for the occupation column).
 * @event ma-catalog-load - The catalog loaded.
 * @event ma-catalog-error - The catalog could not be loaded or is invalid.
 *
 * @csspart base - The outermost wrapper, in every state.
 * @csspart table - The `<table>`.
 * @csspart caption - The table's caption (its title).
 * @csspart sort-button - Each column header's sort button.
 * @csspart row - Each body row (a card on a narrow widget).
 * @csspart row-highlight - The row named by `highlight`.
 * @csspart bar - The spread bar (SVG) in each row.
 * @csspart legend - How to read the bars: a scale from 0 to the table's largest figure (a picture) and the same in words.
 * @csspart source - The source line.
 * @csspart note - What the columns mean.
 * @csspart empty - The message shown when there is no table or it has no rows.
 * @csspart error - The error message.
 *
 * @cssproperty --ma-salary-table-min-height - Space reserved while loading (default 20em of the widget's 16px type).
 * @cssproperty --ma-salary-bar-color - Color of the spread bars (default: the primary color).
 * @cssproperty --ma-salary-highlight-color - Background of the highlighted row (default #fff4cc).
 * @cssproperty --ma-color-primary - Links, sorted header, bars.
 */
export class MaSalaryTable extends MaCatalogElement {
  static override styles = [...MaCatalogElement.styles, styles];

  /** Id of the salary table to show; the catalog's first table when empty. */
  @property() table = '';

  /** Occupation id or row label (any language) of a row to mark, e.g. `medical-assistants`. */
  @property() highlight = '';

  /** Money as "$45.7K" instead of "$45,690". */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** Present (any value but `off`): write `Occupation` JSON-LD into the page. Off by default. */
  @property({ attribute: 'structured-data' }) structuredData: string | null = null;

  readonly #ld = new StructuredDataController(this, () => {
    const catalog = this.data.value;
    if (this.data.status !== 'ready' || !catalog || !structuredDataOn(this.structuredData, false)) return undefined;
    const rows = pickTable(catalog.salaryTables, this.table)?.rows.filter((r) => r.occupation) ?? [];
    const marked = rows.filter((r) => isHighlighted(r, this.highlight));
    const ids = (marked.length ? marked : rows).map((r) => r.occupation!);
    const ld = lazyBuilders(() => this.#ld.sync());
    const data = ld?.occupationsLd(catalog, ids, this.locale);
    return data && { key: `occupation ${[...new Set(ids)].join(' ')}`, data };
  });

  /** The Occupation block this widget wrote into the page, if any. */
  get structuredDataScript(): HTMLScriptElement | undefined {
    return this.#ld.script;
  }

  @state() private sort?: SalarySort;
  @state() private announcement = '';

  protected override loadingLabel(): string {
    return messages(this.locale).loading;
  }

  protected renderReady(catalog: Catalog): TemplateResult {
    const locale = this.locale;
    const m = messages(locale);
    const t = pickTable(catalog.salaryTables, this.table);
    if (!t?.rows.length) {
      return html`<div part="base" class="base state"><p part="empty">${m.empty}</p></div>`;
    }
    const notReported = coreMessages(locale).notReported;
    const max = tableMax(t);
    const header = (id: string, label: string) => {
      const dir = this.sort?.column === id ? this.sort.direction : undefined;
      return html`<th scope="col" role="columnheader" aria-sort=${dir ?? nothing}>
        <button class="sort" part="sort-button" type="button" @click=${() => this.handleSort(t.id, id, label)}>
          ${label}<span class="arrow" aria-hidden="true">${dir === 'ascending' ? '▲' : dir === 'descending' ? '▼' : '⇅'}</span>
        </button>
      </th>`;
    };
    const hourly = t.period === 'hourly';
    const caption = localize(t.title, locale) + (hourly ? ` (${m.perHour})` : '');
    const money = (v: number) => formatMoney(v, locale, { currency: t.currency, compact: this.compact, cents: hourly });
    // A table wider than its column scrolls inside this region (focusable, so the keyboard can scroll it).
    return html`<div part="base" class="base">
      <div class="scroll" tabindex="0" role="region" aria-label=${caption}>
      <table part="table" role="table">
        <caption part="caption">${caption}</caption>
        <thead>
          <tr role="row">${header('label', m.occupation)}${t.columns.map((c) => header(c.id, localize(c.label, locale)))}</tr>
        </thead>
        <tbody>
          ${sortRows(t.rows, this.sort, locale).map((row) => {
            const hl = isHighlighted(row, this.highlight);
            const label = localize(row.label, locale);
            const bar = barGeometry(t.columns.map((c) => row.values[c.id]), max, BAR_WIDTH);
            return html`<tr role="row" part=${hl ? 'row row-highlight' : 'row'} class=${hl ? 'hl' : ''}>
              <th scope="row" role="rowheader">
                ${hl ? html`<mark>${label}</mark>` : label}
                ${bar
                  ? html`<svg part="bar" aria-hidden="true" width=${BAR_WIDTH + 8} height="12" viewBox="-4 0 ${BAR_WIDTH + 8} 12">
                      <line class="track" x1="0" x2=${BAR_WIDTH} y1="6" y2="6"></line>
                      <rect class="range" x=${bar.x1} y="2" width=${bar.x2 - bar.x1} height="8" rx="4"></rect>
                      ${bar.dots.map((x) => svg`<circle class="dot" cx=${x} cy="6" r="3"></circle>`)}
                    </svg>`
                  : nothing}
              </th>
              ${t.columns.map((c) => {
                const v = row.values[c.id];
                return html`<td role="cell">
                  <span class="cl" aria-hidden="true">${localize(c.label, locale)}</span>
                  <span class=${v == null ? 'muted' : ''}>${v == null ? notReported : money(v)}</span>
                </td>`;
              })}
            </tr>`;
          })}
        </tbody>
      </table>
      </div>
      ${max > 0
        ? html`<div part="legend" class="legend">
            <svg aria-hidden="true" width=${BAR_WIDTH + 8} height="30" viewBox="-4 0 ${BAR_WIDTH + 8} 30">
              <line class="track" x1="0" x2=${BAR_WIDTH} y1="6" y2="6"></line>
              <line class="tick" x1="0" x2="0" y1="1" y2="11"></line>
              <line class="tick" x1=${BAR_WIDTH} x2=${BAR_WIDTH} y1="1" y2="11"></line>
              <text x="0" y="26">${money(0)}</text>
              <text x=${BAR_WIDTH} y="26" text-anchor="end">${money(max)}</text>
            </svg>
            <p class="muted">${m.legend(money(max))}</p>
          </div>`
        : nothing}
      <p part="source" class="source muted">${sourceLine(catalog, t.source, undefined, locale)}</p>
      ${t.note ? html`<p part="note" class="note muted">${localize(t.note, locale)}</p>` : nothing}
      <p class="sr-only" role="status">${this.announcement}</p>
    </div>`;
  }

  private handleSort(table: string, column: string, label: string) {
    // A new column starts ascending; the same column again flips the direction.
    const direction = this.sort?.column === column && this.sort.direction === 'ascending' ? 'descending' : 'ascending';
    this.sort = { column, direction };
    this.announcement = messages(this.locale).sorted(label, direction, column === 'label');
    this.dispatchEvent(new SortChangeEvent({ table, column, direction }));
  }
}
