/**
 * The place rule: does a program satisfy a student's place constraint (a
 * state, or a radius around a ZIP)? One pure function, `placeFits`, shared by
 * the finder (programs/query.ts) and the quiz (programs/match.ts), so that
 * both keep the same programs.
 *
 * The rule (also in the README's finder section):
 * - A campus or hybrid program, or one whose delivery is not reported, is in
 *   a state when its campus is, and within a radius when its campus
 *   (coordinates, else its ZIP's centroid) is at most that many miles from
 *   the ZIP; a campus whose place is unknown is not within any radius.
 * - An online program needs no campus visits, so it fits any state and any
 *   radius, unless the catalog lists the states it accepts students from
 *   (`onlineStates`) and the chosen state (or the ZIP's state) is not among
 *   them. It has no distance.
 * - A radius applies only once the ZIP's location is known (`origin`).
 */
import type { Program } from '../catalog/schema.js';
import { distanceMiles, programLocation, type LatLon, type ZipLocation } from './geo.js';
import { zipState } from './zip-state.js';

export interface Place {
  /** Two-letter state code. */
  state?: string;
  /** A 5-digit ZIP code (its state decides for online programs that list their states). */
  zip?: string;
  /** Miles around the ZIP; applies only with an origin. */
  radius?: number;
}

/** Online: no campus visits, so distance does not apply. */
export const isOnline = (p: Program): boolean => p.delivery === 'online';

/** Whether an online program takes students from `state` (true when it does not say, or the state is unknown). */
export function acceptsFrom(p: Program, state: string | undefined): boolean {
  return !state || !p.onlineStates || p.onlineStates.includes(state);
}

/** Miles from the origin to the program's campus; undefined for online programs and unknown places. */
export function programDistance(p: Program, origin: LatLon | undefined, zipLocation?: ZipLocation): number | undefined {
  if (!origin || isOnline(p)) return undefined;
  const at = programLocation(p.location, zipLocation);
  return at ? distanceMiles(origin, at) : undefined;
}

/** The state half of the rule. */
export function fitsState(p: Program, state: string | undefined): boolean {
  if (!state) return true;
  return isOnline(p) ? acceptsFrom(p, state) : p.location.state === state;
}

/** The radius half of the rule, given the program's distance (from `programDistance`). */
export function fitsRadius(p: Program, zip: string | undefined, radius: number, distance: number | undefined): boolean {
  return isOnline(p) ? acceptsFrom(p, zipState(zip)) : distance !== undefined && distance <= radius;
}

/** Does the program satisfy the place constraint? Without an origin the radius is not applied. */
export function placeFits(p: Program, place: Place, origin?: LatLon, zipLocation?: ZipLocation): boolean {
  if (!fitsState(p, place.state)) return false;
  if (!origin || !place.radius) return true;
  return fitsRadius(p, place.zip, place.radius, programDistance(p, origin, zipLocation));
}
