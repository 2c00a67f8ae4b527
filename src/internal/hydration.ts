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
 * one. A block that is not JSON gives its text, which the catalog check then refuses (the widget
 * shows its error state and fires `ma-catalog-error`) instead of showing the sample catalog.
 */
export function serverCatalog(host: HTMLElement): unknown {
  const block =
    host.querySelector<HTMLScriptElement>(':scope > script[type="application/json"][data-ma-catalog]') ??
    document.querySelector<HTMLScriptElement>('script[type="application/json"][data-ma-catalog="page"]');
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

/**
 * Empties a declarative shadow root but for its styles, so that Lit renders into it afresh
 * (through Lit's hydration flags: `_$needsHydration` on the element, `_$litPart$` on the root);
 * false when there is nothing to hydrate, unless `always`.
 */
export function dropServerDom(host: HTMLElement, always = false): boolean {
  const self = host as unknown as { _$needsHydration?: boolean };
  if (!always && !self._$needsHydration) return false;
  self._$needsHydration = false;
  for (const n of [...host.shadowRoot!.childNodes]) if (!(n instanceof HTMLStyleElement || n instanceof HTMLLinkElement)) n.remove();
  delete (host.shadowRoot as unknown as { _$litPart$?: unknown })._$litPart$;
  return true;
}
