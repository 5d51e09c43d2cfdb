import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Appointment, Bundle } from '@medplum/fhirtypes';
import { fhirGet, recordFetches, resetServer, setMode, expectAbortWhenRemovedWhileLoading, loadWithMalformedAndTimedOutSource } from '@hn-elements/test-support';
import { onBehalfOfOla, onBehalfOfPerWithoutAppointments, session, SOURCES } from './fixtures.js';
import { button, deepActiveElement, deepQuery, deepText, harness, items, settle, titles, withSession } from './helpers.js';
import type { HnConfirmDialog } from '@hn-elements/core';
import type { HnAppointmentList } from '../src/hn-appointment-list.js';

async function upcomingBookedCount(sourceBase: string, patient: string): Promise<number> {
  const bundle = await fhirGet<Bundle>(`${sourceBase}/Appointment?patient=${patient}&_count=200`);
  const now = Date.now();
  return (bundle.entry ?? []).filter((e) => {
    const a = e.resource as Appointment;
    const end = a.end ?? a.start ?? a.requestedPeriod?.[0]?.end ?? a.requestedPeriod?.[0]?.start;
    return a.resourceType === 'Appointment' && a.status !== 'entered-in-error' && end !== undefined && new Date(end).getTime() >= now;
  }).length;
}

function dialogOf(el: HTMLElement): HnConfirmDialog {
  return el.shadowRoot!.querySelector('hn-confirm-dialog')!;
}

