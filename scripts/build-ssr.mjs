// After rollup: what server rendering needs from the build.
// - dist/cdn/styles/<tag>.css: each widget's shadow-root styles as a file, for
//   `renderWidget(…, { stylesheets })` / `ma-catalog render --stylesheets URL` (a
//   `<link rel="stylesheet">` in each shadow root, for a page whose CSP allows no inline style).
// - dist/demo-ssr.html: the demo home page (demo/index.html) pre-rendered by `ma-catalog render`
//   with the sample catalog (--no-inline: the widgets have it built in), with the hydration script before the widgets'; served as /ssr.html;
//   dist/demo-ssr-strict.html the same with --stylesheets, served with the strict CSP as /ssr-strict.html;
//   dist/demo-ssr-es.html the Spanish guide (demo/es.html) pre-rendered, served as /ssr-es.html.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { SSR_TAGS } = await import(join(root, 'dist/ssr.js'));
const { main } = await import(join(root, 'dist/cli/main.js'));

mkdirSync(join(root, 'dist/cdn/styles'), { recursive: true });
for (const tag of SSR_TAGS) {
  const styles = customElements.get(tag)?.elementStyles;
  if (!styles?.length) throw new Error(`<${tag}> has no styles`);
  // The same text Lit's server renderer writes into a <style>, whitespace folded.
  const css = styles.map((s) => s.cssText).join('\n').replace(/\s*\n\s*/g, '\n');
  writeFileSync(join(root, `dist/cdn/styles/${tag}.css`), css);
}

/** A demo page through `ma-catalog render` (extra arguments after the catalog), with the hydration script first. */
async function prerender(page, file, ...args) {
  let out = '';
  let err = '';
  const code = await main(['render', join(root, 'demo', page), '--catalog', join(root, 'data/default-catalog.json'), '--no-inline', ...args], { out: (t) => (out += t), err: (t) => (err += t) });
  if (code !== 0) throw new Error(`ma-catalog render failed:\n${err}`);
  const hydrate = '<script type="module" src="dist/cdn/ma-widgets-hydrate.js"></script>\n    ';
  const at = out.indexOf('<script type="module"');
  if (at < 0) throw new Error(`demo/${page} has no module script`);
  let html = out.slice(0, at) + hydrate + out.slice(at);
  // The home page's copy: the demo's navigation marks this page, not the client-rendered home.
  if (page === 'index.html') html = html.replace('<a href="./" aria-current="page">', '<a href="./">').replace('<a href="ssr.html">', '<a href="ssr.html" aria-current="page">');
  writeFileSync(join(root, file), html);
}
await prerender('index.html', 'dist/demo-ssr.html');
// The same with style sheet links instead of <style>, served with the strict CSP as /ssr-strict.html.
await prerender('index.html', 'dist/demo-ssr-strict.html', '--stylesheets', 'dist/cdn/styles/');
// The Spanish guide (demo/es.html), every widget in Spanish from the page's lang, as /ssr-es.html.
await prerender('es.html', 'dist/demo-ssr-es.html');
console.log(`dist/cdn/styles/ (${SSR_TAGS.length} files), dist/demo-ssr.html, dist/demo-ssr-strict.html and dist/demo-ssr-es.html written`);
