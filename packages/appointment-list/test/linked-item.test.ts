// A link to one appointment (`/appointments#<source>/Appointment/<id>`, as a referral gives): the
// list shows it in its view, past or upcoming, lists it when a short form would leave it out, and
// moves focus to it. Core's FragmentTargetController decides when; this file tests what the list does.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { NOW, standardBundle } from './fixtures.js';
import { deepActiveElement, harness, settle } from './helpers.js';
import type { HnAppointmentList } from '../src/hn-appointment-list.js';

const setHash = (hash: string) => history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);

/** The list on a page whose address names `hash`, showing at most `limit`, once it has followed it. */
async function linkedTo(hash: string, limit?: number): Promise<HnAppointmentList> {
  setHash(hash);
  const el = await fixture<HnAppointmentList>(html`<hn-appointment-list .now=${NOW} .maxItems=${limit} .bundle=${standardBundle()}></hn-appointment-list>`);
  await settle(el);
  return el;
}

/** The key of the appointment that has focus ('' when focus is on no appointment). */
function focusedKey(): string {
  const focused = deepActiveElement();
  return focused?.localName === 'article' ? (focused as HTMLElement).dataset['key'] ?? '' : '';
}

/** Waits until the appointment `key` has focus. */
const focusReaches = (key: string) => waitUntil(() => focusedKey() === key, `focus on ${key} (it is on ${focusedKey() || deepActiveElement()?.localName})`, { timeout: 8000 });

describe('<hn-appointment-list>: a link to one appointment', () => {
  afterEach(() => setHash(''));

  it('an upcoming appointment a short form leaves out: the whole view listed, the appointment focused; axe clean', async () => {
    const el = await linkedTo('#Appointment/a2', 1);
    await focusReaches('bundle/a2');
    expect(harness(el).items()).to.have.length(3);
    expect(el.view).to.equal('upcoming');
    await expect(el).to.be.accessible();
  });

  it('a past appointment: the past view, the appointment focused', async () => {
    const el = await linkedTo('#Appointment/a3');
    await focusReaches('bundle/a3');
    expect(el.view).to.equal('past');
    expect(harness(el).viewButton('past').getAttribute('aria-pressed')).to.equal('true');
  });

  it('an appointment that is not there changes nothing; the next link is followed', async () => {
    const el = await linkedTo('#Appointment/not-here', 1);
    expect(el.view).to.equal('upcoming');
    expect(harness(el).items()).to.have.length(1);
    expect(focusedKey()).to.equal('');
    // The control: the same list follows a link that names one of its appointments.
    location.hash = '#Appointment/a3';
    await focusReaches('bundle/a3');
    expect(el.view).to.equal('past');
  });

  it("another source's appointment with the same id is not this one", async () => {
    const el = await linkedTo('#helse-bergen/Appointment/a3');
    expect(el.view).to.equal('upcoming');
    expect(focusedKey()).to.equal('');
    location.hash = '#Appointment/a3';
    await focusReaches('bundle/a3');
  });
});
