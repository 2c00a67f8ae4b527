/**
 * <ma-get-matched>: a short quiz, one question per step, that ranks the
 * catalog's programs with the transparent score of `programs/match.ts`. It
 * runs in the browser only: it asks for nothing personal, stores nothing,
 * and its events carry enums, numbers and program ids.
 */
import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { MaCatalogElement } from '../../internal/catalog-element.js';
import type { Catalog, Program } from '../../catalog/schema.js';
import { MatchCompleteEvent, MatchResultsEvent, ProgramSelectEvent } from '../../events.js';
import type { Locale } from '../../i18n/lang.js';
import { coreMessages } from '../../i18n/messages.js';
import { formatMoney, formatNumber } from '../../i18n/format.js';
import { safeUrl } from '../../internal/safe-url.js';
import { loadZipTable, type LatLon } from '../../programs/geo.js';
import { CHOICES, DEFAULT_RADIUS, QUESTIONS, answersToQuery, createMatcher, matchFilters, publicAnswers, totalTuition, usedAnswers, type Match, type MatchAnswers, type MatchResult, type Question, type Reason, type ZipLocation } from '../../programs/match.js';
import { coverage, indexProgramsInSlices, type ProgramFilters, type Reportable } from '../../programs/query.js';
import { label, languageName } from '../../programs/labels.js';
import { findPeer } from '../../internal/peers.js';
import { messages } from './get-matched.messages.js';
import { styles } from './get-matched.styles.js';
import { renderProgramCard } from '../program-finder/program-card.js';
import { cardStyles } from '../program-finder/program-card.styles.js';
import { link } from '../../internal/link.js';

type Msg = ReturnType<typeof messages>;

/**
 * What a finder must offer to receive the quiz's hand-off: `applyMatch(filters)` lays the
 * filters over its own (a filter the publisher set and hid stays locked), looks up the ZIP
 * itself and takes focus to its result count. `<ma-program-finder>` implements it.
 */
export interface MatchTarget extends HTMLElement {
  applyMatch(filters: ProgramFilters): void;
}

/** The catalog field each question is about: a question no program reports is not asked. */
const ASKS: Partial<Record<Question, Reportable>> = {
  delivery: 'delivery',
  budget: 'tuition',
  schedule: 'schedule',
  language: 'languages',
};

/**
 * @summary A step-by-step quiz that suggests medical assisting programs, without asking for personal data.
 *
 * @event ma-match-complete - The results are shown; `detail` is `{ answers, ids }`: enums and numbers only (no ZIP code) and the matched ids, best first.
 * @event ma-match-results - "See all matching programs" was chosen; `detail` is `{ answers, count }` (no ZIP code). The filters go to the finder by `applyMatch`, or into `results-url`.
 * @event ma-program-select - A matched program's link was followed; `detail` is `{ id, url }`.
 * @event ma-catalog-load - The catalog loaded.
 * @event ma-catalog-error - The catalog could not be loaded or is invalid.
 *
 * @csspart base - The widget's outer box.
 * @csspart progress - The "Step 2 of 6" line.
 * @csspart header - The heading of a step or of the results.
 * @csspart card - One matched program.
 * @csspart empty - The message shown when the catalog has no programs.
 * @csspart error - The error message.
 *
 * @cssproperty --ma-color-primary - Buttons, links and selected options.
 * @cssproperty --ma-color-surface-alt - Background of the option rows and cards.
 * @cssproperty --ma-match-min-height - Height reserved while loading (default 24em of the widget's 16px type).
 */
export class MaGetMatched extends MaCatalogElement {
  static override styles = [...MaCatalogElement.styles, cardStyles, styles];

  /** How many matches to show. */
  @property({ type: Number }) limit = 5;

  /**
   * A page that lists programs; "See all matching programs" opens it with the answers' filters in
   * its query string (`zip`, `radius`, `state`, `delivery`). The one place a ZIP code may travel.
   */
  @property({ attribute: 'results-url' }) resultsUrl = '';

  /** The id of the `<ma-program-finder>` that receives "See all matching programs" (default: the first finder on the page). */
  @property({ attribute: 'for' }) for = '';

