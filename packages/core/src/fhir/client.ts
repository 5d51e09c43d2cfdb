import type { Resource } from '@medplum/fhirtypes';
import type { Source } from '../session.js';
import { isBelowBase } from '../url-policy.js';
import { FhirError, kindForStatus, parseRetryAfter } from './errors.js';
import { isRecord, readBundle, type ResourceProblem } from './validate.js';

export type SearchParams = Record<string, string | number | readonly string[] | undefined>;

export interface FhirClientOptions {
  /** Per attempt. Default 10 s. */
  timeoutMs?: number;
  /** Extra attempts for reads after a network error, timeout, 5xx or 429. Default 2. */
  retries?: number;
  /** First back-off delay; doubles each attempt. Default 300 ms. */
  backoffMs?: number;
  /**
   * A server that answers 429 or 503 with `Retry-After` is asked again no sooner than it said.
   * When it asks for longer than this, the read is not retried on its own: the error reaches the
   * citizen at once, with its retry button. Default 10 s.
   */
  maxRetryAfterMs?: number;
  /** How the client waits between attempts (tests pass a wait that records and resolves at once). */
  wait?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Most pages followed in one search. Default 50. */
  maxPages?: number;
  fetch?: typeof fetch;
}

export interface CallOptions {
  signal?: AbortSignal;
}

export interface SearchResult {
  resources: Resource[];
  problems: ResourceProblem[];
  /**
   * True when paging stopped before the server's last page: `maxPages` was reached, or a `next`
   * link led back to a page already fetched (a paging loop). What was fetched is still returned.
   */
  truncated: boolean;
}

export interface VersionedResource<T extends Resource = Resource> {
  resource: T;
  /** The server's ETag, to send back as If-Match. */
  etag?: string;
}

const FHIR_JSON = 'application/fhir+json';
/** Identifier system of a client-made `urn:uuid:` that makes a create idempotent (see `create`). */
const IDEMPOTENCY_SYSTEM = 'urn:ietf:rfc:3986';

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function appendParams(url: URL, params: SearchParams): void {
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) url.searchParams.append(name, item);
    else url.searchParams.append(name, String(value));
  }
}

function diagnosticsOf(body: unknown): string | undefined {
  if (!isRecord(body) || body['resourceType'] !== 'OperationOutcome' || !Array.isArray(body['issue'])) return undefined;
  return body['issue']
    .map((issue: unknown) => {
      if (!isRecord(issue)) return '';
      // FHIR puts the readable text in details.text; diagnostics is the technical detail.
      const details = isRecord(issue['details']) ? issue['details']['text'] : undefined;
      return String(issue['diagnostics'] ?? details ?? issue['code'] ?? '');
    })
    .filter(Boolean)
    .join('; ');
}

/**
 * A small FHIR R4 REST client for one source: search with paging, read, update with If-Match.
 * Reads retry with back-off; writes never retry (a repeated write could act twice).
 */
export class FhirClient {
  readonly source: Source;
  private readonly base: URL;
  private readonly options: Required<Omit<FhirClientOptions, 'fetch' | 'wait'>>;
  private readonly wait: (ms: number, signal?: AbortSignal) => Promise<void>;
  private readonly fetchImpl: typeof fetch;

  constructor(source: Source, options: FhirClientOptions = {}) {
    this.source = source;
    const baseHref = source.fhirBase.endsWith('/') ? source.fhirBase : `${source.fhirBase}/`;
    this.base = new URL(baseHref, globalThis.location?.href);
    this.options = {
      timeoutMs: options.timeoutMs ?? 10_000,
      retries: options.retries ?? 2,
      backoffMs: options.backoffMs ?? 300,
      maxPages: options.maxPages ?? 50,
      maxRetryAfterMs: options.maxRetryAfterMs ?? 10_000,
    };
    this.wait = options.wait ?? sleep;
    this.fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  }

