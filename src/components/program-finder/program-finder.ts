/**
 * <ma-program-finder>: search, filter and sort medical assisting programs.
 * The component keeps state (filters, sort, page, comparison), renders, and
 * sends events; the search itself is `queryPrograms` (programs/query.ts),
 * and the words for filters in the URL are in ./params.ts.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MaCatalogElement } from '../../internal/catalog-element.js';
import type { Catalog, Program } from '../../catalog/schema.js';
import { CompareChangeEvent, FilterChangeEvent, MAX_COMPARE, ProgramSelectEvent } from '../../events.js';
import { coreMessages } from '../../i18n/messages.js';
import { localize, type Locale } from '../../i18n/lang.js';
import { formatDate, formatMoney, formatNumber } from '../../i18n/format.js';
import { safeUrl } from '../../internal/safe-url.js';
import { EXAMS } from '../../programs/eligibility.js';
import { DEFAULT_RADIUS, loadZipTable, type LatLon } from '../../programs/geo.js';
import {
  MONTH_LIMITS,
  RADII,
  TUITION_LIMITS,
  queryPrograms,
  indexProgramsInSlices,
  isIndexed,
  type Counts,
  type FilterKey,
  type Hit,
  type ProgramFilters,
  type QueryResult,
  type SortKey,
} from '../../programs/query.js';
import { label, monthsText, tuitionText } from '../program-compare/labels.js';
import { readFilters, mergeSearch, PARAMS } from './params.js';
import { messages } from './program-finder.messages.js';
import { styles } from './program-finder.styles.js';
import { link } from '../../internal/link.js';

type M = ReturnType<typeof messages>;

/** Above this many programs, the search index is built in slices before the first results (see renderReady). */
const INDEX_AT_ONCE = 500;

/** Which filter properties each filter group owns (to remove one group). */
const OWNS: Record<FilterKey, (keyof ProgramFilters)[]> = {
  search: ['q'],
  state: ['state'],
  zip: ['zip', 'radius'],
  delivery: ['delivery'],
  credential: ['credential'],
  length: ['maxMonths'],
  tuition: ['maxTuition', 'tuitionReported'],
  accreditation: ['accreditation'],
  exams: ['exams'],
  schedule: ['schedule'],
  language: ['spanish'],
};

/** Which filter properties each filter attribute sets: a changed attribute replaces them (a removed one clears them). */
const ATTRIBUTES = {
  state: OWNS.state,
  zip: OWNS.zip,
  radius: ['radius'],
  delivery: OWNS.delivery,
  credential: OWNS.credential,
  accreditation: OWNS.accreditation,
} satisfies Record<string, (keyof ProgramFilters)[]>;

/** Filters without empty values, so that "no filter" has one shape. */
function clean(f: ProgramFilters): ProgramFilters {
  const out: ProgramFilters = {};
  for (const [k, v] of Object.entries(f)) if (v !== undefined && v !== '' && v !== false && !(Array.isArray(v) && !v.length)) (out as Record<string, unknown>)[k] = v;
  return out;
}

/**
 * @summary Search, filter and sort medical assisting programs; compare up to four.
 *
 * @event ma-filter-change - Filters or sort changed; `detail` has the filters (without the search text and ZIP code), `search`, `near`, `sort` and `total`.
 * @event ma-program-select - A program's link was followed; `detail` is `{ id, url }`.
 * @event ma-compare-change - The programs ticked for comparison changed; `detail.ids` (at most 4, in the order ticked).
 * @event ma-catalog-load - The catalog loaded.
 * @event ma-catalog-error - The catalog could not be loaded or is invalid.
 *
 * @csspart base - The widget's outer box.
 * @csspart header - The search box, sort and the filters button.
 * @csspart filters - The filter panel.
 * @csspart results - The results column: count, sort, cards and "Show more".
 * @csspart count - The results count (announced to screen readers).
 * @csspart list - The list of result cards.
 * @csspart card - One program card.
 * @csspart sponsored - The "Sponsored" label on a card.
 * @csspart badge - An accreditation or exam badge.
 * @csspart more - The "Show more" button.
 * @csspart empty - The message and suggestions when nothing matches.
 * @csspart tray - The comparison tray.
 * @csspart error - The error message.
 *
 * @cssproperty --ma-color-primary - Links, buttons, ticked boxes.
 * @cssproperty --ma-color-accent - The "Sponsored" label.
 * @cssproperty --ma-color-surface-alt - Card and panel backgrounds.
 * @cssproperty --ma-color-border - Card and field borders.
 * @cssproperty --ma-finder-min-height - Height reserved while loading (default 32em of the widget's 16px type).
 */
