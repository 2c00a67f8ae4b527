/**
 * Finding the widget a widget is meant for: the element with the id named by
 * its `for` attribute, else the first element of that tag on the page, in
 * document order, looking inside open shadow roots too (a widget may sit in
 * a host page's own web component).
 */

/** The first element matching `selector` under `root` in document order, the content of open shadow roots at their host's place. */
function deepQuery<T extends Element>(root: Document | ShadowRoot, selector: string): T | undefined {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let n = walker.nextNode() as Element | null; n; n = walker.nextNode() as Element | null) {
    if (n.matches(selector)) return n as T;
    const inner = n.shadowRoot && deepQuery<T>(n.shadowRoot, selector);
    if (inner) return inner;
  }
  return undefined;
}

/**
 * The peer `from` talks to: with an id, the element of that tag with that id (first in `from`'s own
 * tree, then anywhere on the page); else the first of that tag on the page. Undefined when none.
 */
export function findPeer<T extends Element>(from: Node, tag: string, id?: string): T | undefined {
  if (id) {
    const sel = `${tag}#${CSS.escape(id)}`;
    const own = from.getRootNode() as Document | ShadowRoot;
    return own.querySelector?.<T>(sel) ?? deepQuery<T>(document, sel);
  }
  return deepQuery<T>(document, tag);
}

/** Whether an event came from the element named `id` (its first target, through shadow roots). */
export function cameFrom(e: Event, id: string): boolean {
  const first = e.composedPath()[0];
  return first instanceof Element && first.id === id;
}
