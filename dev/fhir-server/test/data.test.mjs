// The synthetic data: what each source holds, and that it has the shapes the
// components rely on (video rooms, preparation text, booking ids, people).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createFhirServer, people, BOOKING_ID_SYSTEM, PARTICIPATION_MODE, LOCATION_PHYSICAL_TYPE } from '@hn-elements/dev-fhir-server';

/** @type {Awaited<ReturnType<typeof createFhirServer>>} */
let fhir;
/** @type {Awaited<ReturnType<Awaited<ReturnType<typeof createFhirServer>>['listen']>>} */
let server;

before(async () => {
  fhir = await createFhirServer();
  server = await fhir.listen(0);
});

after(async () => {
  await server.close();
});

/**
 * Every resource of one type in one source.
 * @param {string} sourceId
 * @param {string} query  e.g. "Appointment" or "Communication?patient=Patient/kari"
 * @returns {Promise<any[]>}
 */
async function all(sourceId, query) {
  const separator = query.includes('?') ? '&' : '?';
  /** @type {any} */
  const bundle = await (await fetch(`${server.url}/fhir/${sourceId}/${query}${separator}_count=1000`)).json();
  return (bundle.entry ?? []).map((/** @type {any} */ e) => e.resource);
}

/**
 * @param {any} appointment
 * @returns {string[]}
 */
const patientsOf = (appointment) =>
  appointment.participant.map((/** @type {any} */ p) => p.actor?.reference).filter((/** @type {string} */ r) => r?.startsWith('Patient/'));

test('exports people and the exact source list', () => {
  assert.deepEqual(
    Object.fromEntries(Object.entries(people).map(([key, person]) => [key, { reference: person.reference, name: person.name }])),
    {
      kari: { reference: 'Patient/kari', name: 'Kari Nordmann' },
      ola: { reference: 'Patient/ola', name: 'Ola Nordmann' },
      per: { reference: 'Patient/per', name: 'Per Hansen' },
    },
  );
  assert.deepEqual(fhir.sources, [
    { id: 'helse-bergen', name: 'Helse Bergen, Haukeland universitetssjukehus', fhirBase: '/fhir/helse-bergen' },
    { id: 'fastlegen', name: 'Legesenteret i Sentrum (fastlege)', fhirBase: '/fhir/fastlegen' },
    { id: 'bergen-kommune', name: 'Bergen kommune, helsestasjon og hjemmetjeneste', fhirBase: '/fhir/bergen-kommune' },
  ]);
});

test('basePath is normalised', async () => {
  const other = await createFhirServer({ basePath: 'api/fhir/' });
  assert.equal(other.sources[0]?.fhirBase, '/api/fhir/helse-bergen');
});

test('every source has the same three patients and the representation links', async () => {
  for (const source of fhir.sources) {
    const patients = await all(source.id, 'Patient');
    assert.deepEqual(patients.map((p) => p.id).sort(), ['kari', 'ola', 'per']);
    assert.equal(patients.find((p) => p.id === 'kari').birthDate.slice(0, 4), '1985');
    assert.equal(patients.find((p) => p.id === 'ola').birthDate.slice(0, 4), '2015');
    assert.equal(patients.find((p) => p.id === 'per').birthDate.slice(0, 4), '1942');
    const related = await all(source.id, 'RelatedPerson');
    assert.deepEqual(related.map((r) => r.patient.reference).sort(), ['Patient/ola', 'Patient/per']);
    assert.ok(patients.every((p) => p.meta.tag.some((/** @type {any} */ t) => t.code === 'synthetic')), 'tagged as synthetic');
  }
});

test('appointments: counts, statuses, booking ids, participants', async () => {
  /** @type {Set<string>} */
  const statuses = new Set();
  for (const source of fhir.sources) {
    const appointments = await all(source.id, 'Appointment');
    assert.ok(appointments.length >= 8 && appointments.length <= 15, `${source.id} has ${appointments.length}`);
    const now = Date.now();
    assert.ok(appointments.some((a) => a.start && Date.parse(a.start) > now + 24 * 3600e3), `${source.id} has upcoming`);
    assert.ok(appointments.some((a) => a.start && Date.parse(a.start) < now - 24 * 3600e3), `${source.id} has past`);
    for (const appointment of appointments) {
      statuses.add(appointment.status);
      assert.equal(appointment.identifier[0].system, BOOKING_ID_SYSTEM);
      assert.match(appointment.identifier[0].value, /^[A-Z]{2}-\d{6}$/);
      assert.equal(patientsOf(appointment).length, 1);
      assert.ok(appointment.serviceType[0].text && appointment.description);
      assert.ok(appointment.minutesDuration > 0);
      if (appointment.start) assert.equal(Date.parse(appointment.end) - Date.parse(appointment.start), appointment.minutesDuration * 60000);
      assert.ok(appointment.participant.some((/** @type {any} */ p) => p.actor.reference.startsWith('HealthcareService/')));
    }
    // Every referenced resource exists.
    for (const appointment of appointments) {
      for (const participant of appointment.participant) {
        const response = await fetch(`${server.url}/fhir/${source.id}/${participant.actor.reference}`);
        assert.equal(response.status, 200, `${source.id} ${participant.actor.reference}`);
      }
    }
  }
  for (const status of ['booked', 'pending', 'proposed', 'arrived', 'fulfilled', 'cancelled', 'noshow']) assert.ok(statuses.has(status), status);
});

