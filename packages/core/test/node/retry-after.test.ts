import { describe, it } from 'node:test';
import { expect } from 'chai';
import { FhirClient } from '../../src/fhir/client.js';
import { FhirError, parseRetryAfter } from '../../src/fhir/errors.js';

const SOURCE = { id: 'helse-bergen', name: 'Helse Bergen', fhirBase: 'https://fhir.example.org/r4' };
const EMPTY_BUNDLE = { resourceType: 'Bundle', type: 'searchset', entry: [] };

/** A fetch that answers from a script, one response per call, and records the calls. */
function scriptedFetch(...answers: Array<() => Response>) {
  const calls: string[] = [];
  const fetch = (async (input: RequestInfo | URL) => {
    calls.push(String(input));
    const next = answers[Math.min(calls.length - 1, answers.length - 1)]!;
    return next();
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

const tooMany = (retryAfter?: string, status = 429) => () =>
  new Response(JSON.stringify({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'throttled', diagnostics: 'Slow down' }] }), {
    status,
    headers: { 'Content-Type': 'application/fhir+json', ...(retryAfter !== undefined ? { 'Retry-After': retryAfter } : {}) },
  });
const ok = () => () => new Response(JSON.stringify(EMPTY_BUNDLE), { status: 200, headers: { 'Content-Type': 'application/fhir+json' } });

/** A wait that records what it was asked for and returns at once: no test waits for real time. */
function recordingWait() {
  const waits: number[] = [];
  return { waits, wait: async (ms: number) => void waits.push(ms) };
}

describe('core: Retry-After', () => {
  const NOW = Date.parse('2026-12-02T10:00:00Z');
  const CASES: Array<[string | null, number | undefined]> = [
    ['120', 120_000],
    ['0', 0],
    [' 3 ', 3_000],
    ['Wed, 02 Dec 2026 10:00:30 GMT', 30_000],
    ['Wed, 02 Dec 2026 09:00:00 GMT', 0],
    ['-5', undefined],
    ['1.5', undefined],
    ['soon', undefined],
    ['', undefined],
    [null, undefined],
  ];
  for (const [header, ms] of CASES) {
    it(`${JSON.stringify(header)} -> ${ms ?? 'not a delay'}`, () => {
      expect(parseRetryAfter(header, NOW)).to.equal(ms);
    });
  }

  it('a 429 with Retry-After is asked again no sooner than the server said', async () => {
    const { fetch, calls } = scriptedFetch(tooMany('3'), ok());
    const { waits, wait } = recordingWait();
    const client = new FhirClient(SOURCE, { fetch, wait, backoffMs: 5 });
    const result = await client.search('Appointment', { patient: 'Patient/kari' });
    expect(result.resources).to.deep.equal([]);
    expect(calls).to.have.length(2);
    expect(waits).to.have.length(1);
    expect(waits[0]).to.be.at.least(3_000);
  });

  it('a 503 with Retry-After waits as long; without the header the back-off applies', async () => {
    const withHeader = recordingWait();
    await new FhirClient(SOURCE, { fetch: scriptedFetch(tooMany('2', 503), ok()).fetch, wait: withHeader.wait, backoffMs: 5 }).search('Appointment');
    expect(withHeader.waits[0]).to.be.at.least(2_000);

    const without = recordingWait();
    await new FhirClient(SOURCE, { fetch: scriptedFetch(tooMany(undefined), ok()).fetch, wait: without.wait, backoffMs: 5 }).search('Appointment');
    expect(without.waits[0]).to.be.below(10);
  });

  it('a wait longer than the limit is not waited for: the error comes at once, with the server’s words and its delay', async () => {
    const { fetch, calls } = scriptedFetch(tooMany('3600'), ok());
    const { waits, wait } = recordingWait();
    const client = new FhirClient(SOURCE, { fetch, wait, backoffMs: 5, maxRetryAfterMs: 10_000 });
    let error: unknown;
    await client.search('Appointment').catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(FhirError);
    const fhirError = error as FhirError;
    expect(fhirError.status).to.equal(429);
    expect(fhirError.retryAfterMs).to.equal(3_600_000);
    expect(fhirError.diagnostics).to.equal('Slow down');
    expect(calls).to.have.length(1);
    expect(waits).to.deep.equal([]);
  });

  it('writes are never retried, whatever Retry-After says', async () => {
    const { fetch, calls } = scriptedFetch(tooMany('1'), ok());
    const { waits, wait } = recordingWait();
    const client = new FhirClient(SOURCE, { fetch, wait });
    let error: unknown;
    await client
      .update({ resourceType: 'Appointment', id: 'a1', status: 'cancelled', participant: [] })
      .catch((e: unknown) => (error = e));
    expect((error as FhirError).status).to.equal(429);
    expect(calls).to.have.length(1);
    expect(waits).to.deep.equal([]);
  });
});
