/**
 * Every event a widget sends to the host page. Each is a class with a typed
 * `detail`, bubbles and crosses shadow roots (composed), and is named `ma-` +
 * kebab case. None carries anything a person typed or any personal data.
 */
import type { CatalogErrorKind, CatalogIssue } from './catalog/errors.js';

export abstract class MaEvent<T> extends CustomEvent<T> {
  constructor(type: string, detail: T) {
    super(type, { detail, bubbles: true, composed: true });
  }
}

export interface CatalogLoadDetail {
  /** Where the catalog came from. */
  source: 'property' | 'src' | 'default' | 'national';
  /** The absolute URL, for source `src`. */
  url?: string;
  programs: number;
  /**
   * Invalid records left out of a partial catalog, e.g. `{ path: "programs[3]", message: "programs[3].url: …" }`;
   * empty when the catalog was complete. A widget with `strict` refuses such a catalog instead.
   */
  skipped?: { path: string; message: string }[];
}
/** The widget's catalog loaded and validated. */
export class CatalogLoadEvent extends MaEvent<CatalogLoadDetail> {
  static readonly eventName = 'ma-catalog-load';
  constructor(detail: CatalogLoadDetail) {
    super(CatalogLoadEvent.eventName, detail);
  }
}

export interface CatalogErrorDetail {
  kind: CatalogErrorKind;
  message: string;
  /** HTTP status, for kind `http`. */
  status?: number;
  url?: string;
  /** Each problem with its JSON path, e.g. `{ path: "programs[3].url", message: "…" }`. */
  issues: CatalogIssue[];
}
/** The widget's catalog could not be loaded or is invalid. */
export class CatalogErrorEvent extends MaEvent<CatalogErrorDetail> {
  static readonly eventName = 'ma-catalog-error';
  constructor(detail: CatalogErrorDetail) {
    super(CatalogErrorEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ma-catalog-load': CatalogLoadEvent;
    'ma-catalog-error': CatalogErrorEvent;
  }
}

/** A program link was followed (finder, compare, get matched). */
export class ProgramSelectEvent extends MaEvent<{ id: string; url: string }> {
  static readonly eventName = 'ma-program-select';
  constructor(detail: { id: string; url: string }) {
    super(ProgramSelectEvent.eventName, detail);
  }
}

/** How many programs can be compared at once: the finder's tick limit and the compare widget's columns. */
export const MAX_COMPARE = 4;

/** The programs ticked for comparison changed (at most MAX_COMPARE ids, in the order ticked). */
export class CompareChangeEvent extends MaEvent<{ ids: string[] }> {
  static readonly eventName = 'ma-compare-change';
  constructor(detail: { ids: string[] }) {
    super(CompareChangeEvent.eventName, detail);
  }
}

/**
 * A `<ma-program-compare follow>` that joins the page asks for the current selection;
 * a `<ma-program-finder>` answers with `ma-compare-change`. No detail.
 */
export class CompareRequestEvent extends MaEvent<Record<string, never>> {
  static readonly eventName = 'ma-compare-request';
  constructor() {
    super(CompareRequestEvent.eventName, {});
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ma-program-select': ProgramSelectEvent;
    'ma-compare-change': CompareChangeEvent;
    'ma-compare-request': CompareRequestEvent;
  }
}

export interface SortChangeDetail {
  /** The salary table's id. */
  table: string;
  /** The column id, or `label` for the occupation column. */
  column: string;
  direction: 'ascending' | 'descending';
}
/** A person sorted a salary table. */
export class SortChangeEvent extends MaEvent<SortChangeDetail> {
  static readonly eventName = 'ma-sort-change';
  constructor(detail: SortChangeDetail) {
    super(SortChangeEvent.eventName, detail);
  }
}

export interface PathSelectDetail {
  /** Starting occupation id. */
  from: string;
  /** Destination occupation id (the path's id). */
  to: string;
  kind: 'lateral' | 'advance';
}
/** A person chose a career path in the explorer. */
export class PathSelectEvent extends MaEvent<PathSelectDetail> {
  static readonly eventName = 'ma-path-select';
  constructor(detail: PathSelectDetail) {
    super(PathSelectEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ma-sort-change': SortChangeEvent;
    'ma-path-select': PathSelectEvent;
  }
}

/** What `ma-match-complete` carries: the answers as enums and numbers (never the ZIP code) and the matched ids, best first. */
export interface MatchCompleteDetail {
  answers: Omit<import('./programs/match.js').MatchAnswers, 'zip'>;
  ids: string[];
}
/** The get-matched quiz showed its results. */
export class MatchCompleteEvent extends MaEvent<MatchCompleteDetail> {
  static readonly eventName = 'ma-match-complete';
  constructor(detail: MatchCompleteDetail) {
    super(MatchCompleteEvent.eventName, detail);
  }
}

/**
 * A person chose "See all matching programs". Like every event, it carries no
 * ZIP code: the answers as enums and numbers, and how many programs matched.
 * The filters themselves go to the one finder meant (`applyMatch`, called on
 * it directly) or into `results-url`, never into an event.
 */
export interface MatchResultsDetail {
  answers: Omit<import('./programs/match.js').MatchAnswers, 'zip'>;
  /** How many programs fit the answers' constraints: what the finder will list. */
  count: number;
}
export class MatchResultsEvent extends MaEvent<MatchResultsDetail> {
  static readonly eventName = 'ma-match-results';
  constructor(detail: MatchResultsDetail) {
    super(MatchResultsEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ma-match-complete': MatchCompleteEvent;
    'ma-match-results': MatchResultsEvent;
  }
}

/**
 * The finder's filters or sort changed (by the person, or from the URL on
 * back/forward). The detail has the filters as enums and numbers; what a
 * person typed is not in it: the search text and the ZIP code are replaced
 * by `search: true|false` and `near: true|false` (a ZIP radius in use).
 */
export interface FilterChangeDetail {
  filters: Omit<import('./programs/query.js').ProgramFilters, 'q' | 'zip'>;
  search: boolean;
  near: boolean;
  sort: import('./programs/query.js').SortKey;
  /** How many programs match. */
  total: number;
}
export class FilterChangeEvent extends MaEvent<FilterChangeDetail> {
  static readonly eventName = 'ma-filter-change';
  constructor(detail: FilterChangeDetail) {
    super(FilterChangeEvent.eventName, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ma-filter-change': FilterChangeEvent;
  }
}
