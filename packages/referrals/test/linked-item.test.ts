// A link to one referral (`/referrals#<source>/ServiceRequest/<id>`): the list lists it when a short
// form would leave it out, and moves focus to it. Core's FragmentTargetController decides when; this
// file tests what the list does.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Bundle } from '@hn-elements/core';
import { session } from '@hn-elements/test-support';
import { everyStateBundle, NOW } from './fixtures.js';
import { harness } from './helpers.js';
import type { HnReferrals } from '../src/hn-referrals.js';

const setHash = (hash: string) => history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);

/** The list on a page whose address names `hash`, showing at most `limit`, once it has loaded. */
async function linkedTo(hash: string, limit?: number): Promise<HnReferrals> {
  setHash(hash);
  const el = await fixture<HnReferrals>(html`<hn-referrals .now=${NOW} .session=${session()} .maxItems=${limit} .bundle=${everyStateBundle() as Bundle}></hn-referrals>`);
  await harness(el).settled();
  return el;
}

/** The key of the referral that has focus ('' when focus is on no referral). */
function focusedKey(el: HnReferrals): string {
  const item = harness(el).focusedItem();
  return item ? harness(el).keyOf(item) : '';
}

/** Waits until the referral `key` has focus. */
const focusReaches = (el: HnReferrals, key: string) => waitUntil(() => focusedKey(el) === key, `focus on ${key} (it is on ${focusedKey(el) || 'no referral'})`, { timeout: 8000 });

describe('<hn-referrals>: a link to one referral', () => {
  afterEach(() => setHash(''));

  it('a closed referral a short form leaves out: the whole list, the referral focused and in sight; axe clean', async () => {
    const el = await linkedTo('#ServiceRequest/wrist', 2);
    await focusReaches(el, 'bundle/wrist');
    expect(harness(el).items()).to.have.length(8);
    const box = harness(el).article(harness(el).item('bundle/wrist')).getBoundingClientRect();
    expect(box.top).to.be.at.least(0);
    expect(box.top).to.be.below(window.innerHeight);
    // The roving tab stop is on it, so Tab away and back returns to it.
    expect(harness(el).article(harness(el).item('bundle/wrist')).tabIndex).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('a referral already listed: focused, nothing else changes', async () => {
    const el = await linkedTo('#ServiceRequest/received', 2);
    await focusReaches(el, 'bundle/received');
    expect(harness(el).items()).to.have.length(2);
  });

  it('a referral that is not there changes nothing; the next link is followed', async () => {
    const el = await linkedTo('#ServiceRequest/not-here', 1);
    expect(harness(el).items()).to.have.length(1);
    expect(focusedKey(el)).to.equal('');
    // The control: the same list follows a link that names one of its referrals.
    location.hash = '#ServiceRequest/mole';
    await focusReaches(el, 'bundle/mole');
    expect(harness(el).items()).to.have.length(8);
  });

  it("another source's referral with the same id is not this one", async () => {
    const el = await linkedTo('#helse-bergen/ServiceRequest/mole', 1);
    expect(harness(el).items()).to.have.length(1);
    expect(focusedKey(el)).to.equal('');
    location.hash = '#ServiceRequest/mole';
    await focusReaches(el, 'bundle/mole');
  });
});