export class MaProgramFinder extends MaCatalogElement {
  static override styles = [...MaCatalogElement.styles, styles];

  /** Initial filter: two-letter state code. */
  @property() state = '';
  /** Initial filter: 5-digit ZIP code (with `radius`, default 25 miles). */
  @property() zip = '';
  /** Initial radius in miles around `zip`: 10, 25, 50 or 100. */
  @property({ type: Number }) radius?: number;
  /** Initial filter: delivery modes, comma-separated (`online`, `hybrid`, `campus`). */
  @property() delivery = '';
  /** Initial filter: credentials, comma-separated (`certificate`, `diploma`, `associate`, `bachelor`). */
  @property() credential = '';
  /** Initial filter: `CAAHEP`, `ABHES` or `any`. */
  @property() accreditation = '';
  /** Filters not to show, comma- or space-separated: search, state, zip, delivery, credential, length, tuition, accreditation, exams, schedule, language, sort. A hidden filter set by an attribute still applies. */
  @property({ attribute: 'hide-filters' }) hideFilters = '';
  /** Results per page ("Show more" adds as many). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;
  /** Keep the filters in the page's query string, with browser history (back and forward). */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;
  /** Where program links open, e.g. `_blank`; by default the same tab. */
  @property({ attribute: 'link-target' }) linkTarget = '';

  @state() private filters: ProgramFilters = {};
  @state() private sort: SortKey = 'relevance';
  @state() private shown = 0;
  @state() private compare: string[] = [];
  @state() private zipDraft = '';
  @state() private origin?: LatLon;
  @state() private zipStatus: '' | 'loading' | 'unknown' = '';
  @state() private zipLocation?: (zip: string) => LatLon | undefined;
  @state() private open = false;
  @state() private said = '';
  @state() private limitHit = false;

  #result?: QueryResult;
  #key: unknown[] = [];
  #notify = false;
  #typing = false;
  #focusFrom = -1;

  protected override loadingLabel(): string {
    return messages(this.locale).loading;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('popstate', this.handlePopState);
    document.addEventListener('ma-compare-change', this.handleCompareElsewhere);
    document.addEventListener('ma-compare-request', this.handleCompareRequest);
    document.addEventListener('ma-match-results', this.handleMatchResults);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('popstate', this.handlePopState);
    document.removeEventListener('ma-compare-change', this.handleCompareElsewhere);
    document.removeEventListener('ma-compare-request', this.handleCompareRequest);
    document.removeEventListener('ma-match-results', this.handleMatchResults);
  }

