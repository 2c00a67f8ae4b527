/**
 * The programs chosen for comparison, shared by the widgets that take part:
 * `<ma-program-finder>` (ticks them) and `<ma-program-compare follow>` (shows
 * them). One ReactiveController owns the protocol, so both speak it alike:
 * - `ma-compare-change` (`detail.ids`) announces a selection; every
 *   participant hears it on the document (listeners added on connect, removed
 *   on disconnect), so a second copy of the bundle hears it too;
 * - `ma-compare-request`: a follower joining late asks; a finder with programs
 *   ticked answers with a `ma-compare-change`;
 * - `for="id"` on a follower: only announcements from that element (or from
 *   itself) count, across shadow roots;
 * - the publisher preset: a following comparison with `programs="a,b"` is a
 *   finder's starting selection (kept when more are ticked), unless its
 *   `for` names another element;
 * - at most MAX_COMPARE programs are kept by a finder.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { CompareChangeEvent, CompareRequestEvent, MAX_COMPARE } from '../events.js';
import { cameFrom } from './peers.js';

type Host = ReactiveControllerHost & HTMLElement;

export interface CompareSelectionOptions {
  /**
   * `finder`: always listens, answers requests, starts from a preset, keeps at most MAX_COMPARE.
   * `follower`: listens while `active()` (a comparison's `follow`), asks for the selection on joining.
   */
  role: 'finder' | 'follower';
  /** Follower: whether it listens now (default: always). */
  active?: () => boolean;
  /** Follower: the id of the one element to hear (`for`); empty: every announcement. */
  from?: () => string;
}

/**
 * On the server (ma-widgets/ssr), where there is no document to look in: the programs of the
 * page's following comparison (`presetCompare`'s answer), given by the renderer for the widget
 * it renders, so that a finder renders the same ticks and tray as it will on the client.
 */
let serverPreset: string[] = [];
export function setServerComparePreset(ids: readonly string[]): void {
  serverPreset = [...new Set(ids)].slice(0, MAX_COMPARE);
}
/** On the server: whether the page has a comparison to go to (one that presets programs). */
export const serverHasCompare = (): boolean => serverPreset.length > 0;

/** Every element matching `selector` in the document and in open shadow roots. */
export function findAll(selector: string, root: Document | ShadowRoot = document): Element[] {
  const out = [...root.querySelectorAll(selector)];
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) out.push(...findAll(selector, el.shadowRoot));
  return out;
}

/** The ids in a `programs` attribute, without repeats. */
export function parseIds(value: string | null | undefined): string[] {
  return [...new Set((value ?? '').split(/[\s,]+/).filter(Boolean))];
}

/** Whether a following comparison `el` is meant for `host` (it names no peer, or names the host). */
function followsHost(el: Element, host: Element): boolean {
  const f = el.getAttribute('for');
  return !f || f === host.id;
}

/**
 * The ids a publisher gave a following comparison meant for `host` (`<ma-program-compare follow
 * programs="a,b">`): `from` if it is one, else the first such comparison on the page.
 */
export function presetCompare(host: Element, from?: EventTarget): string[] {
  const el =
    from instanceof Element && from.localName === 'ma-program-compare' ? from : findAll('ma-program-compare[follow][programs]').find((c) => followsHost(c, host));
  if (!el?.hasAttribute('follow') || !followsHost(el, host)) return [];
  return parseIds(el.getAttribute('programs')).slice(0, MAX_COMPARE);
}

export class CompareSelection implements ReactiveController {
  readonly #host: Host;
  readonly #o: CompareSelectionOptions;
  #ids: string[] = [];
  #listening = false;

  constructor(host: Host, options: CompareSelectionOptions) {
    this.#host = host;
    this.#o = options;
    host.addController(this);
  }

  /** The selected ids, in the order chosen. */
  get ids(): string[] {
    if (isServer && this.#o.role === 'finder' && !this.#ids.length) return serverPreset;
    return this.#ids;
  }

  /** Replaces the selection without telling anyone (a `programs` attribute, ids the catalog lacks). */
  set ids(ids: string[]) {
    this.#ids = this.#clip(ids);
    this.#host.requestUpdate();
  }

  /** A change made here (a tick, a removal): replaces the selection and announces it. */
  choose(ids: string[]): void {
    this.ids = ids;
    this.announce();
  }

  /** Announces the current selection from the host. */
  announce(): void {
    this.#host.dispatchEvent(new CompareChangeEvent({ ids: [...this.#ids] }));
  }

  /** Whether the document listeners are on (for tests). */
  get listening(): boolean {
    return this.#listening;
  }

  hostConnected(): void {
    this.#sync();
    // A comparison already on the page with programs the publisher chose: start with them.
    if (this.#o.role === 'finder' && !this.#ids.length) this.#ids = presetCompare(this.#host);
  }

  hostUpdated(): void {
    // A follower's `follow` may have changed.
    this.#sync();
  }

  hostDisconnected(): void {
    this.#listen(false);
  }

  #clip(ids: readonly unknown[]): string[] {
    const list = ids.map(String);
    return this.#o.role === 'finder' ? list.slice(0, MAX_COMPARE) : list;
  }

  #sync() {
    this.#listen(this.#host.isConnected && (this.#o.active?.() ?? true));
  }

  #listen(on: boolean) {
    if (on === this.#listening) return;
    this.#listening = on;
    const method = on ? 'addEventListener' : 'removeEventListener';
    document[method]('ma-compare-change', this.#onChange);
    if (this.#o.role === 'finder') document[method]('ma-compare-request', this.#onRequest);
    // Joining late: ask a finder on the page for what is already ticked.
    else if (on) this.#host.dispatchEvent(new CompareRequestEvent());
  }

  #onChange = (e: Event) => {
    const ids = (e as CompareChangeEvent).detail?.ids;
    if (!Array.isArray(ids)) return;
    const mine = e.composedPath()[0] === this.#host;
    if (this.#o.role === 'finder') {
      // Our own announcement comes back here: nothing new.
      if (mine || e.target === this.#host) return;
    } else {
      // Our own removals come back here too; with `for`, only the named element is heard.
      const from = this.#o.from?.();
      if (from && !cameFrom(e, from) && !mine) return;
    }
    this.ids = ids;
  };

  /** A comparison joined the page: tell it what is ticked, or (nothing ticked yet) take the programs it was given. */
  #onRequest = (e: Event) => {
    if (this.#ids.length) this.announce();
    else this.ids = presetCompare(this.#host, e.composedPath()[0]);
  };
}
