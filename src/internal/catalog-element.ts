/**
 * The base of every catalog-driven widget: the `src` and `catalog` inputs,
 * the CatalogController, and the loading and error states that every widget
 * shows the same way. A widget implements `renderReady(catalog)`.
 */
import { html, isServer, nothing, type PropertyDeclaration, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { MaElement } from './ma-element.js';
import { CatalogController } from '../catalog/controller.js';
import type { Catalog } from '../catalog/schema.js';
import { coreMessages } from '../i18n/messages.js';
import { warmFormats, warmFormatsSoon } from '../i18n/format.js';
import { toLocale } from '../i18n/lang.js';
import { dropServerDom, hydrationSupported, serverCatalog } from './hydration.js';

// Intl's first formatters (10-15 ms of locale data) at the page's first idle moment after a
// widget's code has arrived, usually long before its catalog does (a widget created with its
// catalog in hand would otherwise pay for them between the hand-over and its first results).
if (!isServer && globalThis.document) warmFormatsSoon(toLocale(document.documentElement.lang) ?? 'en');

export abstract class MaCatalogElement extends MaElement {
  /** URL of a catalog JSON file. Without it (and without `catalog`), a built-in catalog is used (see `catalog-name`). */
  @property() src = '';

  /**
   * The built-in catalog to use when there is neither `catalog` nor `src`: `national`
   * (every medical assisting program in IPEDS 2023-24, about 1,600, downloaded only
   * when asked for) or, by default, the sample catalog.
   */
  @property({ attribute: 'catalog-name' }) catalogName: '' | 'sample' | 'national' = '';

  /** A catalog object; takes precedence over `src`. Validated like a fetched one. */
  @property({ attribute: false }) catalog?: Catalog | unknown;

  /** Milliseconds this widget waits for `src`, retries of transient failures included, before it shows an error. */
  @property({ type: Number }) timeout = 15000;

  /**
   * All or nothing: a catalog with any invalid record (a program, occupation, salary row…) is shown as an error.
   * Without it, such records are left out, listed in `ma-catalog-load`'s `skipped` and in the console.
   */
  @property({ type: Boolean }) strict = false;

  protected readonly data = new CatalogController(this);

  /** Server-rendered (a declarative shadow root was there before the first update): hydrated once the catalog is ready. */
  #prerendered = false;
  #hydrating = false;
  /** Connected before: a shadow root found then is the one Lit made (disconnected before its first update), not the server's. */
  #seen = false;

  /**
   * True on the server and during a server-rendered widget's first update on the client (its
   * hydration): the render must give the server's template at once (no deferred preparation).
   */
  protected get rendersAtOnce(): boolean {
    return isServer || (this.#hydrating && !this.hasUpdated);
  }

  override connectedCallback(): void {
    if (!this.#seen && !this.hasUpdated && this.shadowRoot) {
      this.#prerendered = this.#hydrating = true;
      // The catalog the server rendered with: a JSON data block in the widget's light DOM
      // (renderWidget), else the page's (`ma-catalog render` writes one for the page).
      // A widget asking for a built-in catalog (`catalog-name`) takes only its own block, not the page's.
      if (this.catalog == null && !this.src) {
        const data = serverCatalog(this, !this.catalogName);
        if (data !== undefined) this.catalog = data;
      }
    }
    this.#seen = true;
    super.connectedCallback();
    // Intl's first formatters (10-15 ms) while the page is idle, before the catalog arrives.
    warmFormatsSoon(this.locale);
  }

  /** Resolves the wait of a server-rendered widget's first update (see scheduleUpdate). */
  private catalogWait?: () => void;

  /**
   * A server-rendered widget keeps the server's DOM until its catalog is ready, then hydrates it
   * (the same template with the same data: no node replaced). Its first update waits for that,
   * with every change made meanwhile kept for it.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.#prerendered && !this.hasUpdated && this.data.status === 'loading') {
      return new Promise<void>((resolve) => (this.catalogWait = resolve)).then(() => super.scheduleUpdate());
    }
    return super.scheduleUpdate();
  }

  override requestUpdate(name?: PropertyKey, oldValue?: unknown, options?: PropertyDeclaration): void {
    super.requestUpdate(name, oldValue, options);
    if (this.catalogWait && this.data.status !== 'loading') {
      const resume = this.catalogWait;
      this.catalogWait = undefined;
      resume();
    }
  }

  /** A server-rendered widget whose catalog failed: the server's content is replaced by a normal render (the error state). */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    if (this.#prerendered && !this.hasUpdated) {
      this.#prerendered = false;
      // Lit's hydration support (ma-widgets/hydrate.js) did not load before this widget: Lit would
      // render beside the server's content; it renders in its place instead, with a warning.
      if (!isServer && !hydrationSupported(this)) {
        console.warn(`[ma-widgets] <${this.localName}> was server-rendered, but ma-widgets/hydrate.js (ma-widgets-hydrate.js) was not loaded before it: rendered again`);
        this.#hydrating = false;
        dropServerDom(this, true);
        return super.shouldUpdate(changed);
      }
      if (this.data.status !== 'ready' && dropServerDom(this)) this.#hydrating = false;
    }
    return super.shouldUpdate(changed);
  }

  /**
   * Hydration that finds other markup than the server's (the page's URL asked for other filters,
   * say) throws: the server's content is then replaced by a normal render, with a warning,
   * rather than left half-hydrated.
   */
  protected override update(changed: PropertyValues): void {
    try {
      super.update(changed);
    } catch (e) {
      if (!this.#hydrating || this.hasUpdated) throw e;
      this.#hydrating = false;
      console.warn(`[ma-widgets] <${this.localName}>: the server-rendered content does not match this page's state; rendered again`, e);
      dropServerDom(this, true);
      super.update(changed);
    }
  }

  protected abstract renderReady(catalog: Catalog): TemplateResult;

  /** What the loading state says, e.g. "Loading programs…". */
  protected loadingLabel(): string {
    return coreMessages(this.locale).loading;
  }

  override render(): TemplateResult {
    // The server never runs the update cycle (no hostUpdate): the catalog is checked here, at once.
    if (isServer) this.data.serverSync();
    const { status, value, error } = this.data;
    const m = coreMessages(this.locale);
    if (status === 'ready' && value) {
      // A widget that cannot draw valid data (a bug, or a value the browser's Intl rejects)
      // shows the error state; the exception must not reach the host page.
      try {
        return this.renderReady(value);
      } catch (e) {
        console.error(`[ma-widgets] <${this.localName}> could not render its catalog:`, e);
        return this.renderError(m.error('render'));
      }
    }
    if (status === 'error' && error) {
      const retry = error.kind === 'network' || error.kind === 'timeout' || error.kind === 'http';
      return this.renderError(m.error(error.kind), retry);
    }
    return this.renderLoading();
  }

  /** The loading state; also for a widget still preparing a loaded catalog (e.g. indexing it in slices). */
  protected renderLoading(): TemplateResult {
    // Intl's first formatter is made while the catalog loads, not in the task that renders the results.
    warmFormats(this.locale);
    return html`<div part="base" class="base state" aria-busy="true">
      <p role="status" class="muted">${this.loadingLabel()}</p>
    </div>`;
  }

  private renderError(message: string, retry = false): TemplateResult {
    const m = coreMessages(this.locale);
    return html`<div part="base" class="base state">
      <div part="error" class="error" role="alert">
        <p><strong>${m.errorTitle}</strong></p>
        <p>${message}</p>
      </div>
      ${retry ? html`<button class="btn secondary" type="button" @click=${this.handleRetry}>${m.retry}</button>` : nothing}
    </div>`;
  }

  /** Set by "Try again": the button disappears, so focus is kept inside the widget until the new state shows. */
  #refocus = false;

  constructor() {
    super();
    this.addController({
      hostUpdated: () => {
        if (!this.#refocus) return;
        const base = this.renderRoot.querySelector<HTMLElement>('[part~="base"]');
        if (base) {
          base.tabIndex = -1;
          base.focus({ preventScroll: true });
        }
        if (this.data.status !== 'loading') this.#refocus = false;
      },
    });
  }

  private handleRetry = () => {
    this.#refocus = true;
    this.data.reload();
  };
}
