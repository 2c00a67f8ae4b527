/**
 * <ma-program-finder>: search, filter and sort medical assisting programs.
 * The element holds state and wires the parts together:
 * - which filters apply: `resolveFilters` (./resolve.ts, attributes < URL < person, hidden = locked);
 * - the URL: `UrlSyncController` (./url-sync.ts), with an optional prefix;
 * - the search: `queryPrograms` (programs/query.ts), place by `placeFits` (programs/place.ts);
 * - the ZIP lookup: a @lit/task Task (stale lookups are dropped by the Task);
 * - the programs ticked for comparison: `CompareSelection` (internal/compare-selection.ts), shared with the compare;
 * - drawing: ./filter-panel.ts, ./program-card.ts, ./compare-tray.ts.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { MaCatalogElement } from '../../internal/catalog-element.js';
import { yieldToPage } from '../../catalog/yield.js';
import type { Catalog, Program } from '../../catalog/schema.js';
import { FilterChangeEvent, MAX_COMPARE, ProgramSelectEvent } from '../../events.js';
import { CompareSelection } from '../../internal/compare-selection.js';
import { coreMessages } from '../../i18n/messages.js';
import { localize } from '../../i18n/lang.js';
import { DEFAULT_RADIUS, loadZipTable, type LatLon } from '../../programs/geo.js';
import { coverage, indexProgramsInSlices, queryPrograms, splitSearch, type FilterKey, type Hit, type ProgramFilters, type QueryResult, type SortKey } from '../../programs/query.js';
import { readFilters, type UrlLayer } from './params.js';
import { clean, groupsSet, OWNS, resolveFilters } from './resolve.js';
import { UrlSyncController } from './url-sync.js';
import { renderFilterPanel, unreportedLine } from './filter-panel.js';
import { renderProgramCard } from './program-card.js';
import { cardStyles } from './program-card.styles.js';
import { findCompare, focusCompare, renderTray } from './compare-tray.js';
import { messages } from './program-finder.messages.js';
import { StructuredDataController, structuredDataOn } from '../../structured-data/controller.js';
import { lazyBuilders } from '../../structured-data/lazy.js';
import { styles } from './program-finder.styles.js';

type M = ReturnType<typeof messages>;

/** Above this many programs, the search index is built in slices before the first results (see #prepare). */
const INDEX_AT_ONCE = 500;

/** Which filter properties each filter attribute sets. */
const ATTRIBUTES = {
  state: OWNS.state,
  zip: OWNS.zip,
  radius: ['radius'],
  delivery: OWNS.delivery,
  credential: OWNS.credential,
  accreditation: OWNS.accreditation,
} satisfies Record<string, (keyof ProgramFilters)[]>;

