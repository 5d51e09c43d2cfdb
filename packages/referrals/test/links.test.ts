// A referral's appointments and letters are links to where the host shows them in full: Enter offers
// the link to the host as hn-navigate (the shell routes it), and a host without a router gets a
// plain link the browser follows.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Bundle, NavigateDetail } from '@hn-elements/core';
import { deepText, pressOn, settle } from '@hn-elements/test-support';
import { readerForEachTest } from '@hn-elements/test-support/screen-reader.js';
import { smallTargets } from '@hn-elements/test-support/target-size.js';
import '../src/define.js';
import type { HnReferrals } from '../src/hn-referrals.js';
import { bundleOf, everyStateBundle, NOW } from './fixtures.js';

/** The heart referral, with the appointment and the letter the data links to it. */
const HEART = bundleOf(everyStateBundle().entry!.map((e) => e.resource).filter((r) => ['heart', 't-heart', 'a-heart', 'd-heart'].includes(r!.id!)));

async function mount(attributes: { appointments?: string; inbox?: string } = {}): Promise<HnReferrals> {
  const el = await fixture<HnReferrals>(
    html`<hn-referrals locale="nb" .now=${NOW} .bundle=${HEART as Bundle} appointments-href=${attributes.appointments ?? ''} inbox-href=${attributes.inbox ?? ''}></hn-referrals>`,
  );
  await settle(el);
  return el;
}

function links(el: HnReferrals): HTMLAnchorElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.linked a')];
}

describe('<hn-referrals>: links to the appointments and letters of a referral', () => {
  const listenTo = readerForEachTest();

  afterEach(() => {
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  });

  it('links each to the page the host gave, the item named in the fragment', async () => {
    const el = await mount({ appointments: '/timer', inbox: '/innboks' });
    const [appointment, letter] = links(el);
    expect(appointment!.href).to.equal(`${location.origin}/timer#Appointment/a-heart`);
    expect(deepText(appointment!).trim()).to.equal('Hjerteundersøkelse, tirsdag 24. mars 2026, kl. 09:00');
    expect(letter!.href).to.equal(`${location.origin}/innboks#DocumentReference/d-heart`);
    expect(deepText(letter!).replace(/\s+/g, ' ').trim()).to.equal('Brev: Innkalling til hjerteundersøkelse, 20. februar 2026');
    const targets = smallTargets(links(el));
    expect(targets.checked, 'both links are targets of their own').to.equal(2);
    expect(targets.small, 'each link is at least 44 × 44 px').to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('Enter on a link offers it to the host as hn-navigate; a host that takes it keeps the page', async () => {
    const el = await mount({ appointments: '/timer', inbox: '/innboks' });
    const seen: NavigateDetail[] = [];
    const take = (event: HTMLElementEventMap['hn-navigate']) => {
      seen.push(event.detail);
      event.preventDefault();
    };
    document.addEventListener('hn-navigate', take);
    try {
      const before = location.href;
      await pressOn(links(el)[1]!);
      await waitUntil(() => seen.length === 1, 'hn-navigate is fired', { timeout: 8000 });
      expect(seen[0]).to.deep.equal({ href: `${location.origin}/innboks#DocumentReference/d-heart`, reference: 'DocumentReference/d-heart' });
      expect(location.href, 'the host routed it: the browser did not navigate').to.equal(before);
    } finally {
      document.removeEventListener('hn-navigate', take);
    }
  });

  it('without a host that routes, the browser follows the link', async () => {
    // "#" is this page: following the link only changes the fragment, so the test page stays.
    const el = await mount({ appointments: '#' });
    const fired: string[] = [];
    const note = (event: HTMLElementEventMap['hn-navigate']) => fired.push(event.detail.href);
    document.addEventListener('hn-navigate', note);
    try {
      await pressOn(links(el)[0]!);
      await waitUntil(() => location.hash === '#Appointment/a-heart', 'the browser followed the link', { timeout: 8000 });
      expect(fired).to.have.length(1);
    } finally {
      document.removeEventListener('hn-navigate', note);
    }
  });

  it('is text, not a link, when the host gave no page, or one that is not http(s)', async () => {
    const el = await mount({ appointments: 'javascript:alert(1)', inbox: 'data:text/html,x' });
    expect(links(el)).to.deep.equal([]);
    const lines = [...el.shadowRoot!.querySelectorAll('.linked li')].map((li) => deepText(li).replace(/\s+/g, ' ').trim());
    expect(lines).to.deep.equal(['Hjerteundersøkelse, tirsdag 24. mars 2026, kl. 09:00', 'Brev: Innkalling til hjerteundersøkelse, 20. februar 2026']);
    expect(links(await mount())).to.deep.equal([]);
  });

  it('a screen reader says each is a link, under the heading of what it is', async () => {
    const el = await mount({ appointments: '/timer', inbox: '/innboks' });
    const reader = await listenTo(el);
    const spoken = await reader.readAll(400);
    const appointment = spoken.indexOf('link, Hjerteundersøkelse, tirsdag 24. mars 2026, kl. 09:00');
    expect(appointment, spoken.join('\n')).to.be.greaterThan(-1);
    expect(spoken.slice(0, appointment).reverse().find((p) => p.startsWith('heading, '))).to.equal('heading, Timer, level 4');
    const letter = spoken.indexOf('link, Brev: Innkalling til hjerteundersøkelse, 20. februar 2026');
    expect(letter).to.be.greaterThan(appointment);
    expect(spoken.slice(0, letter).reverse().find((p) => p.startsWith('heading, '))).to.equal('heading, Brev og meldinger, level 4');
  });
});
