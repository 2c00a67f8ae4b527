// `npm start` (after `npm run build`): serves the demo site on 127.0.0.1.
//
//   node scripts/serve.mjs [--port 8000] [--slow]
//
// What it serves (static files only; no page gets an inline script or style):
//   /                  demo/index.html, and every other file under demo/
//   /dist/…            the build (dist/cdn for script tags, dist/ for the npm build)
//   /build/…           the demo's own bundles, built here with esbuild from demo/esm and
//                      demo/react (a page's app code, as an app developer's bundler
//                      would make it from the npm package), and a copy of Bootstrap's CSS
//   /catalog.json      the sample catalog, for widgets given a `src`
//   /ssr.html          the home page pre-rendered at build (dist/demo-ssr.html, server rendering)
//   /ssr-strict.html   the same with style sheet links in the shadow roots, under the strict CSP
//   /ssr-es.html       the Spanish guide (demo/es.html) pre-rendered the same way
//   /strict.html       sent with a strict Content-Security-Policy header (see CSP below)
//   /slow/…            any of the above, with the catalog (catalog.json and the lazy
//                      default-catalog chunks) held back 2 s: for the layout-shift test.
//                      `--slow` does that for every request.
//   /copy2/…           any of the above again under other URLs, so that a page can load
//                      a second, separate copy of the script-tag bundle (own Lit and all)
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = join(root, '.tmp/demo-build');

/**
 * The strict page's policy. Lit needs nothing more: it renders through its own
 * Trusted Types policy (`lit-html`), which `require-trusted-types-for 'script'`
 * allows because no `trusted-types` directive restricts policy names, and its
 * `static styles` are constructed stylesheets, which `style-src` does not govern.
 * No 'unsafe-eval' either: zod/mini's objects never compile parsers with
 * `new Function` (classic zod's do, unless configured `jitless`).
 */
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
export const SLOW_MS = 2000;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Maps `ma-widgets` and its subpaths to dist/ through package.json's exports (the demo bundles import the package by name). */
function resolvePackage(spec) {
  const { exports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const sub = '.' + spec.slice('ma-widgets'.length);
  const pick = (t) => (typeof t === 'string' ? t : t.default);
  if (exports[sub]) return join(root, pick(exports[sub]));
  for (const [key, target] of Object.entries(exports)) {
    const [pre, post] = key.split('*');
    if (post !== undefined && sub.startsWith(pre) && sub.endsWith(post)) {
      return join(root, pick(target).replaceAll('*', sub.slice(pre.length, sub.length - post.length)));
    }
  }
  throw new Error(`${spec} is not exported by ma-widgets`);
}

/** Builds the demo's app bundles (ESM and React pages) from the npm build in dist/. */
export async function buildDemo() {
  if (!existsSync(join(root, 'dist/index.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  const esbuild = await import('esbuild');
  mkdirSync(join(buildDir, 'vendor'), { recursive: true });
  copyFileSync(join(root, 'node_modules/bootstrap/dist/css/bootstrap.min.css'), join(buildDir, 'vendor/bootstrap.min.css'));
  await esbuild.build({
    entryPoints: { esm: join(root, 'demo/esm/app.js'), react: join(root, 'demo/react/app.jsx') },
    chunkNames: 'chunks/[name]-[hash]',
    outdir: buildDir,
    bundle: true,
    splitting: true, // keeps the sample catalog and the ZIP table lazy, as in the package
    format: 'esm',
    minify: true,
    target: 'es2022',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
    plugins: [
      {
        name: 'ma-widgets',
        setup(build) {
          build.onResolve({ filter: /^ma-widgets(\/|$)/ }, (args) => ({ path: resolvePackage(args.path) }));
        },
      },
    ],
  });
}

function fileFor(pathname) {
  if (pathname === '/' || pathname === '') return join(root, 'demo/index.html');
  if (pathname === '/catalog.json') return join(root, 'data/default-catalog.json');
  // The home page pre-rendered at build (scripts/build-ssr.mjs), hydrated on load.
  if (pathname === '/ssr.html') return join(root, 'dist/demo-ssr.html');
  if (pathname === '/ssr-strict.html') return join(root, 'dist/demo-ssr-strict.html');
  if (pathname === '/ssr-es.html') return join(root, 'dist/demo-ssr-es.html');
  if (pathname.startsWith('/dist/')) return join(root, pathname);
  if (pathname.startsWith('/build/')) return join(buildDir, pathname.slice('/build/'.length));
  return join(root, 'demo', pathname);
}

const isCatalog = (p) => p === '/catalog.json' || /^\/dist\/(cdn\/chunks\/default-[^/]+\.js|data\/default-catalog\.json\.js)$/.test(p);

export function startServer({ port = 0, host = '127.0.0.1', slow = false } = {}) {
  const server = createServer(async (req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let delay = slow;
    for (;;) {
      if (pathname.startsWith('/slow/')) {
        delay = true;
        pathname = pathname.slice('/slow'.length);
      } else if (pathname.startsWith('/copy2/')) pathname = pathname.slice('/copy2'.length);
      else break;
    }
    const file = normalize(fileFor(pathname));
    const inside = [join(root, 'demo'), join(root, 'dist'), buildDir, join(root, 'data')].some((d) => file.startsWith(d + sep));
    if (!inside || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    if (delay && isCatalog(pathname)) await new Promise((r) => setTimeout(r, SLOW_MS));
    const headers = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    };
    if (pathname === '/strict.html' || pathname === '/ssr-strict.html') headers['content-security-policy'] = CSP;
    let body = readFileSync(file);
    // Compressed like any production host would, so Lighthouse measures the real transfer sizes.
    if (/gzip/.test(req.headers['accept-encoding'] ?? '') && /^(text|application\/json|image\/svg)/.test(headers['content-type'])) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    res.writeHead(200, headers).end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const url = `http://${host}:${server.address().port}/`;
      done({ url, server, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const portArg = args.indexOf('--port');
  const port = portArg >= 0 ? Number(args[portArg + 1]) : Number(process.env.PORT ?? 8000);
  await buildDemo();
  const { url } = await startServer({ port, slow: args.includes('--slow') });
  console.log(`ma-widgets demo: ${url}`);
  console.log(`  strict CSP page: ${url}strict.html   slow catalog (2 s): ${url}slow/`);
}
