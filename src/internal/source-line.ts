/**
 * "Source: <name>, <vintage>" with the name linked (through safeUrl) when the
 * catalog has the source's URL. Shared by the salary table and the career
 * explorer; the sentence itself comes from the core messages.
 */
import { html, type TemplateResult } from 'lit';
import type { Catalog } from '../catalog/schema.js';
import { coreMessages } from '../i18n/messages.js';
import { localize, type Locale } from '../i18n/lang.js';
import { safeUrl } from './safe-url.js';
import { vintageRank } from '../careers/pay.js';
import { link } from './link.js';

export function sourceLine(catalog: Catalog, id: string, vintage: string | undefined, locale: Locale): TemplateResult {
  const s = catalog.meta.sources.find((x) => x.id === id);
  const name = s ? localize(s.name, locale) : id;
  const v = vintage ?? s?.vintage ?? '';
  // Split the translated sentence around the name and the vintage, so the name can be a link, and a
  // vintage the name already states ("OEWS, May 2025", "OEWS, mayo de 2025") is not said twice.
  const [before, between, after] = coreMessages(locale).source('\n', '\r').split(/[\n\r]/);
  const href = safeUrl(s?.url);
  return html`${before}${href ? html`<a href=${href} ${link()}>${name}</a>` : name}${name.includes(v) || (vintageRank(v) > 0 && vintageRank(name) === vintageRank(v)) ? '' : between + v}${after}`;
}
