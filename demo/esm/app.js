// The ESM page's app code, as an app developer would write it against the npm
// package; the demo server bundles it (esbuild) from dist/, Lit and zod
// included, like any app bundler would.
import 'ma-widgets/all.js';
import { loadCatalog, ProgramSelectEvent } from 'ma-widgets';

// A catalog can be given as a property instead of a URL: the app loads it once
// and hands the object to any widget.
const finder = document.getElementById('esm-finder');
if (finder) {
  loadCatalog('catalog.json').then(
    (catalog) => (finder.catalog = catalog),
    (error) => console.warn('catalog.json could not be loaded; the finder keeps the sample catalog', error),
  );
}

document.addEventListener(ProgramSelectEvent.eventName, (e) => {
  // e.detail is { id, url }: no personal data, safe to hand to analytics.
  document.documentElement.dataset.lastProgram = e.detail.id;
});
