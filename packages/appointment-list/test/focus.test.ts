// Focus is never lost: every action that removes or changes the focused control leaves focus on
// something in the element that says where the citizen is, never on the page's <body>.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { expectFocusKeptThroughErrorRetry, expectFocusKeptThroughNoticeRetry, focusIsOnBody, pressOn, resetServer } from '@hn-elements/test-support';
import { session } from './fixtures.js';
import { deepActiveElement, harness, settle, withSession } from './helpers.js';

/** An element as a short string (chai would try to print a whole element tree on a failure). */
function nameOf(element: Element | null): string {
  if (!element) return 'nothing';
  const key = (element as HTMLElement).dataset?.['key'];
  return `${element.localName}${element.id ? `#${element.id}` : ''}${key ? `[data-key=${key}]` : ''} "${(element.textContent ?? '').trim().slice(0, 40)}"`;
}

describe('<hn-appointment-list> keeps focus when the focused control goes', () => {
  afterEach(async () => {
    await resetServer();
  });

  it('after "Ja, avbestill": focus is on the appointment, which says it is cancelled', async () => {
    const el = await withSession(session());
    const h = await harness(el).loaded();
    const item = h.firstCancellable()!;
    expect(item, 'a cancellable appointment').to.exist;
    await pressOn(h.button(item, /Avbestill/));
    await settle(el);
    const dialog = h.dialog();
    expect(dialog.open).to.equal(true);
    const cancelled = oneEvent(el, 'hn-appointment-cancelled');
    h.confirm();
    await cancelled;
    await settle(el);
    await waitUntil(() => !dialog.open, 'the dialog did not close', { timeout: 8000 });
    await dialog.updateComplete;
    expect(h.findButton(item, /Avbestill/), 'the trigger is gone').to.equal(undefined);
    expect(focusIsOnBody(), 'focus fell to the page').to.equal(false);
    expect(nameOf(deepActiveElement()), 'focus is on the appointment').to.equal(nameOf(h.article(item)));
    // Named by its heading, described by its status word: a screen reader says what happened.
    expect(h.article(item).getAttribute('aria-labelledby')).to.equal(h.titleElement(item).id);
    expect(h.descriptionOf(item)[0]).to.equal('Avlyst');
  });

  it('"Prøv igjen" in the error state: focus stays in the element through the new load', async () => {
    const el = await expectFocusKeptThroughErrorRetry({
      mount: () => withSession(session()),
      retryButton: (el) => harness(el).retryButton(),
      recovered: (el) => harness(el).items().length > 0,
    });
    await settle(el);
    expect(el.shadowRoot!.contains(deepActiveElement()) || el.contains(deepActiveElement())).to.equal(true);
  });

  it('"Prøv igjen" in the sources notice: focus stays in the element when the notice goes', async () => {
    await expectFocusKeptThroughNoticeRetry({
      mount: () => withSession(session()),
      retryButton: (el) => harness(el).noticeRetryButton(),
      recovered: (el) => harness(el).noticeText() === '',
    });
  });

  it('switching between upcoming and past, and a change of language, keep focus', async () => {
    const el = await withSession(session());
    const h = await harness(el).loaded();
    await pressOn(h.viewButton('past'));
    await settle(el);
    expect(el.view).to.equal('past');
    expect(focusIsOnBody(), 'focus fell to the page after switching view').to.equal(false);
    await pressOn(h.viewButton('upcoming'));
    await settle(el);
    const first = h.article(h.items()[0]!);
    first.focus();
    el.locale = 'en';
    await settle(el);
    expect(focusIsOnBody(), 'focus fell to the page after a change of language').to.equal(false);
    expect(nameOf(deepActiveElement())).to.equal(nameOf(first));
  });
});
