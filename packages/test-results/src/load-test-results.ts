import type { Bundle, SearchParams } from '@hn-elements/core';
import {
  combineSearches, itemsFromBundle, itemsFromOutcomes, searchSources, type ResourceReading, type Session, type Source, type SourceFailure,
} from '@hn-elements/core';
import { NOT_WITHHELD_PARAM } from './access.js';
import { toReportViews, sortReports, type ReportView } from './model.js';

/** What the component shows after a load: merged answers, what was left out, which sources failed. */
export interface TestResultData {
  /** Whose results these are (live mode), so another person's are never shown during a reload. */
  patient?: string;
  items: ReportView[];
  skipped: number;
  /** Reports and results a source had not released to the patient, left out (said plainly, not as an error). */
  withheld: number;
  failures: SourceFailure[];
  incomplete: Source[];
}

/** Bad entries of these types, or of no type, count as answers that could not be shown. */
const TYPES = ['DiagnosticReport', 'Observation'] as const;

function reading(withheld: { count: number }): ResourceReading<ReportView> {
  return {
    types: TYPES,
    read: (resources, source) => {
      const mapped = toReportViews(resources, source);
      withheld.count += mapped.withheld;
      return mapped;
    },
  };
}

/** A host-supplied bundle -> data. A value that is not a Bundle throws a `malformed` FhirError. */
export function testResultsFromBundle(bundle: Bundle | unknown): TestResultData {
  const withheld = { count: 0 };
  const { items, skipped, failures, incomplete } = itemsFromBundle(bundle, reading(withheld));
  return { items: sortReports(items), skipped, withheld: withheld.count, failures, incomplete };
}

/**
 * The live searches, per source (docs/data-model.md, "Test results"): the reports with their results,
 * the requests they are based on and who performed them; and lab and imaging Observations, for
 * results that no report holds. Both ask the source to leave out what it has not released.
 */
export function reportSearch(patient: string): SearchParams {
  return {
    patient,
    _include: ['DiagnosticReport:result', 'DiagnosticReport:based-on', 'DiagnosticReport:performer'],
    ...NOT_WITHHELD_PARAM,
    _count: 50,
  };
}

export function observationSearch(patient: string): SearchParams {
  return { patient, category: 'laboratory,imaging', ...NOT_WITHHELD_PARAM, _count: 100 };
}

export interface LiveLoadOptions {
  signal: AbortSignal;
  timeoutMs?: number;
  retries?: number;
}

/** Fetches the session patient's results from every source at once and merges them. */
export async function testResultsFromSources(session: Session, options: LiveLoadOptions): Promise<TestResultData> {
  const patient = session.patient.reference;
  const search = { signal: options.signal, timeoutMs: options.timeoutMs, retries: options.retries };
  const [reports, observations] = await Promise.all([
    searchSources(session.sources, 'DiagnosticReport', reportSearch(patient), search),
    searchSources(session.sources, 'Observation', observationSearch(patient), search),
  ]);
  const withheld = { count: 0 };
  const outcomes = combineSearches([reports, observations]);
  const { items, skipped, failures, incomplete } = itemsFromOutcomes(outcomes, reading(withheld));
  return { patient, items: sortReports(items), skipped, withheld: withheld.count, failures, incomplete };
}
