/**
 * The base of every widget: its language (own `lang`, nearest ancestor, or
 * the document, followed live), its version (for safe registration) and the
 * shared styles.
 */
import { LitElement, isServer } from 'lit';
import { property } from 'lit/decorators.js';
import { closestLang, toLocale, type Locale } from '../i18n/lang.js';
import { VERSION } from './version.js';
import { baseStyles } from './styles.js';

const connected = new Set<MaElement>();
let observer: MutationObserver | undefined;

/**
 * One observer for the whole page: a change of any `lang` attribute re-renders the widgets.
 * A MutationObserver on the document does not see inside shadow roots, so each shadow root
 * around a widget (a host page's own component, say) is observed too.
 */
function watchLang(el: MaElement, on: boolean) {
  if (on) connected.add(el);
  else connected.delete(el);
  if (!observer && connected.size && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => connected.forEach((e) => e.requestUpdate()));
    observer.observe(document.documentElement, LANG_CHANGES);
  } else if (observer && !connected.size) {
    observer.disconnect();
    observer = undefined;
  }
  if (on && observer) {
    // Observing the same root again only renews the same options.
    for (let root = el.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) observer.observe(root, LANG_CHANGES);
  }
}
const LANG_CHANGES: MutationObserverInit = { attributes: true, attributeFilter: ['lang'], subtree: true };

export class MaElement extends LitElement {
  static readonly version = VERSION;
  static override styles = [baseStyles];

  /** The widget's language (`en` or `es`); when absent, the nearest `[lang]` ancestor's, then the document's. */
  @property({ reflect: true }) override lang!: string;

  /** The resolved locale this widget renders in. */
  get locale(): Locale {
    // On the server (ma-widgets/ssr) there is no tree to walk: the widget's own `lang`.
    return toLocale(isServer ? this.lang || this.getAttribute('lang') : this.lang || closestLang(this)) ?? 'en';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchLang(this, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    watchLang(this, false);
  }
}
