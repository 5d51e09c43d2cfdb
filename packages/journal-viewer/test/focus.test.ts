// Focus is never lost: each action that removes the focused control leaves focus on something in
// the journal, never on the page's <body>.
import { expect, waitUntil } from '@open-wc/testing';
import { expectFocusKeptThroughErrorRetry, expectFocusKeptThroughNoticeRetry, focusIsOnBody, pressOn, resetServer } from '@hn-elements/test-support';
import { session, standardBundle } from './fixtures.js';
import { closeButton, deepActiveElement, errorRetryButton, items, noticeRetryButton, openDocument, settle, sourcesNotice, tab, withBundle, withSession } from './harness.js';

describe('<hn-journal-viewer> keeps focus when the focused control goes', () => {
  afterEach(async () => {
    await resetServer();
  });

  it('"Prøv igjen" in the error state: focus stays in the journal through the new load', async () => {
    await expectFocusKeptThroughErrorRetry({
      mount: () => withSession(session()),
      retryButton: (el) => errorRetryButton(el),
      recovered: (el) => items(el).length > 0,
    });
  });

  it('"Prøv igjen" in the sources notice: focus stays in the journal when the notice goes', async () => {
    await expectFocusKeptThroughNoticeRetry({
      mount: () => withSession(session()),
      retryButton: (el) => noticeRetryButton(el),
      recovered: (el) => sourcesNotice(el) === null,
    });
  });

  it('closing a document, switching tabs and a change of language keep focus', async () => {
    const el = await withBundle(standardBundle());
    const pane = await openDocument(el, 'Svar på blodprøver');
    await pressOn(closeButton(pane));
    await el.updateComplete;
    await waitUntil(() => !focusIsOnBody(), 'focus fell to the page after closing the document', { timeout: 8000 });
    await pressOn(tab(el, 'documents'), 'ArrowRight');
    await settle(el);
    expect(focusIsOnBody(), 'after switching to the access log').to.equal(false);
    expect(deepActiveElement() === tab(el, 'access-log'), 'focus is on the access log tab').to.equal(true);
    await pressOn(tab(el, 'access-log'), 'ArrowLeft');
    await settle(el);
    expect(deepActiveElement() === tab(el, 'documents'), 'focus is on the documents tab').to.equal(true);
    el.locale = 'en';
    await el.updateComplete;
    expect(deepActiveElement() === tab(el, 'documents'), 'still on the tab after a change of language').to.equal(true);
  });
});
