import { expect } from '@open-wc/testing';
import { FhirClient } from '../src/fhir/client.js';
import { FhirError } from '../src/fhir/errors.js';
import { incompleteSources, searchSources, type SourceFailure, type SourceSuccess } from '../src/fhir/multi-source.js';
import type { Source } from '../src/session.js';
import { holdTimeouts } from '@hn-elements/test-support';
import { resetServer, setMode, SOURCES } from './fhir-server.js';

const ALL: Source[] = [SOURCES.helseBergen, SOURCES.fastlegen, SOURCES.bergenKommune];

describe('searchSources', () => {
  afterEach(async () => {
    await resetServer();
  });

  it('asks every source and returns one outcome per source, in the sources’ order', async () => {
    const outcomes = await searchSources(ALL, 'Appointment', { patient: 'Patient/kari', _include: 'Appointment:actor' });
    expect(outcomes.map((o) => o.source.id)).to.deep.equal(['helse-bergen', 'fastlegen', 'bergen-kommune']);
    for (const outcome of outcomes) {
      expect(outcome.ok, outcome.source.id).to.equal(true);
      const { resources } = outcome as SourceSuccess;
      expect(resources.some((r) => r.resourceType === 'Appointment'), outcome.source.id).to.equal(true);
    }
  });

  it('one source down: the others still return, and the failure names the source', async () => {
    await setMode('fastlegen', 'down');
    const outcomes = await searchSources(ALL, 'Appointment', { patient: 'Patient/kari' }, { retries: 0 });
    const [hb, gp, bk] = outcomes;
    expect(hb!.ok).to.equal(true);
    expect(bk!.ok).to.equal(true);
    expect((hb as SourceSuccess).resources.length).to.be.greaterThan(0);
    expect((bk as SourceSuccess).resources.length).to.be.greaterThan(0);
    expect(gp!.ok).to.equal(false);
    const failure = gp as SourceFailure;
    expect(failure.source.name).to.equal('Fastlegen');
    expect(failure.error).to.be.instanceOf(FhirError);
    expect(failure.error.sourceId).to.equal('fastlegen');
    expect(failure.error.kind).to.equal('server');
  });

  it('a source whose paging loops answers with what it has, marked truncated; the others are complete', async () => {
    await setMode('helse-bergen', 'paging-loop');
    const outcomes = await searchSources(ALL, 'Appointment', { patient: 'Patient/kari', _count: 2 });
    expect(outcomes.every((o) => o.ok)).to.equal(true);
    const [hb, gp, bk] = outcomes as SourceSuccess[];
    expect(hb!.truncated).to.equal(true);
    expect(hb!.resources.length).to.equal(2);
    expect(gp!.truncated).to.equal(false);
    expect(bk!.truncated).to.equal(false);
    expect(incompleteSources(outcomes).map((s) => s.id)).to.deep.equal(['helse-bergen']);
  });

  it('a slow source times out on its own while the fast ones come back', async () => {
    // Helse Bergen answers in a minute; its timeout is run out by the test, the fast ones' never
    // are: they come back however slow this machine is, and Helse Bergen does not hold them up.
    await setMode('helse-bergen', 'slow', 60_000);
    const timeouts = holdTimeouts();
    let outcomes: Awaited<ReturnType<typeof searchSources>>;
    try {
      const searched = searchSources(ALL, 'Appointment', { patient: 'Patient/kari' }, { retries: 0, timeoutMs: 300 });
      await timeouts.expireUntil((url) => url.includes('/fhir/helse-bergen/'), searched);
      outcomes = await searched;
    } finally {
      timeouts.restore();
    }
    expect(timeouts.asked).to.deep.equal([300, 300, 300]);
    expect(outcomes.map((o) => o.ok)).to.deep.equal([false, true, true]);
    expect((outcomes[0] as SourceFailure).error.kind).to.equal('timeout');
  });

  it('every source failing in a different way gives three failures, never a throw', async () => {
    await setMode('helse-bergen', 'unauthorized');
    await setMode('fastlegen', 'malformed');
    await setMode('bergen-kommune', 'network');
    const outcomes = await searchSources(ALL, 'Appointment', { patient: 'Patient/kari' }, { retries: 0 });
    expect(outcomes.map((o) => (o.ok ? 'ok' : `${o.error.sourceId}:${o.error.kind}`))).to.deep.equal([
      'helse-bergen:auth',
      'fastlegen:malformed',
      'bergen-kommune:network',
    ]);
  });

  it('builds params per source when given a function', async () => {
    const asked: string[] = [];
    const outcomes = await searchSources(ALL, 'Appointment', (source) => {
      asked.push(source.id);
      return { patient: source.id === 'fastlegen' ? 'Patient/nobody' : 'Patient/kari' };
    });
    expect(asked).to.deep.equal(['helse-bergen', 'fastlegen', 'bergen-kommune']);
    expect((outcomes[1] as SourceSuccess).resources).to.deep.equal([]);
    expect((outcomes[0] as SourceSuccess).resources.length).to.be.greaterThan(0);
  });

  it('turns a non-FhirError thrown by a custom client (or params function) into a failure of that source', async () => {
    const outcomes = await searchSources(ALL, 'Appointment', { patient: 'Patient/kari' }, {
      clientFor: (source) => {
        if (source.id === 'bergen-kommune') throw new Error('no client for you');
        return new FhirClient(source);
      },
    });
    expect(outcomes.map((o) => o.ok)).to.deep.equal([true, true, false]);
    const failure = outcomes[2] as SourceFailure;
    expect(failure.error).to.be.instanceOf(FhirError);
    expect(failure.error.sourceId).to.equal('bergen-kommune');
    expect(failure.error.message).to.include('no client for you');

    const fromParams = await searchSources([SOURCES.fastlegen], 'Appointment', () => {
      throw new Error('bad params');
    });
    expect(fromParams[0]!.ok).to.equal(false);
  });

  it('one abort signal stops every source', async () => {
    // Every server answers in a minute: only the abort can end this within the test's timeout.
    await setMode('*', 'slow', 60_000);
    const controller = new AbortController();
    // Aborted once every source's request is out, not after some time.
    const realFetch = window.fetch;
    let sent = 0;
    window.fetch = (input, init) => {
      const answer = realFetch(input, init);
      sent += 1;
      if (sent === ALL.length) controller.abort();
      return answer;
    };
    let outcomes: Awaited<ReturnType<typeof searchSources>>;
    try {
      outcomes = await searchSources(ALL, 'Appointment', { patient: 'Patient/kari' }, { signal: controller.signal });
    } finally {
      window.fetch = realFetch;
    }
    expect(sent).to.equal(ALL.length);
    expect(outcomes.map((o) => (o.ok ? 'ok' : o.error.kind))).to.deep.equal(['aborted', 'aborted', 'aborted']);
  });
});
