/**
 * The finder's comparison tray, and how it finds the comparison it feeds:
 * - each chosen program is named with its school ("Medical Assisting
 *   Certificate, Bayou Technical School": many programs share a name);
 * - "Compare N programs" takes the person to the `<ma-program-compare>` on
 *   the page (scrolls to it and moves focus into it), or to `compare-url`;
 * - the list folds away (one line, a button to unfold), so the sticky tray
 *   stays a small strip at the bottom of the screen, on a phone and on a desktop.
 * The selection itself (events, preset, limit) is internal/compare-selection.ts.
 */
import { html, isServer, nothing, type TemplateResult } from 'lit';
import { findAll, serverHasCompare } from '../../internal/compare-selection.js';
import type { Program } from '../../catalog/schema.js';
import { localize, type Locale } from '../../i18n/lang.js';
import { safeUrlWith } from '../../internal/safe-url.js';
import { messages } from './program-finder.messages.js';

/** The first `<ma-program-compare>` on the page (across shadow roots). */
export function findCompare(): HTMLElement | undefined {
  // On the server only whether there is one counts (the tray's "Compare" button): the host stands for it.
  if (isServer) return serverHasCompare() ? ({} as HTMLElement) : undefined;
  return (document.querySelector<HTMLElement>('ma-program-compare') ?? findAll('ma-program-compare')[0]) as HTMLElement | undefined;
}

/** Scrolls to the comparison and moves focus into it (its table region, else its empty message, else the element). */
export function focusCompare(el: HTMLElement | undefined): void {
  if (!el) return;
  el.scrollIntoView({ block: 'start' });
  const inner = el.shadowRoot?.querySelector<HTMLElement>('.scroll, [part~="empty"]');
  if (inner) inner.focus({ preventScroll: true });
  else {
    if (!el.hasAttribute('tabindex')) el.tabIndex = -1;
    el.focus({ preventScroll: true });
  }
}

/** `compare-url` with the ids as `compare=a,b`; undefined when the URL is not a safe one. */
export function compareHref(url: string, ids: string[]): string | undefined {
  return safeUrlWith(url, { compare: ids.join(',') });
}

export interface TrayOptions {
  locale: Locale;
  ids: string[];
  byId: Map<string, Program>;
  limitHit: boolean;
  /** The list is unfolded. */
  open: boolean;
  compareUrl: string;
  /** A comparison to go to exists (on the page, or `compare-url`). */
  hasCompare: boolean;
  onToggle: () => void;
  onRemove: (id: string, index: number, name: string) => void;
  onClear: () => void;
  onGo: () => void;
}

export function renderTray(o: TrayOptions): TemplateResult {
  const m = messages(o.locale);
  const n = o.ids.length;
  const href = o.compareUrl ? compareHref(o.compareUrl, o.ids) : undefined;
  const go =
    n >= 2 && o.hasCompare
      ? href
        ? html`<a class="btn go" href=${href}>${m.compareN(n)}</a>`
        : o.compareUrl
          ? nothing
          : html`<button class="btn go" type="button" @click=${o.onGo}>${m.compareN(n)}</button>`
      : nothing;
  return html`<section part="tray" class="tray ${o.open ? 'expanded' : ''}" aria-labelledby="tray-h">
    <div class="tray-bar">
      <h2 id="tray-h" class="tray-h" tabindex="-1">${m.comparing(n)}</h2>
      ${n
        ? html`<button
            class="btn secondary tray-toggle"
            type="button"
            aria-label=${m.trayList}
            aria-expanded=${o.open ? 'true' : 'false'}
            aria-controls="tray-list"
            @click=${o.onToggle}
          >
            <span aria-hidden="true">${o.open ? '▾' : '▴'}</span>
          </button>`
        : nothing}
      ${go}
    </div>
    <div id="tray-list" class="tray-list">
      <ul>
        ${o.ids.map((id, i) => {
          const p = o.byId.get(id);
          const name = p ? m.trayItem(localize(p.name, o.locale), localize(p.institution.name, o.locale)) : id;
          return html`<li>
            ${name}
            <button class="btn secondary x" type="button" aria-label=${m.remove(name)} @click=${() => o.onRemove(id, i, name)}>×</button>
          </li>`;
        })}
      </ul>
      ${n ? html`<button class="btn secondary" type="button" @click=${o.onClear}>${m.clearCompare}</button>` : nothing}
    </div>
    ${o.limitHit ? html`<p class="invalid" role="alert">${m.compareLimit}</p>` : nothing}
  </section>`;
}
