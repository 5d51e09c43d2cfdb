import type { Bundle } from '@hn-elements/core';
import { combineSearches, itemsFromBundle, itemsFromOutcomes, searchSources, type ResourceReading, type Session, type Source, type SourceFailure, AllSourcesFailedError } from '@hn-elements/core';
import { sortAccessEntries, toAccessEntries, type AccessEntryView } from './access-log-model.js';
import { sortDocuments, toJournalDocuments, type JournalDocumentView } from './documents-model.js';

/** What the documents view shows after a load. `patient` is whose data it is, so it is never shown for someone else. */
export interface DocumentsData {
  patient: string;
  items: JournalDocumentView[];
  /** Entries left out because they could not be read at all. */
  skipped: number;
  failures: SourceFailure[];
  /** Sources that answered, but not with everything (their paging stopped early). */
  incomplete: Source[];
}

export interface AccessLogData {
  patient: string;
  items: AccessEntryView[];
  skipped: number;
  failures: SourceFailure[];
  /** Sources that answered, but not with everything (their paging stopped early). */
  incomplete: Source[];
}

export { AllSourcesFailedError };

const DOCUMENT_READING: ResourceReading<JournalDocumentView> = {
  types: ['DocumentReference', 'Composition'],
  read: (resources, source) => toJournalDocuments(resources, source),
};

const ACCESS_LOG_READING: ResourceReading<AccessEntryView> = {
  types: ['AuditEvent'],
  read: (resources, source) => toAccessEntries(resources, source),
};

/** A host-supplied bundle -> documents. A value that is not a Bundle throws a `malformed` FhirError. */
export function documentsFromBundle(bundle: Bundle | unknown, patient: string): DocumentsData {
  const { items, skipped, failures, incomplete } = itemsFromBundle(bundle, DOCUMENT_READING);
  return { patient, items: sortDocuments(items), skipped, failures, incomplete };
}

/** A host-supplied bundle -> access log. */
export function accessLogFromBundle(bundle: Bundle | unknown, patient: string): AccessLogData {
  const { items, skipped, failures, incomplete } = itemsFromBundle(bundle, ACCESS_LOG_READING);
  return { patient, items: sortAccessEntries(items), skipped, failures, incomplete };
}

export interface LiveLoadOptions {
  signal: AbortSignal;
  timeoutMs?: number;
  retries?: number;
}

/** A server that does not know a resource type answers 400/404: that source simply has none. */
function unsupported(failure: SourceFailure): boolean {
  return failure.error.kind === 'not-found' || (failure.error.kind === 'http' && failure.error.status === 400);
}

/**
 * Journal documents for the session's patient from every source at once: DocumentReference and
 * Composition in parallel. A source counts as failed when either search fails (except a
 * Composition search the server does not support).
 */
export async function documentsFromSources(session: Session, options: LiveLoadOptions): Promise<DocumentsData> {
  const patient = session.patient.reference;
  const clientOptions = { signal: options.signal, timeoutMs: options.timeoutMs, retries: options.retries };
  const [references, compositions] = await Promise.all([
    searchSources(
      session.sources,
      'DocumentReference',
      { patient, _include: ['DocumentReference:author', 'DocumentReference:custodian'], _count: 50 },
      clientOptions,
    ),
    searchSources(session.sources, 'Composition', { patient, _include: ['Composition:author'], _count: 50 }, clientOptions),
  ]);
  // The Composition search (the second) that a server does not support counts as none there.
  const outcomes = combineSearches([references, compositions], (failure, search) => search === 1 && unsupported(failure));
  const { items, skipped, failures, incomplete } = itemsFromOutcomes(outcomes, DOCUMENT_READING);
  return { patient, items: sortDocuments(items), skipped, failures, incomplete };
}

/** The access log (AuditEvent) for the session's patient from every source at once. */
export async function accessLogFromSources(session: Session, options: LiveLoadOptions): Promise<AccessLogData> {
  const patient = session.patient.reference;
  const outcomes = await searchSources(
    session.sources,
    'AuditEvent',
    { patient, _include: ['AuditEvent:agent'], _sort: '-date', _count: 100 },
    { signal: options.signal, timeoutMs: options.timeoutMs, retries: options.retries },
  );
  const { items, skipped, failures, incomplete } = itemsFromOutcomes(outcomes, ACCESS_LOG_READING);
  return { patient, items: sortAccessEntries(items), skipped, failures, incomplete };
}
