// Fetches without a network, for tests in the browser and under Node (node/*.test.ts).

export interface RecordedCall {
  url: string;
  method: string;
  headers: Headers;
  body?: string;
}

/** A `fetch` that never touches the network: answers come from `respond`. */
export function fakeFetch(respond: (url: URL, init: RequestInit, index: number) => Response | Promise<Response>): {
  fetch: typeof fetch;
  calls: RecordedCall[];
} {
  const calls: RecordedCall[] = [];
  const wrapped: typeof fetch = async (input, init = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    calls.push({ url, method: init.method ?? 'GET', headers: new Headers(init.headers), body: typeof init.body === 'string' ? init.body : undefined });
    return respond(new URL(url), init, calls.length - 1);
  };
  return { fetch: wrapped, calls };
}

export function fhirJson(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/fhir+json', ...headers } });
}
