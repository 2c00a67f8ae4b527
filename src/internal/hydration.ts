/**
 * What a server-rendered widget needs from its page on the client (see the
 * README's "Server rendering"): the catalog the server rendered it with, and a
 * way back to an ordinary render when the server's markup cannot be hydrated.
 * The hydration itself (waiting for the catalog, then Lit attaching to the
 * server's nodes) is in MaCatalogElement.
 */

/** Parsed once per block: the widgets of a page share one catalog object, so one check. */
const parsed = new WeakMap<HTMLScriptElement, unknown>();

/**
 * The catalog a server-rendered widget was rendered with: the JSON data block in its light DOM
 * (`renderWidget`), else the page's (`ma-catalog render` writes one per page); undefined without
 * one (`page`: false, the widget's own block only). A block that is not JSON gives its text, which the catalog check then refuses (the widget
 * shows its error state and fires `ma-catalog-error`) instead of showing the sample catalog.
 */
export function serverCatalog(host: HTMLElement, page = true): unknown {
  const block =
    host.querySelector<HTMLScriptElement>(':scope > script[type="application/json"][data-ma-catalog]') ??
    (page ? document.querySelector<HTMLScriptElement>('script[type="application/json"][data-ma-catalog="page"]') : null);
  if (!block) return undefined;
  if (!parsed.has(block)) {
    const text = block.textContent ?? '';
    let data: unknown = text;
    try {
      data = JSON.parse(text);
    } catch (e) {
      console.warn(`[ma-widgets] <${host.localName}>: the inline catalog is not JSON`, e);
    }
    parsed.set(block, data);
  }
  return parsed.get(block);
}

/** Whether Lit's hydration support (ma-widgets/hydrate.js) was applied before this element's class: it adds `defer-hydration` to every LitElement's observed attributes. */
export function hydrationSupported(host: HTMLElement): boolean {
  return ((host.constructor as unknown as { observedAttributes?: string[] }).observedAttributes ?? []).includes('defer-hydration');
}

/**
 * Whether Lit will hydrate this element's shadow root on its first update: the support's flag
 * (`_$needsHydration`, `_$AG` in Lit's production build).
 */
const flags = (host: HTMLElement) => host as unknown as { _$needsHydration?: boolean; _$AG?: boolean };
export function needsHydration(host: HTMLElement): boolean {
  return !!(flags(host)._$needsHydration || flags(host)._$AG);
}

/**
 * Empties a declarative shadow root but for its styles, so that Lit renders into it afresh
 * (clearing Lit's hydration flag, and `_$litPart$` on the root); false when there is nothing to
 * hydrate, unless `always`.
 */
export function dropServerDom(host: HTMLElement, always = false): boolean {
  if (!always && !needsHydration(host)) return false;
  flags(host)._$needsHydration = flags(host)._$AG = false;
  for (const n of [...host.shadowRoot!.childNodes]) if (!(n instanceof HTMLStyleElement || n instanceof HTMLLinkElement)) n.remove();
  delete (host.shadowRoot as unknown as { _$litPart$?: unknown })._$litPart$;
  return true;
}
