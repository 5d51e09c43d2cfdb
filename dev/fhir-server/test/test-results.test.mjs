// The seeded test results: each person has them in the shapes <hn-test-results> relies on, and a
// source asked to leave out what is not released to the patient does so.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createFhirServer } from '@hn-elements/dev-fhir-server';

const WITHHELD = 'urn:hn-elements:patient-release|withheld';

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
 * @param {string} sourceId
 * @param {string} query
 * @returns {Promise<any[]>}
 */
async function all(sourceId, query) {
  /** @type {any} */
  const bundle = await (await fetch(`${server.url}/fhir/${sourceId}/${query}&_count=1000`)).json();
  return (bundle.entry ?? []).map((/** @type {any} */ e) => e.resource);
}

/** @param {any} resource */
const withheld = (resource) => (resource.meta?.security ?? []).some((/** @type {any} */ l) => `${l.system}|${l.code}` === WITHHELD);

test('every person has lab results over time, some outside the range, from more than one source', async () => {
  for (const patient of ['kari', 'ola', 'per']) {
    const reports = [];
    const sources = new Set();
    for (const source of fhir.sources) {
      const found = await all(source.id, `DiagnosticReport?patient=Patient/${patient}`);
      if (found.length) sources.add(source.id);
      reports.push(...found);
    }
    assert.ok(reports.length >= 3, `${patient} has reports`);
    assert.ok(sources.size >= 2, `${patient} has results from two sources`);
    const observations = [];
    for (const source of fhir.sources) observations.push(...(await all(source.id, `Observation?patient=Patient/${patient}&category=laboratory`)));
    const outside = observations.filter((o) => {
      const range = o.referenceRange?.[0];
      const value = o.valueQuantity?.value;
      return (range?.high && value > range.high.value) || (range?.low && value < range.low.value);
    });
    assert.ok(outside.length >= 1, `${patient} has a result outside the range`);
  }
});

test('a critical value, an amended report, imaging reports, a registered sample', async () => {
  const reports = [];
  const observations = [];
  for (const source of fhir.sources) {
    reports.push(...(await all(source.id, 'DiagnosticReport?status:not=entered-in-error')));
    observations.push(...(await all(source.id, 'Observation?category=laboratory')));
  }
  const codes = observations.flatMap((o) => (o.interpretation ?? []).flatMap((/** @type {any} */ c) => c.coding.map((/** @type {any} */ x) => x.code)));
  assert.ok(codes.includes('LL') && codes.includes('HH'), 'critical values');
  assert.ok(reports.some((r) => r.status === 'amended'), 'an amended report');
  assert.ok(reports.some((r) => r.status === 'registered'), 'a sample not analysed yet');
  const imaging = reports.filter((r) => r.category?.[0]?.coding?.[0]?.code === 'RAD');
  assert.ok(imaging.length >= 2, 'imaging reports');
  for (const report of imaging) {
    assert.ok(report.conclusion, 'a conclusion');
    assert.match(Buffer.from(report.presentedForm[0].data, 'base64').toString('utf8'), /^<h2>/);
  }
});

test('results not released to the patient are labelled, and left out when asked', async () => {
  let labelled = 0;
  for (const source of fhir.sources) {
    for (const type of ['DiagnosticReport', 'Observation']) {
      const everything = await all(source.id, `${type}?patient=Patient/kari,Patient/ola,Patient/per`);
      const released = await all(source.id, `${type}?patient=Patient/kari,Patient/ola,Patient/per&_security:not=${encodeURIComponent(WITHHELD)}`);
      labelled += everything.filter(withheld).length;
      assert.equal(released.filter(withheld).length, 0, `${source.id} ${type}: none withheld`);
      assert.equal(released.length, everything.filter((r) => !withheld(r)).length, `${source.id} ${type}: the rest`);
    }
  }
  assert.ok(labelled >= 2);
});

test('every result a report names exists in the same source', async () => {
  for (const source of fhir.sources) {
    const reports = await all(source.id, 'DiagnosticReport?_include=DiagnosticReport:result');
    const ids = new Set(reports.filter((r) => r.resourceType === 'Observation').map((o) => o.id));
    for (const report of reports.filter((r) => r.resourceType === 'DiagnosticReport')) {
      for (const result of report.result ?? []) assert.ok(ids.has(result.reference.split('/')[1]), `${source.id} ${report.id} -> ${result.reference}`);
    }
  }
});
