/**
 * Registers every widget: the script-tag bundle's entry, and
 * `import 'ma-widgets/all.js'`. One line per widget's define module; it
 * exports nothing, so the script-tag bundle carries no unused API.
 */
import './components/program-compare/program-compare.define.js';
import './components/salary-table/salary-table.define.js';
import './components/get-matched/get-matched.define.js';
import './components/career-explorer/career-explorer.define.js';
import './components/program-finder/program-finder.define.js';
import './components/steps/steps.define.js';
import './components/faq/faq.define.js';
import './components/outlook/outlook.define.js';
export {};
