/**
 * Where a program can be studied from: one pure rule, shared by the finder's
 * query and the get-matched quiz, so that both agree on what "near me" means.
 *
 * - A campus or hybrid program (and one whose delivery is not reported, which
 *   may well need a campus) fits a place only when its campus is in the
 *   chosen state, or within the radius of the chosen ZIP. A campus whose
 *   location is unknown is within no radius.
 * - An online program reaches everyone, from any state or ZIP, unless the
 *   catalog lists the states it accepts students from (`onlineStates`) and the
 *   person's state is known and not among them.
 * - No place given: every program fits.
 */
import type { Program } from '../catalog/schema.js';
import { distanceMiles, programLocation, type LatLon, type ZipLocation } from './geo.js';

/** A place a person chose: a state, or a ZIP's location with a radius. Both may be given (both must hold). */
export interface Place {
  /** Two-letter state code the person chose. */
  state?: string;
  /** Where the person's ZIP is. With `radius`, campuses must be within `radius` miles of it. */
  origin?: LatLon;
  /** Miles. A radius without an origin (a ZIP not looked up yet) filters nothing. */
  radius?: number;
  /**
   * The person's own state, when known (their chosen `state`, or the state of their ZIP),
   * used only to check an online program's `onlineStates`. Defaults to `state`.
   */
  homeState?: string;
}

/** True for a program taught fully online (no campus visits). */
export const isOnline = (p: Pick<Program, 'delivery'>): boolean => p.delivery === 'online';

/** Whether an online program accepts students from `state` (unknown state, or no list in the catalog: yes). */
export function onlineReaches(p: Pick<Program, 'onlineStates'>, state: string | undefined): boolean {
  return !state || !p.onlineStates || p.onlineStates.includes(state);
}

/** Miles from `origin` to the program's campus (its coordinates, else its ZIP's centroid); undefined when either is unknown. */
export function milesFrom(p: Pick<Program, 'location'>, origin: LatLon | undefined, zipLocation?: ZipLocation): number | undefined {
  const at = origin && programLocation(p.location, zipLocation);
  return at ? distanceMiles(origin!, at) : undefined;
}

/** True when a place asks for anything at all. */
export const hasPlace = (place: Place): boolean => !!place.state || (!!place.origin && place.radius !== undefined);

/**
 * Whether the program can be studied from `place` (see the module comment).
 * `miles` is the distance from `place.origin` to the campus (`milesFrom`), undefined when not known.
 */
export function placeFits(p: Pick<Program, 'delivery' | 'location' | 'onlineStates'>, place: Place, miles?: number): boolean {
  if (isOnline(p)) return onlineReaches(p, place.homeState ?? place.state);
  if (place.state && p.location.state !== place.state) return false;
  if (place.origin && place.radius !== undefined) return miles !== undefined && miles <= place.radius;
  return true;
}
