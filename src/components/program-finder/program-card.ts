/**
 * One program as a card: name (linked when the catalog has a page), school,
 * place or "Online", facts, badges, an optional Compare box, and the sources
 * of its figures. A template function with no state of its own, so the
 * finder and the quiz's results can both use it: `renderProgramCard(program, opts)`.
 *
 * A fact that no program in the catalog reports is left off the card (the
 * finder says once what the catalog does not report); a fact that only some
 * programs report reads "Not reported" on the others.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Catalog, Program } from '../../catalog/schema.js';
import { coreMessages } from '../../i18n/messages.js';
import { localize, type Locale } from '../../i18n/lang.js';
import { formatNumber } from '../../i18n/format.js';
import { safeUrl } from '../../internal/safe-url.js';
import { link } from '../../internal/link.js';
import { EXAMS, examEligibility, type Eligibility, type Exam } from '../../programs/eligibility.js';
import { isOnline } from '../../programs/place.js';
import { coverage } from '../../programs/query.js';
import { andList, controlText, graduatesText, label, monthsText, sourceParts, tuitionText } from '../../programs/labels.js';
import { cardMessages } from './program-card.messages.js';

export interface ProgramCardOptions {
  catalog: Catalog;
  locale: Locale;
  /** Miles from the person's ZIP, when known. */
  distance?: number;
  /** Exam eligibility, if already computed (else computed here). */
  exams?: Record<Exam, Eligibility>;
  /** Where the link opens (`_blank`…); by default the same tab. */
  linkTarget?: string;
  /** A program link was followed. */
  onSelect?: (id: string, url: string) => void;
  /** Show a Compare box: ticked or not, and what happens when it changes. */
  compare?: { checked: boolean; onChange: (box: HTMLInputElement) => void };
  /** The embedding widget's own content, after the facts and badges (the quiz's score and reasons). */
  extra?: TemplateResult;
}



/** Where a program is, as a student reads it: "Online: no campus visits needed", or the distance. */
export function placeText(p: Program, distance: number | undefined, locale: Locale): string | undefined {
  const m = cardMessages(locale);
  if (isOnline(p)) return p.onlineStates?.length ? m.onlineStates(andList(p.onlineStates, locale)) : m.onlineAnywhere;
  return distance === undefined ? undefined : m.away(formatNumber(distance, locale, 1));
}

/**
 * Where the card's figures come from: "Location and graduates: IPEDS 2023-24; tuition: the school, checked Oct 1, 2026".
 * Without provenance: the catalog's title and the date the entry was checked.
 */
export function sourcesText(p: Program, catalog: Catalog, locale: Locale): string {
  const m = cardMessages(locale);
  const text = sourceParts(p, catalog, locale).join('; ');
  const capital = text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
  return p.provenance?.length ? m.sources(capital) : m.source(capital);
}

export function renderProgramCard(p: Program, o: ProgramCardOptions): TemplateResult {
  const l = o.locale;
  const m = cardMessages(l);
  const has = coverage(o.catalog.programs);
  const name = localize(p.name, l);
  const href = safeUrl(p.url);
  const a = p.accreditation;
  const exams = o.exams ?? examEligibility(p);
  const notReported = coreMessages(l).notReported;
  // A fact no program in the catalog reports is not shown at all; one that some report reads "Not reported".
  const fact = (shown: boolean, dt: string, dd: string | undefined, extra?: TemplateResult) =>
    shown ? html`<div><dt>${dt}</dt><dd class=${dd === undefined ? 'muted' : ''}>${dd ?? notReported}${extra ?? nothing}</dd></div>` : nothing;
  const where = placeText(p, o.distance, l);
  return html`<li part="card" class="card" data-id=${p.id}>
    ${p.sponsored ? html`<p part="sponsored" class="sponsored">${label('sponsored', l)}</p>` : nothing}
    <h3 tabindex="-1">
      ${href
        ? html`<a href=${href} ${link(p, o.linkTarget)} @click=${() => o.onSelect?.(p.id, href)}>${name}</a>`
        : name}
    </h3>
    <p class="school">${localize(p.institution.name, l)} · ${p.location.city}, ${p.location.state}${where ? html` · <span class="where">${where}</span>` : nothing}</p>
    <dl class="facts">
      ${fact(has.control > 0, m.control, controlText(p, l))} ${fact(has.delivery > 0, m.delivery, p.delivery && label(p.delivery, l))}
      ${fact(true, m.credential, label(p.credential, l))}
      ${fact(true, m.length, monthsText(p, l), p.lengthMonths.basis === 'award-level' ? html` <span class="basis">(${m.awardLevel})</span>` : undefined)}
      ${fact(has.tuition > 0, m.tuition, tuitionText(p, l))} ${fact(has.completions > 0, m.graduates, graduatesText(p, l))}
    </dl>
    <ul class="badges">
      ${a ? html`<li part="badge" class="badge acc">${m[a.status](a.body)}</li>` : nothing}
      ${EXAMS.filter((x) => exams[x] !== 'no').map((x) => html`<li part="badge" class="badge ${exams[x]}">${exams[x] === 'yes' ? m.eligible(x) : m.unclear(x)}</li>`)}
    </ul>
    ${o.extra ?? nothing}
    <div class="foot">
      ${o.compare
        ? html`<label class="check"
            ><input type="checkbox" .checked=${o.compare.checked} @change=${(e: Event) => o.compare!.onChange(e.target as HTMLInputElement)} />${m.compare}<span
              class="sr-only"
            >
              ${name}, ${localize(p.institution.name, l)}</span
            ></label
          >`
        : nothing}
      ${href ? nothing : html`<span class="muted small">${m.noPage}</span>`}
    </div>
    <p class="muted small sources">${sourcesText(p, o.catalog, l)}</p>
  </li>`;
}
