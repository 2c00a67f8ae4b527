/**
 * The JSON-LD builders for widgets whose structured data is opt-in (finder,
 * salary table, outlook): imported only when a page asks for a block, so
 * that the script tag of a widget without `structured-data` does not carry
 * them. (FAQ and steps write theirs by default and import them directly.)
 */
type Builders = typeof import('./builders.js');
let builders: Builders | undefined;
let loading: Promise<Builders> | undefined;

/** The builders if they are loaded; otherwise undefined, and `then` is called once they are. */
export function lazyBuilders(then: () => void): Builders | undefined {
  if (builders) return builders;
  (loading ??= import('./builders.js').then((m) => (builders = m))).then(then, () => {
    loading = undefined; // a failed download: no block, and the next render tries again
  });
  return undefined;
}
