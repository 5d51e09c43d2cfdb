// The tag map (HTMLElementTagNameMap) of <hn-test-results>.
import './dom-types.js';
export * from './hn-test-results.js';
export * from './model.js';
export { KNOWN_TESTS, TEST_CODES, LOINC, NLK, knownTestOf, type KnownTest } from './codes.js';
export { INTERPRETATION_KEYS, codedInterpretation, rangeInterpretation, type InterpretationLevel, type InterpretationView } from './interpretation.js';
export { RELEASE_SYSTEM, WITHHELD_CODE, TEST_RESULTS_SCOPE, isWithheld, testResultsAccess, type ResultsAccess, type NoAccessReason } from './access.js';
export { TEST_NAMES, testName, loadExplanations, explainResult, explainCoded, type Explanation, type TestText, type SharedText, type LanguageTexts } from './explanations/index.js';
export { trendSeries, summariseTrend, trendText, testIdentity, type TrendSeries, type TrendPoint, type TrendSummary, type TrendDirection } from './trend.js';
export { chartGeometry, niceTicks, niceStep, type ChartBox, type ChartGeometry, type ChartInput } from './chart-geometry.js';
export { filterReports, matchesQuery, testOptions, sourceOptions, type ResultFilter } from './filters.js';
export { testResultsFromBundle, testResultsFromSources, reportSearch, observationSearch, type TestResultData } from './load-test-results.js';
export { testResultMessages, type TestResultMessageKey } from './messages.js';
