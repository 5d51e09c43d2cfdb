import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { SourcesLoadController, sessionSourcesKey, type SourcesLoadInput } from '../src/controllers/sources-load-controller.js';
import { FhirError } from '../src/fhir/errors.js';
import { AllSourcesFailedError, type SourceFailure } from '../src/fhir/multi-source.js';
import type { Session } from '../src/session.js';
import { OLA, session as seedSession, SOURCES } from '@hn-elements/test-support';

interface Data {
  label: string;
  failures: SourceFailure[];
}

interface PendingLoad {
  session: Session;
  signal: AbortSignal;
  resolve: (data: Data) => void;
  reject: (error: unknown) => void;
}

/** A host whose loads settle only when the test says so; every call is recorded. */
class SourcesHost extends LitElement {
  readonly bundlesRead: unknown[] = [];
  readonly loads: PendingLoad[] = [];
  readonly reported: unknown[][] = [];
  readonly data = new SourcesLoadController<Data>(this, {
    fromBundle: (bundle) => {
      this.bundlesRead.push(bundle);
      if (bundle === 'bad') throw new FhirError('malformed', 'bundle', 'not a Bundle');
      return { label: `bundle:${String(bundle)}`, failures: [] };
    },
    fromSources: (session, signal) =>
      new Promise<Data>((resolve, reject) => {
        this.loads.push({ session, signal, resolve, reject });
      }),
    reportErrors: (errors) => this.reported.push([...errors]),
  });
  override render() {
    return html`${this.data.state.status}`;
  }
}
customElements.define('test-sources-host', SourcesHost);

/** A host that syncs in willUpdate, as the components do, and does nothing on connect itself. */
class SyncingHost extends SourcesHost {
  session: Session | undefined;
  protected override willUpdate(): void {
    this.data.sync({ bundle: undefined, session: this.session, allowed: true });
  }
}
customElements.define('test-syncing-host', SyncingHost);

const kari = seedSession();
const input = (over: Partial<SourcesLoadInput> = {}): SourcesLoadInput => ({ bundle: undefined, session: kari, allowed: true, ...over });
const failure = (kind: FhirError['kind'], sourceId: string): SourceFailure => ({
  source: SOURCES.find((s) => s.id === sourceId)!,
  ok: false,
  error: new FhirError(kind, sourceId, kind),
});

