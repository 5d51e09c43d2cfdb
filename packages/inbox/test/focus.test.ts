// Focus is never lost: each action that removes or hides the focused control leaves focus on
// something in the inbox, never on the page's <body>.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement, resetServer, session, setMode, SOURCES } from '@hn-elements/test-support';
import { standardBundle } from './fixtures.js';
import { withBundle, withSession } from './helpers.js';
import {
  clearFiltersButton,
  errorRetryButton,
  focusedRow,
  loaded,
  noticeRetryButton,
  paneHeading,
  rendered,
  rowButton,
  rows,
  search,
  searchField,
  sourcesNotice,
  unreadOnlyBox,
} from './harness.js';
import type { HnInbox } from '../src/hn-inbox.js';

function focusIsOnBody(): boolean {
  const active = deepActiveElement();
  return active === null || active === document.body;
}

function focusIsIn(el: HnInbox): boolean {
  const active = deepActiveElement();
  let node: Node | null = active;
  while (node) {
    if (node === el) return true;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : node.parentNode;
  }
  return false;
}

async function press(control: HTMLElement, key = 'Enter'): Promise<void> {
  control.focus();
  expect(deepActiveElement() === control, 'the control took focus').to.equal(true);
  await sendKeys({ press: key });
}

describe('<hn-inbox> keeps focus when the focused control goes', () => {
  afterEach(async () => {
    await resetServer();
  });

  it('"Prøv igjen" in the error state: focus stays in the inbox through the new load', async () => {
    for (const source of SOURCES) await setMode(source.id, 'down');
    const el = await withSession(session());
    await loaded(el);
    const retry = errorRetryButton(el)!;
    expect(retry, 'the error state offers "Prøv igjen"').to.exist;
    await resetServer();
    await press(retry);
    await loaded(el);
    await rendered(el);
    await waitUntil(() => rows(el).length > 0, 'did not recover', { timeout: 8000 });
    await waitUntil(() => !focusIsOnBody(), 'focus fell to the page after the retry', { timeout: 8000 });
    expect(focusIsIn(el)).to.equal(true);
  });

  it('"Prøv igjen" in the sources notice: focus stays in the inbox when the notice goes', async () => {
    await setMode('fastlegen', 'down');
    const el = await withSession(session());
    await loaded(el);
    const retry = noticeRetryButton(el)!;
    expect(retry, 'the notice offers "Prøv igjen"').to.exist;
    await setMode('fastlegen', 'ok');
    await press(retry);
    await loaded(el);
    await waitUntil(() => sourcesNotice(el) === null, 'the notice stayed', { timeout: 8000 });
    await waitUntil(() => !focusIsOnBody(), 'focus fell to the page after the retry', { timeout: 8000 });
    expect(focusIsIn(el)).to.equal(true);
  });

  it('filtering to nothing and back, opening and closing an item, and a change of language keep focus', async () => {
    const el = await withBundle(standardBundle());
    // "Bare uleste" twice: the list empties of read items, focus stays on the box.
    await press(unreadOnlyBox(el), 'Space');
    await el.updateComplete;
    expect(focusIsOnBody(), 'after "Bare uleste"').to.equal(false);
    await press(unreadOnlyBox(el), 'Space');
    await el.updateComplete;
    // A search that matches nothing, then "Fjern filtrene": focus goes to the search field.
    searchField(el).focus();
    await search(el, 'finnes ikke');
    await press(clearFiltersButton(el)!);
    await el.updateComplete;
    await waitUntil(() => !focusIsOnBody(), 'focus fell to the page after clearing the filters', { timeout: 8000 });
    expect(deepActiveElement() === searchField(el)).to.equal(true);
    // Open an item: focus to its heading; Escape: back to its row.
    await rendered(el);
    await press(rowButton(el, 'Prøvesvar'));
    await el.updateComplete;
    await waitUntil(() => deepActiveElement() === paneHeading(el), 'focus did not move to the opened item', { timeout: 8000 });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await waitUntil(() => focusedRow() !== undefined, 'focus did not return to the row', { timeout: 8000 });
    // A change of language re-renders everything; the focused row keeps focus.
    el.locale = 'en';
    await el.updateComplete;
    expect(focusIsOnBody(), 'after a change of language').to.equal(false);
    expect(focusedRow(), 'still on the row').to.not.equal(undefined);
  });
});
