// A source down, every source down, and removal while loading, live against the embedded FHIR
// server: what the citizen is told, that "Prøv igjen" brings the test results back and says so,
// that focus never falls to the page, and that nothing is left running.
import { expect, waitUntil } from '@open-wc/testing';
import { expectAbortWhenRemovedWhileLoading, expectFocusKeptThroughErrorRetry, expectFocusKeptThroughNoticeRetry, resetServer, session, setMode } from '@hn-elements/test-support';
import { withSession } from './fixtures.js';
import { harness } from './harness.js';

describe('<hn-test-results> when sources fail', () => {
  afterEach(async () => {
    await resetServer();
  });

  it('every source down: an alert with "Prøv igjen", which brings the results back, says so and keeps focus', async function () {
    this.timeout(30_000);
    const el = await expectFocusKeptThroughErrorRetry({
      mount: async () => {
        const mounted = await withSession(session(), { timeout: 1000 });
        const h = await harness(mounted).loaded();
        expect(h.stateText('error')).to.contain('Vi fikk ikke hentet prøvesvarene dine.');
        await expect(mounted).to.be.accessible();
        return mounted;
      },
      retryButton: (mounted) => harness(mounted).errorRetryButton(),
      recovered: (mounted) => harness(mounted).items().length > 0,
    });
    // The live region is emptied first and given its words a moment later (core's Announcer).
    await waitUntil(() => harness(el).announcement() === 'Prøvesvarene er hentet.', 'the retry was not said', { timeout: 8000 });
  });

  it('one source down: the rest shown, the source named, and its "Prøv igjen" keeps focus', async function () {
    this.timeout(30_000);
    const el = await expectFocusKeptThroughNoticeRetry({
      mount: async () => {
        const mounted = await withSession(session(), { timeout: 1000 });
        const h = await harness(mounted).loaded();
        expect(h.items().length).to.be.greaterThan(0);
        expect(h.items().some((i) => h.keyOf(i).startsWith('fastlegen/'))).to.equal(false);
        expect(h.noticeText()).to.contain('Legesenteret i Sentrum');
        await expect(mounted).to.be.accessible();
        return mounted;
      },
      retryButton: (mounted) => harness(mounted).noticeRetryButton(),
      recovered: (mounted) => harness(mounted).noticeText() === '',
    });
    expect(harness(el).items().some((i) => harness(el).keyOf(i).startsWith('fastlegen/'))).to.equal(true);
  });

  it('removed while loading: every request is stopped', async () => {
    await expectAbortWhenRemovedWhileLoading(() => withSession(session()));
    await setMode('helse-bergen', 'ok');
  });
});
