import type { Bundle, SearchParams } from '@hn-elements/core';
import {
  combineSearches, itemsFromBundle, itemsFromOutcomes, searchSources, type LoadedItems, type ResourceReading, type Session, type Source, type SourceFailure,
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

/** Reads the answers with `load` (core's, for a bundle or the sources' outcomes): merged newest first, and what was withheld counted. */
function readResults(load: (reading: ResourceReading<ReportView>) => LoadedItems<ReportView>): TestResultData {
  let withheld = 0;
  const loaded = load({
    types: TYPES,
    read: (resources, source) => {
      const mapped = toReportViews(resources, source);
      withheld += mapped.withheld;
      return mapped;
    },
  });
  return { ...loaded, items: sortReports(loaded.items), withheld };
}

/** A host-supplied bundle -> data. A value that is not a Bundle throws a `malformed` FhirError. */
export function testResultsFromBundle(bundle: Bundle | unknown): TestResultData {
  return readResults((reading) => itemsFromBundle(bundle, reading));
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
  const [reports, observations] = await Promise.all([
    searchSources(session.sources, 'DiagnosticReport', reportSearch(patient), options),
    searchSources(session.sources, 'Observation', observationSearch(patient), options),
  ]);
  const outcomes = combineSearches([reports, observations]);
  return { patient, ...readResults((reading) => itemsFromOutcomes(outcomes, reading)) };
}
