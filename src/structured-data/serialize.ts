/**
 * JSON-LD text for a `<script type="application/ld+json">` block. JSON alone
 * is not enough: a catalog string containing `</script>` or `<!--` would end
 * or change the block if the page is ever serialised as HTML (a prerenderer,
 * a crawler's snapshot). `<`, `>` and `&` are written as \u escapes, which
 * JSON.parse reads back as the same characters, and so are U+2028/U+2029.
 */
const UNSAFE = /[<>&\u2028\u2029]/g;

export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}
