/**
 * The jobs hand-off link shared by <ma-outlook> and <ma-career-explorer>:
 * "Find jobs for medical assistants near you", to the publisher's `jobs-url`
 * template filled in for one occupation (see careers/jobs.ts). Nothing is
 * rendered without a template, or when the filled-in URL is not safe.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Occupation } from '../../catalog/schema.js';
import { defineMessages } from '../../i18n/messages.js';
import { localize, type Locale } from '../../i18n/lang.js';
import { jobsUrl, publisherZip } from '../../careers/jobs.js';

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase() + s.slice(1);

export const jobsMessages = defineMessages('jobs', {
  en: { find: (title: string) => `Find jobs for ${lowerFirst(title)} near you` },
  es: { find: (title: string) => `Buscar empleos de ${lowerFirst(title)} cerca de ti` },
});

export function jobsLink(template: string | null | undefined, zip: string | null | undefined, occupation: Occupation | undefined, locale: Locale): TemplateResult | typeof nothing {
  if (!template || !occupation) return nothing;
  const title = localize(occupation.title, locale);
  const href = jobsUrl(template, { title, soc: occupation.soc, zip: publisherZip(zip) });
  return href ? html`<a part="jobs" class="btn jobs" href=${href}>${jobsMessages(locale).find(title)}</a>` : nothing;
}
