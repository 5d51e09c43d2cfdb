import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import { DataFrameController, type FrameData } from '../src/controllers/data-frame-controller.js';
import { FhirError } from '../src/fhir/errors.js';
import { AllSourcesFailedError, type SourceFailure } from '../src/fhir/multi-source.js';
import type { HnSourcesNotice } from '../src/elements/hn-sources-notice.js';
import type { HnState } from '../src/elements/hn-state.js';
import { HnElement } from '../src/hn-element.js';
import type { Session, Source } from '../src/session.js';
import { OLA, onBehalfOfOla, onBehalfOfPer, session as seedSession, SOURCES } from '@hn-elements/test-support';

interface Data extends FrameData {
  text: string;
  failures: SourceFailure[];
  incomplete: Source[];
}

interface PendingLoad {
  session: Session;
  resolve: (data: Data) => void;
  reject: (error: unknown) => void;
}

/** A data component reduced to its frame: its live loads settle when the test says so. */
class FrameHost extends HnElement {
  static override properties = { ...HnElement.properties, bundle: { attribute: false }, maxItems: { type: Number, attribute: 'max-items' } };
  declare bundle: unknown;
  /** The short form: how many items the list shows (the frame's loading state reserves their height). */
  declare maxItems: number | undefined;
  readonly loads: PendingLoad[] = [];
  /** What `afterRetry` was told, in order. */
  readonly retried: string[] = [];
  /** Whether this frame's view is on show (a component with two views has a frame each). */
  onShow = true;
  /** What the component's own rule (`covers`) says of the session. */
  covered = true;
  readonly data = new DataFrameController<Data>(this, {
    scope: 'journal',
    covers: () => this.covered,
    onShow: () => this.onShow,
    fromBundle: (bundle) => {
      if (bundle === 'not a Bundle') throw new FhirError('malformed', 'bundle', 'not a Bundle');
      return { text: `bundle ${String(bundle)}`, patient: 'Patient/kari', failures: [], incomplete: [], skipped: 0 };
    },
    fromSources: (session) => new Promise<Data>((resolve, reject) => this.loads.push({ session, resolve, reject })),
    afterRetry: (data) => this.retried.push(data.text),
  });

  protected override willUpdate(): void {
    this.data.syncHost(this.bundle);
  }

  override render() {
    return html`${this.data.banner()}${this.data.render({
      noAccess: 'Not covered',
      noAccessHeading: 'No access',
      errorHeading: 'Could not load',
      subject: 'the test list',
      skipped: (count) => `${count} left out`,
      retry: () => this.data.reload(),
      content: (data, notices) => html`${notices}<p class="content">${data.text}</p>`,
    })}`;
  }
}
customElements.define('test-frame-host', FrameHost);

const kari = seedSession();
const [helseBergen, fastlegen, kommune] = SOURCES as [Source, Source, Source];
const failure = (source: Source, kind: FhirError['kind']): SourceFailure => ({ source, ok: false, error: new FhirError(kind, source.id, kind) });
const loaded = (over: Partial<Data> = {}): Data => ({ text: 'Kari’s data', patient: kari.patient.reference, failures: [], incomplete: [], skipped: 0, ...over });

async function host(session: Session | undefined, bundle?: unknown): Promise<FrameHost> {
  return fixture<FrameHost>(html`<test-frame-host .session=${session} .bundle=${bundle}></test-frame-host>`);
}

/** What the frame shows, as a citizen and assistive technology would meet it. */
function shown(el: FrameHost) {
  const root = el.shadowRoot!;
  const state = root.querySelector<HnState>('hn-state');
  const notice = root.querySelector<HnSourcesNotice>('hn-sources-notice');
  return {
    banner: root.querySelector('hn-on-behalf-banner') !== null,
    state: state?.kind,
    heading: state?.heading,
    /** The state's message as shown (it may be content, with the sources' names marked with their language). */
    message: state?.shadowRoot!.querySelector('p:not(.heading)')?.textContent?.replace(/\s+/g, ' ') ?? undefined,
    content: root.querySelector('.content')?.textContent ?? undefined,
    notice: notice ? { failures: notice.failures.map((f) => f.source.name), incomplete: notice.incomplete.map((s) => (typeof s === 'string' ? s : s.name)) } : undefined,
    skipped: root.querySelector('p.skipped')?.textContent ?? undefined,
    busy: el.getAttribute('aria-busy'),
  };
}

