import { expect } from '@open-wc/testing';
import type { Appointment, Patient, Resource } from '@medplum/fhirtypes';
import { FhirClient } from '../src/fhir/client.js';
import { FhirError, isAbort } from '../src/fhir/errors.js';
import { holdTimeouts } from '@hn-elements/test-support';
import { countingFetch, resetServer, setMode, SOURCES } from './fhir-server.js';
import { rejection } from './fhir-rejection.js';

// FhirClient with a fake fetch (no server, no page) runs under Node: node/client.test.ts.

const keyOf = (resource: Resource) => `${resource.resourceType}/${resource.id}`;
const KARI = { patient: 'Patient/kari' };

describe('FhirClient against the embedded server', () => {
  afterEach(async () => {
    await resetServer();
  });

  it('follows link[next] across pages and returns the same Appointments as one big page', async () => {
    const paged = countingFetch();
    const small = new FhirClient(SOURCES.helseBergen, { fetch: paged.fetch });
    const big = new FhirClient(SOURCES.helseBergen);

    const all = await big.search('Appointment', { ...KARI, _count: 500 });
    const pages = await small.search('Appointment', { ...KARI, _count: 2 });

    expect(all.resources.length).to.be.greaterThan(4);
    expect(pages.truncated).to.equal(false);
    expect(pages.problems).to.deep.equal([]);
    expect(pages.resources.map(keyOf).sort()).to.deep.equal(all.resources.map(keyOf).sort());
    expect(pages.resources.every((r) => r.resourceType === 'Appointment')).to.equal(true);
    // ceil(n / 2) pages, every one on the source's own path.
    expect(paged.calls.length).to.equal(Math.ceil(all.resources.length / 2));
    for (const call of paged.calls) expect(new URL(call.url).pathname).to.equal('/fhir/helse-bergen/Appointment');
    expect(new URL(paged.calls[0]!.url).searchParams.get('patient')).to.equal('Patient/kari');
  });

  it('returns _include-d Locations and Practitioners, without duplicates across pages', async () => {
    const client = new FhirClient(SOURCES.helseBergen);
    const { resources } = await client.search('Appointment', { ...KARI, _include: ['Appointment:actor'], _count: 2 });
    const types = new Set(resources.map((r) => r.resourceType));
    expect(types).to.include('Appointment');
    expect(types).to.include('Location');
    expect(types).to.include('Practitioner');
    const keys = resources.map(keyOf);
    expect(new Set(keys).size).to.equal(keys.length);

    // Every actor reference of every appointment that points at a Location or Practitioner is present.
    const present = new Set(keys);
    for (const appointment of resources.filter((r): r is Appointment => r.resourceType === 'Appointment')) {
      for (const participant of appointment.participant ?? []) {
        const reference = participant.actor?.reference ?? '';
        if (/^(Location|Practitioner)\//.test(reference)) expect(present.has(reference), reference).to.equal(true);
      }
    }
  });

  it('sends array params as repeated query parameters and skips undefined ones', async () => {
    const { fetch, calls } = countingFetch();
    const client = new FhirClient(SOURCES.helseBergen, { fetch });
    await client.search('Appointment', { ...KARI, _include: ['Appointment:actor', 'Appointment:patient'], status: undefined, _count: 50 });
    const params = new URL(calls[0]!.url).searchParams;
    expect(params.getAll('_include')).to.deep.equal(['Appointment:actor', 'Appointment:patient']);
    expect(params.has('status')).to.equal(false);
  });

  it('read returns the resource and its ETag', async () => {
    const client = new FhirClient(SOURCES.helseBergen);
    const { resource, etag } = await client.read<Patient>('Patient', 'kari');
    expect(resource.resourceType).to.equal('Patient');
    expect(resource.id).to.equal('kari');
    expect(etag).to.be.a('string').and.match(/^(W\/)?"[^"]+"$/);
  });

  it('read of a missing resource is not-found and is not retried', async () => {
    const { fetch, calls } = countingFetch();
    const client = new FhirClient(SOURCES.helseBergen, { fetch, backoffMs: 1 });
    const error = await rejection(client.read('Patient', 'does-not-exist'));
    expect(error.kind).to.equal('not-found');
    expect(error.status).to.equal(404);
    expect(error.sourceId).to.equal('helse-bergen');
    expect(calls).to.have.length(1);
  });

  it('update with the current ETag works and gives a new ETag; with a stale one it is a conflict', async () => {
    const client = new FhirClient(SOURCES.helseBergen);
    const { resource, etag } = await client.read<Appointment>('Appointment', 'hb-appt-01');
    expect(etag).to.be.a('string');

    const updated = await client.update({ ...resource, comment: 'first change' }, { ifMatch: etag });
    expect(updated.resource.comment).to.equal('first change');
    expect(updated.etag).to.be.a('string').and.not.equal(etag);

    const error = await rejection(client.update({ ...resource, comment: 'stale change' }, { ifMatch: etag }));
    expect(error.kind).to.equal('conflict');
    expect([409, 412]).to.include(error.status);

    const after = await client.read<Appointment>('Appointment', 'hb-appt-01');
    expect(after.resource.comment).to.equal('first change');
  });

  it('update sends If-Match only when given, and FHIR JSON', async () => {
    const { fetch, calls } = countingFetch();
    const client = new FhirClient(SOURCES.helseBergen, { fetch });
    const { resource, etag } = await client.read<Appointment>('Appointment', 'hb-appt-02');
    await client.update(resource, { ifMatch: etag });
    await client.update(resource);
    const [, withEtag, withoutEtag] = calls;
    expect(withEtag!.method).to.equal('PUT');
    expect(withEtag!.headers.get('If-Match')).to.equal(etag);
    expect(withEtag!.headers.get('Content-Type')).to.equal('application/fhir+json');
    expect(JSON.parse(withEtag!.body!)).to.deep.include({ resourceType: 'Appointment', id: 'hb-appt-02' });
    expect(withoutEtag!.headers.has('If-Match')).to.equal(false);
  });

  it('update refuses a resource without id, without a request', async () => {
    const { fetch, calls } = countingFetch();
    const client = new FhirClient(SOURCES.helseBergen, { fetch });
    const error = await rejection(client.update({ resourceType: 'Appointment', status: 'booked', participant: [] }));
    expect(error.kind).to.equal('http');
    expect(calls).to.have.length(0);
  });

  it("'down': a read retries with back-off, then fails as 'server' with the status and diagnostics", async () => {
    await setMode('helse-bergen', 'down');
    const { fetch, calls } = countingFetch();
    const waits: number[] = [];
    const wait = async (ms: number) => void waits.push(ms);
    const client = new FhirClient(SOURCES.helseBergen, { fetch, retries: 2, backoffMs: 20, wait });
    const error = await rejection(client.search('Appointment', KARI));
    expect(error.kind).to.equal('server');
    expect(error.status).to.equal(503);
    expect(error.sourceId).to.equal('helse-bergen');
    expect(error.diagnostics).to.be.a('string').and.match(/not available/);
    expect(error.retryable).to.equal(true);
    expect(calls).to.have.length(3);
    // Back-off asked of the wait: about 20 ms, then about 40 ms (±25 %); no test waits for real time.
    expect(waits).to.have.length(2);
    expect(waits[0]).to.be.within(15, 25);
    expect(waits[1]).to.be.within(30, 50);
  });

  it("'down' with retries: 0 makes exactly one request", async () => {
    await setMode('helse-bergen', 'down');
    const { fetch, calls } = countingFetch();
    const error = await rejection(new FhirClient(SOURCES.helseBergen, { fetch, retries: 0 }).read('Patient', 'kari'));
    expect(error.kind).to.equal('server');
    expect(calls).to.have.length(1);
  });

  it('a read that fails once and then works gives the data', async () => {
    const { fetch, calls } = countingFetch();
    let first = true;
    const flaky: typeof fetch = async (input, init) => {
      if (first) {
        first = false;
        return new Response('{}', { status: 503 });
      }
      return fetch(input, init);
    };
    const client = new FhirClient(SOURCES.helseBergen, { fetch: flaky, backoffMs: 5 });
    const { resource } = await client.read<Patient>('Patient', 'kari');
    expect(resource.id).to.equal('kari');
    expect(calls).to.have.length(1);
  });

  it("'unauthorized' is 'auth' at once, without a retry", async () => {
    await setMode('helse-bergen', 'unauthorized');
    const { fetch, calls } = countingFetch();
    const client = new FhirClient(SOURCES.helseBergen, { fetch, retries: 3, backoffMs: 5 });
    const error = await rejection(client.search('Appointment', KARI));
    expect(error.kind).to.equal('auth');
    expect(error.status).to.equal(401);
    expect(error.retryable).to.equal(false);
    expect(calls).to.have.length(1);
  });

  it("'malformed' (a cut-off body) is 'malformed' and is not retried", async () => {
    await setMode('helse-bergen', 'malformed');
    const { fetch, calls } = countingFetch();
    const client = new FhirClient(SOURCES.helseBergen, { fetch, backoffMs: 5 });
    const error = await rejection(client.search('Appointment', KARI));
    expect(error.kind).to.equal('malformed');
    expect(calls).to.have.length(1);
  });

  it("'network' (connection dropped) is 'network' after the retries", async () => {
    await setMode('helse-bergen', 'network');
    const { fetch, calls } = countingFetch();
    const client = new FhirClient(SOURCES.helseBergen, { fetch, retries: 1, backoffMs: 5 });
    const error = await rejection(client.search('Appointment', KARI));
    expect(error.kind).to.equal('network');
    expect(calls).to.have.length(2);
  });

  it("'slow' with timeoutMs 200 is 'timeout', per attempt", async () => {
    // The server answers in a minute; each attempt's 200 ms timeout is run out by the test (held
    // timeouts), not raced against this machine's speed.
    await setMode('helse-bergen', 'slow', 60_000);
    const { fetch, calls } = countingFetch();
    const client = new FhirClient(SOURCES.helseBergen, { fetch, timeoutMs: 200, retries: 1, backoffMs: 5 });
    const timeouts = holdTimeouts();
    let error: FhirError;
    try {
      const searched = rejection(client.search('Appointment', KARI));
      await timeouts.expireUntil(() => true, searched);
      error = await searched;
    } finally {
      timeouts.restore();
    }
    expect(error.kind).to.equal('timeout');
    expect(calls).to.have.length(2);
    expect(timeouts.asked, 'a timeout of its own for each attempt').to.deep.equal([200, 200]);
    expect(timeouts.expired).to.have.length(2);
  });

  it("aborting through the signal is 'aborted', quickly, and is not retried", async () => {
    // The server answers in a minute: only the abort can end this within the test's timeout.
    await setMode('helse-bergen', 'slow', 60_000);
    const { fetch, calls } = countingFetch();
    const controller = new AbortController();
    // Aborted while the request is out (right after it was sent), not after some time.
    const abortInFlight: typeof fetch = (input, init) => {
      const answer = fetch(input, init);
      controller.abort();
      return answer;
    };
    const client = new FhirClient(SOURCES.helseBergen, { fetch: abortInFlight, retries: 2, backoffMs: 5 });
    const error = await rejection(client.search('Appointment', KARI, { signal: controller.signal }));
    expect(error.kind).to.equal('aborted');
    expect(isAbort(error)).to.equal(true);
    expect(calls).to.have.length(1);
  });

  it('an abort during the back-off wait stops at once, without another request', async () => {
    await setMode('helse-bergen', 'down');
    const { fetch, calls } = countingFetch();
    // A back-off of a minute: only the abort can end this within the test's timeout.
    const client = new FhirClient(SOURCES.helseBergen, { fetch, retries: 3, backoffMs: 60_000 });
    const controller = new AbortController();
    // Aborted the moment the client starts its back-off wait (a timer of about a minute).
    const realSetTimeout = window.setTimeout;
    window.setTimeout = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) => {
      if ((ms ?? 0) >= 30_000) queueMicrotask(() => controller.abort());
      return realSetTimeout(handler, ms, ...rest);
    }) as typeof window.setTimeout;
    let error: FhirError;
    try {
      error = await rejection(client.read('Patient', 'kari', { signal: controller.signal }));
    } finally {
      window.setTimeout = realSetTimeout;
    }
    expect(controller.signal.aborted, 'aborted during the back-off').to.equal(true);
    expect(error.kind).to.equal('aborted');
    expect(calls).to.have.length(1);
  });

  it('an already aborted signal makes no request', async () => {
    const { fetch, calls } = countingFetch();
    const error = await rejection(new FhirClient(SOURCES.helseBergen, { fetch }).search('Appointment', KARI, { signal: AbortSignal.abort() }));
    expect(error.kind).to.equal('aborted');
    expect(calls).to.have.length(0);
  });

  it("writes never retry: 'down' and 'network' make exactly one PUT", async () => {
    const client = new FhirClient(SOURCES.helseBergen);
    const { resource } = await client.read<Appointment>('Appointment', 'hb-appt-03');
    for (const mode of ['down', 'network'] as const) {
      await setMode('helse-bergen', mode);
      const { fetch, calls } = countingFetch();
      const writer = new FhirClient(SOURCES.helseBergen, { fetch, retries: 3, backoffMs: 1 });
      const error = await rejection(writer.update({ ...resource, comment: mode }));
      expect(error.kind, mode).to.equal(mode === 'down' ? 'server' : 'network');
      expect(calls.filter((c) => c.method === 'PUT'), mode).to.have.length(1);
      expect(calls, mode).to.have.length(1);
    }
  });

  it("a write that times out is not retried either ('slow')", async () => {
    const client = new FhirClient(SOURCES.helseBergen);
    const { resource } = await client.read<Appointment>('Appointment', 'hb-appt-04');
    await setMode('helse-bergen', 'slow', 2000);
    const { fetch, calls } = countingFetch();
    const writer = new FhirClient(SOURCES.helseBergen, { fetch, timeoutMs: 150, retries: 3, backoffMs: 1 });
    const error = await rejection(writer.update({ ...resource, comment: 'slow' }));
    expect(error.kind).to.equal('timeout');
    expect(calls).to.have.length(1);
  });
});
