import type { Bundle, Communication, Resource } from '@hn-elements/core';
import { itemsFromBundle, itemsFromOutcomes, LETTER_CATEGORY_CODES, FhirClient, FhirError, isAbort, type ResourceProblem, type ResourceReading, type Session, type Source, type SourceFailure, type SourceOutcome, AllSourcesFailedError } from '@hn-elements/core';
import {
  IDEMPOTENCY_SYSTEM,
  missingAttachmentIds,
  missingQuestionnaireUrls,
  readCommunication,
  sortInbox,
  toInboxItems,
  type InboxItem,
  type SourceInfo,
} from './model.js';

/** What the inbox has to show after a load. */
export interface InboxData {
  items: InboxItem[];
  /** Entries that may have been messages, tasks or letters but could not be shown. */
  skipped: number;
  failures: SourceFailure[];
  /** Sources that answered, for the source filter (bundle mode: the names found in the data). */
  sources: SourceInfo[];
  /** Whose inbox this is (live mode), so another person's data is never shown while theirs loads. */
  patient?: string;
  /** Sources that answered, but not with everything (their paging stopped early). */
  incomplete: Source[];
}

export { AllSourcesFailedError };

/**
 * Pages followed per search: 200 of 100 = 20,000 messages from one source. An inbox may hold tens
 * of thousands of items; beyond this the source is named as incomplete rather than paged forever.
 */
const MAX_PAGES = 200;

/** Messages, form tasks and letters; a source is named by its id and name only. */
const INBOX_READING: ResourceReading<InboxItem> = {
  types: ['Communication', 'Task', 'DocumentReference'],
  read: (resources, source) => toInboxItems(resources, source && infoOf(source)),
};

function infoOf(source: Source): SourceInfo {
  return { id: source.id, name: source.name };
}

/** A host-supplied bundle -> inbox data. A value that is not a Bundle throws a `malformed` FhirError. */
export function inboxFromBundle(bundle: Bundle | unknown): InboxData {
  const { items, skipped, failures, incomplete } = itemsFromBundle(bundle, INBOX_READING);
  return { items: sortInbox(items), skipped, failures, sources: [], incomplete };
}

export interface LiveLoadOptions {
  signal: AbortSignal;
  timeoutMs?: number;
  retries?: number;
  /** Builds a client per source (tests). */
  clientFor?: (source: Source) => FhirClient;
}

/** A type this source does not offer (404 on the type) counts as none, not as a failure. */
async function optional<T>(work: Promise<T>, empty: T): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof FhirError && error.kind === 'not-found') return empty;
    throw error;
  }
}

/** Follow-up reads that only enrich (attachments, forms): failing leaves them out, never the source. */
async function enrich(work: () => Promise<Resource[]>): Promise<Resource[]> {
  try {
    return await work();
  } catch (error) {
    if (isAbort(error)) throw error;
    return [];
  }
}

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

interface SourceLoad {
  resources: Resource[];
  problems: ResourceProblem[];
  /** One of the searches stopped paging before its last page. */
  truncated: boolean;
}

