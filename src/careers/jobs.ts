/**
 * The jobs hand-off: a publisher's job-board URL template such as
 * `https://example.com/jobs?q={title}&zip={zip}` filled in for one
 * occupation. `{title}` is the occupation's title in the widget's language,
 * `{soc}` its SOC code, `{zip}` the ZIP the publisher configured (never one a
 * person typed; empty when none). Values are URL-encoded; the result goes
 * through safeUrl, so a template that is not http(s) gives no link.
 */
import { safeUrl } from '../internal/safe-url.js';

export interface JobsValues {
  title: string;
  soc?: string;
  zip?: string;
}

const PLACEHOLDER = /\{(title|soc|zip)\}/g;

/** The filled-in, safe URL, or undefined when the template is empty or not a safe link. */
export function jobsUrl(template: string | null | undefined, values: JobsValues): string | undefined {
  if (!template?.trim()) return undefined;
  const filled = template.replace(PLACEHOLDER, (_, name: keyof JobsValues) => encodeURIComponent(values[name]?.trim() ?? ''));
  return safeUrl(filled);
}

/** A publisher's ZIP for `{zip}`: five digits, else nothing (so a typo cannot send other text). */
export function publisherZip(zip: string | null | undefined): string | undefined {
  const z = zip?.trim() ?? '';
  return /^\d{5}$/.test(z) ? z : undefined;
}
