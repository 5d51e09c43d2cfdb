import type { Bundle } from '@hn-elements/core';
import { FhirError, incompleteSources, readBundle, searchSources, type ResourceProblem, type Session, type Source, type SourceFailure, type SourceOutcome, AllSourcesFailedError } from '@hn-elements/core';
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

function countProblems(problems: readonly ResourceProblem[], types: readonly string[]): number {
  return problems.filter((p) => p.resourceType === undefined || types.includes(p.resourceType)).length;
}

function bundleContents(bundle: Bundle | unknown) {
  try {
    return readBundle(bundle);
  } catch (cause) {
    throw new FhirError('malformed', 'bundle', 'The bundle is not a FHIR Bundle', { cause });
  }
}

/** A host-supplied bundle -> documents. A value that is not a Bundle throws a `malformed` FhirError. */
export function documentsFromBundle(bundle: Bundle | unknown, patient: string): DocumentsData {
  const contents = bundleContents(bundle);
  const mapped = toJournalDocuments(contents.resources, undefined);
  const skipped = countProblems(contents.problems, ['DocumentReference', 'Composition']) + mapped.problems.length;
  return { patient, items: sortDocuments(mapped.items), skipped, failures: [], incomplete: [] };
}

/** A host-supplied bundle -> access log. */
export function accessLogFromBundle(bundle: Bundle | unknown, patient: string): AccessLogData {
  const contents = bundleContents(bundle);
  const mapped = toAccessEntries(contents.resources, undefined);
  const skipped = countProblems(contents.problems, ['AuditEvent']) + mapped.problems.length;
  return { patient, items: sortAccessEntries(mapped.items), skipped, failures: [], incomplete: [] };
}

export interface LiveLoadOptions {
  signal: AbortSignal;
  timeoutMs?: number;
  retries?: number;
}

/** A server that does not know a resource type answers 400/404: that source simply has none. */
function unsupported(outcome: SourceOutcome): boolean {
  return !outcome.ok && (outcome.error.kind === 'not-found' || (outcome.error.kind === 'http' && outcome.error.status === 400));
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
  const items: JournalDocumentView[] = [];
  const failures: SourceFailure[] = [];
  let skipped = 0;
  session.sources.forEach((source, index) => {
    const documents = references[index]!;
    const composed = compositions[index]!;
    const failed = [documents, composed].find((o): o is SourceFailure => !o.ok && !(o === composed && unsupported(o)));
    if (failed) {
      failures.push(failed);
      return;
    }
    const resources = [...(documents.ok ? documents.resources : []), ...(composed.ok ? composed.resources : [])];
    const problems = [...(documents.ok ? documents.problems : []), ...(composed.ok ? composed.problems : [])];
    const mapped = toJournalDocuments(resources, source);
    items.push(...mapped.items);
    skipped += countProblems(problems, ['DocumentReference', 'Composition']) + mapped.problems.length;
  });
  if (session.sources.length > 0 && failures.length === session.sources.length) throw new AllSourcesFailedError(failures);
  const failed = new Set(failures.map((f) => f.source.id));
  const incomplete = incompleteSources([...references, ...compositions]).filter((source) => !failed.has(source.id));
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
  const failures = outcomes.filter((o): o is SourceFailure => !o.ok);
  if (outcomes.length > 0 && failures.length === outcomes.length) throw new AllSourcesFailedError(failures);
  const items: AccessEntryView[] = [];
  let skipped = 0;
  for (const outcome of outcomes) {
    if (!outcome.ok) continue;
    const mapped = toAccessEntries(outcome.resources, outcome.source);
    items.push(...mapped.items);
    skipped += countProblems(outcome.problems, ['AuditEvent']) + mapped.problems.length;
  }
  return { patient, items: sortAccessEntries(items), skipped, failures, incomplete: incompleteSources(outcomes) };
}
