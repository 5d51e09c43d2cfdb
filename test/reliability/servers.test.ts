// FHIR servers that are slow, down (503), answer 401, drop the connection, or page in a loop, for every data
// component in live mode: a clear message naming the source, the other sources' data shown, and
// "Prøv igjen" recovering once the server is back to normal. The server is reset after each case.
//
// Speed: a failing read is retried twice with back-off, so each case takes a second or more. The
// components therefore meet each failure together, side by side (the server's mode is global
// anyway), and each then gets its own test of what it showed and of its recovery.
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { holdTimeouts, onBehalfOf, PER, recordFetches, resetServer, setMode, SOURCES, type ServerMode } from '@hn-elements/test-support';
import type { Source } from '@hn-elements/core';
import { availableComponents } from './registry.js';
import {
  alerts,
  clickRetry,
  expectNoUncaughtErrors,
  expectNotBlank,
  itemCount,
  mountSideBySide,
  noticeText,
  sessionWith,
  settled,
  takeUncaughtErrors,
  watchUncaughtErrors,
  type Mounted,
} from './support.js';

const { ready } = await availableComponents();
watchUncaughtErrors();

/**
 * The elements' request timeout. While the components meet a failure, the timeouts are held
 * (test-support's holdTimeouts): none runs out by itself, so a busy machine cannot turn a healthy
 * source into a slow one; for "slow" the test runs out each try's timeout of the slow source.
 */
const TIMEOUT_MS = 5000;
/** For "slow": how long the server takes to answer, far beyond any try. */
const SLOW_DELAY_MS = 60_000;

const FAILURES: [mode: ServerMode, what: string, sourceId: string][] = [
  ['down', 'is down (503)', 'fastlegen'],
  ['slow', 'answers slower than the timeout (every one of three tries times out)', 'bergen-kommune'],
  ['unauthorized', 'answers 401', 'helse-bergen'],
  ['network', 'drops the connection', 'fastlegen'],
];

const nameOf = (id: string) => SOURCES.find((s) => s.id === id)!.name;
const without = (id?: string): Source[] => SOURCES.filter((s) => s.id !== id);

interface Seen {
  mounted: Mounted;
  notice: string;
  alerts: string[];
  items: number;
  authRequired: string[];
}

/**
 * Mounts every component live at once, waits until each has settled, and records what it showed.
 * Request timeouts are held meanwhile; those of `slowSource`'s requests are run out, every try.
 */
async function meetTogether(sources: Source[], slowSource?: string): Promise<{ seen: Map<string, Seen>; remove(): void; uncaught: string[] }> {
  const auth = new Map(ready.map((c) => [c.tag, [] as string[]]));
  const timeouts = holdTimeouts();
  let mountedSideBySide: ReturnType<typeof mountSideBySide>;
  try {
    mountedSideBySide = mountSideBySide(
      ready.map((c) => ({
        tag: c.tag,
        properties: { session: sessionWith(sources), requestTimeout: TIMEOUT_MS },
        listeners: { 'hn-auth-required': (event: Event) => auth.get(c.tag)!.push((event as CustomEvent<{ sourceId: string }>).detail.sourceId) },
      })),
    );
    const loaded = Promise.all(mountedSideBySide.mounted.map((m) => m.el.loadComplete));
    await timeouts.expireUntil((url) => slowSource !== undefined && url.includes(`/fhir/${slowSource}/`), loaded, 30_000);
  } finally {
    timeouts.restore();
  }
  expect(new Set(timeouts.asked), 'the elements\' request-timeout').to.deep.equal(new Set([TIMEOUT_MS]));
  if (slowSource) expect(timeouts.expired.length, `${slowSource}: tries that timed out`).to.be.greaterThan(0);
  const { mounted, remove } = mountedSideBySide;
  await Promise.all(mounted.map((m) => settled(m.el, 20_000)));
  // A virtualised list lays out its rows a frame or two later.
  await Promise.all(mounted.map((m) => waitUntil(() => itemCount(m.el) > 0 || !!m.el.shadowRoot!.querySelector('hn-state[kind="error"]'), `${m.el.localName} showed neither items nor an error`, { timeout: 4000 })));
  const seen = new Map<string, Seen>();
  mounted.forEach((m, i) => {
    const tag = ready[i]!.tag;
    seen.set(tag, { mounted: m, notice: noticeText(m.el), alerts: alerts(m.el), items: itemCount(m.el), authRequired: [...new Set(auth.get(tag))] });
  });
  return { seen, remove, uncaught: takeUncaughtErrors() };
}

