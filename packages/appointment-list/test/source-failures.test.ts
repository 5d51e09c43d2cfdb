// What the list says when a source fails, one test per kind of failure, live against the
// embedded FHIR server: the notice must say what really happened, not "could not reach" for all.
import { expect, oneEvent } from '@open-wc/testing';
import type { Appointment } from '@medplum/fhirtypes';
import { resetServer, setMode } from '@hn-elements/test-support';
import { appointment, bundleOf, session, SOURCES } from './fixtures.js';
import { harness, withBundle, withSession } from './helpers.js';
import type { HnAppointmentList } from '../src/hn-appointment-list.js';

const GP = SOURCES.find((s) => s.id === 'fastlegen')!;

/** Loads the list for Kari with the GP failing as `fail` sets up, and gives its harness. */
async function withGpFailing(fail: () => Promise<void>) {
  await fail();
  const el = await withSession(session());
  const list = await harness(el).loaded();
  expect(list.items().length, 'the other sources are still shown').to.be.greaterThan(0);
  expect(list.text()).not.to.contain(`Fra ${GP.name}`);
  return list;
}

/** While `run` runs, the GP's FHIR server answers every request with `response()`. */
async function withGpAnswering<T>(response: () => Response, run: () => Promise<T>): Promise<T> {
  const original = window.fetch;
  window.fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    return url.includes(`/fhir/${GP.id}/`) ? Promise.resolve(response()) : original(input, init);
  };
  try {
    return await run();
  } finally {
    window.fetch = original;
  }
}

describe('<hn-appointment-list> says what happened to a source that failed', () => {
  afterEach(async () => {
    await resetServer();
  });

  it('could not reach it (the connection dropped)', async () => {
    const list = await withGpFailing(() => setMode(GP.id, 'network'));
    expect(list.noticeParagraphs()).to.deep.equal([`Vi fikk ikke kontakt med ${GP.name}. Det du ser nå, kan derfor mangle noe.`]);
    await expect(list.element).to.be.accessible();
  });

  it('it refused the login (401): log in again, and the host is asked to', async () => {
    await setMode(GP.id, 'unauthorized');
    const el = await withSession(session());
    const asked = await oneEvent(el, 'hn-auth-required');
    expect(asked.detail).to.deep.equal({ sourceId: GP.id });
    const list = await harness(el).loaded();
    const [said] = list.noticeParagraphs();
    expect(said).to.contain(`${GP.name} godtok ikke innloggingen din. Du må kanskje logge inn på nytt.`);
    expect(said).to.contain(`Melding fra ${GP.name}: «The access token has expired. Log in again (simulated).»`);
    expect(said).not.to.contain('Vi fikk ikke kontakt');
  });

  it('it gave no access to this (403), with its explanation', async () => {
    const outcome = { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'forbidden', diagnostics: 'Fullmakten gjelder ikke timer' }] };
    const list = await withGpAnswering(
      () => new Response(JSON.stringify(outcome), { status: 403, headers: { 'Content-Type': 'application/fhir+json' } }),
      () => withGpFailing(async () => {}),
    );
    expect(list.noticeParagraphs()).to.deep.equal([
      `${GP.name} gir deg ikke tilgang til dette, for eksempel når du ser informasjon på vegne av noen andre. Melding fra ${GP.name}: «Fullmakten gjelder ikke timer» Det du ser nå, kan derfor mangle noe.`,
    ]);
  });

  it('it answered with an error (503), and its OperationOutcome is shown as plain text', async () => {
    const list = await withGpFailing(() => setMode(GP.id, 'down'));
    const [said] = list.noticeParagraphs();
    // The server's own words (the dev server names itself there), between the plain sentence and the note.
    expect(said).to.match(new RegExp(`^${GP.name} har en feil akkurat nå\\. Melding fra ${GP.name}: «[^«»<>]*is not available right now \\(simulated\\)\\.» Det du ser nå, kan derfor mangle noe\\.$`));
    await expect(list.element).to.be.accessible();
  });

  it('its answer could not be read (malformed)', async () => {
    const list = await withGpFailing(() => setMode(GP.id, 'malformed'));
    expect(list.noticeParagraphs()).to.deep.equal([`Vi forsto ikke svaret fra ${GP.name}. Det du ser nå, kan derfor mangle noe.`]);
  });

  it('says it for every source in the error state when none answered', async () => {
    for (const source of SOURCES) await setMode(source.id, source.id === GP.id ? 'unauthorized' : 'malformed');
    const list = await harness(await withSession(session())).loaded();
    const error = list.errorText();
    expect(error).to.contain(`${GP.name} godtok ikke innloggingen din.`);
    for (const source of SOURCES.filter((s) => s.id !== GP.id)) expect(error).to.contain(`Vi forsto ikke svaret fra ${source.name}.`);
    expect(error).not.to.contain('Vi fikk ikke kontakt');
  });
});

describe('<hn-appointment-list> counts entries it cannot read', () => {
  it('counts a lower-case resourceType and a wrongly typed status or category among those that could not be shown', async () => {
    const el: HnAppointmentList = await withBundle(
      bundleOf([
        appointment({ id: 'fine' }),
        { ...appointment({ id: 'lower' }), resourceType: 'appointment' },
        appointment({ id: 'status-number', status: 3 as unknown as Appointment['status'] }),
        appointment({ id: 'status-object', status: { code: 'booked' } as unknown as Appointment['status'] }),
        { ...appointment({ id: 'category-number' }), category: 7 },
        { ...appointment({ id: 'category-object' }), category: { text: 'Kontroll' } },
      ]),
    );
    const list = harness(el);
    expect(list.titles()).to.have.length(1);
    expect(list.keyOf(list.items()[0]!)).to.equal('bundle/fine');
    expect(list.text()).to.contain('5 timer kunne ikke vises');
  });
});
