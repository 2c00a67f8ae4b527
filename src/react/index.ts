/**
 * `ma-widgets/react`: React components for every widget, made with
 * @lit/react. Properties pass through as props (`catalog`, `src`, …) and each
 * `ma-*` event is an `onX` prop (`ma-program-select` → `onProgramSelect`).
 * Importing a wrapper registers its element.
 */
export { MaProgramFinder } from './program-finder.js';
export { MaProgramCompare } from './program-compare.js';
export { MaGetMatched } from './get-matched.js';
export { MaSalaryTable } from './salary-table.js';
export { MaCareerExplorer } from './career-explorer.js';
export { MaSteps } from './steps.js';
export { MaFaq } from './faq.js';
export { MaOutlook } from './outlook.js';