describe('<hn-appointment-list> live from several FHIR servers', () => {
  afterEach(async () => {
    await resetServer();
  });

  it('merges upcoming appointments from every source, each attributed to its source', async () => {
    const el = await withSession(session());
    await settle(el);
    let expected = 0;
    for (const source of SOURCES) expected += await upcomingBookedCount(source.fhirBase, 'Patient/kari');
    expect(expected).to.be.greaterThan(2);
    expect(items(el)).to.have.length(expected);
    const text = deepText(el.shadowRoot!);
    expect(text, 'the seed data is complete: nothing is left out').not.to.contain('kunne ikke vises');
    for (const source of SOURCES) expect(text).to.contain(`Fra ${source.name}`);
    await expect(el).to.be.accessible();
  });

  it('is busy while loading (aria-busy, status message) and accessible then', async () => {
    await setMode('helse-bergen', 'slow', 1500);
    const el = await withSession(session());
    await el.updateComplete;
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(deepQuery(el.shadowRoot!, '[role="status"]')).to.exist;
    await expect(el).to.be.accessible();
    await settle(el);
    expect(items(el).length).to.be.greaterThan(0);
  });

  it('shows the rest and names the source that is down', async () => {
    await setMode('fastlegen', 'down');
    const el = await withSession(session());
    await settle(el);
    const notice = el.shadowRoot!.querySelector('hn-sources-notice')!;
    // A 503 is an answer: the source has an error (what reaching it failed would say is in source-failures.test.ts).
    expect(deepText(notice.shadowRoot!)).to.contain('Legesenteret i Sentrum har en feil akkurat nå.');
    expect(deepText(el.shadowRoot!)).not.to.contain('Fra Legesenteret i Sentrum');
    expect(items(el).length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();

    await setMode('fastlegen', 'ok');
    const retry = deepQuery<HTMLButtonElement>(notice.shadowRoot!, 'button')!;
    retry.click();
    await waitUntil(() => deepText(el.shadowRoot!).includes('Fra Legesenteret i Sentrum'), 'source did not come back', { timeout: 8000 });
    expect(el.shadowRoot!.querySelector('hn-sources-notice')).to.equal(null);
  });

  it('shows an error naming every source when none answers, and retries', async () => {
    for (const source of SOURCES) await setMode(source.id, 'down');
    const el = await withSession(session());
    await settle(el);
    const alert = deepQuery<HTMLElement>(el.shadowRoot!, '[role="alert"]')!;
    const text = deepText(alert);
    for (const source of SOURCES) expect(text).to.contain(source.name);
    await expect(el).to.be.accessible();
    await resetServer();
    deepQuery<HTMLButtonElement>(el.shadowRoot!, 'button[part="retry"]')!.click();
    await waitUntil(() => items(el).length > 0, 'did not recover', { timeout: 8000 });
  });

  it('treats a malformed answer and a timeout as per-source failures', async () => {
    const el = await loadWithMalformedAndTimedOutSource('bergen-kommune', (timeout) => withSession(session(), { timeout }));
    await settle(el);
    const notice = deepText(el.shadowRoot!.querySelector('hn-sources-notice')!.shadowRoot!);
    expect(notice).to.contain('Helse Bergen');
    expect(notice).to.contain('Bergen kommune');
    expect(deepText(el.shadowRoot!)).to.contain('Fra Legesenteret i Sentrum');
  });

  it('asks the host to log in again when a source answers 401', async () => {
    await setMode('helse-bergen', 'unauthorized');
    const el = await withSession(session());
    const event = await oneEvent(el, 'hn-auth-required');
    expect(event.detail).to.deep.equal({ sourceId: 'helse-bergen' });
  });

  it('says plainly when acting on behalf of someone and shows only their appointments', async () => {
    const el = await withSession(session(onBehalfOfOla()));
    await settle(el);
    const banner = el.shadowRoot!.querySelector('hn-on-behalf-banner')!;
    expect(deepText(banner.shadowRoot!)).to.contain('Du ser nå informasjonen til Ola Nordmann');
    let expected = 0;
    for (const source of SOURCES) expected += await upcomingBookedCount(source.fhirBase, 'Patient/ola');
    expect(items(el)).to.have.length(expected);
    await expect(el).to.be.accessible();
  });

  it('never shows the previous person\'s appointments while another person\'s load', async () => {
    const el = await withSession(session());
    await settle(el);
    const karis = titles(el);
    expect(karis.length).to.be.greaterThan(0);
    for (const source of SOURCES) await setMode(source.id, 'slow', 1500);
    el.session = session(onBehalfOfOla());
    await el.updateComplete;
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(items(el), 'no items while Ola\'s load').to.have.length(0);
    await settle(el, 10000);
    expect(items(el).length).to.be.greaterThan(0);
    expect(deepText(el.shadowRoot!.querySelector('hn-on-behalf-banner')!.shadowRoot!)).to.contain('Ola Nordmann');
  });

  it('fetches nothing when the representation does not cover appointments', async () => {
    const fetches = recordFetches();
    try {
      const el = await withSession(session(onBehalfOfPerWithoutAppointments()));
      // Not elapsed time: the element says its load has settled (a load it started would be awaited).
      await el.loadComplete;
      expect(fetches.fhir().map((r) => r.url)).to.deep.equal([]);
      expect(deepText(el.shadowRoot!)).to.contain('Du kan ikke se timene til denne personen');
      expect(el.hasAttribute('aria-busy')).to.equal(false);
      await expect(el).to.be.accessible();
    } finally {
      fetches.restore();
    }
  });

  it('aborts its requests when removed while loading', () => expectAbortWhenRemovedWhileLoading(() => withSession(session())));
});

describe('<hn-appointment-list> cancelling against the server', () => {
  afterEach(async () => {
    await resetServer();
  });

  async function firstCancellable() {
    const el = await withSession(session());
    await settle(el);
    const item = harness(el).firstCancellable()!;
    expect(item, 'a cancellable appointment').to.exist;
    const key = harness(el).keyOf(item);
    const [sourceId, id] = key.split('/') as [string, string];
    return { el, item, sourceId, id };
  }

  it('asks first, then cancels on the server and shows the server’s answer', async () => {
    const { el, item, sourceId, id } = await firstCancellable();
    const title = harness(el).titleOf(item);
    button(el, item, /Avbestill/).click();
    await settle(el);
    const dialog = dialogOf(el);
    expect(dialog.open).to.equal(true);
    expect(deepText(dialog)).to.contain(title);
    await expect(el).to.be.accessible();

    const cancelEvent = oneEvent(el, 'hn-appointment-cancel');
    const cancelledEvent = oneEvent(el, 'hn-appointment-cancelled');
    deepQuery<HTMLButtonElement>(dialog.shadowRoot!, 'button[part="confirm"]')!.click();
    expect((await cancelEvent).detail.id).to.equal(id);
    const cancelled = await cancelledEvent;
    expect(cancelled.detail.appointment.status).to.equal('cancelled');

    const onServer = await fhirGet<Appointment>(`/fhir/${sourceId}/Appointment/${id}`);
    expect(onServer.status).to.equal('cancelled');
    expect(onServer.cancelationReason?.coding?.[0]?.code).to.equal('pat-cpp');

    await settle(el);
    expect(dialog.open).to.equal(false);
    const updated = harness(el).item(`${sourceId}/${id}`)!;
    expect(updated, 'the appointment is still listed').to.exist;
    expect(deepText(updated)).to.contain('Avlyst');
    expect(harness(el).findButton(updated, /Avbestill/)).to.equal(undefined);
    await waitUntil(() => harness(el).announcement().includes('er avbestilt'), 'the cancellation was not announced', { timeout: 8000 });
    await expect(el).to.be.accessible();
  });

  it('keeps the appointment and says why when the server fails, and can try again', async () => {
    const { el, item, sourceId, id } = await firstCancellable();
    button(el, item, /Avbestill/).click();
    await settle(el);
    const source = SOURCES.find((s) => s.id === sourceId)!;
    await setMode(sourceId, 'down');
    const dialog = dialogOf(el);
    deepQuery<HTMLButtonElement>(dialog.shadowRoot!, 'button[part="confirm"]')!.click();
    await waitUntil(() => harness(el).dialogError() !== '', 'no error shown (role="alert")', { timeout: 8000 });
    const error = harness(el).dialogError();
    expect(error).to.contain('Timen ble ikke avbestilt.');
    expect(error).to.contain(`${source.name} har en feil akkurat nå.`);
    expect(dialog.open).to.equal(true);
    expect(deepText(item)).not.to.contain('Avlyst');
    const onServer = await fhirGet<Appointment>(`/fhir/${sourceId}/Appointment/${id}`).catch(() => undefined);
    expect(onServer).to.equal(undefined); // still down
    await expect(el).to.be.accessible();

    await setMode(sourceId, 'ok');
    const stillThere = await fhirGet<Appointment>(`/fhir/${sourceId}/Appointment/${id}`);
    expect(stillThere.status).not.to.equal('cancelled');
    const done = oneEvent(el, 'hn-appointment-cancelled');
    deepQuery<HTMLButtonElement>(dialog.shadowRoot!, 'button[part="confirm"]')!.click();
    await done;
    expect((await fhirGet<Appointment>(`/fhir/${sourceId}/Appointment/${id}`)).status).to.equal('cancelled');
  });

  it('sends the server’s current version, so a change made elsewhere in the meantime is not overwritten blindly', async () => {
    const { el, item, sourceId, id } = await firstCancellable();
    // Someone else changes it first: the list's copy is now stale, but the read-then-update still uses the server's ETag.
    const current = await fhirGet<Appointment>(`/fhir/${sourceId}/Appointment/${id}`);
    await fetch(`/fhir/${sourceId}/Appointment/${id}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/fhir+json' },
      body: JSON.stringify({ ...current, status: 'cancelled' }),
    });
    button(el, item, /Avbestill/).click();
    await settle(el);
    const dialog = dialogOf(el);
    const done = oneEvent(el, 'hn-appointment-cancelled');
    deepQuery<HTMLButtonElement>(dialog.shadowRoot!, 'button[part="confirm"]')!.click();
    const answer = await done;
    expect(answer.detail.appointment.status).to.equal('cancelled');
  });

  it('lets the host take over by cancelling the event: nothing is sent', async () => {
    const { el, item, sourceId, id } = await firstCancellable();
    el.addEventListener('hn-appointment-cancel', (event) => event.preventDefault());
    button(el, item, /Avbestill/).click();
    await settle(el);
    deepQuery<HTMLButtonElement>(dialogOf(el).shadowRoot!, 'button[part="confirm"]')!.click();
    await settle(el);
    expect(dialogOf(el).open).to.equal(false);
    expect((await fhirGet<Appointment>(`/fhir/${sourceId}/Appointment/${id}`)).status).not.to.equal('cancelled');
  });

  it('works from the keyboard: arrows between appointments, Enter to cancel, Escape keeps it and returns focus', async () => {
    const el = await withSession(session());
    await settle(el);
    const h = harness(el);
    /** The key of the appointment whose article (the list's roving tab stop) has focus. */
    const focusedKey = () => {
      const focused = deepActiveElement() as HTMLElement;
      return focused.localName === 'article' ? h.keyOf(focused.closest<HTMLElement>('[part="item"]')!) : `focus on <${focused.localName}>`;
    };
    h.viewButton('upcoming').focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect((deepActiveElement() as HTMLElement).localName).to.equal('article');
    expect(focusedKey()).to.equal(h.keyOf(h.items()[0]!));
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedKey()).to.equal(h.keyOf(h.items()[1]!));
    await sendKeys({ press: 'End' });
    expect(focusedKey()).to.equal(h.keyOf(h.items().at(-1)!));
    await sendKeys({ press: 'Home' });
    const cancellable = h.firstCancellable()!;
    const cancelButton = button(el, cancellable, /Avbestill/);
    cancelButton.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const dialog = dialogOf(el);
    expect(dialog.open).to.equal(true);
    expect(dialog.shadowRoot!.contains(deepActiveElement()), 'focus moved into the dialog').to.equal(true);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(dialog.open).to.equal(false);
    const focused = deepActiveElement() as HTMLElement;
    expect(focused === cancelButton || focused === cancellable.querySelector('article')).to.equal(true);
  });
});
