// The demo pages' only script of their own: it writes the ma-* events the
// widgets send into the page's event log, so a visitor can see the contract
// at work. No page has inline script, so all of them run under a strict CSP.
const log = document.querySelector('[data-event-log]');
if (log) {
  const names = ['ma-catalog-load', 'ma-catalog-error', 'ma-program-select', 'ma-compare-change', 'ma-filter-change', 'ma-match-complete', 'ma-match-results', 'ma-sort-change', 'ma-path-select'];
  for (const name of names) {
    document.addEventListener(name, (e) => {
      const line = document.createElement('div');
      line.textContent = `${name} from <${e.target.localName}>: ${JSON.stringify(e.detail)}`;
      log.prepend(line);
      while (log.childElementCount > 8) log.lastElementChild.remove();
    });
  }
}
