// Focus is never lost: each action that removes the focused control leaves focus on something in
// the catalogue, never on the page's <body>.
import { expect, waitUntil } from '@open-wc/testing';
import { expectFocusKeptThroughErrorRetry, expectFocusKeptThroughNoticeRetry, focusIsOnBody, pressOn, resetServer, session } from '@hn-elements/test-support';
import { catalogueBundle } from './fixtures.js';
import { deepActiveElement, harness, withBundle, withSession } from './helpers.js';

describe('<hn-tool-catalogue> keeps focus when the focused control goes', () => {
  afterEach(async () => {
    await resetServer();
  });

  it('"Prøv igjen" in the error state: focus stays in the catalogue through the new load', async () => {
    await expectFocusKeptThroughErrorRetry({
      mount: () => withSession(session()),
      retryButton: (el) => harness(el).errorRetryButton(),
      recovered: (el) => harness(el).items().length > 0,
    });
  });

  it('"Prøv igjen" in the sources notice: focus stays in the catalogue when the notice goes', async () => {
    await expectFocusKeptThroughNoticeRetry({
      mount: () => withSession(session()),
      retryButton: (el) => harness(el).noticeRetryButton(),
      recovered: (el) => harness(el).notice() === null,
    });
  });

  it('filtering to nothing, "Fjern søk og filtre", a category, the checkbox and a change of language keep focus', async () => {
    const el = await withBundle(catalogueBundle());
    const h = harness(el);
    h.searchField().focus();
    await h.typeSearch('finnes ikke');
    expect(h.items()).to.have.length(0);
    expect(focusIsOnBody(), 'after filtering to nothing').to.equal(false);
    await pressOn(h.clearButton()!);
    await el.updateComplete;
    await waitUntil(() => !focusIsOnBody(), 'focus fell to the page after clearing', { timeout: 8000 });
    expect(deepActiveElement() === h.searchField(), 'focus is on the search field').to.equal(true);
    await pressOn(h.categoryButton(/Kartlegging/));
    await el.updateComplete;
    expect(focusIsOnBody(), 'after choosing a category').to.equal(false);
    await pressOn(h.assignedOnlyBox(), 'Space');
    await el.updateComplete;
    expect(focusIsOnBody(), 'after "Bare verktøy du har fått tildelt"').to.equal(false);
    el.locale = 'en';
    await el.updateComplete;
    expect(deepActiveElement() === h.assignedOnlyBox(), 'still on the checkbox after a change of language').to.equal(true);
  });
});
