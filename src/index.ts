/**
 * The package root: classes, types, events and the catalog API. Importing it
 * registers no element; import `ma-widgets/all.js` or one widget's define
 * module (e.g. `ma-widgets/program-finder.js`) for that.
 */
export * from './catalog/schema.js';
export { CatalogError, formatIssues, formatPath, type CatalogErrorKind, type CatalogIssue } from './catalog/errors.js';
export { validateCatalog, parseCatalogText } from './catalog/validate.js';
export { validateCatalogInSlices, validateCatalogLenient, validateCatalogLenientInSlices, type LenientResult, type SkippedRecord } from './catalog/validate.js';
export { catalogJsonSchema } from './catalog/json-schema.js';
export { checkCatalog, loadValidator } from './catalog/check.js';
export { computeChecksum, hasCurrentChecksum, withChecksum } from './catalog/checksum.js';
export { loadCatalog, clearCatalogCache, type LoadOptions } from './catalog/load.js';
export { loadCatalogLenient } from './catalog/load.js';
export { CatalogController, loadDefaultCatalog, type CatalogStatus } from './catalog/controller.js';
export * from './events.js';
export { LOCALES, localize, resolveLang, toLocale, type Locale } from './i18n/lang.js';
export { formatMoney, formatNumber, formatPercent, formatDate } from './i18n/format.js';
export { safeUrl } from './internal/safe-url.js';
export { defineElement } from './internal/define.js';
export { MaElement } from './internal/ma-element.js';
export { MaCatalogElement } from './internal/catalog-element.js';
export { VERSION } from './internal/version.js';
export { MaProgramCompare } from './components/program-compare/program-compare.js';
export { MaSalaryTable } from './components/salary-table/salary-table.js';
export { MaCareerExplorer } from './components/career-explorer/career-explorer.js';
export { MaGetMatched } from './components/get-matched/get-matched.js';
export { matchPrograms, matchProgram, answersToQuery, publicAnswers, usedAnswers, type MatchAnswers, type Match, type Reason } from './programs/match.js';
export { matchResults, matchFilters, createMatcher, type MatchResult, type MatchContext } from './programs/match.js';
export type { MatchTarget } from './components/get-matched/get-matched.js';
export { MaProgramFinder } from './components/program-finder/program-finder.js';
export { queryPrograms, indexPrograms, fold, SORTS, RADII, MONTH_LIMITS, TUITION_LIMITS, FILTER_KEYS, type ProgramFilters, type QueryOptions, type QueryResult, type Hit, type Facets, type SortKey, type FilterKey } from './programs/query.js';
export { examEligibility, EXAMS, type Exam, type Eligibility } from './programs/eligibility.js';
export { distanceMiles, lookupZip, loadZipTable, programLocation, DEFAULT_RADIUS, type LatLon, type ZipLocation } from './programs/geo.js';
export { totalTuition } from './programs/tuition.js';
export { MaSteps } from './components/steps/steps.js';
export { MaFaq } from './components/faq/faq.js';
export { MaOutlook } from './components/outlook/outlook.js';
export { faqPageLd, howToLd, occupationLd, occupationsLd, programListLd, programLd, salaryDistribution, timeToComplete } from './structured-data/builders.js';
export { serializeJsonLd } from './structured-data/serialize.js';
export { jobsUrl, type JobsValues } from './careers/jobs.js';
export { placeFits, type Place } from './programs/place.js';
export { coverage, splitSearch } from './programs/query.js';