  /** Searches and follows `link[next]` until the last page. `_include`d resources are returned too. */
  async search(resourceType: string, params: SearchParams = {}, call: CallOptions = {}): Promise<SearchResult> {
    const first = new URL(resourceType, this.base);
    appendParams(first, params);
    const resources: Resource[] = [];
    const problems: ResourceProblem[] = [];
    const seen = new Set<string>();
    const fetchedPages = new Set<string>();
    let url: URL | undefined = first;
    while (url && fetchedPages.size < this.options.maxPages) {
      const page = pageKey(url);
      if (fetchedPages.has(page)) break;
      fetchedPages.add(page);
      const { body } = await this.requestJson('GET', url, call);
      let contents;
      try {
        contents = readBundle(body);
      } catch (cause) {
        throw new FhirError('malformed', this.source.id, `${this.source.id}: search answer is not a Bundle`, { cause });
      }
      for (const resource of contents.resources) {
        const key = resource.id ? `${resource.resourceType}/${resource.id}` : undefined;
        if (key && seen.has(key)) continue;
        if (key) seen.add(key);
        resources.push(resource);
      }
      problems.push(...contents.problems);
      url = contents.nextUrl ? this.sameOriginUrl(contents.nextUrl) : undefined;
    }
    return { resources, problems, truncated: url !== undefined };
  }

  async read<T extends Resource>(resourceType: T['resourceType'], id: string, call: CallOptions = {}): Promise<VersionedResource<T>> {
    const url = new URL(`${resourceType}/${encodeURIComponent(id)}`, this.base);
    const { body, etag } = await this.requestJson('GET', url, call);
    if (!isRecord(body) || body['resourceType'] !== resourceType) {
      throw new FhirError('malformed', this.source.id, `${this.source.id}: read answer is not a ${resourceType}`);
    }
    return { resource: body as unknown as T, etag };
  }

  /** PUT with `If-Match` when an ETag is known. A 409/412 becomes a `conflict` error. */
  async update<T extends Resource>(resource: T, options: CallOptions & { ifMatch?: string } = {}): Promise<VersionedResource<T>> {
    if (!resource.id) throw new FhirError('http', this.source.id, 'Cannot update a resource without id');
    const url = new URL(`${resource.resourceType}/${encodeURIComponent(resource.id)}`, this.base);
    const headers: Record<string, string> = { 'Content-Type': FHIR_JSON };
    if (options.ifMatch) headers['If-Match'] = options.ifMatch;
    const { body, etag } = await this.requestJson('PUT', url, options, JSON.stringify(resource), headers);
    if (!isRecord(body) || body['resourceType'] !== resource.resourceType) {
      throw new FhirError('malformed', this.source.id, `${this.source.id}: update answer is not a ${resource.resourceType}`);
    }
    return { resource: body as unknown as T, etag };
  }

  /**
   * POST (create). Never retried: a repeated create could make two resources.
   *
   * With `idempotencyKey` the create is conditional, so sending the same resource again (a retry
   * after a lost answer, a double click) never makes a second one: the resource gets the identifier
   * `{ system: 'urn:ietf:rfc:3986', value: idempotencyKey }` (a `urn:uuid:` the caller made once and
   * keeps), and the request carries `If-None-Exist: identifier=urn:ietf:rfc:3986|<key>`. A server
   * that already has it answers 200 with the existing resource (`created: false`). `ifNoneExist`
   * sets any other search query for the header.
   */
  async create<T extends Resource>(
    resource: T,
    options: CallOptions & { idempotencyKey?: string; ifNoneExist?: string } = {},
  ): Promise<VersionedResource<T> & { created: boolean }> {
    const url = new URL(resource.resourceType, this.base);
    const headers: Record<string, string> = { 'Content-Type': FHIR_JSON };
    let body: Resource = resource;
    if (options.idempotencyKey) {
      const identifier = { system: IDEMPOTENCY_SYSTEM, value: options.idempotencyKey };
      const existing = (resource as { identifier?: unknown }).identifier;
      const list = Array.isArray(existing) ? (existing as { system?: string; value?: string }[]) : [];
      const has = list.some((i) => i?.system === identifier.system && i.value === identifier.value);
      body = { ...resource, identifier: has ? list : [...list, identifier] } as Resource;
      headers['If-None-Exist'] = `identifier=${IDEMPOTENCY_SYSTEM}|${options.idempotencyKey}`;
    }
    if (options.ifNoneExist) headers['If-None-Exist'] = options.ifNoneExist;
    const { body: answer, etag, status } = await this.requestJson('POST', url, options, JSON.stringify(body), headers);
    if (!isRecord(answer) || answer['resourceType'] !== resource.resourceType) {
      throw new FhirError('malformed', this.source.id, `${this.source.id}: create answer is not a ${resource.resourceType}`);
    }
    return { resource: answer as unknown as T, etag, created: status === 201 };
  }

