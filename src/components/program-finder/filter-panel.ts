/**
 * The finder's filter panel as a template function: one control per filter
 * group, each option with its facet count, and "Not reported: N" where only
 * some programs report the field. A group whose field no program in the
 * catalog reports is not offered at all (`offeredFilters`); the finder says
 * in one line what the catalog does not report (`unreportedLine`).
 *
 * On a narrow column the panel is a sheet behind the Filters button, with a
 * sticky "Show N programs" button at its end.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Catalog } from '../../catalog/schema.js';
import { CONTROLS } from '../../catalog/vocabulary.js';
import { formatMoney } from '../../i18n/format.js';
import type { Locale } from '../../i18n/lang.js';
import { EXAMS } from '../../programs/eligibility.js';
import { DEFAULT_RADIUS } from '../../programs/geo.js';
import { coverage, MONTH_LIMITS, NONE, RADII, TUITION_LIMITS, type Counts, type FilterKey, type ProgramFilters, type QueryResult } from '../../programs/query.js';
import { label } from '../../programs/labels.js';
import { messages } from './program-finder.messages.js';

type M = ReturnType<typeof messages>;

/** The catalog field each optional filter group depends on. */
const NEEDS: Partial<Record<FilterKey, 'delivery' | 'tuition' | 'accreditation' | 'schedule' | 'languages' | 'control'>> = {
  delivery: 'delivery',
  tuition: 'tuition',
  accreditation: 'accreditation',
  schedule: 'schedule',
  language: 'languages',
  control: 'control',
};

/** Whether the catalog reports what a filter group needs (exams need accreditation or hours). */
export function offeredFilter(catalog: Catalog, key: FilterKey): boolean {
  const c = coverage(catalog.programs);
  if (key === 'exams') return c.accreditation > 0 || catalog.programs.some((p) => p.contactHours !== undefined);
  const need = NEEDS[key];
  return !need || c[need] > 0;
}

/** "This list does not say how classes are taught or what they cost." Empty when the catalog reports everything. */
export function unreportedLine(catalog: Catalog, locale: Locale): string {
  const c = coverage(catalog.programs);
  const m = messages(locale);
  const gaps = (['delivery', 'tuition', 'accreditation', 'schedule', 'languages', 'control', 'completions'] as const).filter((k) => c[k] === 0);
  return gaps.length ? m.unreported(gaps.map((k) => m[`gap_${k}`])) : '';
}

export interface PanelContext {
  catalog: Catalog;
  result: QueryResult;
  filters: ProgramFilters;
  locale: Locale;
  /** States to offer (the catalog's, and the one chosen). */
  states: string[];
  /** The person may not see (or change) this group. */
  hidden: (key: FilterKey) => boolean;
  change: (patch: Partial<ProgramFilters>) => void;
  zip: { draft: string; status: '' | 'loading' | 'unknown'; located: boolean; onInput: (e: Event) => void };
}

function notReported(n: number | undefined, m: M, id: string) {
  return n ? html`<p id="${id}-none" class="muted hint none">${m.notReportedN(n)}</p>` : nothing;
}

/** A select whose options carry facet counts; '' is "any". */
function select(id: string, text: string, value: unknown, options: [string | number, string][], counts: Counts, any: string, set: (v: string) => void, m: M, none?: number) {
  return html`<div class="field">
    <label for=${id}>${text}</label>
    <select id=${id} aria-describedby=${none ? `${id}-none` : nothing} @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}>
      <option value="" .selected=${value === undefined}>${any}</option>
      ${options.map(([v, t]) => html`<option value=${v} .selected=${String(value) === String(v)}>${t} (${counts[v] ?? 0})</option>`)}
    </select>
    ${notReported(none, m, id)}
  </div>`;
}

/** A group of checkboxes with facet counts, and how many programs do not report the field. */
function checks<T extends string>(
  ctx: PanelContext,
  id: FilterKey,
  legend: string,
  options: readonly T[],
  selected: T[] | undefined,
  counts: Counts,
  name: (v: T) => string,
  key: keyof ProgramFilters,
  hint?: string,
) {
  const on = selected ?? [];
  const none = counts[NONE];
  const m = messages(ctx.locale);
  const described = [hint ? `${id}-hint` : '', none ? `${id}-none` : ''].filter(Boolean).join(' ');
  return html`<fieldset class="checks" aria-describedby=${described || nothing}>
    <legend>${legend}</legend>
    ${hint ? html`<p id="${id}-hint" class="muted hint">${hint}</p>` : nothing}
    ${[...new Set([...options, ...on])].map(
      (v) => html`<label class="check"
        ><input
          type="checkbox"
          name=${id}
          value=${v}
          .checked=${on.includes(v)}
          @change=${(e: Event) => ctx.change({ [key]: (e.target as HTMLInputElement).checked ? [...on, v] : on.filter((x) => x !== v) })}
        />${name(v)} <span class="n">(${counts[v] ?? 0})</span></label
      >`,
    )}
    ${notReported(none, m, id)}
  </fieldset>`;
}