async function loadSource(client: FhirClient, patient: string, signal: AbortSignal): Promise<SourceLoad> {
  // One failing search stops the others for this source.
  const local = new AbortController();
  const onAbort = () => local.abort(signal.reason);
  signal.addEventListener('abort', onAbort, { once: true });
  const call = { signal: local.signal };
  const none = { resources: [] as Resource[], problems: [] as ResourceProblem[], truncated: false };
  try {
    const results = await Promise.all([
      client.search('Communication', { subject: patient, _count: 100 }, call),
      optional(client.search('Task', { subject: patient, _include: 'Task:focus', _count: 100 }, call), none),
      // Codes `letter` and `brev` in any system; isLetter() then applies the whole rule.
      optional(client.search('DocumentReference', { subject: patient, category: LETTER_CATEGORY_CODES.join(','), _count: 100 }, call), none),
    ]).catch((error: unknown) => {
      local.abort();
      throw error;
    });
    const resources = results.flatMap((r) => r.resources);
    const problems = results.flatMap((r) => r.problems);
    const attachmentIds = missingAttachmentIds(resources);
    const formUrls = missingQuestionnaireUrls(resources);
    const extra = await Promise.all([
      ...chunks(attachmentIds, 40).map((ids) =>
        enrich(async () => (await client.search('DocumentReference', { _id: ids.join(','), _count: ids.length }, call)).resources),
      ),
      ...chunks(formUrls, 20).map((urls) =>
        enrich(async () => (await client.search('Questionnaire', { url: urls.join(','), _count: 100 }, call)).resources),
      ),
    ]);
    return { resources: [...resources, ...extra.flat()], problems, truncated: results.some((r) => r.truncated) };
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

/**
 * Fetches messages, form tasks and letters for the session's patient from every source at once,
 * and merges them. A source that fails is reported; the rest is shown.
 */
export async function inboxFromSources(session: Session, options: LiveLoadOptions): Promise<InboxData> {
  const patient = session.patient.reference;
  const outcomes = await Promise.all(
    session.sources.map(async (source): Promise<SourceOutcome> => {
      try {
        const client =
          options.clientFor?.(source) ?? new FhirClient(source, { timeoutMs: options.timeoutMs, retries: options.retries, maxPages: MAX_PAGES });
        return { source, ok: true as const, ...(await loadSource(client, patient, options.signal)) };
      } catch (error) {
        if (options.signal.aborted) throw new FhirError('aborted', source.id, 'Request aborted', { cause: error });
        const fhirError = error instanceof FhirError ? error : new FhirError('network', source.id, String(error), { cause: error });
        return { source, ok: false as const, error: fhirError };
      }
    }),
  );
  const { items, skipped, failures, incomplete } = itemsFromOutcomes(outcomes, INBOX_READING);
  const sources = outcomes.flatMap((o) => (o.ok ? [infoOf(o.source)] : []));
  return { items: sortInbox(items), skipped, failures, sources, patient, incomplete };
}

export interface WriteOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  client?: FhirClient;
}

/**
 * Marks messages read on their server: each is read (for its ETag) and PUT back with `received`
 * set and `If-Match`. Messages already read elsewhere are returned as the server has them.
 * Returns what was saved; throws the first error after trying every message.
 */
export async function markRead(source: Source, ids: readonly string[], now: Date, options: WriteOptions = {}): Promise<Communication[]> {
  const client = options.client ?? new FhirClient(source, { timeoutMs: options.timeoutMs });
  const results = await Promise.allSettled(
    ids.map(async (id) => {
      const current = await client.read<Communication>('Communication', id, { signal: options.signal });
      if (current.resource.received) return current.resource;
      const saved = await client.update(readCommunication(current.resource, now), { ifMatch: current.etag, signal: options.signal });
      return saved.resource;
    }),
  );
  const saved = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw Object.assign(failed.reason instanceof Error ? failed.reason : new Error(String(failed.reason)), { saved });
  return saved;
}

export interface SendResult {
  communication: Communication;
  /** False when the server already had it (an earlier attempt got through). */
  created: boolean;
}

/**
 * Sends a reply exactly once per idempotency key: a conditional create (`If-None-Exist` on the
 * key's identifier). After an attempt whose outcome is unknown, it first searches for the key,
 * so a server that ignores `If-None-Exist` still never gets the message twice.
 */
export async function sendMessage(
  source: Source,
  communication: Communication,
  key: string,
  options: WriteOptions & { searchFirst?: boolean } = {},
): Promise<SendResult> {
  const client = options.client ?? new FhirClient(source, { timeoutMs: options.timeoutMs });
  if (options.searchFirst) {
    const found = await client.search('Communication', { identifier: `${IDEMPOTENCY_SYSTEM}|${key}` }, { signal: options.signal });
    const existing = found.resources.find((r): r is Communication => r.resourceType === 'Communication');
    if (existing) return { communication: existing, created: false };
  }
  const answer = await client.create(communication, { idempotencyKey: key, signal: options.signal });
  return { communication: answer.resource, created: answer.created };
}
