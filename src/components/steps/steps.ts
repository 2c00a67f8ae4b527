import { html, isServer, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { MaCatalogElement } from '../../internal/catalog-element.js';
import type { Catalog, Step } from '../../catalog/schema.js';
import { localize } from '../../i18n/lang.js';
import { safeUrl } from '../../internal/safe-url.js';
import { StructuredDataController, structuredDataOn } from '../../structured-data/controller.js';
import { howToLd } from '../../structured-data/builders.js';
import { messages } from './steps.messages.js';
import { styles } from './steps.styles.js';

/**
 * A step's link, safe and useful: a `#id` link only when the page has an
 * element with that id (the sample catalog's `#find` means nothing on a page
 * without a finder), resolved against the page itself rather than a
 * `<base href>`, so that it stays on this page; other links through safeUrl.
 */
export function stepHref(link: Step['link'], host: Element): string | undefined {
  if (!link) return undefined;
  if (!link.href.startsWith('#')) return safeUrl(link.href);
  let id: string;
  try {
    id = decodeURIComponent(link.href.slice(1));
  } catch {
    return undefined;
  }
  // On the server (ma-widgets/ssr) the page is not known: the link is kept, relative to the page.
  if (isServer) return id ? link.href : undefined;
  const root = host.getRootNode() as Document | ShadowRoot;
  if (!id || !(root.getElementById?.(id) ?? document.getElementById(id))) return undefined;
  return safeUrl(document.URL.split('#')[0] + link.href);
}

/**
 * The catalog's steps into the field as an ordered list: each step a heading
 * with a button that shows or hides its text (the disclosure pattern), and an
 * optional link to where the step is acted on, such as the finder on the same
 * page (`"link": { "href": "#find", "label": "Find a program" }` in the
 * catalog). Every step is open unless `step` names one, which is then the
 * only one open.
 *
 * Writes a schema.org `HowTo` JSON-LD block into the page beside itself
 * (`structured-data="off"` to switch that off).
 *
 * @summary The steps to become a medical assistant, as an ordered list of disclosures with links.
 *
 * @event ma-catalog-load - The catalog loaded.
 * @event ma-catalog-error - The catalog could not be loaded or is invalid.
 *
 * @csspart base - The outermost wrapper, in every state.
 * @csspart list - The ordered list.
 * @csspart step - Each step (list item).
 * @csspart heading - Each step's heading.
 * @csspart toggle - The button in each heading that shows or hides the step.
 * @csspart number - The step's number.
 * @csspart body - The step's text and link.
 * @csspart link - The step's link, when it has one.
 * @csspart empty - The message shown when the catalog has no steps.
 * @csspart error - The error message.
 *
 * @cssproperty --ma-steps-min-height - Space reserved while loading (default 24em of the widget's 16px type).
 * @cssproperty --ma-steps-marker-color - Background of the step numbers (default: the primary color).
 * @cssproperty --ma-color-primary - Links, numbers.
 */
export class MaSteps extends MaCatalogElement {
  static override styles = [...MaCatalogElement.styles, styles];

  /** Id of the one step to open (the others start closed); empty: every step is open. */
  @property({ reflect: true }) step = '';

  /** Level of the step headings (2 to 6), to fit the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** `off`: write no HowTo JSON-LD into the page. On by default. */
  @property({ attribute: 'structured-data' }) structuredData: string | null = null;

  /** Steps the person opened or closed, by id, since `step` last changed. */
  @state() private toggled = new Map<string, boolean>();

  readonly #ld = new StructuredDataController(this, () => {
    const catalog = this.data.value;
    if (this.data.status !== 'ready' || !catalog || !structuredDataOn(this.structuredData, true)) return undefined;
    const data = howToLd(catalog, this.locale, messages(this.locale).howTo);
    return data && { key: 'howto', data };
  });

  /** The HowTo block this widget wrote into the page, if any. */
  get structuredDataScript(): HTMLScriptElement | undefined {
    return this.#ld.script;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('step')) this.toggled = new Map();
  }

  protected override loadingLabel(): string {
    return messages(this.locale).loading;
  }

  private isOpen(s: Step): boolean {
    return this.toggled.get(s.id) ?? (!this.step || this.step === s.id);
  }

  protected renderReady(catalog: Catalog): TemplateResult {
    const locale = this.locale;
    const m = messages(locale);
    const steps = catalog.steps ?? [];
    if (!steps.length) return html`<div part="base" class="base state"><p part="empty">${m.empty}</p></div>`;
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
    return html`<div part="base" class="base">
      <ol part="list">
        ${steps.map((s, i) => {
          const open = this.isOpen(s);
          const href = stepHref(s.link, this);
          return html`<li part="step">
            <div part="heading" role="heading" aria-level=${level}>
              <button part="toggle" class="toggle" type="button" id="s-${s.id}" aria-expanded=${open} aria-controls="b-${s.id}" @click=${() => this.handleToggle(s, !open)}>
                <span part="number" class="n"><span class="sr-only">${m.step(i + 1)}: </span><span aria-hidden="true">${i + 1}</span></span>
                <span class="t">${localize(s.title, locale)}</span>
                <svg class="chev" aria-hidden="true" width="16" height="16" viewBox="0 0 16 16"><path d="M3 6l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2"></path></svg>
              </button>
            </div>
            <div part="body" class="body" id="b-${s.id}" ?hidden=${!open}>
              <p>${localize(s.body, locale)}</p>
              ${href && s.link ? html`<a part="link" class="btn secondary" href=${href}>${localize(s.link.label, locale)}</a>` : nothing}
            </div>
          </li>`;
        })}
      </ol>
    </div>`;
  }

  /**
   * After hydration a link keeps the href the server wrote (Lit hydrates structure, not values):
   * an in-page `#id` link is written again as a client render writes it, against this page, so
   * that a `<base href>` elsewhere does not send it off the page.
   */
  protected override firstUpdated(): void {
    for (const s of this.data.value?.steps ?? []) {
      const href = stepHref(s.link, this);
      const a = this.renderRoot.querySelector(`#b-${CSS.escape(s.id)} > a[part="link"]`);
      if (href && a && a.getAttribute('href') !== href) a.setAttribute('href', href);
    }
  }

  private handleToggle(s: Step, open: boolean) {
    this.toggled = new Map(this.toggled).set(s.id, open);
  }
}
