// FHIR servers that are slow, down (503), answer 401, or drop the connection, for every data
// component in live mode: a clear message naming the source, the other sources' data shown, and
// "Prøv igjen" recovering once the server is back to normal. The server is reset after each test.
import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { resetServer, setMode, SOURCES, type ServerMode } from '@hn-elements/test-support';
import { availableComponents, type DataElement } from './registry.js';
import {
  alerts,
  clickRetry,
  expectNoUncaughtErrors,
  expectNotBlank,
  itemCount,
  mount,
  noticeText,
  sessionWith,
  settled,
  waitForItems,
  watchUncaughtErrors,
} from './support.js';

const { ready } = await availableComponents();
watchUncaughtErrors();

/** Short timeouts so "slow" is quick to see; the client still retries a read twice with back-off. */
const TIMEOUT_MS = 400;
const SLOW_MS = 3000;

const FAILURES: [mode: ServerMode, what: string, sourceId: string][] = [
  ['down', 'is down (503)', 'fastlegen'],
  ['slow', `answers slower than the timeout (${SLOW_MS} ms > ${TIMEOUT_MS} ms)`, 'bergen-kommune'],
  ['unauthorized', 'answers 401', 'helse-bergen'],
  ['network', 'drops the connection', 'fastlegen'],
];

const nameOf = (id: string) => SOURCES.find((s) => s.id === id)!.name;

async function live(tag: string, sources = SOURCES) {
  const mounted = await mount<DataElement>(tag, { session: sessionWith(sources), requestTimeout: TIMEOUT_MS });
  await settled(mounted.el, 15_000);
  return mounted;
}

for (const component of ready) {
  describe(`${component.tag}: FHIR servers slow, down, 401, unreachable`, () => {
    /** How many items each set of sources gives when all is well, worked out from the server. */
    const expected = new Map<string, number>();
    const countFor = async (sources: typeof SOURCES) => {
      const key = sources.map((s) => s.id).join(',');
      if (!expected.has(key)) {
        const { el } = await live(component.tag, sources);
        await waitForItems(el, `all well with ${key}`);
        expected.set(key, itemCount(el));
        fixtureCleanup();
      }
      return expected.get(key)!;
    };

    before(async () => {
      await resetServer();
    });
    afterEach(async () => {
      await resetServer();
    });

    for (const [mode, what, sourceId] of FAILURES) {
      it(`one source ${what}: named, the others shown, "Prøv igjen" recovers`, async () => {
        const all = await countFor(SOURCES);
        const rest = await countFor(SOURCES.filter((s) => s.id !== sourceId));
        expect(rest, 'the other sources have data of their own').to.be.greaterThan(0);

        await setMode(sourceId, mode, mode === 'slow' ? SLOW_MS : undefined);
        const authRequired: string[] = [];
        const { el, expectPageWorks } = await mount<DataElement>(component.tag, { requestTimeout: TIMEOUT_MS });
        el.addEventListener('hn-auth-required', (event) => authRequired.push((event as CustomEvent<{ sourceId: string }>).detail.sourceId));
        el.session = sessionWith();
        await settled(el, 15_000);
        await waitForItems(el, `${sourceId} ${mode}`);

        expect(noticeText(el), 'a notice naming the source').to.contain(nameOf(sourceId));
        for (const other of SOURCES.filter((s) => s.id !== sourceId)) expect(noticeText(el)).not.to.contain(other.name);
        expect(itemCount(el), 'exactly the other sources’ items').to.equal(rest);
        expect([...new Set(authRequired)], 'hn-auth-required').to.deep.equal(mode === 'unauthorized' ? [sourceId] : []);
        expectPageWorks();

        await setMode(sourceId, 'ok');
        clickRetry(el);
        await settled(el, 15_000);
        await waitUntil(() => itemCount(el) === all && noticeText(el) === '', `${component.tag} did not recover: ${itemCount(el)} of ${all} items, notice "${noticeText(el)}"`, { timeout: 8000 });
        await expectNoUncaughtErrors();
      });
    }

    it('every source down: an alert naming each source, "Prøv igjen" recovers', async () => {
      const all = await countFor(SOURCES);
      await setMode('*', 'down');
      const { el, expectPageWorks } = await live(component.tag);
      const alert = alerts(el).join(' ');
      for (const source of SOURCES) expect(alert, `the alert names ${source.name}`).to.contain(source.name);
      expectNotBlank(el, 'every source down');
      expectPageWorks();

      await setMode('*', 'ok');
      clickRetry(el);
      await settled(el, 15_000);
      await waitUntil(() => itemCount(el) === all && alerts(el).length === 0, `${component.tag} did not recover from every source down`, { timeout: 8000 });
      await expectNoUncaughtErrors();
    });

    it('every source answers 401: hn-auth-required once per source, an alert, no data from before', async () => {
      await setMode('*', 'unauthorized');
      const authRequired: string[] = [];
      const { el } = await mount<DataElement>(component.tag, { requestTimeout: TIMEOUT_MS });
      el.addEventListener('hn-auth-required', (event) => authRequired.push((event as CustomEvent<{ sourceId: string }>).detail.sourceId));
      el.session = sessionWith();
      await settled(el, 15_000);
      expect([...authRequired].sort()).to.deep.equal(SOURCES.map((s) => s.id).sort());
      expect(alerts(el).length).to.be.greaterThan(0);
      expect(itemCount(el)).to.equal(0);
      await expectNoUncaughtErrors();
    });
  });
}
