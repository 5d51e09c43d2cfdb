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

  constructor(kind: FhirErrorKind, sourceId: string, message: string, options: { status?: number; diagnostics?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'FhirError';
    this.kind = kind;
    this.sourceId = sourceId;
    this.status = options.status;
    this.diagnostics = options.diagnostics;
  }

  /** Reads may be tried again after these. */
  get retryable(): boolean {
    return this.kind === 'network' || this.kind === 'timeout' || this.kind === 'server' || (this.kind === 'http' && this.status === 429);
  }
}

export function isAbort(error: unknown): boolean {
  return (error instanceof FhirError && error.kind === 'aborted') || (error instanceof DOMException && error.name === 'AbortError');
}

export function kindForStatus(status: number): FhirErrorKind {
  if (status === 401) return 'auth';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 409 || status === 412) return 'conflict';
  if (status >= 500) return 'server';
  return 'http';
}
