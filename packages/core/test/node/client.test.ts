import { describe, it } from 'node:test';
import { expect } from 'chai';
import type { Bundle } from '@medplum/fhirtypes';
import { FhirClient } from '../../src/fhir/client.js';
import { FhirError, kindForStatus } from '../../src/fhir/errors.js';
import { fhirErrorMessage } from '../../src/fhir/error-message.js';
import { fakeFetch, fhirJson } from '../fake-fetch.js';
import { rejection } from '../fhir-rejection.js';

// FhirClient against the embedded FHIR server runs in the browser: client.test.ts.

describe('FhirClient with a fake fetch', () => {
  const SOURCE = { id: 'test', name: 'Test', fhirBase: 'https://fhir.example.no/R4' };
  const page = (ids: string[], next?: string): Bundle => ({
    resourceType: 'Bundle',
    type: 'searchset',
    link: next ? [{ relation: 'next', url: next }] : [],
    entry: ids.map((id) => ({ resource: { resourceType: 'Appointment', id, status: 'booked', participant: [] } })),
  });

  it('refuses a next link outside the source\'s base URL and never calls it', async () => {
    for (const next of ['https://evil.example/R4/Appointment?page=2', 'http://fhir.example.no/R4/Appointment?page=2', 'https://fhir.example.no:8443/R4/Appointment?page=2', 'javascript:alert(1)', 'https://fhir.example.no/other-source/Appointment?page=2', '/R4-other/Appointment?page=2']) {
      const { fetch, calls } = fakeFetch(() => fhirJson(page(['a1'], next)));
      const client = new FhirClient({ ...SOURCE, getAccessToken: async () => 'secret-token' }, { fetch });
      const error = await rejection(client.search('Appointment'));
      expect(error.kind, next).to.equal('malformed');
      expect(error.message, next).to.match(/leaves the source's base URL/);
      expect(calls, next).to.have.length(1);
      expect(calls[0]!.url.startsWith('https://fhir.example.no/R4/'), next).to.equal(true);
    }
  });

  it('follows a relative next link on the same origin', async () => {
    const { fetch, calls } = fakeFetch((url) => (url.searchParams.get('page') === '2' ? fhirJson(page(['a2'])) : fhirJson(page(['a1'], 'Appointment?page=2'))));
    const { resources } = await new FhirClient(SOURCE, { fetch }).search('Appointment');
    expect(resources.map((r) => r.id)).to.deep.equal(['a1', 'a2']);
    expect(calls[1]!.url).to.equal('https://fhir.example.no/R4/Appointment?page=2');
  });

  it('sends the token from getAccessToken as a Bearer header, asks for it per request, never puts it in the URL', async () => {
    let issued = 0;
    const getAccessToken = async () => `token-${(issued += 1)}`;
    const { fetch, calls } = fakeFetch((url) =>
      url.searchParams.get('page') === '2' ? fhirJson(page(['a2'])) : fhirJson(page(['a1'], 'https://fhir.example.no/R4/Appointment?page=2')),
    );
    const client = new FhirClient({ ...SOURCE, getAccessToken }, { fetch });
    await client.search('Appointment', { patient: 'Patient/kari' });
    await client.read('Appointment', 'a1').catch(() => undefined);
    expect(issued).to.equal(3);
    expect(calls.map((c) => c.headers.get('Authorization'))).to.deep.equal(['Bearer token-1', 'Bearer token-2', 'Bearer token-3']);
    for (const call of calls) {
      expect(call.url).not.to.include('token-');
      expect(call.headers.get('Accept')).to.equal('application/fhir+json');
    }
  });

  it('sends no Authorization header without getAccessToken', async () => {
    const { fetch, calls } = fakeFetch(() => fhirJson(page([])));
    await new FhirClient(SOURCE, { fetch }).search('Appointment');
    expect(calls[0]!.headers.has('Authorization')).to.equal(false);
  });

  it("a failing getAccessToken is 'auth', without a request", async () => {
    const { fetch, calls } = fakeFetch(() => fhirJson(page([])));
    const client = new FhirClient({ ...SOURCE, getAccessToken: () => Promise.reject(new Error('logged out')) }, { fetch });
    const error = await rejection(client.search('Appointment'));
    expect(error.kind).to.equal('auth');
    expect(calls).to.have.length(0);
  });

  it('drops a resource that appears on two pages, and keeps entries without id', async () => {
    const { fetch } = fakeFetch((url) =>
      url.searchParams.get('page') === '2'
        ? fhirJson({ ...page(['a2', 'a1']), entry: [...page(['a2', 'a1']).entry!, { resource: { resourceType: 'Location', name: 'no id' } }] })
        : fhirJson(page(['a1', 'a1'], 'Appointment?page=2')),
    );
    const { resources } = await new FhirClient(SOURCE, { fetch }).search('Appointment');
    expect(resources.map((r) => r.id ?? r.resourceType)).to.deep.equal(['a1', 'a2', 'Location']);
  });

  it('reports bad entries as problems and keeps the good ones', async () => {
    const { fetch } = fakeFetch(() => fhirJson({ ...page(['a1']), entry: [...page(['a1']).entry!, { resource: { resourceType: 'Appointment', id: 'bad id!' } }, null] }));
    const { resources, problems } = await new FhirClient(SOURCE, { fetch }).search('Appointment');
    expect(resources.map((r) => r.id)).to.deep.equal(['a1']);
    expect(problems.map((p) => p.index)).to.deep.equal([1, 2]);
  });

  it("an answer that is JSON but not a Bundle is 'malformed'", async () => {
    for (const body of [{ resourceType: 'Patient', id: 'x' }, [], 'text', null]) {
      const { fetch } = fakeFetch(() => fhirJson(body));
      const error = await rejection(new FhirClient(SOURCE, { fetch }).search('Appointment'));
      expect(error.kind, JSON.stringify(body)).to.equal('malformed');
    }
  });

  it("read of the wrong type is 'malformed'", async () => {
    const { fetch } = fakeFetch(() => fhirJson({ resourceType: 'Patient', id: 'a1' }));
    const error = await rejection(new FhirClient(SOURCE, { fetch }).read('Appointment', 'a1'));
    expect(error.kind).to.equal('malformed');
  });

  it('stops after maxPages and says the result is truncated', async () => {
    let n = 0;
    const { fetch, calls } = fakeFetch(() => fhirJson(page([`a${(n += 1)}`], `Appointment?page=${n + 1}`)));
    const result = await new FhirClient(SOURCE, { fetch, maxPages: 3 }).search('Appointment');
    expect(calls).to.have.length(3);
    expect(result.truncated).to.equal(true);
    expect(result.resources).to.have.length(3);
  });

  it('a next link back to the same page stops the paging: one request, truncated, the page kept', async () => {
    const { fetch, calls } = fakeFetch((url) => fhirJson(page(['a1', 'a2'], url.href)));
    const result = await new FhirClient(SOURCE, { fetch }).search('Appointment', { patient: 'Patient/kari' });
    expect(calls).to.have.length(1);
    expect(result.truncated).to.equal(true);
    expect(result.resources.map((r) => r.id)).to.deep.equal(['a1', 'a2']);
  });

  it('a next link to the same page with its parameters in another order is the same page', async () => {
    const { fetch, calls } = fakeFetch(() => fhirJson(page(['a1'], 'Appointment?_count=2&patient=Patient%2Fkari')));
    const result = await new FhirClient(SOURCE, { fetch }).search('Appointment', { patient: 'Patient/kari', _count: 2 });
    expect(calls).to.have.length(1);
    expect(result.truncated).to.equal(true);
  });

  it('a longer paging loop (1 -> 2 -> 1) is noticed too, and every page fetched once', async () => {
    const { fetch, calls } = fakeFetch((url) => {
      const second = url.searchParams.get('page') === '2';
      return fhirJson(page([second ? 'b1' : 'a1'], second ? 'Appointment?page=1' : 'Appointment?page=2'));
    });
    const result = await new FhirClient(SOURCE, { fetch }).search('Appointment', { page: '1' });
    expect(calls.map((c) => new URL(c.url).search)).to.deep.equal(['?page=1', '?page=2']);
    expect(result.truncated).to.equal(true);
    expect(result.resources.map((r) => r.id)).to.deep.equal(['a1', 'b1']);
  });

  it('retries 429 and 5xx for reads, but not 400, 403, 404, 409', async () => {
    for (const [status, attempts] of [
      [429, 3],
      [500, 3],
      [502, 3],
      [400, 1],
      [403, 1],
      [404, 1],
      [409, 1],
    ] as const) {
      const { fetch, calls } = fakeFetch(() => fhirJson({ resourceType: 'OperationOutcome', issue: [{ code: 'x', diagnostics: 'why' }] }, status));
      const error = await rejection(new FhirClient(SOURCE, { fetch, retries: 2, backoffMs: 1 }).read('Patient', 'kari'));
      expect(calls, String(status)).to.have.length(attempts);
      expect(error.kind, String(status)).to.equal(kindForStatus(status));
      expect(error.diagnostics).to.equal('why');
    }
  });

  it('encodes ids in the path', async () => {
    const { fetch, calls } = fakeFetch(() => fhirJson({ resourceType: 'Patient', id: 'x' }));
    await new FhirClient(SOURCE, { fetch }).read('Patient', '../../x?y').catch(() => undefined);
    expect(new URL(calls[0]!.url).pathname).to.equal('/R4/Patient/..%2F..%2Fx%3Fy');
  });

  it('an error gives a plain-language sentence naming the source in every locale', () => {
    const error = new FhirError('timeout', 'helse-bergen', 'x');
    expect(fhirErrorMessage(error, 'Helse Bergen', 'nb')).to.equal('Helse Bergen svarte ikke i tide.');
    expect(fhirErrorMessage(error, 'Helse Bergen', 'nn')).to.equal('Helse Bergen svarte ikkje i tide.');
    expect(fhirErrorMessage(error, 'Helse Bergen', 'en')).to.equal('Helse Bergen did not answer in time.');
    expect(fhirErrorMessage(new Error('boom'), 'Fastlegen', 'nb')).to.equal('Vi fikk ikke kontakt med Fastlegen.');
  });
});
