import type { Source } from '../src/session.js';
import type { RecordedCall } from './fake-fetch.js';

export { resetServer, setMode, type ServerMode } from '@hn-elements/test-support';
// Fetches that never touch the network (fakeFetch, fhirJson) are in fake-fetch.ts: Node runs those tests.
export type { RecordedCall } from './fake-fetch.js';

export const SOURCES = {
  helseBergen: { id: 'helse-bergen', name: 'Helse Bergen', fhirBase: '/fhir/helse-bergen' },
  fastlegen: { id: 'fastlegen', name: 'Fastlegen', fhirBase: '/fhir/fastlegen' },
  bergenKommune: { id: 'bergen-kommune', name: 'Bergen kommune', fhirBase: '/fhir/bergen-kommune' },
} satisfies Record<string, Source>;

/** A `fetch` that records every call and then does the real request. */
export function countingFetch(): { fetch: typeof fetch; calls: RecordedCall[] } {
  const calls: RecordedCall[] = [];
  const wrapped: typeof fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    calls.push({ url, method: init?.method ?? 'GET', headers: new Headers(init?.headers), body: typeof init?.body === 'string' ? init.body : undefined });
    return fetch(input, init);
  };
  return { fetch: wrapped, calls };
}
