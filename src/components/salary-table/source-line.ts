/**
 * "Source: <name>, <vintage>" with the name linked (through safeUrl) when the
 * catalog has the source's URL. Shared by the salary table and the career
 * explorer; the sentence itself comes from the core messages.
 */
import { html, type TemplateResult } from 'lit';
import type { Catalog } from '../../catalog/schema.js';
import { coreMessages } from '../../i18n/messages.js';
import { localize, type Locale } from '../../i18n/lang.js';
import { safeUrl } from '../../internal/safe-url.js';

export function sourceLine(catalog: Catalog, id: string, vintage: string | undefined, locale: Locale): TemplateResult {
  const s = catalog.meta.sources.find((x) => x.id === id);
  const name = s ? localize(s.name, locale) : id;
  // Split the translated sentence around the name so the name can be a link in either word order.
  const [before, after] = coreMessages(locale).source('\n', vintage ?? s?.vintage ?? '').split('\n');
  const href = safeUrl(s?.url);
  return html`${before}${href ? html`<a href=${href}>${name}</a>` : name}${after}`;
}
