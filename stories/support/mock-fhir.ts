// Stories run without a FHIR server: this answers the stories' FHIR requests in the browser,
// per source, with a Bundle, an outage, a 401, a malformed answer, no answer at all, or a Bundle
// whose `next` link leads back to the same page (a paging loop: the source shows as incomplete).
import type { Bundle } from '@medplum/fhirtypes';
import type { Source } from '../../packages/core/src/session.js';

export type MockAnswer = Bundle | 'down' | 'unauthorized' | 'malformed' | 'never' | { pagingLoop: Bundle };

const PREFIX = '/story-fhir/';

export const storySources: Source[] = [
  { id: 'helse-bergen', name: 'Helse Bergen', fhirBase: `${PREFIX}helse-bergen` },
  { id: 'fastlegen', name: 'Legesenteret i Sentrum', fhirBase: `${PREFIX}fastlegen` },
  { id: 'bergen-kommune', name: 'Bergen kommune', fhirBase: `${PREFIX}bergen-kommune` },
];

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/fhir+json' } });

/** Installs the mock; returns the function that removes it (Storybook's beforeEach cleanup). */
export function mockFhir(answers: Record<string, MockAnswer>): () => void {
  const original = window.fetch;
  window.fetch = async (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, location.href);
    if (!url.pathname.startsWith(PREFIX)) return original(input, init);
    const [sourceId, resourceType, id] = url.pathname.slice(PREFIX.length).split('/');
    const answer = answers[sourceId ?? ''];
    if (!answer || answer === 'down') {
      return json({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'transient', diagnostics: 'Tjenesten er nede' }] }, 503);
    }
    if (answer === 'unauthorized') return json({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'login' }] }, 401);
    if (answer === 'malformed') return new Response('{"resourceType":"Bundle","entry":[', { status: 200 });
    if (answer === 'never') return new Promise<Response>(() => {});
    if ('pagingLoop' in answer) {
      if (id) return json({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'not-found' }] }, 404);
      return json({ ...answer.pagingLoop, link: [{ relation: 'next', url: url.href }] });
    }
    if (id) {
      const found = answer.entry?.find((e) => e.resource?.resourceType === resourceType && e.resource?.id === id)?.resource;
      if (!found) return json({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'not-found' }] }, 404);
      if (init?.method === 'PUT') return json(JSON.parse(String(init.body)));
      return json(found);
    }
    return json(answer);
  };
  return () => {
    window.fetch = original;
  };
}
