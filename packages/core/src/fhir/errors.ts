/** Why a request to a FHIR server did not give usable data. */
export type FhirErrorKind =
  | 'network'
  | 'timeout'
  | 'server'
  | 'auth'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'malformed'
  | 'http'
  | 'aborted';

export class FhirError extends Error {
  readonly kind: FhirErrorKind;
  readonly sourceId: string;
  readonly status?: number;
  /** Diagnostics from the server's OperationOutcome, for logs; never shown as HTML. */
  readonly diagnostics?: string;
  /** How long the server asked us to wait before asking again (`Retry-After` on 429 or 503), in ms. */
  readonly retryAfterMs?: number;

  constructor(
    kind: FhirErrorKind,
    sourceId: string,
    message: string,
    options: { status?: number; diagnostics?: string; retryAfterMs?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'FhirError';
    this.kind = kind;
    this.sourceId = sourceId;
    this.status = options.status;
    this.diagnostics = options.diagnostics;
    this.retryAfterMs = options.retryAfterMs;
  }

  /** Reads may be tried again after these. */
  get retryable(): boolean {
    return this.kind === 'network' || this.kind === 'timeout' || this.kind === 'server' || (this.kind === 'http' && this.status === 429);
  }
}

/**
 * The sources among `errors` that answered 401 (the login is no longer accepted), each once, in the
 * order first met: a component reports each of them once (`hn-auth-required`), however many of its
 * searches there failed.
 */
export function authRequiredSources(errors: readonly unknown[]): string[] {
  const sources = new Set<string>();
  for (const error of errors) {
    if (error instanceof FhirError && error.kind === 'auth') sources.add(error.sourceId);
  }
  return [...sources];
}

export function isAbort(error: unknown): boolean {
  return (error instanceof FhirError && error.kind === 'aborted') || (error instanceof DOMException && error.name === 'AbortError');
}

/**
 * A `Retry-After` header in ms from `now`: delay-seconds ("120") or an HTTP date. Anything else,
 * or a negative delay, is `undefined`; a date in the past is 0.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!/[a-z]/i.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export function kindForStatus(status: number): FhirErrorKind {
  if (status === 401) return 'auth';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 409 || status === 412) return 'conflict';
  if (status >= 500) return 'server';
  return 'http';
}
