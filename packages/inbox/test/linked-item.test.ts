// A link to one item (`/inbox#<source>/DocumentReference/<id>`, as a referral gives for its letter;
// a message's `Communication/<id>` or a form's `Task/<id>` as well): the inbox opens it, with the
// filters cleared when they hide it, and moves focus to it as when the citizen opens it. Core's
// FragmentTargetController decides when; this file tests what the inbox does.
import { expect, waitUntil } from '@open-wc/testing';
import { standardBundle } from './fixtures.js';
import { settle, withBundle } from './helpers.js';
import { paneHeading, search } from './harness.js';
import { deepActiveElement } from '@hn-elements/test-support';
import type { HnInbox } from '../src/hn-inbox.js';

const setHash = (hash: string) => history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);

async function linkedTo(hash: string): Promise<HnInbox> {
  setHash(hash);
  return withBundle(standardBundle());
}

/** Waits until `key` is open and its heading has focus. */
async function openedWithFocus(el: HnInbox, key: string): Promise<void> {
  await waitUntil(() => el.selected === key && paneHeading(el) !== null && deepActiveElement() === paneHeading(el), `${key} open with focus (open: ${el.selected}, focus on ${deepActiveElement()?.localName})`, { timeout: 8000 });
}

describe('<hn-inbox>: a link to one item', () => {
  afterEach(() => setHash(''));

  it("a letter: opened, its heading focused; axe clean", async () => {
    const el = await linkedTo('#DocumentReference/letter-1');
    await openedWithFocus(el, 'bundle/letter/letter-1');
    await expect(el).to.be.accessible();
  });

  it('a message: its conversation opened', async () => {
    const el = await linkedTo('#Communication/m1');
    await waitUntil(() => el.selected?.startsWith('bundle/message/'), 'a conversation open', { timeout: 8000 });
    await openedWithFocus(el, el.selected!);
    expect(paneHeading(el)!.textContent).to.contain('Svar på blodprøven');
  });

  it('a search that hides the item is cleared for it', async () => {
    const el = await withBundle(standardBundle());
    await search(el, 'ultralyd');
    location.hash = '#DocumentReference/letter-1';
    await openedWithFocus(el, 'bundle/letter/letter-1');
    await settle(el);
    const field = el.shadowRoot!.querySelector<HTMLInputElement>('#inbox-search')!;
    expect(field.value).to.equal('');
  });

  it('an item that is not there opens nothing; the next link is followed', async () => {
    const el = await linkedTo('#helse-bergen/DocumentReference/letter-1');
    expect(el.selected ?? '').to.equal('');
    location.hash = '#Task/task-1';
    await openedWithFocus(el, 'bundle/form/task-1');
  });
});
