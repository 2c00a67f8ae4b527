// Plain HTML: the page's markup holds the tag and its attributes; script sets
// the `catalog` property and listens for the widget's events.
import 'ma-widgets/program-finder.js';
import { catalog } from '../shared/catalog.js';

const finder = document.querySelector('ma-program-finder');
finder.catalog = catalog;
finder.addEventListener('ma-filter-change', (e) => {
  document.querySelector('#total').value = String(e.detail.total);
});