test('video appointments point at a virtual Location with a room link', async () => {
  for (const source of fhir.sources) {
    const appointments = await all(source.id, 'Appointment');
    const video = appointments.filter((a) =>
      a.appointmentType?.coding?.some((/** @type {any} */ c) => c.system === PARTICIPATION_MODE && c.code === 'VIDEOCONF'),
    );
    assert.ok(video.length >= 1, `${source.id} has a video appointment`);
    for (const appointment of video) {
      const ref = appointment.participant.find((/** @type {any} */ p) => p.actor.reference.startsWith('Location/')).actor.reference;
      /** @type {any} */
      const location = await (await fetch(`${server.url}/fhir/${source.id}/${ref}`)).json();
      assert.ok(location.physicalType.coding.some((/** @type {any} */ c) => c.system === LOCATION_PHYSICAL_TYPE && c.code === 'vi'));
      assert.match(location.telecom.find((/** @type {any} */ t) => t.system === 'url').value, /^https:\/\/video\.example\.org\/room\//);
    }
  }
  const hbVideo = await all('helse-bergen', 'Location?_id=hb-loc-video');
  assert.equal(hbVideo[0].telecom[0].value, 'https://video.example.org/room/abc123');
  const phone = (await all('helse-bergen', 'Appointment')).filter((a) => a.appointmentType.coding[0].code === 'PHONE');
  assert.ok(phone.length >= 1);
});

test('preparation text, and who has appointments where', async () => {
  const hb = await all('helse-bergen', 'Appointment');
  assert.ok(hb.some((a) => a.patientInstruction === 'Møt 15 minutter før. Ta med oversikt over medisinene dine.'));
  const gp = await all('fastlegen', 'Appointment?patient=Patient/ola');
  assert.ok(gp.length >= 2);
  const municipality = await all('bergen-kommune', 'Appointment?patient=Patient/per');
  assert.ok(municipality.length >= 3);
  assert.ok(municipality.some((a) => a.serviceType[0].text === 'Hjemmesykepleien'));
  for (const source of fhir.sources) {
    const locations = await all(source.id, 'Location');
    assert.ok(locations.filter((l) => l.address?.city === 'Bergen').length >= 2, `${source.id} has addresses`);
    assert.ok((await all(source.id, 'Practitioner')).length >= 3);
    assert.ok((await all(source.id, 'HealthcareService')).length >= 3);
    assert.ok((await all(source.id, 'Organization')).length >= 1);
  }
});

test("Kari's messages, documents and access log", async () => {
  for (const source of fhir.sources) {
    for (const type of ['Communication', 'DocumentReference', 'AuditEvent']) {
      const found = await all(source.id, `${type}?patient=Patient/kari`);
      assert.ok(found.length >= 3 && found.length <= 5, `${source.id} ${type}: ${found.length}`);
    }
    const documents = await all(source.id, 'DocumentReference');
    const pdf = documents.find((d) => d.content[0].attachment.contentType === 'application/pdf');
    assert.ok(Buffer.from(pdf.content[0].attachment.data, 'base64').toString('latin1').startsWith('%PDF-1.4'));
    const messages = await all(source.id, 'Communication');
    for (const message of messages) {
      for (const item of message.payload) {
        if (item.contentReference) assert.equal((await fetch(`${server.url}/fhir/${source.id}/${item.contentReference.reference}`)).status, 200);
      }
    }
  }
});

test('the now option places appointments at Oslo clinic hours, across daylight saving', async () => {
  // Friday 27 March 2026; three days later is Monday 30 March, after the clocks went forward.
  const fixed = await createFhirServer({ now: new Date('2026-03-27T09:00:00Z') });
  const listening = await fixed.listen(0);
  try {
    /** @type {any} */
    const appointment = await (await fetch(`${listening.url}/fhir/helse-bergen/Appointment/hb-appt-01`)).json();
    assert.equal(appointment.start, '2026-03-30T07:30:00.000Z', '09:30 in Oslo (UTC+2)');
    assert.equal(appointment.end, '2026-03-30T08:15:00.000Z');
    /** @type {any} */
    const winter = await (await fetch(`${listening.url}/fhir/helse-bergen/Appointment/hb-appt-08`)).json();
    // 40 days earlier is Sunday 15 February; clinic appointments move to the Friday before.
    assert.equal(winter.start, '2026-02-13T13:30:00.000Z', '14:30 in Oslo (UTC+1)');
  } finally {
    await listening.close();
  }
});
