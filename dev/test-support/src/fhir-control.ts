/** Drives the embedded FHIR server the test runner serves on the same origin (see dev/fhir-server). */
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

/** Records the URL of every request made through `window.fetch` until `restore()`. */
export function recordFetches(): { urls: string[]; restore: () => void } {
  const urls: string[] = [];
  const original = window.fetch;
  window.fetch = (input, init) => {
    urls.push(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    return original(input, init);
  };
  return { urls, restore: () => void (window.fetch = original) };
}