  /** The questions to ask, in order, e.g. `location,delivery,credential` (default: all eight). */
  @property() questions = '';

  /** The current step: 0 to questions-1, or the number of questions for the results. */
  @state() private step = 0;
  @state() private answers: MatchAnswers = {};
  @state() private error = '';
  @state() private said = '';
  private origin?: LatLon;
  /** Places campuses known by ZIP only (loaded with the person's ZIP). */
  #zipLocation?: ZipLocation;
  #states?: { programs: readonly Program[]; list: string[] };
  #asked?: { programs: readonly Program[]; list: Question[] };
  /** Results are ranked once per answers and catalog, not on every render. */
  #match = createMatcher();
  #focus = false;
  #busy = false;

  get #qs(): Question[] {
    const wanted = this.questions.split(/[\s,]+/).filter((q): q is Question => (QUESTIONS as readonly string[]).includes(q));
    const list = wanted.length ? [...new Set(wanted)] : [...QUESTIONS];
    const reported = this.#reported(this.data.value?.programs);
    return reported ? list.filter((q) => reported.includes(q)) : list;
  }

  /** The questions some program can answer (none asks about a field no program reports), once per catalog. */
  #reported(programs: readonly Program[] | undefined): Question[] | undefined {
    if (!programs?.length) return undefined;
    if (this.#asked?.programs !== programs)
      this.#asked = { programs, list: QUESTIONS.filter((q) => !ASKS[q] || coverage(programs)[ASKS[q]!] > 0) };
    return this.#asked.list;
  }

  protected override loadingLabel(): string {
    return messages(this.locale).loading;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('questions')) this.step = Math.min(this.step, this.#qs.length);
    this.#indexSoon(this.data.value?.programs);
  }

  /**
   * The search index of a loaded catalog, built in slices while the person answers, so that the
   * last answer only ranks: at 10,000 programs, building it in the task that shows the results
   * took about half of that task. Errors are left for the ranking to report.
   */
  #indexed?: readonly Program[];
  #indexSoon(programs: readonly Program[] | undefined): void {
    if (isServer || !programs?.length || programs === this.#indexed) return;
    this.#indexed = programs;
    indexProgramsInSlices(programs).catch(() => {});
  }

  override updated(): void {
    if (!this.#focus) return;
    this.#focus = false;
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  protected renderReady(c: Catalog): TemplateResult {
    const m = messages(this.locale);
    if (!c.programs.length) {
      return html`<div part="base" class="base"><p part="empty" class="empty">${m.empty}</p></div>`;
    }
    const qs = this.#qs;
    return this.step >= qs.length ? this.#results(c, m) : this.#question(c, qs[this.step], qs.length, m);
  }

  // ---- Questions ----

  #question(c: Catalog, q: Question, of: number, m: Msg): TemplateResult {
    const l = this.locale;
    const a = this.answers;
    const last = this.step === of - 1;
    const hint = ({ start: m.startHint, budget: m.budgetHint, schedule: m.scheduleHint, cma: m.cmaHint } as Partial<Record<Question, string>>)[q];
    const key = q === 'location' ? 'where' : q;
    const multi = q === 'schedule';
    const words = (v: string | number): string =>
      v === 'any'
        ? q === 'credential' ? m.notSure : q === 'language' ? m.either : m.any
        : q === 'location' ? m.where(v as string)
        : q === 'start' ? m.startIn(v as number)
        : q === 'budget' ? m.upTo(formatMoney(v as number, l))
        : q === 'language' ? languageName(v as string, l)
        : q === 'credential' || q === 'cma' ? m[v as 'yes']
        : label(v as string, l);
    const options = (CHOICES[key] as readonly (string | number)[]).map(
      (v) => html`<label class="option"
        ><input
          type=${multi ? 'checkbox' : 'radio'}
          name=${key}
          .checked=${multi ? !!a.schedule?.includes(v as never) : a[key] === v}
          @change=${(e: Event) => (multi ? this.#toggle(v as never, (e.target as HTMLInputElement).checked) : this.#set({ [key]: v }))}
        />${words(v)}</label
      >`,
    );
    const states = this.#statesOf(c);
    const err = this.error ? 'err' : undefined;
    const select = (id: 'radius' | 'state', values: readonly (string | number)[], current: unknown, text: (v: never) => string) =>
      html`<div class="field">
        <label for=${id}>${m[id]}</label>
        <select id=${id} @change=${(e: Event) => this.#set({ [id]: values[(e.target as HTMLSelectElement).selectedIndex] })}>
          ${values.map((v) => html`<option ?selected=${current === v}>${text(v as never)}</option>`)}
        </select>
      </div>`;
    const more =
      q !== 'location'
        ? nothing
        : a.where === 'zip'
          ? html`<div class="more">
              <div class="field">
                <label for="zip">${m.zip}</label>
                <input id="zip" type="text" inputmode="numeric" autocomplete="postal-code" maxlength="5" .value=${a.zip ?? ''}
                  aria-invalid=${err ? 'true' : 'false'} aria-describedby=${err ?? nothing}
                  @input=${(e: Event) => this.#set({ zip: (e.target as HTMLInputElement).value.trim() })} />
              </div>
              ${select('radius', CHOICES.radius, a.radius ?? DEFAULT_RADIUS, (r: number) => m.within(formatNumber(r, l)))}
            </div>`
          : a.where === 'state'
            ? html`<div class="more">${select('state', states, a.state ?? states[0], (s: string) => s)}</div>`
            : nothing;
    // A fresh DOM per question: reusing radios across steps lets the browser's radio groups uncheck kept answers.
    const body = keyed(q, html`${options}${more}`);
    return html`<form part="base" class="base quiz" novalidate @submit=${this.handleNext}>
      <p part="progress" class="muted progress">${m.step(this.step + 1, of)}</p>
      <fieldset aria-describedby=${hint ? 'hint' : nothing}>
        <legend><h2 part="header" tabindex="-1">${m[q]}</h2></legend>
        ${hint ? html`<p id="hint" class="muted">${hint}</p>` : nothing}
        <div class="options">${body}</div>
      </fieldset>
      <p id="err" class="err" role="alert">${this.error}</p>
      <div class="nav">
        ${this.step ? html`<button class="btn secondary" type="button" @click=${this.handleBack}>${m.back}</button>` : nothing}
        <button class="btn secondary" type="button" @click=${this.handleSkip}>${m.skip}</button>
        <button class="btn" type="submit">${last ? m.finish : m.next}</button>
      </div>
      ${this.step ? nothing : html`<p class="muted small">${m.privacy}</p>`}
      <p class="sr-only" role="status">${this.said}</p>
    </form>`;
  }

  /** The catalog's states, sorted: the choices of "In a state". */
  #statesOf(c: Catalog): string[] {
    if (this.#states?.programs !== c.programs) this.#states = { programs: c.programs, list: [...new Set(c.programs.map((p) => p.location.state))].sort() };
    return this.#states.list;
  }

  #set(patch: Partial<MatchAnswers>) {
    // Another kind of place forgets the last one's details: a typed ZIP must not leave with a state answer.
    this.answers = 'where' in patch ? usedAnswers({ ...this.answers, ...patch }) : { ...this.answers, ...patch };
    if (this.answers.where !== 'zip') this.origin = undefined;
    if (this.error && ('zip' in patch || 'where' in patch)) this.error = '';
  }

  #toggle(v: (typeof CHOICES.schedule)[number], on: boolean) {
    const s = (this.answers.schedule ?? []).filter((x) => x !== v);
    this.#set({ schedule: on ? [...s, v] : s });
  }

  #go(step: number) {
    this.step = step;
    this.error = '';
    this.said = '';
    this.#focus = true;
  }

  private handleBack() {
    this.#go(this.step - 1);
  }

  /** Skipping forgets the answer to this question. */
  private handleSkip() {
    const q = this.#qs[this.step];
    const a = { ...this.answers };
    const keys: (keyof MatchAnswers)[] = q === 'location' ? ['where', 'zip', 'radius', 'state'] : [q];
    keys.forEach((k) => delete a[k]);
    this.answers = a;
    if (q === 'location') this.origin = undefined;
    this.#next();
  }

  private async handleNext(e: Event) {
    e.preventDefault();
    const a = this.answers;
    const m = messages(this.locale);
    if (this.#qs[this.step] === 'location') {
      if (a.where === 'state' && !a.state) this.#set({ state: this.#statesOf(this.data.value!)[0] });
      if (a.where === 'zip') {
        const zip = a.zip ?? '';
        if (!/^\d{5}$/.test(zip)) return this.#fail(m.zipInvalid);
        // A second press while the ZIP table loads must not skip the next step.
        if (this.#busy) return;
        this.#busy = true;
        this.said = m.checking;
        const step = this.step;
        const lookup = await loadZipTable().catch(() => undefined);
        this.#busy = false;
        // Skip or Back while the table loaded left this step already; another place or ZIP makes this check stale.
        if (this.step !== step) return;
        if (this.answers.where !== 'zip' || this.answers.zip !== zip) return void (this.said = '');
        this.#zipLocation = lookup;
        this.origin = lookup?.(zip);
        if (!this.origin) return this.#fail(m.zipUnknown(zip));
        this.#set({ radius: this.answers.radius ?? DEFAULT_RADIUS });
      }
    }
    this.#next();
  }

  #fail(message: string) {
    this.error = message;
    this.said = '';
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#zip')?.focus());
  }

  #next() {
    this.#go(this.step + 1);
    if (this.step === this.#qs.length) {
      const ids = this.#matches(this.data.value!).map((x) => x.program.id);
      this.updateComplete.then(() => this.dispatchEvent(new MatchCompleteEvent({ answers: publicAnswers(usedAnswers(this.answers)), ids })));
    }
  }

  // ---- Results ----

  #result(c: Catalog): MatchResult {
    const a = this.answers;
    return this.#match(c.programs, a, { origin: a.where === 'zip' ? this.origin : undefined, zipLocation: this.#zipLocation });
  }

  #matches(c: Catalog): Match[] {
    return this.#result(c).matches.slice(0, this.#limit);
  }

  get #limit(): number {
    return Math.max(1, this.limit || 5);
  }

  #results(c: Catalog, m: Msg): TemplateResult {
    const l = this.locale;
    const r = this.#result(c);
    const list = r.matches.slice(0, this.#limit);
    const total = r.matches.length;
    const href = this.resultsUrl && total ? this.#resultsHref() : undefined;
    const finder = !this.resultsUrl && total ? this.#target() : undefined;
    const cards = (title: string, matches: Match[]) =>
      matches.length ? html`<h3 class="group">${title}</h3><ol class="list">${matches.map((x) => this.#card(c, x, l, m, true))}</ol>` : nothing;
    return html`<div part="base" class="base results">
      <h2 part="header" tabindex="-1">${total ? m.results : m.closestTitle}</h2>
      <p role="status">${total ? (r.constrained ? m.found(list.length, total) : m.foundAll(list.length, c.programs.length)) : m.none(c.programs.length)}</p>
      <p class="muted small">${m.how}</p>
      ${c.meta.sample ? html`<p class="note">${coreMessages(l).sampleData}.</p>` : nothing}
      ${this.answers.start ? html`<p class="note">${m.startNote(this.answers.start)}</p>` : nothing}
      ${total
        ? html`<ol class="list">${list.map((x) => this.#card(c, x, l, m))}</ol>`
        : html`${cards(m.nearest, r.nearest)}${cards(m.onlineOnes, r.online)}`}
      <div class="nav">
        <button class="btn secondary" type="button" @click=${() => this.#go(0)}>${m.change}</button>
        <button class="btn secondary" type="button" @click=${this.handleRestart}>${m.restart}</button>
        ${href
          ? html`<a class="btn" href=${href} ${link()} @click=${this.#handOff}>${m.seeAll}</a>`
          : finder
            ? html`<button class="btn" type="button" @click=${this.#handOff}>${m.seeAll}</button>`
            : nothing}
      </div>
      <p class="sr-only" role="status">${this.said}</p>
    </div>`;
  }

  /**
   * One program: the finder's card (name, school, facts, badges, sources), with the quiz's score and
   * reasons in it. `closest`: offered instead of matches, so never called one.
   */
  #card(c: Catalog, x: Match, l: Locale, m: Msg, closest = false): TemplateResult {
    const p = x.program;
    const list = (title: string, items: string[], cls: string) =>
      items.length ? html`<h4>${title}</h4><ul class=${cls}>${items.map((t) => html`<li>${t}</li>`)}</ul>` : nothing;
    const of = (fit: string) => x.reasons.filter((r) => r.fit === fit);
    const unknown = of('unknown').map((r) => m.what(r.q));
    return renderProgramCard(p, {
      catalog: c,
      locale: l,
      distance: x.miles,
      onSelect: (id, url) => this.dispatchEvent(new ProgramSelectEvent({ id, url })),
      extra: html`<div class="reasons">
        <p class="score">${m.fits(x.score, x.asked)}</p>
        ${list(closest ? m.whatFits : m.why, of('yes').map((r) => this.#reason(r, x, l, m)), 'yes')}
        ${list(m.misfit, of('no').map((r) => this.#reason(r, x, l, m)), 'no')}
        ${unknown.length ? html`<p class="muted small">${m.unknown} ${unknown.join(', ')}.</p>` : nothing}
      </div>`,
    });
  }

  /** One reason in words, for a fitting answer ("Within 25 miles") or a miss ("About 140 miles away"). */
  #reason(r: Reason, x: Match, l: Locale, m: Msg): string {
    const p: Program = x.program;
    const a = this.answers;
    const yes = r.fit === 'yes';
    const has = (v: string) => label(v, l);
    switch (r.q) {
      case 'location':
        if (a.where === 'online') return yes ? has('online') : m.not(has(p.delivery!), has('online').toLowerCase());
        if (yes) return p.delivery === 'online' ? m.anywhere : a.where === 'state' ? m.inState(p.location.state) : m.within(formatNumber(a.radius ?? DEFAULT_RADIUS, l));
        return a.where === 'state' ? m.campusIn(p.location.state) : m.away(formatNumber(x.miles ?? 0, l));
      case 'delivery':
        return yes ? has(p.delivery!) : m.not(has(p.delivery!), has(a.delivery!).toLowerCase());
      case 'credential':
        return yes ? has(p.credential) : m.not(has(p.credential), (a.credential === 'associate' ? has('associate') : `${has('certificate')} / ${has('diploma')}`).toLowerCase());
      case 'budget': {
        const cost = formatMoney(totalTuition(p)!, l);
        return yes ? m.underBudget(cost) : m.overBudget(cost);
      }
      case 'schedule':
        return m.scheduleIs(p.schedule!.map(has).join(', '));
      case 'language':
        return (yes ? m.taughtIn : m.notTaughtIn)(languageName(a.language!, l));
      default:
        return yes ? m.cmaYes : m.cmaNo;
    }
  }

  #resultsHref(): string | undefined {
    const base = safeUrl(this.resultsUrl);
    if (!base) return undefined;
    const url = new URL(base);
    answersToQuery(this.answers).forEach((v, k) => url.searchParams.set(k, v));
    return url.href;
  }

  /** The finder this quiz hands off to: `for`'s, else the page's first, shadow roots included. */
  #target(): MatchTarget | undefined {
    return findPeer<MatchTarget>(this, 'ma-program-finder', this.for || undefined);
  }

  #handOff = () => {
    const c = this.data.value!;
    const count = this.#result(c).matches.length;
    // The event says that it happened, with no ZIP code; the filters go straight to the one finder meant.
    this.dispatchEvent(new MatchResultsEvent({ answers: publicAnswers(usedAnswers(this.answers)), count }));
    if (this.resultsUrl) return;
    const finder = this.#target();
    if (!finder || typeof finder.applyMatch !== 'function') return;
    finder.applyMatch(matchFilters(this.answers));
    this.said = messages(this.locale).sent;
    finder.scrollIntoView?.({ block: 'start' });
  };

  private handleRestart() {
    this.answers = {};
    this.origin = undefined;
    this.#go(0);
  }
}
