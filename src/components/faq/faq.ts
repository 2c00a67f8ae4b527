import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { MaCatalogElement } from '../../internal/catalog-element.js';
import type { Catalog } from '../../catalog/schema.js';
import { localize } from '../../i18n/lang.js';
import { StructuredDataController, structuredDataOn } from '../../structured-data/controller.js';
import { faqPageLd } from '../../structured-data/builders.js';
import { messages } from './faq.messages.js';
import { styles } from './faq.styles.js';

/** The question id a page fragment names (`#faq-how-long` -> `how-long`), if any. */
export function faqIdFromHash(hash: string): string | undefined {
  if (!hash.startsWith('#faq-')) return undefined;
  try {
    return decodeURIComponent(hash.slice('#faq-'.length)) || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The catalog's questions and answers as native disclosures
 * (`<details>`/`<summary>`: Enter or Space opens one, and the browser's
 * find-in-page reaches closed answers). `open` opens them all.
 *
 * Deep links: a page address ending in `#faq-<id>` (`#faq-how-long`) opens
 * that question, scrolls it into view and puts keyboard focus on it, when the
 * widget first shows its questions and whenever the fragment changes
 * (`hashchange`, e.g. a link on the page). The browser itself cannot do this:
 * a fragment is looked up in the document's own tree and never inside a
 * shadow root, so the widget reads the fragment itself and finds the question
 * in its shadow root (where each `<details>` has the id `faq-<id>`).
 *
 * Writes a schema.org `FAQPage` JSON-LD block into the page beside itself
 * (`structured-data="off"` to switch that off).
 *
 * @summary Questions and answers as accessible disclosures, with deep links to one question.
 *
 * @event ma-catalog-load - The catalog loaded.
 * @event ma-catalog-error - The catalog could not be loaded or is invalid.
 *
 * @csspart base - The outermost wrapper, in every state.
 * @csspart item - Each question's `<details>`.
 * @csspart question - Each `<summary>` (the question).
 * @csspart answer - Each answer.
 * @csspart empty - The message shown when the catalog has no questions.
 * @csspart error - The error message.
 *
 * @cssproperty --ma-faq-min-height - Space reserved while loading (default 16em of the widget's 16px type).
 * @cssproperty --ma-faq-scroll-margin - Space kept above a question a deep link scrolls to, e.g. the height of a sticky header (default 1em).
 * @cssproperty --ma-color-surface-alt - Borders and the hover background of the questions.
 */
export class MaFaq extends MaCatalogElement {
  static override styles = [...MaCatalogElement.styles, styles];

  /** Every answer open. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** `off`: write no FAQPage JSON-LD into the page. On by default. */
  @property({ attribute: 'structured-data' }) structuredData: string | null = null;

  readonly #ld = new StructuredDataController(this, () => {
    const catalog = this.data.value;
    if (this.data.status !== 'ready' || !catalog || !structuredDataOn(this.structuredData, true)) return undefined;
    const data = faqPageLd(catalog, this.locale);
    return data && { key: 'faq', data };
  });

  /** The FAQPage block this widget wrote into the page, if any. */
  get structuredDataScript(): HTMLScriptElement | undefined {
    return this.#ld.script;
  }

  /** Whether the fragment the page opened with has been looked at (once the questions are shown). */
  #firstHash = false;

  override connectedCallback(): void {
    super.connectedCallback();
    globalThis.addEventListener?.('hashchange', this.handleHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.removeEventListener?.('hashchange', this.handleHashChange);
  }

  protected override loadingLabel(): string {
    return messages(this.locale).loading;
  }

  protected renderReady(catalog: Catalog): TemplateResult {
    const locale = this.locale;
    const faq = catalog.faq ?? [];
    if (!faq.length) return html`<div part="base" class="base state"><p part="empty">${messages(locale).empty}</p></div>`;
    return html`<div part="base" class="base">
      ${faq.map(
        (f) => html`<details part="item" id="faq-${f.id}" ?open=${this.open}>
          <summary part="question">
            <span class="q">${localize(f.question, locale)}</span>
            <svg class="chev" aria-hidden="true" width="16" height="16" viewBox="0 0 16 16"><path d="M3 6l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2"></path></svg>
          </summary>
          <div part="answer" class="answer"><p>${localize(f.answer, locale)}</p></div>
        </details>`,
      )}
    </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!this.#firstHash && this.data.status === 'ready') {
      this.#firstHash = true;
      this.openFromHash();
    }
  }

  /** Opens, scrolls to and focuses the question the page's fragment names; false when it names none of ours. */
  openFromHash(hash = globalThis.location?.hash ?? ''): boolean {
    const id = faqIdFromHash(hash);
    const item = id ? (this.renderRoot as ShadowRoot).getElementById?.(`faq-${id}`) : null;
    if (!(item instanceof HTMLDetailsElement)) return false;
    item.open = true;
    item.scrollIntoView({ block: 'start' });
    item.querySelector('summary')?.focus({ preventScroll: true });
    return true;
  }

  private handleHashChange = () => {
    this.openFromHash();
  };
}
