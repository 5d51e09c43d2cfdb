/**
 * Drives the embedded FHIR server the test runner serves on the same origin (see dev/fhir-server).
 * Each test file has its own copy of the data and modes (its page's namespace, see
 * scripts/wtr/fhir-namespaces.mjs): what one file sets or writes here, no other file sees.
 */
export type ServerMode = 'ok' | 'down' | 'slow' | 'unauthorized' | 'malformed' | 'network' | 'paging-loop';

export async function setMode(source: string, mode: ServerMode, delayMs?: number): Promise<void> {
  const response = await fetch('/__fhir-control/mode', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ source, mode, delayMs }),
  });
  if (!response.ok) throw new Error(`mode change failed: ${response.status}`);
}

export async function resetServer(): Promise<void> {
  const response = await fetch('/__fhir-control/reset', { method: 'POST' });
  if (!response.ok) throw new Error(`reset failed: ${response.status}`);
}

/** Reads straight from the server, to check what a component did there. */
export async function fhirGet<T>(path: string): Promise<T> {
  const response = await fetch(path, { headers: { Accept: 'application/fhir+json' } });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
  return (await response.json()) as T;
}

export interface RecordedFetch {
  url: string;
  method: string;
  /** The request's abort signal, if it had one. */
  signal: AbortSignal | undefined;
  /** True once the answer (or a failure) has arrived. */
  settled: boolean;
}

/**
 * Records every request made through `window.fetch` until `restore()`: `urls`, and `requests` with
 * each one's abort signal (to check that a removed element stopped what it had asked for).
 */
export function recordFetches(): {
  urls: string[];
  requests: RecordedFetch[];
  /** The requests to FHIR paths. */
  fhir: () => RecordedFetch[];
  /** FHIR requests still open: neither answered nor aborted. */
  open: () => RecordedFetch[];
  restore: () => void;
} {
  const urls: string[] = [];
  const requests: RecordedFetch[] = [];
  const original = window.fetch;
  window.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    urls.push(url);
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    const request: RecordedFetch = { url, method, signal: init?.signal ?? (input instanceof Request ? input.signal : undefined), settled: false };
    requests.push(request);
    const answer = original(input, init);
    answer.then(
      () => (request.settled = true),
      () => (request.settled = true),
    );
    return answer;
  };
  const fhir = () => requests.filter((r) => r.url.includes('/fhir/'));
  return { urls, requests, fhir, open: () => fhir().filter((r) => !r.settled && !r.signal?.aborted), restore: () => void (window.fetch = original) };
}