describe('core: the data-component frame', () => {
  interface Case {
    name: string;
    start: () => Promise<FrameHost>;
    expected: Partial<ReturnType<typeof shown>> & { loads?: number };
  }
  const cases: Case[] = [
    {
      name: 'a live load runs: loading, and busy',
      start: () => host(kari),
      expected: { banner: false, state: 'loading', content: undefined, busy: 'true', loads: 1 },
    },
    {
      name: 'the data came: the component’s own view, no notice, not busy',
      start: async () => {
        const el = await host(kari);
        el.loads[0]!.resolve(loaded());
        await el.data.settled();
        return el;
      },
      expected: { state: undefined, content: 'Kari’s data', notice: undefined, skipped: undefined, busy: null },
    },
    {
      name: 'some sources failed or gave part, entries left out: the notice and the count above the data',
      start: async () => {
        const el = await host(kari);
        el.loads[0]!.resolve(loaded({ failures: [failure(fastlegen, 'server')], incomplete: [helseBergen], skipped: 2 }));
        await el.data.settled();
        return el;
      },
      expected: {
        content: 'Kari’s data',
        notice: { failures: [fastlegen.name], incomplete: [helseBergen.name] },
        skipped: '2 left out',
        busy: null,
      },
    },
    {
      name: 'no source answered: the error state names each source, not busy',
      start: async () => {
        const el = await host(kari);
        el.loads[0]!.reject(new AllSourcesFailedError([failure(helseBergen, 'server'), failure(kommune, 'timeout')]));
        await el.data.settled();
        return el;
      },
      expected: { state: 'error', heading: 'Could not load', content: undefined, busy: null },
    },
    {
      name: 'a bundle that is not a Bundle: the error state names what failed (the subject)',
      start: () => host(kari, 'not a Bundle'),
      expected: { state: 'error', heading: 'Could not load', busy: null, loads: 0 },
    },
    {
      name: 'a representation that does not cover the component: banner and no access, nothing fetched, not busy',
      start: () => host(seedSession(onBehalfOfPer())),
      expected: { banner: true, state: 'empty', heading: 'No access', message: 'Not covered', busy: null, loads: 0 },
    },
    {
      name: 'a session the component`s own rule does not cover (covers): no access, nothing fetched, not busy',
      start: () => fixture<FrameHost>(html`<test-frame-host .covered=${false} .session=${kari}></test-frame-host>`),
      expected: { banner: false, state: 'empty', heading: 'No access', message: 'Not covered', busy: null, loads: 0 },
    },
    {
      name: 'a representation that covers it: the banner above what loads',
      start: () => host(seedSession(onBehalfOfOla())),
      expected: { banner: true, state: 'loading', busy: 'true', loads: 1 },
    },
    {
      name: 'a representation the host page already names (the shell): no banner of its own',
      start: () => host(seedSession({ ...onBehalfOfOla(), onBehalfShownByHost: true })),
      expected: { banner: false, state: 'loading', busy: 'true', loads: 1 },
    },
    {
      name: 'another person chosen: loading, never the data of the person before',
      start: async () => {
        const el = await host(kari);
        el.loads[0]!.resolve(loaded());
        await el.data.settled();
        el.session = seedSession({ patient: OLA });
        await el.updateComplete;
        return el;
      },
      expected: { state: 'loading', content: undefined, busy: 'true', loads: 2 },
    },
    {
      name: 'a host’s bundle is shown whoever the session is for',
      start: async () => {
        const el = await host(kari, 'B');
        el.session = seedSession({ patient: OLA });
        await el.updateComplete;
        return el;
      },
      expected: { state: undefined, content: 'bundle B', busy: null, loads: 0 },
    },
  ];

  for (const c of cases) {
    it(c.name, async () => {
      const el = await c.start();
      const { loads, ...expected } = c.expected;
      const actual = shown(el);
      for (const [key, value] of Object.entries(expected)) {
        expect(actual[key as keyof typeof actual], key).to.deep.equal(value);
      }
      if (loads !== undefined) expect(el.loads, 'loads started').to.have.length(loads);
    });
  }

  it('the error text names each source when none answered, and the subject otherwise', async () => {
    const el = await host(kari);
    el.loads[0]!.reject(new AllSourcesFailedError([failure(helseBergen, 'server'), failure(kommune, 'timeout')]));
    await el.data.settled();
    expect(shown(el).message).to.contain(helseBergen.name).and.to.contain(kommune.name);
    const bad = await host(kari, 'not a Bundle');
    expect(shown(bad).message).to.contain('the test list');
  });

  describe('aria-busy: one rule, set by the frame on show', () => {
    it('follows busy through a load, a retry and an error, without the component setting it', async () => {
      const el = await host(kari);
      const seen = [el.getAttribute('aria-busy')];
      el.loads[0]!.resolve(loaded());
      await el.data.settled();
      seen.push(el.getAttribute('aria-busy'));
      el.data.reload();
      await el.updateComplete;
      seen.push(el.getAttribute('aria-busy'));
      el.loads[1]!.reject(new AllSourcesFailedError([failure(helseBergen, 'server')]));
      await el.data.settled();
      seen.push(el.getAttribute('aria-busy'));
      expect(seen).to.deep.equal(['true', null, 'true', null]);
    });

    it('a frame whose view is not on show leaves aria-busy to the one that is', async () => {
      const el = document.createElement('test-frame-host') as FrameHost;
      el.onShow = false;
      el.session = kari;
      document.body.append(el);
      try {
        await el.updateComplete;
        expect(el.data.busy, 'its own load runs').to.equal(true);
        expect(el.hasAttribute('aria-busy')).to.equal(false);
        el.onShow = true;
        el.requestUpdate();
        await el.updateComplete;
        expect(el.getAttribute('aria-busy')).to.equal('true');
      } finally {
        el.remove();
      }
    });
  });

  describe('401s: hn-auth-required once per source and load', () => {
    async function reported(settle: (el: FrameHost) => void): Promise<{ el: FrameHost; sources: string[] }> {
      const el = await host(kari);
      const sources: string[] = [];
      el.addEventListener('hn-auth-required', (event) => sources.push(event.detail.sourceId));
      settle(el);
      await el.data.settled();
      return { el, sources };
    }

    const cases: { name: string; settle: (el: FrameHost) => void; expected: string[] }[] = [
      {
        name: 'sources that failed beside data: each 401 source once, however many of its searches failed; not a 403 or 5xx',
        settle: (el) =>
          el.loads[0]!.resolve(
            loaded({ failures: [failure(helseBergen, 'auth'), failure(helseBergen, 'auth'), failure(fastlegen, 'forbidden'), failure(kommune, 'auth')] }),
          ),
        expected: [helseBergen.id, kommune.id],
      },
      {
        name: 'no source answered: every source that answered 401',
        settle: (el) => el.loads[0]!.reject(new AllSourcesFailedError([failure(helseBergen, 'server'), failure(fastlegen, 'auth')])),
        expected: [fastlegen.id],
      },
      { name: 'no failure: nothing', settle: (el) => el.loads[0]!.resolve(loaded()), expected: [] },
    ];
    for (const c of cases) {
      it(c.name, async () => {
        const { sources } = await reported(c.settle);
        expect(sources).to.deep.equal(c.expected);
      });
    }

    it('rendering again reports nothing more; a new load reports again', async () => {
      const failures = [failure(helseBergen, 'auth')];
      const { el, sources } = await reported((host) => host.loads[0]!.resolve(loaded({ failures })));
      el.requestUpdate();
      await el.updateComplete;
      expect(sources).to.deep.equal([helseBergen.id]);
      el.data.reload();
      await el.updateComplete;
      el.loads[1]!.resolve(loaded({ failures }));
      await el.data.settled();
      expect(sources).to.deep.equal([helseBergen.id, helseBergen.id]);
    });
  });

  describe('retry', () => {
    it('the error state’s and the notice’s retry load again', async () => {
      const el = await host(kari);
      el.loads[0]!.reject(new AllSourcesFailedError([failure(helseBergen, 'server')]));
      await el.data.settled();
      el.shadowRoot!.querySelector('hn-state')!.dispatchEvent(new CustomEvent('hn-retry', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(el.loads).to.have.length(2);
      el.loads[1]!.resolve(loaded({ failures: [failure(fastlegen, 'timeout')] }));
      await el.data.settled();
      el.shadowRoot!.querySelector('hn-sources-notice')!.dispatchEvent(new CustomEvent('hn-retry', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(el.loads).to.have.length(3);
    });

    it('tells afterRetry what a retry brought, once, and nothing for a first load or a failed retry', async () => {
      const el = await host(kari);
      el.loads[0]!.resolve(loaded({ text: 'first' }));
      await el.data.settled();
      expect(el.retried, 'a first load is not a retry').to.deep.equal([]);
      el.data.reload();
      await el.updateComplete;
      el.loads[1]!.reject(new AllSourcesFailedError([failure(helseBergen, 'server')]));
      await el.data.settled();
      expect(el.retried, 'a failed retry brought nothing').to.deep.equal([]);
      el.data.reload();
      await el.updateComplete;
      el.loads[2]!.resolve(loaded({ text: 'after retry' }));
      await el.data.settled();
      expect(el.retried).to.deep.equal(['after retry']);
      // The session changes: a new load, not a retry.
      el.session = { ...kari, sources: [helseBergen] };
      await el.updateComplete;
      el.loads[3]!.resolve(loaded({ text: 'another load' }));
      await el.data.settled();
      expect(el.retried).to.deep.equal(['after retry']);
    });

    it('a retry replaced by another person\'s load before it ends tells afterRetry nothing', async () => {
      const el = await host(kari);
      el.loads[0]!.reject(new AllSourcesFailedError([failure(helseBergen, 'server')]));
      await el.data.settled();
      el.data.reload();
      await el.updateComplete;
      expect(el.loads).to.have.length(2);
      // Before the retry answers, the citizen switches to acting for Ola: his load replaces it.
      el.session = seedSession(onBehalfOfOla());
      await el.updateComplete;
      expect(el.loads).to.have.length(3);
      el.loads[2]!.resolve(loaded({ text: 'Ola’s data', patient: OLA.reference }));
      await el.data.settled();
      expect(el.retried, 'Ola’s first load is not the retry').to.deep.equal([]);
    });

    it('reload() re-reads a bundle', async () => {
      const el = await host(kari, 'B');
      const first = el.data.value;
      el.data.reload();
      await el.updateComplete;
      expect(el.data.value).not.to.equal(first);
      expect(el.data.value?.text).to.equal('bundle B');
    });
  });

  it('a host that is not in the document loads nothing', async () => {
    const el = document.createElement('test-frame-host') as FrameHost;
    el.session = kari;
    expect(el.data.syncHost(undefined)).to.equal(false);
    expect(el.loads).to.have.length(0);
  });

  describe('loading in a short form (max-items): the height of the items to come, said once', () => {
    async function loadingHost(maxItems: number | undefined): Promise<{ el: FrameHost; state: HnState }> {
      const el = await fixture<FrameHost>(html`<test-frame-host style="--hn-loading-item-size: 100px" .session=${kari} .maxItems=${maxItems}></test-frame-host>`);
      const state = el.shadowRoot!.querySelector<HnState>('hn-state')!;
      await state.updateComplete;
      return { el, state };
    }
    const rows = (state: HnState) => [...state.shadowRoot!.querySelectorAll<HTMLElement>('[part="placeholders"] .placeholder')];

    it('max-items 3: three placeholder rows of --hn-loading-item-size, hidden from assistive technology, nothing focusable', async () => {
      const { el, state } = await loadingHost(3);
      expect(state.kind).to.equal('loading');
      expect(rows(state).map((row) => row.getBoundingClientRect().height)).to.deep.equal([100, 100, 100]);
      const placeholders = state.shadowRoot!.querySelector('[part="placeholders"]')!;
      expect(placeholders.getAttribute('aria-hidden')).to.equal('true');
      expect(placeholders.querySelectorAll('a, button, input, [tabindex]')).to.have.length(0);
      const statuses = [...state.shadowRoot!.querySelectorAll('[role="status"]')];
      expect(statuses.map((status) => status.textContent?.trim())).to.deep.equal(['Henter informasjon …']);
      expect(state.getBoundingClientRect().height, 'the rows and the status line').to.be.greaterThan(300);
      await expect(el).to.be.accessible();
    });

    for (const maxItems of [undefined, 0, -2, Number.NaN]) {
      it(`max-items ${String(maxItems)}: the status line alone`, async () => {
        const { state } = await loadingHost(maxItems);
        expect(rows(state)).to.have.length(0);
        expect(state.getBoundingClientRect().height).to.be.lessThan(100);
      });
    }

    it('the data replaces the rows', async () => {
      const { el } = await loadingHost(2);
      el.loads[0]!.resolve(loaded());
      await el.data.settled();
      expect(shown(el)).to.include({ state: undefined, content: 'Kari’s data' });
    });
  });
});
