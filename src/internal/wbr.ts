/**
 * Text that may wrap after a slash: "Medical/Clinical Assistant" is one
 * unbreakable word to a table, which then sizes a narrow column to it and
 * pushes the next program off a phone's screen. A <wbr> after each slash
 * lets it wrap there; the text itself stays text (Lit escapes it).
 */
import { html, type TemplateResult } from 'lit';

export function wrapAfterSlashes(text: string): string | TemplateResult {
  if (!text.includes('/')) return text;
  const parts = text.split('/');
  return html`${parts.map((p, i) => (i < parts.length - 1 ? html`${p}/<wbr />` : p))}`;
}
