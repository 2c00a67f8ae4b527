/**
 * Distances and ZIP code locations. The ZIP table (about 34,000 U.S. ZIP
 * centroids) is a separate chunk, imported only the first time someone
 * types a ZIP, and decoded once per page.
 */
export interface LatLon {
  lat: number;
  lon: number;
}

/** The radius a ZIP search starts with, in the finder and the quiz. */
export const DEFAULT_RADIUS = 25;

/** A ZIP's centroid (what `loadZipTable` resolves to). */
export type ZipLocation = (zip: string) => LatLon | undefined;

/** Where a campus is: its own coordinates, else its ZIP's centroid; undefined when neither is known. */
export function programLocation(loc: { lat?: number; lon?: number; zip?: string }, zipLocation?: ZipLocation): LatLon | undefined {
  return loc.lat !== undefined && loc.lon !== undefined ? { lat: loc.lat, lon: loc.lon } : loc.zip ? zipLocation?.(loc.zip) : undefined;
}

const EARTH_RADIUS_MILES = 3958.8;
const rad = Math.PI / 180;

/** Great-circle (haversine) distance in miles. */
export function distanceMiles(a: LatLon, b: LatLon): number {
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Must match scripts/build-zips.mjs. */
const LAT_OFFSET = 9000;
const LON_OFFSET = 18000;

/** ZIP (as a number) -> [lat, lon]. */
export function decodeZipTable(s: string): Map<number, [number, number]> {
  const table = new Map<number, [number, number]>();
  let zip = 0;
  for (let i = 0; i < s.length; ) {
    // A ZIP difference of 1 is not written; any other ends with "," within 5 characters.
    const comma = s.indexOf(',', i);
    if (comma !== -1 && comma - i <= 4) {
      zip += parseInt(s.slice(i, comma), 36);
      i = comma + 1;
    } else zip += 1;
    const lat = (parseInt(s.slice(i, i + 3), 36) - LAT_OFFSET) / 100;
    const lon = (parseInt(s.slice(i + 3, i + 6), 36) - LON_OFFSET) / 100;
    table.set(zip, [lat, lon]);
    i += 6;
  }
  return table;
}

let table: Promise<Map<number, [number, number]>> | undefined;

function zipTable(): Promise<Map<number, [number, number]>> {
  return (table ??= import('./zip/table.js').then(
    (m) => decodeZipTable(m.default),
    (e) => {
      table = undefined; // a failed chunk load may succeed on the next try
      throw e;
    },
  ));
}

/** A synchronous ZIP lookup once the table is loaded (for `queryPrograms`' `zipLocation`). */
export async function loadZipTable(): Promise<(zip: string) => LatLon | undefined> {
  const t = await zipTable();
  return (zip) => {
    const hit = /^\d{5}$/.test(zip) ? t.get(Number(zip)) : undefined;
    return hit && { lat: hit[0], lon: hit[1] };
  };
}

/** The centroid of a 5-digit U.S. ZIP code, or undefined if it is not one we know. */
export async function lookupZip(zip: string): Promise<LatLon | undefined> {
  if (!/^\d{5}$/.test(zip)) return undefined;
  return (await loadZipTable())(zip);
}