function zipFields(ctx: PanelContext, counts: Counts, m: M): TemplateResult {
  const { draft, status, located } = ctx.zip;
  const unknown = status === 'unknown';
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
        .value=${draft}
        @input=${ctx.zip.onInput}
      />
    </div>
    <p id="zip-msg" class="hint ${unknown ? 'invalid' : 'muted'}" aria-live="polite">
      ${unknown ? m.zipUnknown(ctx.filters.zip!) : status === 'loading' ? m.zipLoading : m.zipHint}
    </p>
    <div class="field">
      <label for="radius">${m.radius}</label>
      <select id="radius" @change=${(e: Event) => ctx.change({ radius: Number((e.target as HTMLSelectElement).value) })}>
        ${RADII.map((n) => html`<option value=${n} .selected=${n === (ctx.filters.radius ?? DEFAULT_RADIUS)}>${m.miles(n)}${located ? ` (${counts[n] ?? 0})` : ''}</option>`)}
      </select>
    </div>
  </div>`;
}

/** The panel's controls, in order; hidden and unreported groups are left out. */
export function renderFilterPanel(ctx: PanelContext): TemplateResult[] {
  const { filters: f, result: r, locale: l, catalog } = ctx;
  const m = messages(l);
  const fc = r.facets;
  const show = (k: FilterKey, t: () => TemplateResult) => (ctx.hidden(k) || !offeredFilter(catalog, k) ? [] : [t()]);
  const num = (v: string) => (v ? Number(v) : undefined);
  return [
    ...show('state', () => select('state', m.state, f.state, ctx.states.map((s) => [s, s]), fc.state, m.allStates, (v) => ctx.change({ state: v }), m)),
    ...show('zip', () => zipFields(ctx, fc.zip, m)),
    ...show('delivery', () => checks(ctx, 'delivery', m.delivery, ['online', 'hybrid', 'campus'] as const, f.delivery, fc.delivery, (v) => label(v, l), 'delivery')),
    ...show('credential', () =>
      checks(ctx, 'credential', m.credential, ['certificate', 'diploma', 'associate', 'bachelor'] as const, f.credential, fc.credential, (v) => label(v, l), 'credential'),
    ),
    ...show('control', () => checks(ctx, 'control', m.control, CONTROLS, f.control, fc.control, (v) => label(v, l), 'control')),
    ...show('length', () => select('length', m.length, f.maxMonths, MONTH_LIMITS.map((n) => [n, m.months(n)]), fc.length, m.anyLength, (v) => ctx.change({ maxMonths: num(v) }), m)),
    ...show(
      'tuition',
      () => html`${select(
          'tuition',
          m.tuition,
          f.maxTuition,
          TUITION_LIMITS.map((n) => [n, m.upTo(formatMoney(n, l))]),
          fc.tuition,
          m.anyTuition,
          (v) => ctx.change({ maxTuition: num(v) }),
          m,
          fc.tuition[NONE],
        )}
        <label class="check"
          ><input type="checkbox" .checked=${!!f.tuitionReported} @change=${(e: Event) => ctx.change({ tuitionReported: (e.target as HTMLInputElement).checked })} />${m.reported}</label
        >`,
    ),
    ...show('accreditation', () =>
      select(
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
        (v) => ctx.change({ accreditation: (v || undefined) as ProgramFilters['accreditation'] }),
        m,
        fc.accreditation[NONE],
      ),
    ),
    ...show('exams', () => checks(ctx, 'exams', m.exams, EXAMS, f.exams, fc.exams, (v) => v, 'exams', m.examsHint)),
    ...show('schedule', () => checks(ctx, 'schedule', m.schedule, ['evening', 'weekend'] as const, f.schedule, fc.schedule, (v) => label(v, l), 'schedule')),
    ...show(
      'language',
      () => html`<fieldset class="checks" aria-describedby=${fc.language[NONE] ? 'language-none' : nothing}>
        <legend>${m.language}</legend>
        <label class="check"
          ><input type="checkbox" .checked=${!!f.spanish} @change=${(e: Event) => ctx.change({ spanish: (e.target as HTMLInputElement).checked })} />${m.spanish}
          <span class="n">(${fc.language.es ?? 0})</span></label
        >
        ${notReported(fc.language[NONE], m, 'language')}
      </fieldset>`,
    ),
  ];
}
