/**
 * The outlook of one occupation: its projection, its newest median pay, and
 * where its jobs are (industry shares), with the bar geometry for the chart.
 */
import type { Catalog, IndustryShare, Occupation, Pay } from '../catalog/schema.js';
import { newestPay } from './pay.js';

export interface OccupationOutlook {
  occupation: Occupation;
  outlook?: Occupation['outlook'];
  pay?: Pay;
  /** Industry shares, largest first. */
  industries: IndustryShare[];
}

/** The occupation's outlook, or undefined when the catalog has no such occupation. */
export function occupationOutlook(catalog: Catalog, id: string): OccupationOutlook | undefined {
  const occupation = catalog.occupations?.find((o) => o.id === id);
  if (!occupation) return undefined;
  const industries = [...(occupation.industries ?? [])].sort((a, b) => b.share - a.share);
  return { occupation, outlook: occupation.outlook, pay: newestPay(occupation), industries };
}

/** True when there is something to show: a projection, a median, or an industry share. */
export const hasOutlook = (o: OccupationOutlook | undefined): o is OccupationOutlook => !!o && !!(o.outlook || o.pay || o.industries.length);

/** The first year of a projection period ("2024-34" -> "2024"), the year its job count describes. */
export function baseYear(period: string): string | undefined {
  return /^\s*(\d{4})/.exec(period)?.[1];
}

/** Bar widths on a 0-100% scale of `width` units (a share is a part of the whole, so the scale is fixed, not the largest bar). */
export function shareBars(shares: readonly IndustryShare[], width: number): { share: IndustryShare; width: number }[] {
  return shares.map((share) => ({ share, width: Math.max(0, Math.min(100, share.share)) * (width / 100) }));
}
