// Component and unit tests in headless Chromium (see scripts/test.mjs, which finds the browser).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { countReporter } from './scripts/wtr-count-reporter.mjs';
import { findChromium } from './scripts/find-chromium.mjs';

// `import data from './x.json'` (the default catalog) is served as a JS module,
// while fetch() of the same or any other .json file still gets plain JSON.
const isModuleRequest = (context) => context.path.endsWith('.json') && context.request.get('sec-fetch-dest') === 'script';
const jsonModules = {
  name: 'json-modules',
  resolveMimeType(context) {
    if (isModuleRequest(context)) return 'js';
  },
  transform(context) {
    if (isModuleRequest(context)) return { body: `export default ${context.body};`, headers: { 'cache-control': 'no-store' } };
  },
};

// The browser scripts/test.mjs found (CHROME_PATH), else the first Chromium or Chrome on the PATH.
const executablePath = findChromium({ install: false });

export default {
  files: process.env.WTR_FILES ? process.env.WTR_FILES.split(',') : ['test/**/*.test.ts', '!test/e2e/**', '!test/node/**'],
  nodeResolve: true,
  hostname: '127.0.0.2',
  // One page at a time: a page in a background tab gets no animation frames, and tests that wait for
  // a frame (fixture(), focus) would hang at random.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  plugins: [jsonModules, esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.test.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
        ],
      },
    }),
  ],
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode') && !String(args[0] ?? '').includes('[ma-widgets]'),
  reporters: [defaultReporter(), countReporter('.test-results/wtr.json')],
};