  /** The filters the attributes ask for. */
  #attributeFilters() {
    const attrs: Record<string, string | undefined> = {
      state: this.state,
      zip: this.zip,
      radius: this.radius ? String(this.radius) : undefined,
      delivery: this.delivery,
      credential: this.credential,
      accreditation: this.accreditation,
    };
    return readFilters((n) => attrs[n]).filters;
  }

  /** With `sync-url`, the filters in the page's URL if it has any, else the attributes'. */
  #initialFilters(): { filters: ProgramFilters; sort?: SortKey } {
    const params = new URLSearchParams(location.search);
    if (this.syncUrl && PARAMS.some((p) => params.has(p))) return readFilters((n) => params.get(n));
    return { filters: this.#attributeFilters() };
  }

  override willUpdate(changed: PropertyValues<this>): void {
    const attrs = (Object.keys(ATTRIBUTES) as (keyof typeof ATTRIBUTES)[]).filter((a) => changed.has(a));
    if (!this.hasUpdated) this.#apply(this.#initialFilters(), false);
    else if (attrs.length) {
      // readFilters leaves out what an attribute does not set, so the changed attributes' filters are unset first.
      const unset = Object.fromEntries(attrs.flatMap((a) => ATTRIBUTES[a]).map((k) => [k, undefined]));
      this.#apply({ filters: { ...this.filters, ...unset, ...this.#attributeFilters() } }, false);
    }
    if (!this.shown || changed.has('pageSize')) this.shown = Math.max(1, this.pageSize || 20);
  }

  override updated(): void {
    if (this.#notify && this.#result) {
      this.#notify = false;
      const { q, zip, ...filters } = this.filters;
      this.dispatchEvent(
        new FilterChangeEvent({ filters, search: !!q, near: !!(zip && this.origin), sort: this.#sort(), total: this.#result.hits.length }),
      );
    }
    if (this.#focusFrom >= 0) {
      this.renderRoot.querySelectorAll<HTMLElement>('.card h3')[this.#focusFrom]?.focus();
      this.#focusFrom = -1;
    }
  }

  /** Takes new filters (and sort), starting a ZIP lookup when the ZIP changed. */
  #apply({ filters, sort }: { filters: ProgramFilters; sort?: SortKey }, notify = true) {
    const f = clean(filters);
    if (f.zip && !f.radius) f.radius = DEFAULT_RADIUS;
    const zipChanged = f.zip !== this.filters.zip;
    this.filters = f;
    if (sort) this.sort = sort;
    this.shown = Math.max(1, this.pageSize || 20);
    this.#notify ||= notify;
    if (zipChanged) {
      this.zipDraft = f.zip ?? '';
      this.origin = undefined;
      this.zipStatus = f.zip ? 'loading' : '';
      if (f.zip) this.#locate(f.zip);
      else if (this.sort === 'distance') this.sort = 'relevance';
    }
  }

  async #locate(zip: string) {
    let lookup: ((zip: string) => LatLon | undefined) | undefined;
    try {
      lookup = await loadZipTable();
    } catch {
      // The chunk could not load (offline): treated as unknown, with the same message.
    }
    if (this.filters.zip !== zip) return; // typed on since
    this.zipLocation = lookup;
    this.origin = lookup?.(zip);
    this.zipStatus = this.origin ? '' : 'unknown';
    if (this.origin && this.sort === 'relevance') this.sort = 'distance';
    this.#notify = true;
  }

  /** A change made by the person: new filters, the URL (with `sync-url`), and an event after render. */
  #change(patch: Partial<ProgramFilters>, sort?: SortKey, typing = false) {
    this.#apply({ filters: { ...this.filters, ...patch }, sort });
    if (this.syncUrl) {
      const url = location.pathname + mergeSearch(location.search, this.filters, sort ?? this.sort) + location.hash;
      try {
        // A run of keystrokes is one history entry.
        history[typing && this.#typing ? 'replaceState' : 'pushState'](history.state, '', url);
      } catch {
        // A sandboxed or srcdoc iframe may not change its URL (SecurityError): the finder works without URL sync.
      }
    }
    this.#typing = typing;
  }

  #sort(): SortKey {
    return this.sort === 'distance' && !this.origin ? 'relevance' : this.sort;
  }

  #query(catalog: Catalog): QueryResult {
    const key = [catalog.programs, this.filters, this.#sort(), this.origin, this.zipLocation, this.locale];
    if (!this.#result || key.some((k, i) => k !== this.#key[i])) {
      this.#key = key;
      this.#result = queryPrograms(catalog.programs, this.filters, { sort: this.#sort(), origin: this.origin, zipLocation: this.zipLocation, locale: this.locale });
    }
    return this.#result;
  }

  private handlePopState = () => {
    if (!this.syncUrl) return;
    this.#typing = false;
    const { filters, sort } = this.#initialFilters();
    this.#apply({ filters, sort: sort ?? 'relevance' });
  };

  private handleCompareElsewhere = (e: Event) => {
    const ids = (e as CompareChangeEvent).detail?.ids;
    if (e.target !== this && Array.isArray(ids)) this.compare = ids.slice(0, MAX_COMPARE).map(String);
  };

  /** A comparison joined the page late: tell it what is ticked. */
  private handleCompareRequest = () => {
    if (this.compare.length) this.dispatchEvent(new CompareChangeEvent({ ids: [...this.compare] }));
  };

  private handleMatchResults = (e: Event) => {
    const query = (e as CustomEvent<{ query?: string }>).detail?.query;
    if (typeof query === 'string') {
      const params = new URLSearchParams(query);
      // The answers replace what the person could have set here; the publisher's hidden filters stay.
      this.#change({ ...this.#cleared(), ...readFilters((n) => params.get(n)).filters });
      // The person asked to see these results here: take focus to the count, so the next Tab continues in the finder.
      this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#count')?.focus());
    }
  };

  #lookups = new WeakMap<Catalog, { states: string[]; byId: Map<string, Program> }>();
  /** Per catalog, once: its states and its programs by id (not per keystroke, at 10,000 programs). */
  #lookup(c: Catalog) {
    let v = this.#lookups.get(c);
    if (!v) this.#lookups.set(c, (v = { states: [...new Set(c.programs.map((p) => p.location.state))], byId: new Map(c.programs.map((p) => [p.id, p])) }));
    return v;
  }

  #hidden(key: FilterKey | 'sort'): boolean {
    return this.hideFilters.split(/[\s,]+/).includes(key);
  }

  /** Filter groups the person can see, so can clear (a hidden one set by the publisher stays). */
  #visible(): FilterKey[] {
    return (Object.keys(OWNS) as FilterKey[]).filter((k) => !this.#hidden(k));
  }

  /** A programs array whose index is being built in slices (or failed to be: the query then runs at once and reports). */
  #indexing?: readonly Program[];
  #indexFailed?: readonly Program[];

  protected renderReady(catalog: Catalog): TemplateResult {
    const list = catalog.programs;
    if (list.length > INDEX_AT_ONCE && !isIndexed(list) && list !== this.#indexFailed) {
      // A large catalog is indexed a slice at a time, the loading state kept meanwhile, so that no task is long.
      if (this.#indexing !== list) {
        this.#indexing = list;
        indexProgramsInSlices(list).then(
          () => this.requestUpdate(),
          () => ((this.#indexFailed = list), this.requestUpdate()),
        );
      }
      return this.renderLoading();
    }
    const l = this.locale;
    const m = messages(l);
    const r = this.#query(catalog);
    const total = r.hits.length;
    const shown = Math.min(this.shown, total);
    // A radius alone (no ZIP yet) filters nothing.
    const active = this.#visible().filter((k) => (k === 'zip' ? this.filters.zip : OWNS[k].some((p) => this.filters[p] !== undefined))).length;
    return html`<div part="base" class="base finder ${this.open ? 'open' : ''}">
      <div part="header" class="header">
        ${this.#hidden('search')
          ? nothing
          : html`<div class="field search">
              <label for="q">${m.search}</label>
              <input id="q" type="search" autocomplete="off" .value=${this.filters.q ?? ''} @input=${this.handleSearch} />
            </div>`}
        <button class="btn secondary toggle" type="button" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="filters" @click=${this.handleToggle}>
          ${m.filtersCount(active)}
        </button>
      </div>
      <div class="layout">
        <form id="filters" part="filters" class="filters" aria-label=${m.filters} @submit=${(e: Event) => e.preventDefault()}>
          ${this.#renderFilters(catalog, r, m, l)}
          ${active ? html`<button class="btn secondary" type="button" @click=${() => this.#removeFilter()}>${m.clear}</button>` : nothing}
        </form>
        <section part="results" class="results">
          <div class="bar">
            <p id="count" part="count" class="count" role="status" tabindex="-1">${m.count(shown, total)}</p>
            ${this.#hidden('sort') ? nothing : this.#renderSort(m)}
          </div>
          ${total ? this.#renderList(r.hits.slice(0, shown), m, l) : this.#renderEmpty(r, m)}
          ${shown < total
            ? html`<button part="more" class="btn secondary more" type="button" @click=${this.handleMore}>
                ${m.more(Math.min(this.pageSize || 20, total - shown))}
              </button>`
            : nothing}
        </section>
      </div>
      ${this.#renderTray(catalog, m, l)}
      <p class="sr-only" role="status">${this.said}</p>
      ${catalog.meta.sample ? html`<p class="muted note">${coreMessages(l).sampleData}</p>` : nothing}
    </div>`;
  }

  #renderSort(m: M): TemplateResult {
    const sorts: [SortKey, string][] = [
      ['relevance', m.relevance],
      ...(this.origin ? [['distance', m.distance] as [SortKey, string]] : []),
      ['shortest', m.shortest],
      ['tuition', m.lowestTuition],
      ['name', m.name],
    ];
    return html`<div class="field sort">
      <label for="sort">${m.sort}</label>
      <select id="sort" @change=${(e: Event) => this.#change(this.filters, (e.target as HTMLSelectElement).value as SortKey)}>
        ${sorts.map(([v, text]) => html`<option value=${v} .selected=${v === this.#sort()}>${text}</option>`)}
      </select>
    </div>`;
  }

  /** A select whose options carry facet counts; '' is "any". */
  #select(id: string, text: string, value: unknown, options: [string | number, string][], counts: Counts, any: string, set: (v: string) => void) {
    return html`<div class="field">
      <label for=${id}>${text}</label>
      <select id=${id} @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}>
        <option value="" .selected=${value === undefined}>${any}</option>
        ${options.map(([v, t]) => html`<option value=${v} .selected=${String(value) === String(v)}>${t} (${counts[v] ?? 0})</option>`)}
      </select>
    </div>`;
  }

  /** A group of checkboxes with facet counts. */
  #checks<T extends string>(id: FilterKey, legend: string, options: readonly T[], selected: T[] | undefined, counts: Counts, name: (v: T) => string, key: keyof ProgramFilters, hint?: string) {
    const on = selected ?? [];
    return html`<fieldset class="checks" aria-describedby=${hint ? `${id}-hint` : nothing}>
      <legend>${legend}</legend>
      ${hint ? html`<p id="${id}-hint" class="muted hint">${hint}</p>` : nothing}
      ${[...new Set([...options, ...on])].map(
        (v) => html`<label class="check"
          ><input
            type="checkbox"
            name=${id}
            value=${v}
            .checked=${on.includes(v)}
            @change=${(e: Event) => this.#change({ [key]: (e.target as HTMLInputElement).checked ? [...on, v] : on.filter((x) => x !== v) })}
          />${name(v)} <span class="n">(${counts[v] ?? 0})</span></label
        >`,
      )}
    </fieldset>`;
  }

  #renderFilters(catalog: Catalog, r: QueryResult, m: M, l: Locale): TemplateResult[] {
    const f = this.filters;
    const fc = r.facets;
    const show = (k: FilterKey, t: () => TemplateResult) => (this.#hidden(k) ? [] : [t()]);
    const num = (v: string) => (v ? Number(v) : undefined);
    const states = [...new Set([...this.#lookup(catalog).states, ...(f.state ? [f.state] : [])])].sort();
    return [
      ...show('state', () => this.#select('state', m.state, f.state, states.map((s) => [s, s]), fc.state, m.allStates, (v) => this.#change({ state: v }))),
      ...show('zip', () => this.#renderZip(fc.zip, m)),
      ...show('delivery', () => this.#checks('delivery', m.delivery, ['online', 'hybrid', 'campus'] as const, f.delivery, fc.delivery, (v) => label(v, l), 'delivery')),
      ...show('credential', () =>
        this.#checks('credential', m.credential, ['certificate', 'diploma', 'associate', 'bachelor'] as const, f.credential, fc.credential, (v) => label(v, l), 'credential'),
      ),
      ...show('length', () =>
        this.#select('length', m.length, f.maxMonths, MONTH_LIMITS.map((n) => [n, m.months(n)]), fc.length, m.anyLength, (v) => this.#change({ maxMonths: num(v) })),
      ),
      ...show(
        'tuition',
        () => html`${this.#select(
            'tuition',
            m.tuition,
            f.maxTuition,
            TUITION_LIMITS.map((n) => [n, m.upTo(formatMoney(n, l))]),
            fc.tuition,
            m.anyTuition,
            (v) => this.#change({ maxTuition: num(v) }),
          )}
          <label class="check"
            ><input type="checkbox" .checked=${!!f.tuitionReported} @change=${(e: Event) => this.#change({ tuitionReported: (e.target as HTMLInputElement).checked })} />${m.reported}</label
          >`,
      ),
      ...show('accreditation', () =>
        this.#select(
          'accreditation',
          m.accreditation,
          f.accreditation,
          [
            ['any', m.anyAccredited],
            ['CAAHEP', 'CAAHEP'],
            ['ABHES', 'ABHES'],
          ],
          fc.accreditation,
          m.anyAccreditation,
          (v) => this.#change({ accreditation: (v || undefined) as ProgramFilters['accreditation'] }),
        ),
      ),
      ...show('exams', () => this.#checks('exams', m.exams, EXAMS, f.exams, fc.exams, (v) => v, 'exams', m.examsHint)),
      ...show('schedule', () => this.#checks('schedule', m.schedule, ['evening', 'weekend'] as const, f.schedule, fc.schedule, (v) => label(v, l), 'schedule')),
      ...show(
        'language',
        () => html`<fieldset class="checks">
          <legend>${m.language}</legend>
          <label class="check"
            ><input type="checkbox" .checked=${!!f.spanish} @change=${(e: Event) => this.#change({ spanish: (e.target as HTMLInputElement).checked })} />${m.spanish}
            <span class="n">(${fc.language.es ?? 0})</span></label
          >
        </fieldset>`,
      ),
    ];
  }

  #renderZip(counts: Counts, m: M): TemplateResult {
    const unknown = this.zipStatus === 'unknown';
    return html`<div class="zip">
      <div class="field">
        <label for="zip">${m.zip}</label>
        <input
          id="zip"
          type="text"
          inputmode="numeric"
          autocomplete="postal-code"
          maxlength="5"
          aria-describedby="zip-msg"
          aria-invalid=${unknown ? 'true' : 'false'}
          .value=${this.zipDraft}
          @input=${this.handleZip}
        />
      </div>
      <p id="zip-msg" class="hint ${unknown ? 'invalid' : 'muted'}" aria-live="polite">
        ${unknown ? m.zipUnknown(this.filters.zip!) : this.zipStatus === 'loading' ? m.zipLoading : m.zipHint}
      </p>
      <div class="field">
        <label for="radius">${m.radius}</label>
        <select id="radius" @change=${(e: Event) => this.#change({ radius: Number((e.target as HTMLSelectElement).value) })}>
          ${RADII.map(
            (n) => html`<option value=${n} .selected=${n === (this.filters.radius ?? DEFAULT_RADIUS)}>${m.miles(n)}${this.origin ? ` (${counts[n] ?? 0})` : ''}</option>`,
          )}
        </select>
      </div>
    </div>`;
  }

  #renderList(hits: Hit[], m: M, l: Locale): TemplateResult {
    return html`<ul part="list" class="list">
      ${hits.map((h) => this.#renderCard(h, m, l))}
    </ul>`;
  }

  #renderCard({ program: p, exams, distance }: Hit, m: M, l: Locale): TemplateResult {
    const name = localize(p.name, l);
    const href = safeUrl(p.url);
    const a = p.accreditation;
    const notReported = coreMessages(l).notReported;
    const fact = (dt: string, dd: string | undefined) => html`<div><dt>${dt}</dt><dd>${dd ?? notReported}</dd></div>`;
    const ticked = this.compare.includes(p.id);
    return html`<li part="card" class="card" data-id=${p.id}>
      ${p.sponsored ? html`<p part="sponsored" class="sponsored">${label('sponsored', l)}</p>` : nothing}
      <h3 tabindex="-1">
        ${href
          ? html`<a href=${href} ${link(p, this.linkTarget)} @click=${() => this.dispatchEvent(new ProgramSelectEvent({ id: p.id, url: href }))}
              >${name}</a
            >`
          : name}
      </h3>
      <p class="school">
        ${localize(p.institution.name, l)} · ${p.location.city}, ${p.location.state}${distance !== undefined && this.origin ? ` · ${m.away(formatNumber(distance, l, 1))}` : ''}
      </p>
      <dl class="facts">
        ${fact(m.delivery, p.delivery && label(p.delivery, l))} ${fact(m.credential, label(p.credential, l))} ${fact(m.length, monthsText(p, l))}
        ${fact(m.tuition, tuitionText(p, l))}
      </dl>
      <ul class="badges">
        ${a ? html`<li part="badge" class="badge acc">${m[a.status](a.body)}</li>` : nothing}
        ${EXAMS.filter((x) => exams[x] !== 'no').map(
          (x) => html`<li part="badge" class="badge ${exams[x]}">${exams[x] === 'yes' ? m.eligible(x) : m.unclear(x)}</li>`,
        )}
      </ul>
      <div class="foot">
        <label class="check"
          ><input type="checkbox" .checked=${ticked} @change=${(e: Event) => this.#toggleCompare(p, l, e.target as HTMLInputElement)} />${m.compare}<span class="sr-only">
            ${name}</span
          ></label
        >
        <span class="muted small">${m.checked(formatDate(p.verified, l, 'short'))}</span>
      </div>
    </li>`;
  }

  #renderEmpty(r: QueryResult, m: M): TemplateResult {
    const names: Record<FilterKey, string> = {
      search: m.search_filter,
      state: m.state,
      zip: m.zip_filter,
      delivery: m.delivery,
      credential: m.credential,
      length: m.length,
      tuition: m.tuition,
      accreditation: m.accreditation,
      exams: m.exams,
      schedule: m.schedule,
      language: m.spanish,
    };
    return html`<div part="empty" class="empty">
      <p><strong>${m.empty}</strong></p>
      ${r.suggestions
        .filter((s) => !this.#hidden(s.filter))
        .slice(0, 2)
        .map(
        (s) => html`<button class="btn secondary suggest" type="button" @click=${() => this.#removeFilter(s.filter)}>${m.suggest(names[s.filter], s.count)}</button>`,
      )}
      <button class="btn secondary" type="button" @click=${() => this.#removeFilter()}>${m.clear}</button>
    </div>`;
  }

  #renderTray(catalog: Catalog, m: M, l: Locale): TemplateResult | typeof nothing {
    if (!this.compare.length && !this.limitHit) return nothing;
    const { byId } = this.#lookup(catalog);
    return html`<section part="tray" class="tray" aria-labelledby="tray-h">
      <h2 id="tray-h" class="tray-h" tabindex="-1">${m.comparing(this.compare.length)}</h2>
      <ul>
        ${this.compare.map((id, i) => {
          const name = localize(byId.get(id)?.name ?? id, l);
          return html`<li>
            ${name}
            <button
              class="btn secondary x"
              type="button"
              aria-label=${m.remove(name)}
              @click=${() => {
                this.#setCompare(this.compare.filter((x) => x !== id), m.removed(name, this.compare.length - 1));
                this.#focusInTray(i);
              }}
            >
              ×
            </button>
          </li>`;
        })}
      </ul>
      ${this.limitHit ? html`<p class="invalid" role="alert">${m.compareLimit}</p>` : nothing}
      ${this.compare.length
        ? html`<button
            class="btn secondary"
            type="button"
            @click=${() => {
              this.#setCompare([], '');
              this.#focusInTray(0);
            }}
          >
            ${m.clearCompare}
          </button>`
        : nothing}
    </section>`;
  }

  #toggleCompare(p: Program, l: Locale, box: HTMLInputElement) {
    const m = messages(l);
    const name = localize(p.name, l);
    if (!box.checked) return this.#setCompare(this.compare.filter((id) => id !== p.id), m.removed(name, this.compare.length - 1));
    if (this.compare.length >= MAX_COMPARE) {
      box.checked = false;
      this.limitHit = true;
      return;
    }
    this.#setCompare([...this.compare, p.id], m.added(name, this.compare.length + 1));
  }

  #setCompare(ids: string[], said: string) {
    this.compare = ids;
    this.limitHit = false;
    this.said = said;
    this.dispatchEvent(new CompareChangeEvent({ ids: [...ids] }));
  }

  /**
   * After a tray button removed itself: focus the "×" now at `index` (the next one), else the
   * tray heading, else (the tray is gone) the result count, so focus does not drop to the page.
   */
  #focusInTray(index: number) {
    this.updateComplete.then(() => {
      const r = this.renderRoot;
      (r.querySelectorAll<HTMLElement>('[part="tray"] .x')[index] ?? r.querySelector<HTMLElement>('#tray-h') ?? r.querySelector<HTMLElement>('#count'))?.focus();
    });
  }

  /** A patch that unsets one filter group, or every visible one. */
  #cleared(key?: FilterKey): Partial<ProgramFilters> {
    return Object.fromEntries((key ? [key] : this.#visible()).flatMap((k) => OWNS[k]).map((p) => [p, undefined]));
  }

  /** Removes one filter group (or every visible one) and moves focus to the count, since the button goes away. */
  #removeFilter(key?: FilterKey) {
    this.#change(this.#cleared(key));
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#count')?.focus());
  }

  private handleSearch = (e: Event) => this.#change({ q: (e.target as HTMLInputElement).value }, undefined, true);

  private handleZip = (e: Event) => {
    const v = (e.target as HTMLInputElement).value.trim();
    this.zipDraft = v;
    if (/^\d{5}$/.test(v)) {
      if (v !== this.filters.zip) this.#change({ zip: v });
    } else if (this.filters.zip) this.#change({ zip: undefined, radius: undefined });
    this.zipDraft = v; // keep a partly typed ZIP in the box
  };

  private handleToggle = () => (this.open = !this.open);

  private handleMore = () => {
    this.#focusFrom = this.shown;
    this.shown += Math.max(1, this.pageSize || 20);
  };
}
