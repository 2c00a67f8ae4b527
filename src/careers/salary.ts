/**
 * Salary table logic: which table to show, sorting its rows, the row to
 * highlight, and the geometry of the small bar that shows each row's spread.
 */
import type { LocalizedText, SalaryTable } from '../catalog/schema.js';
import { localize, type Locale } from '../i18n/lang.js';

export type SortDirection = 'ascending' | 'descending';
/** `column` is a column id, or `label` for the occupation column. */
export interface SalarySort {
  column: string;
  direction: SortDirection;
}
type Row = SalaryTable['rows'][number];

/** The table with this id, else the first one when no id is given. */
export function pickTable(tables: readonly SalaryTable[] | undefined, id?: string): SalaryTable | undefined {
  return id ? tables?.find((t) => t.id === id) : tables?.[0];
}

const collators = new Map<Locale, Intl.Collator>();

/** A sorted copy. Values that are not reported go last in either direction; ties keep the catalog's order. */
export function sortRows(rows: readonly Row[], sort: SalarySort | undefined, locale: Locale): Row[] {
  if (!sort) return [...rows];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  if (sort.column === 'label') {
    let c = collators.get(locale);
    if (!c) collators.set(locale, (c = new Intl.Collator(locale)));
    return [...rows].sort((a, b) => sign * c.compare(localize(a.label, locale), localize(b.label, locale)));
  }
  return [...rows].sort((a, b) => {
    const x = a.values[sort.column];
    const y = b.values[sort.column];
    return x == null ? (y == null ? 0 : 1) : y == null ? -1 : sign * (x - y);
  });
}

const same = (text: LocalizedText, wanted: string) =>
  (typeof text === 'string' ? [text] : Object.values(text)).some((t) => t.trim().toLowerCase() === wanted);

/** Whether a row is the one `highlight` names: by occupation id, or by its label in any language (case-insensitive). */
export function isHighlighted(row: Row, highlight: string): boolean {
  const wanted = highlight.trim().toLowerCase();
  return !!wanted && (row.occupation?.toLowerCase() === wanted || same(row.label, wanted));
}

/** The largest value in the table: the common scale of every row's bar, so bars compare honestly. */
export function tableMax(table: SalaryTable): number {
  let max = 0;
  for (const r of table.rows) for (const v of Object.values(r.values)) if (v != null && v > max) max = v;
  return max;
}

export interface Bar {
  /** Start and end of the range, from the row's lowest to its highest value. */
  x1: number;
  x2: number;
  /** One mark per reported value, in column order. */
  dots: number[];
}

/** A row's bar on a 0..`max` scale drawn `width` wide; undefined when the row reports nothing. */
export function barGeometry(values: readonly (number | null | undefined)[], max: number, width: number): Bar | undefined {
  const xs = values.filter((v): v is number => v != null).map((v) => Math.round((max > 0 ? (v / max) * width : 0) * 10) / 10);
  if (!xs.length) return undefined;
  return { x1: Math.min(...xs), x2: Math.max(...xs), dots: xs };
}