/** `sync-url` (no value: on, unprefixed) or `sync-url="finder2"` (on, with that prefix). */
const syncUrlConverter = {
  fromAttribute: (v: string | null): boolean | string => (v === null ? false : v.trim() || true),
  toAttribute: (v: boolean | string) => (v === false ? null : v === true ? '' : v),
};

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
  static override styles = [...MaCatalogElement.styles, cardStyles, styles];

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
  /** Filters not to show, comma- or space-separated: search, state, zip, delivery, credential, control, length, tuition, accreditation, exams, schedule, language, sort. A hidden filter is locked: it keeps its attribute's value whatever the URL or the person ask. */
  @property({ attribute: 'hide-filters' }) hideFilters = '';
  /** Results per page ("Show more" adds as many). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;
  /** Keep the filters in the page's query string, with browser history. A value is a prefix for this finder's parameters (`sync-url="finder2"`: `finder2.state=TX`). */
  @property({ attribute: 'sync-url', converter: syncUrlConverter }) syncUrl: boolean | string = false;
  /** Where program links open, e.g. `_blank`; by default the same tab. */
  @property({ attribute: 'link-target' }) linkTarget = '';
  /** A page with a `<ma-program-compare>` to go to from the tray ("Compare N programs"), when it is not on this page; the ids follow as `compare=a,b`. */
  @property({ attribute: 'compare-url' }) compareUrl = '';
  /** Present (any value but `off`): write an `ItemList` of the first page of results, as first shown, into the page as JSON-LD. Off by default. */
  @property({ attribute: 'structured-data' }) structuredData: string | null = null;

  @state() private filters: ProgramFilters = {};
  @state() private sort: SortKey = 'relevance';
  @state() private shown = 0;
  @state() private zipDraft = '';
  @state() private searchDraft = '';
  @state() private open = false;
  @state() private trayOpen = false;
  @state() private said = '';
  @state() private limitHit = false;

  /** What the URL says (with sync-url), and what the person changed since. */
  #url?: UrlLayer;
  #person: Partial<ProgramFilters> = {};
  /** A ZIP that came from the search box (removed again when the person deletes it there). */
  #zipFromSearch?: string;
  #result?: QueryResult;
  #key: unknown[] = [];
  #notify = false;
  #focusFrom = -1;

  /**
   * The first page of results as first shown (for a catalog): search engines read the page as it
   * opens, so the block keeps that list while the visitor filters; a new catalog or language rewrites it.
   */
  #firstPage?: { programs: readonly Program[]; list: readonly Program[] };

  readonly #ld = new StructuredDataController(this, () => {
    const catalog = this.data.value;
    if (this.data.status !== 'ready' || !catalog || !structuredDataOn(this.structuredData, false)) return undefined;
    if (this.#firstPage?.programs !== catalog.programs) {
      // Not yet shown (a large catalog being prepared, a ZIP being located): no block until it is.
      const r = this.#result;
      if (!r || this.#key[0] !== catalog.programs || this.#zipStatus() === 'loading' || !this.renderRoot.querySelector('#count')) return undefined;
      this.#firstPage = { programs: catalog.programs, list: r.page(0, Math.max(1, this.pageSize || 20)).map((h) => h.program) };
    }
    const ld = lazyBuilders(() => this.#ld.sync());
    if (!ld) return undefined;
    const soc = catalog.occupations?.find((o) => o.id === 'medical-assistants')?.soc;
    const data = ld.programListLd(this.#firstPage.list, this.locale, { soc });
    return data && { key: this.id ? `programs ${this.id}` : 'programs', data };
  });

  /** The ItemList block this finder wrote into the page, if any. */
  get structuredDataScript(): HTMLScriptElement | undefined {
    return this.#ld.script;
  }

  /** The programs ticked for comparison, kept in step with the other finders and comparisons on the page. */
  readonly #selection = new CompareSelection(this, { role: 'finder' });

  private get compare(): string[] {
    return this.#selection.ids;
  }

  readonly #urlSync = new UrlSyncController(this, {
    prefix: () => {
      if (this.syncUrl === false) return undefined;
      return typeof this.syncUrl === 'string' && /^[A-Za-z0-9_-]{1,40}$/.test(this.syncUrl) ? this.syncUrl : '';
    },
    onChange: (layer) => {
      this.#url = layer;
      this.#person = {};
      this.#resolve(layer.sort ?? 'relevance');
      this.#notify = true;
    },
  });

  /** The ZIP's location; a newer ZIP makes an older lookup's result irrelevant (the Task keeps only the latest). */
  readonly #zipTask = new Task(this, {
    task: async ([zip]: readonly [string | undefined]) => {
      if (!zip) return undefined;
      let lookup: ((zip: string) => LatLon | undefined) | undefined;
      try {
        lookup = await loadZipTable();
      } catch {
        // The chunk could not load (offline): treated as unknown, with the same message.
      }
      return { zip, lookup, origin: lookup?.(zip) };
    },
    args: () => [this.filters.zip] as const,
    onComplete: (v) => {
      // No ZIP (the task's first run, or a ZIP removed, which #change announces): nothing new to tell.
      if (!v) return;
      if (v.origin && this.sort === 'relevance') this.sort = 'distance';
      this.#notify = true;
    },
  });

  get #located() {
    const v = this.#zipTask.value;
    return v && v.zip === this.filters.zip ? v : undefined;
  }

  get #origin(): LatLon | undefined {
    return this.#located?.origin;
  }

  #zipStatus(): '' | 'loading' | 'unknown' {
    if (!this.filters.zip) return '';
    if (!this.#located) return this.#zipTask.status === TaskStatus.ERROR ? 'unknown' : 'loading';
    return this.#located.origin ? '' : 'unknown';
  }

  protected override loadingLabel(): string {
    return messages(this.locale).loading;
  }

  /** The filters the attributes ask for. */
  #attributeFilters(): ProgramFilters {
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

  #hiddenList(): string[] {
    return this.hideFilters.split(/[\s,]+/).filter(Boolean);
  }

  #hidden(key: FilterKey | 'sort'): boolean {
    return this.#hiddenList().includes(key);
  }

  /** Recomputes the filters from the layers; `fromSearch`: the search box is the source, so its text stays as typed. */
  #resolve(sort?: SortKey, fromSearch = false) {
    const f = resolveFilters(this.#attributeFilters(), this.#hiddenList(), this.#url, this.#person);
    if (f.zip && !f.radius) f.radius = DEFAULT_RADIUS;
    if (f.zip !== this.filters.zip) this.zipDraft = f.zip ?? '';
    this.filters = f;
    if (sort) this.sort = sort;
    if (!fromSearch) this.searchDraft = f.q ?? '';
    this.shown = Math.max(1, this.pageSize || 20);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated) {
      this.#url = this.#urlSync.read();
      this.#resolve(this.#url?.sort);
    } else {
      const attrs = (Object.keys(ATTRIBUTES) as (keyof typeof ATTRIBUTES)[]).filter((a) => changed.has(a));
      if (attrs.length || changed.has('hideFilters')) {
        // A changed attribute replaces what the URL and the person had set for its filters.
        for (const k of attrs.flatMap((a) => ATTRIBUTES[a])) delete this.#person[k];
        if (this.#url) this.#url = { ...this.#url, groups: this.#url.groups.filter((g) => !OWNS[g].some((k) => attrs.some((a) => (ATTRIBUTES[a] as string[]).includes(k)))) };
        this.#resolve();
      }
    }
    if (!this.shown || changed.has('pageSize')) this.shown = Math.max(1, this.pageSize || 20);
    // A preset or announced selection may name programs this catalog does not have: they are not shown as ticked.
    const c = this.data.status === 'ready' ? (this.data.value as Catalog | undefined) : undefined;
    if (c && this.compare.length && this.compare.some((id) => !this.#byId(c).has(id))) this.#selection.ids = this.compare.filter((id) => this.#byId(c).has(id));
  }

  override updated(): void {
    if (this.#notify && this.#result) {
      this.#notify = false;
      const { q, zip, ...filters } = this.filters;
      this.dispatchEvent(new FilterChangeEvent({ filters, search: !!q, near: !!(zip && this.#origin), sort: this.#sort(), total: this.#result.total }));
    }
    if (this.#focusFrom >= 0) {
      this.renderRoot.querySelectorAll<HTMLElement>('.card h3')[this.#focusFrom]?.focus();
      this.#focusFrom = -1;
    }
  }

  /** A change made by the person: new filters, the URL (with `sync-url`), and an event after render. */
  #change(patch: Partial<ProgramFilters>, sort?: SortKey, typing = false, fromSearch = false) {
    this.#person = { ...this.#person, ...patch };
    this.#resolve(sort, fromSearch);
    this.#notify = true;
    // Groups the attributes set and the person removed are written empty, so that a reload keeps them removed.
    const attrs = this.#attributeFilters();
    const cleared = groupsSet(attrs).filter((g) => !this.#hidden(g) && !groupsSet(this.filters).includes(g));
    this.#urlSync.write(this.filters, this.sort, cleared, typing);
  }

  #sort(): SortKey {
    return this.sort === 'distance' && !this.#origin ? 'relevance' : this.sort;
  }

  #query(catalog: Catalog): QueryResult {
    const origin = this.#origin;
    const zipLocation = this.#located?.lookup;
    const key = [catalog.programs, this.filters, this.#sort(), origin, zipLocation, this.locale];
    if (!this.#result || key.some((k, i) => k !== this.#key[i])) {
      this.#key = key;
      this.#result = queryPrograms(catalog.programs, this.filters, { sort: this.#sort(), origin, zipLocation, locale: this.locale });
    }
    return this.#result;
  }

  /**
   * The receiving side of `<ma-get-matched>`'s hand-off (called on this element, never through an
   * event, so the ZIP stays out of every event): the filters replace what the person could set here;
   * a filter the publisher set and hid (`hide-filters`) is locked and stays. Focus moves to the count.
   */
  applyMatch(filters: ProgramFilters): void {
    const open = { ...filters };
    for (const k of Object.keys(OWNS) as FilterKey[]) if (this.#hidden(k)) for (const prop of OWNS[k]) delete open[prop];
    this.#change({ ...this.#cleared(), ...open });
    // The person asked to see these results here: take focus to the count, so the next Tab continues in the finder.
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#count')?.focus());
  }

  #states = new WeakMap<Catalog, string[]>();
  /** Per catalog, once: its states (not per keystroke, at 10,000 programs). */
  #statesOf(c: Catalog): string[] {
    let v = this.#states.get(c);
    if (!v) {
      const seen = new Set<string>();
      for (const p of c.programs) seen.add(p.location.state);
      this.#states.set(c, (v = [...seen]));
    }
    return v;
  }

  #picked?: { programs: readonly Program[]; ids: string; byId: Map<string, Program> };
  /** The programs ticked for comparison (a few), by id: one pass over the catalog when the ticks change, no map of every program. */
  #byId(c: Catalog): Map<string, Program> {
    const ids = this.compare.join('\n');
    if (this.#picked?.programs !== c.programs || this.#picked.ids !== ids) {
      const wanted = new Set(this.compare);
      const byId = new Map<string, Program>();
      if (wanted.size) for (const p of c.programs) if (wanted.has(p.id) && !byId.has(p.id)) byId.set(p.id, p);
      this.#picked = { programs: c.programs, ids, byId };
    }
    return this.#picked.byId;
  }

  /** Filter groups the person can see, so can clear (a hidden one is locked). */
  #visible(): FilterKey[] {
    return (Object.keys(OWNS) as FilterKey[]).filter((k) => !this.#hidden(k));
  }

  /** Large programs arrays being prepared (indexed in slices, then counted and queried in tasks of their own), prepared, or failed (the query then runs in the render and reports). */
  #preparing?: readonly Program[];
  #prepared?: readonly Program[];
  #prepareFailed?: readonly Program[];

  /** The work before a large catalog's first results, split so that no task is long; the render then finds it all cached. */
  async #prepare(catalog: Catalog): Promise<void> {
    await indexProgramsInSlices(catalog.programs);
    await yieldToPage();
    coverage(catalog.programs);
    this.#statesOf(catalog);
    await yieldToPage();
    this.#query(catalog);
    await yieldToPage();
  }

  protected renderReady(catalog: Catalog): TemplateResult {
    const list = catalog.programs;
    if (!this.rendersAtOnce && list.length > INDEX_AT_ONCE && list !== this.#prepared && list !== this.#prepareFailed) {
      // A large catalog keeps the loading state until it is prepared.
      if (this.#preparing !== list) {
        this.#preparing = list;
        this.#prepare(catalog).then(
          () => {
            if (this.#preparing === list) (this.#prepared = list), this.requestUpdate();
          },
          () => {
            if (this.#preparing === list) (this.#prepareFailed = list), this.requestUpdate();
          },
        );
      }
      return this.renderLoading();
    }
    const l = this.locale;
    const m = messages(l);
    const r = this.#query(catalog);
    const total = r.total;
    const shown = Math.min(this.shown, total);
    const active = this.#visible().filter((k) => (k === 'zip' ? this.filters.zip : OWNS[k].some((p) => this.filters[p] !== undefined))).length;
    const gaps = unreportedLine(catalog, l);
    const states = [...new Set([...this.#statesOf(catalog), ...(this.filters.state ? [this.filters.state] : [])])].sort();
    const fromSearch = this.#zipFromSearch && this.#zipFromSearch === this.filters.zip;
    return html`<div part="base" class="base finder ${this.open ? 'open' : ''}">
      <button class="btn skip" type="button" @click=${this.handleSkip}>${m.skip}</button>
      <div part="header" class="header">
        ${this.#hidden('search')
          ? nothing
          : html`<div class="field search">
              <label for="q">${m.search}</label>
              <input id="q" type="search" autocomplete="off" aria-describedby=${fromSearch ? 'q-zip' : nothing} .value=${this.searchDraft} @input=${this.handleSearch} />
              ${fromSearch ? html`<p id="q-zip" class="muted hint">${m.zipFromSearch(this.filters.zip!)}</p>` : nothing}
            </div>`}
        <button class="btn secondary toggle" type="button" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="filters" @click=${this.handleToggle}>
          ${m.filtersCount(active)}
        </button>
      </div>
      <div class="layout">
        <form id="filters" part="filters" class="filters" aria-label=${m.filters} @submit=${(e: Event) => e.preventDefault()}>
          ${renderFilterPanel({
            catalog,
            result: r,
            filters: this.filters,
            locale: l,
            states,
            hidden: (k) => this.#hidden(k),
            change: (patch) => this.#change(patch),
            zip: { draft: this.zipDraft, status: this.#zipStatus(), located: !!this.#origin, onInput: this.handleZip },
          })}
          ${active ? html`<button class="btn secondary" type="button" @click=${() => this.#removeFilter()}>${m.clear}</button>` : nothing}
          <div class="sheet-foot">
            <button class="btn show" type="button" @click=${this.handleShow}>${m.showN(total)}</button>
          </div>
        </form>
        <section part="results" class="results" aria-labelledby="count">
          <div class="bar">
            <p id="count" part="count" class="count" role="status" tabindex="-1">${m.count(shown, total)}</p>
            ${this.#hidden('sort') ? nothing : this.#renderSort(catalog, m)}
          </div>
          ${gaps ? html`<p class="muted note gaps">${gaps}</p>` : nothing}
          ${total ? this.#renderList(catalog, r.page(0, shown)) : this.#renderEmpty(r, m)}
          ${shown < total
            ? html`<button part="more" class="btn secondary more" type="button" @click=${this.handleMore}>${m.more(Math.min(this.pageSize || 20, total - shown))}</button>`
            : nothing}
        </section>
      </div>
      ${this.compare.length || this.limitHit
        ? renderTray({
            locale: l,
            ids: this.compare,
            byId: this.#byId(catalog),
            limitHit: this.limitHit,
            open: this.trayOpen,
            compareUrl: this.compareUrl,
            hasCompare: !!this.compareUrl || !!findCompare(),
            onToggle: () => (this.trayOpen = !this.trayOpen),
            onRemove: (id, i, name) => {
              this.#setCompare(this.compare.filter((x) => x !== id), m.removed(name, this.compare.length - 1));
              this.#focusInTray(i);
            },
            onClear: () => {
              this.#setCompare([], '');
              this.#focusInTray(0);
            },
            onGo: () => focusCompare(findCompare()),
          })
        : nothing}
      <p class="sr-only" role="status">${this.said}</p>
      ${catalog.meta.sample ? html`<p class="muted note">${coreMessages(l).sampleData}</p>` : nothing}
    </div>`;
  }

  #renderSort(catalog: Catalog, m: M): TemplateResult {
    const has = coverage(catalog.programs);
    const sorts: [SortKey, string][] = [
      ['relevance', m.relevance],
      ...(this.#origin ? [['distance', m.distance] as [SortKey, string]] : []),
      ['shortest', m.shortest],
      ...(has.tuition ? [['tuition', m.lowestTuition] as [SortKey, string]] : []),
      ...(has.completions ? [['graduates', m.graduates] as [SortKey, string]] : []),
      ['name', m.name],
    ];
    return html`<div class="field sort">
      <label for="sort">${m.sort}</label>
      <select id="sort" @change=${(e: Event) => this.#change({}, (e.target as HTMLSelectElement).value as SortKey)}>
        ${sorts.map(([v, text]) => html`<option value=${v} .selected=${v === this.#sort()}>${text}</option>`)}
      </select>
    </div>`;
  }

  #renderList(catalog: Catalog, hits: Hit[]): TemplateResult {
    const l = this.locale;
    return html`<ul part="list" class="list">
      ${hits.map((h) =>
        renderProgramCard(h.program, {
          catalog,
          locale: l,
          distance: this.#origin ? h.distance : undefined,
          exams: h.exams,
          linkTarget: this.linkTarget,
          onSelect: (id, url) => this.dispatchEvent(new ProgramSelectEvent({ id, url })),
          compare: { checked: this.compare.includes(h.program.id), onChange: (box) => this.#toggleCompare(h.program, box) },
        }),
      )}
    </ul>`;
  }

  #renderEmpty(r: QueryResult, m: M): TemplateResult {
    const names: Record<FilterKey, string> = {
      search: m.search_filter,
      state: m.state,
      zip: m.zip_filter,
      delivery: m.delivery,
      credential: m.credential,
      control: m.control,
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
        .map((s) => html`<button class="btn secondary suggest" type="button" @click=${() => this.#removeFilter(s.filter)}>${m.suggest(names[s.filter], s.count)}</button>`)}
      <button class="btn secondary" type="button" @click=${() => this.#removeFilter()}>${m.clear}</button>
    </div>`;
  }

  #toggleCompare(p: Program, box: HTMLInputElement) {
    const m = messages(this.locale);
    const name = localize(p.name, this.locale);
    if (!box.checked) return this.#setCompare(this.compare.filter((id) => id !== p.id), m.removed(name, this.compare.length - 1));
    if (this.compare.length >= MAX_COMPARE) {
      box.checked = false;
      this.limitHit = true;
      return;
    }
    this.#setCompare([...this.compare, p.id], m.added(name, this.compare.length + 1));
  }

  #setCompare(ids: string[], said: string) {
    this.limitHit = false;
    this.said = said;
    this.#selection.choose(ids);
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
    if (!key || key === 'zip' || key === 'search') this.#zipFromSearch = undefined;
    this.#change(this.#cleared(key));
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#count')?.focus());
  }

  /** Focus (and scroll to) the results: the count, which is announced. */
  #toResults() {
    this.updateComplete.then(() => {
      const count = this.renderRoot.querySelector<HTMLElement>('#count');
      count?.scrollIntoView({ block: 'start' });
      count?.focus({ preventScroll: true });
    });
  }

  private handleSearch = (e: Event) => {
    const raw = (e.target as HTMLInputElement).value;
    this.searchDraft = raw;
    // A 5-digit ZIP in the search box becomes the ZIP filter (unless the publisher locked or hid it).
    const { q, zip } = this.#hidden('zip') ? { q: raw, zip: undefined } : splitSearch(raw);
    const patch: Partial<ProgramFilters> = { q: clean({ q }).q };
    if (zip) {
      if (zip !== this.filters.zip) Object.assign(patch, { zip, radius: this.filters.radius });
      this.#zipFromSearch = zip;
    } else if (this.#zipFromSearch && this.#zipFromSearch === this.filters.zip) {
      Object.assign(patch, { zip: undefined, radius: undefined });
      this.#zipFromSearch = undefined;
    }
    this.#change(patch, undefined, true, true);
  };

  private handleZip = (e: Event) => {
    const v = (e.target as HTMLInputElement).value.trim();
    this.zipDraft = v;
    this.#zipFromSearch = undefined;
    if (/^\d{5}$/.test(v)) {
      if (v !== this.filters.zip) this.#change({ zip: v }, undefined, true);
    } else if (this.filters.zip) this.#change({ zip: undefined, radius: undefined }, undefined, true);
    this.zipDraft = v; // keep a partly typed ZIP in the box
  };

  private handleToggle = () => (this.open = !this.open);

  private handleShow = () => {
    this.open = false;
    this.#toResults();
  };

  private handleSkip = () => this.#toResults();

  private handleMore = () => {
    this.#focusFrom = this.shown;
    this.shown += Math.max(1, this.pageSize || 20);
  };
}
