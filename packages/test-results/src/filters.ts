import type { Locale } from '@hn-elements/core';
import { testName } from './explanations/names.js';
import { reportTime, type ReportView, type ResultView } from './model.js';
import { testIdentity } from './codes.js';

/** What the citizen narrowed the list to. Every part is optional; an empty filter keeps everything. */
export interface ResultFilter {
  /** Sample taken (else answered) on or after this moment. */
  from?: Date;
  /** … and on or before this one. */
  to?: Date;
  /** Source ids to keep. */
  sources?: readonly string[];
  /** Test identities to keep (`testIdentity`: the common test, else the code, else the name). */
  tests?: readonly string[];
  /** Words to find in the test's name (any order, any case). */
  query?: string;
}

function* resultsOf(results: readonly ResultView[]): Generator<ResultView> {
  for (const result of results) {
    yield result;
    yield* resultsOf(result.members);
  }
}

const fold = (text: string) => text.normalize('NFC').toLocaleLowerCase('nb');

/** The words a report is found by: its title, every result's name, and the common tests' everyday names in the citizen's language. */
export function searchText(report: ReportView, locale: Locale): string {
  const names = [report.title];
  for (const result of resultsOf(report.results)) {
    names.push(result.name);
    if (result.test) names.push(testName(result.test, locale));
  }
  return fold(names.join(' \n '));
}

/** Whether every word of `query` is found in the report's test names. */
export function matchesQuery(report: ReportView, query: string, locale: Locale): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const text = searchText(report, locale);
  return words.every((word) => text.includes(word));
}

/**
 * The reports that pass the filter. A period leaves out answers without a date; a test filter keeps
 * a report that holds any of the tests.
 */
export function filterReports(reports: readonly ReportView[], filter: ResultFilter, locale: Locale): ReportView[] {
  const from = filter.from?.getTime();
  const to = filter.to?.getTime();
  const sources = filter.sources?.length ? new Set(filter.sources) : undefined;
  const tests = filter.tests?.length ? new Set(filter.tests) : undefined;
  return reports.filter((report) => {
    if (from !== undefined || to !== undefined) {
      const time = reportTime(report);
      if (time === undefined || (from !== undefined && time < from) || (to !== undefined && time > to)) return false;
    }
    if (sources && !sources.has(report.sourceId)) return false;
    if (tests && ![...resultsOf(report.results)].some((result) => tests.has(testIdentity(result)))) return false;
    return filter.query ? matchesQuery(report, filter.query, locale) : true;
  });
}

/** A filter's choice: its identity, the name shown, and the name's language when it is a source's words. */
export interface FilterOption {
  id: string;
  name: string;
  lang?: string;
}

/**
 * The tests present, for the test filter: identity and the name to show (the everyday name for
 * common tests, in the citizen's language; else the source's name for it, with its `lang`), sorted by name.
 */
export function testOptions(reports: readonly ReportView[], locale: Locale): FilterOption[] {
  const options = new Map<string, FilterOption>();
  for (const report of reports) {
    for (const result of resultsOf(report.results)) {
      const id = testIdentity(result);
      if (options.has(id)) continue;
      if (result.test) options.set(id, { id, name: testName(result.test, locale) });
      else if (result.name) options.set(id, { id, name: result.name, lang: report.lang });
    }
  }
  return [...options.values()].sort((a, b) => a.name.localeCompare(b.name, locale === 'en' ? 'en' : 'nb'));
}

/** The sources present, for the source filter, in the order they first appear; each name in its source's language. */
export function sourceOptions(reports: readonly ReportView[]): FilterOption[] {
  const options = new Map<string, FilterOption>();
  for (const report of reports) if (!options.has(report.sourceId)) options.set(report.sourceId, { id: report.sourceId, name: report.sourceName, lang: report.lang });
  return [...options.values()];
}
