/**
 * The finder's side of the page URL (`sync-url`): reads its own parameters,
 * writes them back without touching anyone else's, and owns `popstate`.
 *
 * - A history change that leaves this finder's parameters as they were (a
 *   host router's, another finder's) is ignored, so it does not reset paging.
 * - A run of keystrokes (search text, ZIP) is one history entry: the first
 *   pushes, the next ones replace, until some other change ends the run.
 * - A page that may not change its URL (a sandboxed iframe) keeps working.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isServer } from 'lit';
import type { FilterKey, ProgramFilters, SortKey } from '../../programs/query.js';
import { mergeSearch, ownParams, readUrl, type UrlLayer } from './params.js';

export interface UrlSyncOptions {
  /** undefined: URL sync is off; '' or a prefix such as `finder2`. */
  prefix: () => string | undefined;
  /** This finder's parameters changed through history (back, forward, a router). */
  onChange: (layer: UrlLayer) => void;
}

export class UrlSyncController implements ReactiveController {
  #typing = false;
  #last = '';

  constructor(
    host: ReactiveControllerHost,
    private readonly options: UrlSyncOptions,
  ) {
    host.addController(this);
  }

  get on(): boolean {
    return this.options.prefix() !== undefined;
  }

  hostConnected(): void {
    addEventListener('popstate', this.handlePopState);
  }

  hostDisconnected(): void {
    removeEventListener('popstate', this.handlePopState);
  }

  /** This finder's layer of the current URL, or undefined when sync is off. */
  read(): UrlLayer | undefined {
    const prefix = this.options.prefix();
    // On the server (ma-widgets/ssr) there is no URL: the finder renders its attributes' filters.
    if (prefix === undefined || isServer) return undefined;
    this.#last = ownParams(location.search, prefix);
    return readUrl(location.search, prefix);
  }

  /** Writes the filters into the URL; `typing`: part of a run of keystrokes (one history entry). */
  write(filters: ProgramFilters, sort: SortKey, cleared: FilterKey[], typing: boolean): void {
    const prefix = this.options.prefix();
    if (prefix === undefined) return;
    const search = mergeSearch(location.search, filters, sort, prefix, cleared);
    const replace = typing && this.#typing;
    this.#typing = typing;
    if (search === location.search) return;
    try {
      history[replace ? 'replaceState' : 'pushState'](history.state, '', location.pathname + search + location.hash);
      this.#last = ownParams(location.search, prefix);
    } catch {
      // A sandboxed or srcdoc iframe may not change its URL (SecurityError): the finder works without URL sync.
    }
  }

  private handlePopState = () => {
    const prefix = this.options.prefix();
    if (prefix === undefined) return;
    this.#typing = false;
    if (ownParams(location.search, prefix) === this.#last) return;
    const layer = this.read()!;
    this.options.onChange(layer);
  };
}