/** Items each component shows with these sources when all is well, from the server itself. */
const expected = new Map<string, number>();
const key = (tag: string, sources: Source[]) => `${tag}|${sources.map((s) => s.id).join(',')}`;

// One describe around everything: the page is shared with the other reliability files
// (scripts/wtr/shared-pages.mjs), so no hook may sit outside a describe.
describe('the components side by side while sources fail', () => {
  before(async () => {
    await setViewport({ width: 1400, height: 1000 });
    await resetServer();
    for (const sources of [without(), ...FAILURES.map(([, , id]) => without(id))]) {
      if (expected.has(key(ready[0]!.tag, sources))) continue;
      const { seen, remove, uncaught } = await meetTogether(sources);
      expect(uncaught).to.deep.equal([]);
      for (const [tag, s] of seen) {
        expect(s.notice, `${tag}: all well`).to.equal('');
        expected.set(key(tag, sources), s.items);
      }
      remove();
    }
  });

  for (const [mode, what, sourceId] of FAILURES) {
    describe(`one source ${what}`, () => {
      let together: Awaited<ReturnType<typeof meetTogether>>;
      before(async () => {
        await setMode(sourceId, mode, mode === 'slow' ? SLOW_DELAY_MS : undefined);
        together = await meetTogether(SOURCES, mode === 'slow' ? sourceId : undefined);
        await setMode(sourceId, 'ok');
      });
      after(async () => {
        together?.remove();
        await resetServer();
      });

      for (const component of ready) {
        it(`${component.tag}: names ${nameOf(sourceId)}, shows the others, "Prøv igjen" recovers`, async () => {
          expect(together.uncaught, 'uncaught errors while loading').to.deep.equal([]);
          const seen = together.seen.get(component.tag)!;
          const { el } = seen.mounted;
          expect(seen.notice, 'a notice naming the source').to.contain(nameOf(sourceId));
          for (const other of without(sourceId)) expect(seen.notice, 'only the failed source is named').not.to.contain(other.name);
          expect(seen.items, 'exactly the other sources’ items').to.equal(expected.get(key(component.tag, without(sourceId))));
          expect(seen.items).to.be.greaterThan(0);
          expect(seen.authRequired, 'hn-auth-required').to.deep.equal(mode === 'unauthorized' ? [sourceId] : []);
          seen.mounted.expectPageWorks();

          clickRetry(el);
          await settled(el, 15_000);
          const all = expected.get(key(component.tag, SOURCES))!;
          await waitUntil(() => itemCount(el) === all && noticeText(el) === '', `${component.tag} did not recover: ${itemCount(el)} of ${all} items, notice "${noticeText(el)}"`, { timeout: 8000 });
          await expectNoUncaughtErrors();
        });
      }
    });
  }

  for (const [mode, what] of [['down', 'is down (503)'], ['unauthorized', 'answers 401']] as const) {
    describe(`every source ${what}`, () => {
      let together: Awaited<ReturnType<typeof meetTogether>>;
      before(async () => {
        await setMode('*', mode);
        together = await meetTogether(SOURCES);
        await setMode('*', 'ok');
      });
      after(async () => {
        together?.remove();
        await resetServer();
      });

      for (const component of ready) {
        it(`${component.tag}: an alert naming each source, no items, "Prøv igjen" recovers`, async () => {
          expect(together.uncaught, 'uncaught errors while loading').to.deep.equal([]);
          const seen = together.seen.get(component.tag)!;
          const { el } = seen.mounted;
          const alert = seen.alerts.join(' ');
          for (const source of SOURCES) expect(alert, `the alert names ${source.name}`).to.contain(source.name);
          expect(seen.items).to.equal(0);
          expect([...seen.authRequired].sort(), 'hn-auth-required once per source').to.deep.equal(mode === 'unauthorized' ? SOURCES.map((s) => s.id).sort() : []);
          expectNotBlank(el, `every source ${what}`);
          seen.mounted.expectPageWorks();

          clickRetry(el);
          await settled(el, 15_000);
          const all = expected.get(key(component.tag, SOURCES))!;
          await waitUntil(() => itemCount(el) === all && alerts(el).length === 0, `${component.tag} did not recover: ${itemCount(el)} of ${all} items`, { timeout: 8000 });
          await expectNoUncaughtErrors();
        });
      }
    });
  }

  describe('one source whose paging loops (its next link leads back to the same page)', () => {
    const sourceId = 'helse-bergen';
    let together: Awaited<ReturnType<typeof meetTogether>>;
    let requested: string[] = [];
    before(async () => {
      await setMode(sourceId, 'paging-loop');
      const fetches = recordFetches();
      try {
        together = await meetTogether(SOURCES);
      } finally {
        requested = fetches.urls.filter((url) => url.includes(`/fhir/${sourceId}/`));
        fetches.restore();
      }
    });
    after(async () => {
      together?.remove();
      await resetServer();
    });

    it('no page is asked for twice', () => {
      expect(requested.length).to.be.greaterThan(0);
      expect(requested.filter((url, i) => requested.indexOf(url) !== i), 'repeated requests').to.deep.equal([]);
    });

    for (const component of ready) {
      it(`${component.tag}: shows what came, says ${nameOf(sourceId)} may have more, no retry offered for it`, async () => {
        expect(together.uncaught, 'uncaught errors while loading').to.deep.equal([]);
        const seen = together.seen.get(component.tag)!;
        expect(seen.notice).to.equal(`Vi fikk ikke hentet alt fra ${nameOf(sourceId)}. Det du ser nå, kan derfor mangle noe.`);
        expect(seen.alerts.filter((a) => a.includes('Prøv igjen')), 'no retry').to.deep.equal([]);
        expect(seen.items, 'at least the other sources’ items').to.be.at.least(expected.get(key(component.tag, without(sourceId)))!);
        expect(seen.items, 'no item twice').to.be.at.most(expected.get(key(component.tag, SOURCES))!);
        seen.mounted.expectPageWorks();
        await expect(seen.mounted.el).to.be.accessible();
      });
    }
  });

  describe('acting for someone whose representation does not cover the component', () => {
    // The "no access" state must not depend on the servers at all: every source is down, and still
    // each component says plainly that this is not covered, and asks nothing of any server.
    for (const component of ready) {
      it(`${component.tag}: no access to "${component.scope}" — a plain message, not one request`, async () => {
        await setMode('*', 'down');
        const scopes = (['appointments', 'inbox', 'tools', 'journal'] as const).filter((s) => s !== component.scope);
        const fetches = recordFetches();
        try {
          const { mounted, remove } = mountSideBySide([{ tag: component.tag, properties: { session: sessionWith(SOURCES, onBehalfOf(PER, 'power-of-attorney', [...scopes])), requestTimeout: TIMEOUT_MS } }]);
          const [{ el, expectPageWorks }] = mounted as [Mounted];
          await settled(el);
          expect(fetches.urls.filter((url) => url.includes('/fhir/')), 'requests').to.deep.equal([]);
          expectNotBlank(el, 'no access');
          expect(itemCount(el)).to.equal(0);
          expectPageWorks();
          remove();
        } finally {
          fetches.restore();
          await resetServer();
        }
        await expectNoUncaughtErrors();
      });
    }
  });
});
