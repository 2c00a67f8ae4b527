/// <reference types="node" />
/**
 * `ma-catalog render PAGE --catalog FILE [--stylesheets URL] [--out FILE]`: a static page with every
 * `ma-*` widget filled with its server-rendered shadow root (ma-widgets/ssr), for a static-site build.
 * The page is parsed with parse5 only to find the widgets: the text is kept as it was, the shadow
 * root inserted after each widget's start tag (and the catalog's JSON data block
 * once for the page, before the first widget without `src`). A widget's language: its `lang`, else the nearest ancestor's.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { CatalogError, formatIssues } from '../catalog/errors.js';
import { parseJson } from '../catalog/parse.js';
import { checkCatalogNow, loadValidator } from '../catalog/check.js';
import { CliError, parseArgs, readText, writeOutput, type ExitCode, type Io } from './io.js';
import { parseIds } from '../internal/compare-selection.js';
import { MAX_COMPARE } from '../events.js';

export const RENDER_USAGE = 'render PAGE --catalog FILE [--stylesheets URL] [--no-inline] [--out FILE]\n                                              fill every ma-* widget of an HTML page with its server-rendered shadow root';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

interface Found {
  el: Element;
  lang?: string;
}

function findWidgets(node: Node, tags: readonly string[], lang: string | undefined, out: Found[]) {
  const el = 'tagName' in node ? (node as Element) : undefined;
  if (el) {
    const own = el.attrs.find((a) => a.name === 'lang')?.value;
    if (own) lang = own;
    if (tags.includes(el.tagName)) {
      // A widget already rendered (it has a declarative shadow root) is left as it is; widgets are not nested.
      const rendered = el.childNodes.some((c) => 'tagName' in c && c.tagName === 'template' && (c as Element).attrs.some((a) => a.name === 'shadowrootmode' || a.name === 'shadowroot'));
      if (!rendered) out.push({ el, lang });
      return;
    }
  }
  if ('childNodes' in node) for (const c of node.childNodes) findWidgets(c, tags, lang, out);
  if (el?.tagName === 'template') findWidgets((el as DefaultTreeAdapterMap['template']).content, tags, lang, out);
}

export async function renderCommand(args: string[], io: Io): Promise<ExitCode> {
  const { positional, values } = parseArgs(args, { catalog: 'value', stylesheets: 'value', out: 'value', 'no-inline': 'flag' });
  if (positional.length !== 1) throw new CliError(2, ['ma-catalog render: name one PAGE (an HTML file)']);
  const catalogFile = values.catalog as string | undefined;
  if (!catalogFile) throw new CliError(2, ['ma-catalog render: --catalog FILE is required']);
  const [page] = positional;
  const text = readText(page);
  await loadValidator();
  const data = (() => {
    try {
      const d = parseJson(readText(catalogFile), catalogFile);
      // What a browser shows (invalid records left out); nothing to show is an error. Remembered
      // for the object, so that rendering its widgets does not check it again.
      const checked = checkCatalogNow(d, catalogFile);
      if (checked instanceof CatalogError) throw checked;
      return d;
    } catch (e) {
      if (!(e instanceof CatalogError)) throw e;
      if (e.kind === 'not-json') throw new CliError(2, [`${catalogFile}: not JSON (${(e.cause as Error | undefined)?.message ?? e.message})`]);
      throw new CliError(1, formatIssues(e.issues).map((l) => `${catalogFile}: ${l}`));
    }
  })();

  const ssr = await import('../ssr/index.js');
  const doc = parse(text, { sourceCodeLocationInfo: true });
  const found: Found[] = [];
  findWidgets(doc, ssr.SSR_TAGS, undefined, found);

  // A following comparison's programs, the starting selection of the finders it follows (as presetCompare does in a browser).
  const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
  // The same choice as presetCompare: the first following comparison with `programs` (even empty) meant for this finder.
  const presetFor = (finder: Element) => {
    const c = found.find((f) => f.el.tagName === 'ma-program-compare' && attr(f.el, 'follow') !== undefined && attr(f.el, 'programs') !== undefined && (!attr(f.el, 'for') || attr(f.el, 'for') === attr(finder, 'id')));
    return c ? parseIds(attr(c.el, 'programs')).slice(0, MAX_COMPARE) : [];
  };

  // Insertions by offset in the original text, applied from the end.
  const edits: { at: number; text: string }[] = [];
  // A widget with `catalog-name` shows a built-in catalog, not FILE: it is left to the browser.
  let left = 0;
  for (const { el, lang } of found) {
    const loc = el.sourceCodeLocation;
    if (!loc?.startTag) continue;
    if (attr(el, 'catalog-name')) {
      left++;
      continue;
    }
    const attributes = Object.fromEntries(el.attrs.map((a) => [a.name, a.value]));
    let html: string;
    try {
      html = await ssr.renderWidget(el.tagName, { catalog: data, attributes, lang, stylesheets: values.stylesheets as string | undefined, inlineCatalog: false, compare: el.tagName === 'ma-program-finder' ? presetFor(el) : undefined });
    } catch (e) {
      throw new CliError(1, [`${page}:${loc.startLine}:${loc.startCol}: <${el.tagName}> ${(e as Error)?.message ?? e}`]);
    }
    const close = `</${el.tagName}>`;
    const start = html.indexOf('<template shadowroot');
    const end = html.indexOf('</template>', start);
    const shadow = html.slice(start, html.lastIndexOf('</template>', html.length - close.length) + '</template>'.length);
    const tail = html.slice(start + shadow.length, -close.length);
    if (start < 0 || end < 0) throw new CliError(1, [`${page}:${loc.startLine}:${loc.startCol}: <${el.tagName}> was not rendered`]);
    edits.push({ at: loc.startTag.endOffset, text: shadow });
    if (tail) edits.push({ at: loc.endTag ? loc.endTag.startOffset : loc.startTag.endOffset, text: tail });
  }
  // One data block for the page's widgets without `src`, before the first of them.
  const first = found.find((f) => !f.el.attrs.some((a) => a.name === 'src' || a.name === 'catalog-name'));
  // --no-inline: the widgets get the same catalog by themselves (the built-in sample, which is what FILE is).
  if (first?.el.sourceCodeLocation && !values['no-inline']) edits.push({ at: first.el.sourceCodeLocation.startOffset, text: ssr.catalogBlock(data, true) });
  let out = text;
  for (const e of edits.sort((a, b) => b.at - a.at)) out = out.slice(0, e.at) + e.text + out.slice(e.at);
  writeOutput(io, out, values.out as string | undefined);
  io.err(`${page}: ${found.length - left} widget(s) rendered${left ? `, ${left} with catalog-name left to the browser (they show a built-in catalog, not --catalog)` : ''}\n`);
  return 0;
}
