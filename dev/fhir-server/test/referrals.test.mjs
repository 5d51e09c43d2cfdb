// The seeded referrals: every state of a referral's life, for each person, reached the way the
// referrals component searches (the referral category, then the Tasks, appointments and letters
// that point at each referral by _revinclude).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createFhirServer } from '@hn-elements/dev-fhir-server';
import { REFERRAL_STATE_SYSTEM } from '../src/data/referrals.mjs';

/** @type {Awaited<ReturnType<Awaited<ReturnType<typeof createFhirServer>>['listen']>>} */
let server;
/** @type {Awaited<ReturnType<typeof createFhirServer>>} */
let fhir;

before(async () => {
  fhir = await createFhirServer();
  server = await fhir.listen(0);
});

after(async () => {
  await server.close();
});

const SEARCH =
  'category=http://snomed.info/sct|3457005&_revinclude=Task:focus&_revinclude=Appointment:based-on&_revinclude=DocumentReference:related&_revinclude=Communication:based-on&_count=50';

/**
 * Every resource the referral search gives for a person in a source.
 * @param {string} sourceId
 * @param {string} patient
 * @returns {Promise<any[]>}
 */
async function referralSearch(sourceId, patient) {
  const response = await fetch(`${server.url}/fhir/${sourceId}/ServiceRequest?subject=Patient/${patient}&${SEARCH}`);
  assert.equal(response.status, 200);
  /** @type {any} */
  const bundle = await response.json();
  return (bundle.entry ?? []).map((/** @type {any} */ e) => e.resource);
}

test('referrals in every state, for Kari, Ola and Per, from the hospital and the GP', async () => {
  /** @type {Set<string>} */
  const states = new Set();
  /** @type {Record<string, number>} */
  const perPerson = {};
  for (const patient of ['kari', 'ola', 'per']) {
    for (const source of fhir.sources) {
      const resources = await referralSearch(source.id, patient);
      const requests = resources.filter((r) => r.resourceType === 'ServiceRequest');
      perPerson[patient] = (perPerson[patient] ?? 0) + requests.length;
      for (const request of requests) {
        assert.equal(request.subject.reference, `Patient/${patient}`);
        const task = resources.find((r) => r.resourceType === 'Task' && r.focus.reference === `ServiceRequest/${request.id}`);
        assert.equal(task?.for, undefined, 'a referral Task names no patient, so the inbox never lists it as a form');
        const state = task?.businessStatus.coding.find((/** @type {any} */ c) => c.system === REFERRAL_STATE_SYSTEM)?.code ?? 'sent';
        states.add(state);
      }
    }
  }
  assert.deepEqual([...states].sort(), ['appointment-given', 'assessed', 'completed', 'in-assessment', 'received', 'rejected', 'sent', 'withdrawn']);
  assert.ok(perPerson.kari >= 6 && perPerson.ola >= 1 && perPerson.per >= 2, JSON.stringify(perPerson));
});

test("one deadline has passed while Kari waits; Ola's referral links an appointment and a letter", async () => {
  const kari = await referralSearch('helse-bergen', 'kari');
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date());
  const passed = kari.filter(
    (r) =>
      r.resourceType === 'Task' &&
      r.status === 'in-progress' &&
      r.output?.some((/** @type {any} */ o) => o.type.coding[0].code === 'treatment-deadline' && o.valueDate < today),
  );
  assert.deepEqual(passed.map((t) => t.focus.reference), ['ServiceRequest/hb-ref-kari-02']);

  const ola = await referralSearch('helse-bergen', 'ola');
  assert.deepEqual(ola.filter((r) => r.resourceType === 'Appointment').map((a) => a.basedOn[0].reference), ['ServiceRequest/hb-ref-ola-01']);
  const letters = ola.filter((r) => r.resourceType === 'DocumentReference');
  assert.deepEqual(letters.map((d) => [d.context.related[0].reference, d.category[0].coding[0].code]), [['ServiceRequest/hb-ref-ola-01', 'letter']]);
});

test('the Tasks of referrals are not found by the inbox search for the patient', async () => {
  const response = await fetch(`${server.url}/fhir/helse-bergen/Task?subject=Patient/kari&_count=100`);
  /** @type {any} */
  const bundle = await response.json();
  assert.ok((bundle.entry ?? []).every((/** @type {any} */ e) => e.resource.code?.coding?.[0]?.code !== 'fulfill'));
});
