/**
 * `ma-widgets/ssr` (Node): a widget rendered to HTML with a declarative shadow
 * root, by Lit's own server renderer, so that its content is there before any
 * script runs. The same element hydrates on the client (`ma-widgets/hydrate.js`
 * loaded before the widgets): it takes the catalog the server wrote and keeps
 * the server's nodes.
 *
 * - The catalog is checked here, once per object, by the same validator the
 *   widgets use (loaded by `prepare()`, which every async function awaits);
 *   a catalog that cannot be shown throws its CatalogError.
 * - The catalog goes to the client as a JSON data block in the widget's light
 *   DOM (`<script type="application/json" data-ma-catalog>`), unless the
 *   widget has a `src` (the client then fetches the same URL) or the catalog
 *   is the built-in sample (the client has it too).
 * - Styles: Lit's `<style>` in each shadow root, or with `stylesheets` a
 *   `<link rel="stylesheet">` to `<base>/<tag>.css` (dist/cdn/styles/, for a
 *   page whose Content-Security-Policy has no 'unsafe-inline' for styles).
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync, type RenderResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { checkCatalogNow, loadValidator, loadedValidator } from '../catalog/check.js';
import { CatalogError } from '../catalog/errors.js';
import type { Catalog } from '../catalog/schema.js';
import { toLocale, type Locale } from '../i18n/lang.js';
import { setServerComparePreset } from '../internal/compare-selection.js';
import '../all.js';

/** The tags this entry renders. */
export const SSR_TAGS = ['ma-program-finder', 'ma-salary-table', 'ma-career-explorer', 'ma-steps', 'ma-faq', 'ma-outlook', 'ma-program-compare', 'ma-get-matched'] as const;
export type SsrTag = (typeof SSR_TAGS)[number];

export interface RenderOptions {
  /** The catalog object (e.g. JSON.parse of a catalog file). Without it, the built-in sample catalog. */
  catalog?: unknown;
  /** The widget's attributes, e.g. `{ table: 'bls-percentiles', state: 'TX' }`; `true` for a boolean attribute, `false`/`null`/`undefined` for none. */
  attributes?: Record<string, string | number | boolean | null | undefined>;
  /** `en` (default) or `es`: written as the widget's `lang` attribute. */
  lang?: string;
  /** A URL (ending in `/` or not) of the per-widget style sheets (dist/cdn/styles/): `<link rel="stylesheet">` in each shadow root instead of `<style>`. */
  stylesheets?: string;
  /**
   * For `ma-program-finder`: the programs that a `<ma-program-compare follow programs="…">` on the
   * same page presets (the finder starts with them ticked, and shows its tray); `ma-catalog render`
   * finds them in the page.
   */
  compare?: readonly string[];
  /** Write the catalog as a JSON data block in the widget for hydration (default: true, except with a `src` attribute or the sample catalog). */
  inlineCatalog?: boolean;
}

let sample: Catalog | undefined;
/**
 * Loads what a render needs that is loaded lazily in a browser: the catalog validator and the
 * sample catalog. `renderWidget` and `streamWidget` await it; call it once before `renderWidgetSync`.
 */
export async function prepare(): Promise<void> {
  await loadValidator();
  if (!sample) {
    const m = await import('../catalog/default/index.js');
    sample = check(m.default, 'default catalog');
  }
}

/** The catalog as a widget shows it (checked once per object, by the same check the widgets use); its CatalogError for what cannot be shown. */
function check(data: unknown, url?: string): Catalog {
  if (!loadedValidator()) throw new Error('ma-widgets/ssr: the validator is not loaded; await prepare() before renderWidgetSync()');
  const result = checkCatalogNow(data, url);
  if (result instanceof CatalogError) throw result;
  return result.catalog;
}

const NAME = /^[a-z][a-z0-9-]*$/;
/**
 * A catalog's JSON data block for hydration: in a widget's light DOM (renderWidget's), or with
 * `page` the page's (`data-ma-catalog="page"`, used by every server-rendered widget without its
 * own block, `src` or `catalog` property). `</script>` and `<!--` cannot end or confuse the
 * block: every `<` is escaped.
 */
export const catalogBlock = (data: unknown, page = false): string =>
  `<script type="application/json" ${page ? 'data-ma-catalog="page"' : 'data-ma-catalog'}>${JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')}</script>`;

interface Prepared {
  result: RenderResult;
  compare: readonly string[];
  tag: SsrTag;
  tail: string;
  stylesheets?: string;
}

function build(tag: string, options: RenderOptions): Prepared {
  if (!(SSR_TAGS as readonly string[]).includes(tag)) throw new Error(`ma-widgets/ssr: unknown widget <${tag}> (one of ${SSR_TAGS.join(', ')})`);
  const lang: Locale = toLocale(options.lang ?? String(options.attributes?.lang ?? 'en')) ?? 'en';
  const given = options.catalog !== undefined;
  const catalog = given ? check(options.catalog) : sample;
  if (!catalog) throw new Error('ma-widgets/ssr: the sample catalog is not loaded; await prepare() before renderWidgetSync()');
  const attrs = Object.entries<string | number | boolean | null | undefined>({
    ...options.attributes,
    lang,
  }).filter((e): e is [string, string | number | true] => e[1] !== false && e[1] != null);
  for (const [name] of attrs) if (!NAME.test(name) || name.startsWith('on')) throw new Error(`ma-widgets/ssr: attribute name "${name}" is not allowed`);
  // Static: the tag and the attribute names (checked above); bound, so escaped by Lit: the values.
  const strings = ['<', ''];
  const values: unknown[] = [unsafeStatic(tag)];
  for (const [name, value] of attrs) {
    strings[strings.length - 1] += ` ${name}=`;
    strings.push('');
    values.push(value === true ? '' : String(value));
  }
  strings[strings.length - 1] += ' .catalog=';
  strings.push('></', '>');
  // The object as given (the widget checks it as on the client, `strict` included; cached per object).
  values.push(given ? options.catalog : catalog, unsafeStatic(tag));
  const template = html(Object.assign(strings, { raw: strings }) as unknown as TemplateStringsArray, ...values);
  // Nothing to inline without a catalog given (the client has the sample).
  const inline = given && (options.inlineCatalog ?? !options.attributes?.src);
  return {
    result: render(template),
    compare: options.compare ?? [],
    tag: tag as SsrTag,
    tail: inline ? catalogBlock(options.catalog) : '',
    stylesheets: options.stylesheets,
  };
}

