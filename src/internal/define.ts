/**
 * Safe registration, the only code that calls customElements.define. A page
 * may load two copies of ma-widgets (a CMS plugin and a script tag): the
 * second definition of a tag is skipped instead of throwing, with one
 * warning when the versions differ.
 */
type Versioned = CustomElementConstructor & { version?: string };
const warned = new Set<string>();

export function defineElement(tag: string, ctor: Versioned): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as Versioned | undefined;
  if (!existing) {
    try {
      registry.define(tag, ctor);
    } catch (e) {
      console.warn(`[ma-widgets] <${tag}> could not be registered:`, e);
    }
    return;
  }
  if (existing !== ctor && existing.version !== ctor.version && !warned.has(tag)) {
    warned.add(tag);
    console.warn(`[ma-widgets] <${tag}> is already defined by version ${existing.version ?? 'unknown'}; version ${ctor.version} was not registered.`);
  }
}