  /** Paging links are followed only below the source's own base URL, so a token never goes elsewhere. */
  private sameOriginUrl(href: string): URL {
    let next: URL;
    try {
      next = new URL(href, this.base);
    } catch (cause) {
      throw new FhirError('malformed', this.source.id, `${this.source.id}: unreadable next link`, { cause });
    }
    // Same origin is not enough: another FHIR server may live on another path of the same host.
    if (!isBelowBase(next, this.base)) {
      throw new FhirError('malformed', this.source.id, `${this.source.id}: next link leaves the source's base URL`);
    }
    return next;
  }

  private async requestJson(
    method: 'GET' | 'PUT' | 'POST',
    url: URL,
    call: CallOptions,
    body?: string,
    extraHeaders: Record<string, string> = {},
  ): Promise<{ body: unknown; etag?: string; status: number }> {
    const attempts = method === 'GET' ? this.options.retries + 1 : 1;
    let lastError: FhirError | undefined;
    for (let attempt = 0; attempt < attempts; attempt += 1) {
      if (attempt > 0) {
        const backoff = this.options.backoffMs * 2 ** (attempt - 1) * (0.75 + Math.random() * 0.5);
        const delay = Math.max(backoff, lastError?.retryAfterMs ?? 0);
        await this.wait(delay, call.signal).catch(() => {
          throw new FhirError('aborted', this.source.id, 'Request aborted');
        });
      }
      try {
        return await this.attempt(method, url, call, body, extraHeaders);
      } catch (error) {
        if (!(error instanceof FhirError) || !error.retryable) throw error;
        // The server wants a longer pause than a citizen should wait for on a spinner.
        if ((error.retryAfterMs ?? 0) > this.options.maxRetryAfterMs) throw error;
        lastError = error;
      }
    }
    throw lastError ?? new FhirError('network', this.source.id, 'Request failed');
  }

  private async attempt(
    method: 'GET' | 'PUT' | 'POST',
    url: URL,
    call: CallOptions,
    body: string | undefined,
    extraHeaders: Record<string, string>,
  ): Promise<{ body: unknown; etag?: string; status: number }> {
    const id = this.source.id;
    if (call.signal?.aborted) throw new FhirError('aborted', id, 'Request aborted');
    const timeout = AbortSignal.timeout(this.options.timeoutMs);
    const signal = call.signal ? AbortSignal.any([call.signal, timeout]) : timeout;
    const headers: Record<string, string> = { Accept: FHIR_JSON, ...extraHeaders };
    let token: string | undefined;
    if (this.source.getAccessToken) {
      try {
        token = await this.source.getAccessToken();
      } catch (cause) {
        throw new FhirError('auth', id, `${id}: no access token`, { cause });
      }
    }
    if (token) headers['Authorization'] = `Bearer ${token}`;
    let response: Response;
    try {
      response = await this.fetchImpl(url.href, { method, headers, body, signal, credentials: 'same-origin' });
    } catch (cause) {
      if (call.signal?.aborted) throw new FhirError('aborted', id, 'Request aborted', { cause });
      if (timeout.aborted) throw new FhirError('timeout', id, `${id}: no answer within ${this.options.timeoutMs} ms`, { cause });
      throw new FhirError('network', id, `${id}: could not connect`, { cause });
    }
    let text: string;
    try {
      text = await response.text();
    } catch (cause) {
      if (call.signal?.aborted) throw new FhirError('aborted', id, 'Request aborted', { cause });
      if (timeout.aborted) throw new FhirError('timeout', id, `${id}: answer did not finish in time`, { cause });
      throw new FhirError('network', id, `${id}: connection broke`, { cause });
    }
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch (cause) {
      if (!response.ok) parsed = undefined;
      else throw new FhirError('malformed', id, `${id}: answer is not JSON`, { cause, status: response.status });
    }
    if (!response.ok) {
      const retryAfterMs = response.status === 429 || response.status === 503 ? parseRetryAfter(response.headers.get('Retry-After')) : undefined;
      throw new FhirError(kindForStatus(response.status), id, `${id}: HTTP ${response.status}`, {
        status: response.status,
        diagnostics: diagnosticsOf(parsed),
        ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
      });
    }
    return { body: parsed, etag: response.headers.get('ETag') ?? undefined, status: response.status };
  }
}

/** The same page whatever the order of its parameters: a `next` link may reorder them. */
function pageKey(url: URL): string {
  const params = [...url.searchParams].sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1));
  return `${url.origin}${url.pathname}?${new URLSearchParams(params).toString()}`;
}