describe('SourcesLoadController', () => {
  it('loads live once per person and set of sources, however often it is synced', async () => {
    const el = await fixture<SourcesHost>(html`<test-sources-host></test-sources-host>`);
    expect(el.data.sync(input())).to.equal(true);
    expect(el.data.sync(input())).to.equal(false);
    expect(el.data.sync(input({ session: { ...kari, locale: 'en' } }))).to.equal(false);
    expect(el.loads).to.have.length(1);
    el.loads[0]!.resolve({ label: 'kari', failures: [] });
    await el.data.settled();
    expect(el.data.value?.label).to.equal('kari');

    // Another source list, or another person: a new load, the one before aborted.
    const fewer = { ...kari, sources: kari.sources.slice(0, 1) };
    expect(el.data.sync(input({ session: fewer }))).to.equal(true);
    const ola = seedSession({ patient: OLA });
    expect(sessionSourcesKey(ola)).not.to.equal(sessionSourcesKey(kari));
    expect(el.data.sync(input({ session: ola }))).to.equal(true);
    expect(el.loads).to.have.length(3);
    expect(el.loads[1]!.signal.aborted).to.equal(true);
    expect(el.loads[2]!.session.patient.reference).to.equal(ola.patient.reference);
  });

  it('a bundle is read once per bundle object; a bundle that cannot be read is the error state', async () => {
    const el = await fixture<SourcesHost>(html`<test-sources-host></test-sources-host>`);
    const first = { resourceType: 'Bundle' };
    el.data.sync(input({ bundle: first }));
    el.data.sync(input({ bundle: first }));
    expect(el.bundlesRead).to.deep.equal([first]);
    expect(el.loads).to.have.length(0);
    el.data.sync(input({ bundle: 'bad' }));
    expect(el.data.state.status).to.equal('error');
    expect((el.data.state as { error: FhirError }).error.kind).to.equal('malformed');
    // Back to live: loads from the sources.
    el.data.sync(input());
    expect(el.loads).to.have.length(1);
  });

  it('a representation that does not cover the component stops the load and fetches nothing', async () => {
    const el = await fixture<SourcesHost>(html`<test-sources-host></test-sources-host>`);
    el.data.sync(input());
    const running = el.loads[0]!;
    expect(el.data.sync(input({ allowed: false }))).to.equal(false);
    expect(running.signal.aborted).to.equal(true);
    expect(el.data.state.status).to.equal('idle');
    el.data.sync(input({ allowed: false, bundle: { resourceType: 'Bundle' } }));
    expect(el.bundlesRead).to.have.length(0);
    expect(el.loads).to.have.length(1);
    // Covered again: loads again, even for the same person.
    expect(el.data.sync(input())).to.equal(true);
    expect(el.loads).to.have.length(2);
  });

  it('no session stops a running live load', async () => {
    const el = await fixture<SourcesHost>(html`<test-sources-host></test-sources-host>`);
    el.data.sync(input());
    el.data.sync(input({ session: undefined }));
    expect(el.loads[0]!.signal.aborted).to.equal(true);
    expect(el.data.sync(input())).to.equal(true);
  });

  it('forget() makes the next sync load again (retry)', async () => {
    const el = await fixture<SourcesHost>(html`<test-sources-host></test-sources-host>`);
    const bundle = { resourceType: 'Bundle' };
    el.data.sync(input({ bundle }));
    el.data.forget();
    el.data.sync(input({ bundle }));
    expect(el.bundlesRead).to.have.length(2);
    el.data.sync(input());
    el.loads[0]!.resolve({ label: 'kari', failures: [] });
    await el.data.settled();
    el.data.forget();
    expect(el.data.sync(input())).to.equal(true);
    expect(el.loads).to.have.length(2);
  });

  it('disconnecting aborts a live load, which starts again after reconnect; a bundle is not re-read', async () => {
    const el = await fixture<SourcesHost>(html`<test-sources-host></test-sources-host>`);
    el.data.sync(input());
    const parent = el.parentNode!;
    el.remove();
    expect(el.loads[0]!.signal.aborted).to.equal(true);
    parent.appendChild(el);
    expect(el.data.sync(input())).to.equal(true);

    const bundle = { resourceType: 'Bundle' };
    el.data.sync(input({ bundle }));
    el.remove();
    parent.appendChild(el);
    expect(el.data.sync(input({ bundle }))).to.equal(false);
    expect(el.bundlesRead).to.have.length(1);
  });

  it('a host attached again loads again by itself (reconnecting asks for an update), also after a finished load', async () => {
    const el = await fixture<SyncingHost>(html`<test-syncing-host .session=${kari}></test-syncing-host>`);
    expect(el.loads).to.have.length(1);
    el.loads[0]!.resolve({ label: 'first', failures: [] });
    await el.data.settled();
    expect(el.data.value?.label).to.equal('first');
    const parent = el.parentNode!;
    el.remove();
    await el.updateComplete;
    parent.appendChild(el);
    await el.updateComplete;
    expect(el.loads, 'a new load after the re-attach').to.have.length(2);
    expect(el.loads[1]!.signal.aborted).to.equal(false);
    el.loads[1]!.resolve({ label: 'again', failures: [] });
    await el.data.settled();
    expect(el.data.value?.label).to.equal('again');
  });

  it('reports the errors of failed sources, and of every source when all failed', async () => {
    const el = await fixture<SourcesHost>(html`<test-sources-host></test-sources-host>`);
    el.data.sync(input());
    const partial = [failure('auth', 'fastlegen')];
    el.loads[0]!.resolve({ label: 'some', failures: partial });
    await el.data.settled();
    expect(el.reported).to.deep.equal([[partial[0]!.error]]);

    el.data.forget();
    el.data.sync(input());
    const all = [failure('auth', 'helse-bergen'), failure('server', 'fastlegen')];
    el.loads[1]!.reject(new AllSourcesFailedError(all));
    await el.data.settled();
    expect(el.data.state.status).to.equal('error');
    expect(el.reported[1]).to.deep.equal(all.map((f) => f.error));
  });

  describe('settled() (what elements expose as loadComplete)', () => {
    /** Lets every queued promise continuation run: a promise that could resolve now has. */
    const flush = async () => {
      for (let i = 0; i < 20; i += 1) await Promise.resolve();
    };
    const watch = (promise: Promise<void>) => {
      const seen = { done: false, promise };
      void promise.then(() => (seen.done = true));
      return seen;
    };

    it('resolves only after the running load has ended and its outcome is rendered', async () => {
      const el = await fixture<SyncingHost>(html`<test-syncing-host .session=${kari}></test-syncing-host>`);
      const settled = watch(el.data.settled());
      await el.updateComplete;
      await flush();
      expect(settled.done, 'still loading').to.equal(false);
      el.loads[0]!.resolve({ label: 'kari', failures: [] });
      await settled.promise;
      expect(el.shadowRoot!.textContent).to.contain('ready');
    });

    it('waits for a load that replaced the one it began with, and for a failed one', async () => {
      const el = await fixture<SyncingHost>(html`<test-syncing-host .session=${kari}></test-syncing-host>`);
      const settled = watch(el.data.settled());
      el.session = seedSession({ patient: OLA });
      el.requestUpdate();
      await el.updateComplete;
      expect(el.loads).to.have.length(2);
      el.loads[0]!.resolve({ label: 'stale', failures: [] });
      await flush();
      expect(settled.done, 'the load for Ola still runs').to.equal(false);
      el.loads[1]!.reject(new AllSourcesFailedError([failure('server', 'helse-bergen')]));
      await settled.promise;
      expect(el.shadowRoot!.textContent).to.contain('error');
    });

    it('resolves when the load is stopped: not covered any more, or the host removed', async () => {
      const el = await fixture<SourcesHost>(html`<test-sources-host></test-sources-host>`);
      el.data.sync(input());
      const stopped = watch(el.data.settled());
      await flush();
      expect(stopped.done).to.equal(false);
      el.data.sync(input({ allowed: false }));
      await stopped.promise;
      expect(el.shadowRoot!.textContent).to.contain('idle');

      el.data.sync(input());
      const removed = watch(el.data.settled());
      await flush();
      expect(removed.done).to.equal(false);
      el.remove();
      await removed.promise;
      expect(el.loads[1]!.signal.aborted).to.equal(true);
    });

    it('resolves after the update when nothing loads (a bundle, or no session)', async () => {
      const el = await fixture<SourcesHost>(html`<test-sources-host></test-sources-host>`);
      el.data.sync(input({ bundle: { resourceType: 'Bundle' } }));
      await el.data.settled();
      expect(el.shadowRoot!.textContent).to.contain('ready');
      expect(el.data.pending).to.equal(false);
    });
  });
});
