/**
 * Which language a widget speaks: its own `lang`, else the nearest `[lang]`
 * ancestor (crossing shadow roots), else the document's, else English.
 */
import type { LocalizedText } from '../catalog/schema.js';

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

/** "es-MX" -> "es"; a language we do not speak -> undefined. */
export function toLocale(tag: string | null | undefined): Locale | undefined {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(base ?? '') ? (base as Locale) : undefined;
}

/** The closest non-empty `lang` attribute at or above `el`, through shadow roots. */
export function closestLang(el: Element): string | undefined {
  let node: Element | null = el;
  while (node) {
    // lang="" means "unknown", so it is skipped like a missing attribute.
    const found = node.closest('[lang]:not([lang=""])');
    if (found) return found.getAttribute('lang')!;
    node = (node.getRootNode() as ShadowRoot).host ?? null;
  }
  return globalThis.document?.documentElement.lang || undefined;
}

export function resolveLang(el: Element): Locale {
  return toLocale(closestLang(el)) ?? 'en';
}

/** A catalog text in the wanted language, falling back to English, then to any language it has. */
export function localize(value: LocalizedText | undefined, locale: Locale): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return value[locale] ?? value[Object.keys(value).find((k) => toLocale(k) === locale) ?? ''] ?? value.en ?? Object.values(value)[0] ?? '';
}