/**
 * Lit's renderer writes a false boolean property bound on a built-in element (`.checked=${false}`)
 * as `checked="false"`, which HTML reads as checked: such attributes are dropped. (Element markup
 * only: text and attribute values have their quotes escaped.)
 */
const fixBooleans = (s: string) => s.replace(/ (checked|disabled|selected|hidden|required|multiple|open|readonly)="false"/g, '');

/** `stylesheets` base + `<tag>.css`. */
const sheetUrl = (base: string, tag: string) => `${base.endsWith('/') ? base : `${base}/`}${tag}.css`;
const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The render's text made publishable: the outer template's markers (only the widgets' own
 * shadow roots hydrate) dropped, each shadow root's `<style>` replaced by a `<link>` if asked,
 * the catalog block put in the light DOM.
 */
function finish(out: string, p: Prepared): string {
  out = fixBooleans(out)
    .replace(/^<!--lit-part [^>]*-->(<!--lit-node \d+-->)?/, '')
    .replace(/<!--\/lit-part-->$/, '');
  if (p.stylesheets) {
    const base = p.stylesheets;
    out = out.replace(
      /<(ma-[a-z-]+)([^>]*)><template shadowroot="open" shadowrootmode="open"><style>[^<]*<\/style>/g,
      (_m, t: string, a: string) => `<${t}${a}><template shadowroot="open" shadowrootmode="open"><link rel="stylesheet" href="${escapeAttr(sheetUrl(base, t))}">`,
    );
  }
  const close = `</${p.tag}>`;
  if (!out.endsWith(close)) throw new Error(`ma-widgets/ssr: unexpected render output for <${p.tag}>`);
  return out.slice(0, -close.length) + p.tail + close;
}

/** The widget as HTML (the element with its declarative shadow root), e.g. `await renderWidget('ma-faq', { lang: 'es' })`. */
export async function renderWidget(tag: SsrTag | string, options: RenderOptions = {}): Promise<string> {
  await prepare();
  return renderWidgetSync(tag, options);
}

/** `renderWidget` at once; `await prepare()` must have run (it loads the validator and the sample catalog). */
export function renderWidgetSync(tag: SsrTag | string, options: RenderOptions = {}): string {
  const p = build(tag, options);
  setServerComparePreset(p.compare);
  try {
    return finish(collectResultSync(p.result), p);
  } finally {
    setServerComparePreset([]);
  }
}

/**
 * The widget's HTML in pieces as they are rendered: an async iterable of strings
 * (`Readable.from(streamWidget(…))` for a Node stream, or `for await` into a response).
 */
export async function* streamWidget(tag: SsrTag | string, options: RenderOptions = {}): AsyncGenerator<string, void, undefined> {
  await prepare();
  const p = build(tag, options);
  // The first and last pieces are rewritten (markers, style links, the data block): everything up
  // to the end of the widget's first shadow-root style is held, then pieces go out as they come,
  // the last few characters held back for the closing tag.
  let head = '';
  let started = false;
  let held = '';
  const close = `</${p.tag}>`;
  const HOLD = close.length + '<!--/lit-part-->'.length;
  // The page's compare preset holds for this widget's render only; renders of one process take turns.
  setServerComparePreset(p.compare);
  try {
    for await (const chunk of flatten(p.result)) {
      if (!started) {
        head += chunk;
        const end = head.indexOf('</style>');
        const lit = head.indexOf('<!--lit-part', 20);
        if (end < 0 && lit < 0) continue;
        started = true;
        const cut = end >= 0 ? end + '</style>'.length : lit;
        held = finishHead(head.slice(0, cut), p) + head.slice(cut);
      } else held += chunk;
      // Fixed in what is held: a pattern still arriving lies within the last HOLD characters, which stay held.
      held = fixBooleans(held);
      if (held.length > HOLD) {
        yield held.slice(0, held.length - HOLD);
        held = held.slice(held.length - HOLD);
      }
    }
  } finally {
    setServerComparePreset([]);
  }
  if (!started) held = finishHead(head, p);
  held = held.replace(/<!--\/lit-part-->$/, '');
  if (!held.endsWith(close)) throw new Error(`ma-widgets/ssr: unexpected render output for <${p.tag}>`);
  yield held.slice(0, -close.length) + p.tail + close;
}

function finishHead(head: string, p: Prepared): string {
  return finish(head + `</${p.tag}>`, { ...p, tail: '' }).slice(0, -`</${p.tag}>`.length);
}

async function* flatten(result: RenderResult): AsyncGenerator<string> {
  for (const chunk of result) {
    if (typeof chunk === 'string') yield chunk;
    else yield* flatten(await chunk);
  }
}
