// Failure modes per source, the HTTP control endpoints, and reset.

import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { createFhirServer } from '@hn-elements/dev-fhir-server';

/** @type {Awaited<ReturnType<typeof createFhirServer>>} */
let fhir;
/** @type {Awaited<ReturnType<Awaited<ReturnType<typeof createFhirServer>>['listen']>>} */
let server;
/** @type {string} */
let hb;
/** @type {string} */
let gp;

before(async () => {
  fhir = await createFhirServer({ basePath: '/fhir' });
  server = await fhir.listen(0);
  hb = `${server.url}/fhir/helse-bergen`;
  gp = `${server.url}/fhir/fastlegen`;
});

after(async () => {
  await server.close();
});

beforeEach(async () => {
  await fhir.reset();
});

test("'down' answers 503 with an OperationOutcome, and only for that source", async () => {
  fhir.setMode('helse-bergen', 'down');
  const response = await fetch(`${hb}/Appointment`);
  assert.equal(response.status, 503);
  assert.equal(response.headers.get('access-control-allow-origin'), '*', 'the browser can read the error');
  /** @type {any} */
  const outcome = await response.json();
  assert.equal(outcome.resourceType, 'OperationOutcome');
  assert.equal(outcome.issue[0].severity, 'error');
  assert.equal((await fetch(`${gp}/Appointment`)).status, 200, 'other sources still work');

  // The preflight still succeeds, so a browser sees the 503.
  const preflight = await fetch(`${hb}/Appointment`, { method: 'OPTIONS', headers: { Origin: 'http://x.test', 'Access-Control-Request-Method': 'GET' } });
  assert.equal(preflight.status, 204);
});

test("'unauthorized' answers 401 with WWW-Authenticate", async () => {
  fhir.setMode('helse-bergen', 'unauthorized');
  const response = await fetch(`${hb}/Appointment`, { headers: { Authorization: 'Bearer old-token' } });
  assert.equal(response.status, 401);
  assert.match(response.headers.get('www-authenticate') ?? '', /^Bearer .*invalid_token/);
  assert.equal(/** @type {any} */ (await response.json()).resourceType, 'OperationOutcome');
});

test("'malformed' answers 200 with a body that is not valid JSON", async () => {
  fhir.setMode('helse-bergen', 'malformed');
  const response = await fetch(`${hb}/Appointment`);
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /fhir\+json/);
  const text = await response.text();
  assert.throws(() => JSON.parse(text), SyntaxError);
});

test("'slow' delays the answer by delayMs", async () => {
  fhir.setMode('helse-bergen', 'slow', { delayMs: 300 });
  const started = performance.now();
  const response = await fetch(`${hb}/Appointment/hb-appt-01`);
  const elapsed = performance.now() - started;
  assert.equal(response.status, 200);
  assert.ok(elapsed >= 280, `took ${elapsed} ms`);
  assert.equal(fhir.sources.length, 3);
});

test("'slow' requests can be aborted by the client", async () => {
  fhir.setMode('helse-bergen', 'slow', { delayMs: 10_000 });
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 50);
  await assert.rejects(fetch(`${hb}/Appointment`, { signal: controller.signal }), { name: 'AbortError' });
  fhir.setMode('helse-bergen', 'ok');
  assert.equal((await fetch(`${hb}/Appointment`)).status, 200, 'the server is fine afterwards');
});

test("'network' drops the connection", async () => {
  fhir.setMode('helse-bergen', 'network');
  await assert.rejects(fetch(`${hb}/Appointment`), TypeError);
  assert.equal((await fetch(`${gp}/Appointment`)).status, 200);
});

test("setMode('*') sets every source, and unknown values are refused", async () => {
  fhir.setMode('*', 'down');
  for (const source of fhir.sources) assert.equal((await fetch(`${server.url}${source.fhirBase}/Patient/kari`)).status, 503);
  assert.throws(() => fhir.setMode('nowhere', 'down'), /Unknown source/);
  assert.throws(() => fhir.setMode('fastlegen', /** @type {any} */ ('sleepy')), /Unknown mode/);
});

test('HTTP control: POST /__fhir-control/mode and /reset answer 204', async () => {
  const mode = await fetch(`${server.url}/__fhir-control/mode`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ source: 'helse-bergen', mode: 'down', delayMs: 3000 }),
  });
  assert.equal(mode.status, 204);
  assert.equal((await fetch(`${hb}/Appointment`)).status, 503);
  /** @type {any} */
  const sources = await (await fetch(`${server.url}/__fhir-control/sources`)).json();
  assert.equal(sources.find((/** @type {any} */ s) => s.id === 'helse-bergen').mode, 'down');

  const reset = await fetch(`${server.url}/__fhir-control/reset`, { method: 'POST' });
  assert.equal(reset.status, 204);
  assert.equal((await fetch(`${hb}/Appointment`)).status, 200);
});

test('reset restores the seeded data and sets modes back to ok', async () => {
  const url = `${hb}/Appointment/hb-appt-01`;
  /** @type {any} */
  const original = await (await fetch(url)).json();
  const put = await fetch(url, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/fhir+json', 'If-Match': 'W/"1"' },
    body: JSON.stringify({ ...original, status: 'cancelled' }),
  });
  assert.equal(put.status, 200);
  const created = await fetch(`${hb}/Appointment`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/fhir+json' },
    body: JSON.stringify({ resourceType: 'Appointment', status: 'proposed', participant: [{ actor: { reference: 'Patient/kari' }, status: 'needs-action' }] }),
  });
  assert.equal(created.status, 201);
  assert.ok(created.headers.get('location')?.startsWith(`${hb}/Appointment/`));
  fhir.setMode('fastlegen', 'down');

  await fhir.reset();

  const after = await fetch(url);
  assert.equal(after.headers.get('etag'), 'W/"1"');
  /** @type {any} */
  const restored = await after.json();
  assert.equal(restored.status, original.status);
  /** @type {any} */
  const all = await (await fetch(`${hb}/Appointment?_count=100`)).json();
  assert.equal(all.entry.length, all.total);
  assert.ok(all.entry.every((/** @type {any} */ e) => e.resource.id.startsWith('hb-appt-')), 'the created appointment is gone');
  assert.equal((await fetch(`${gp}/Appointment`)).status, 200);
});

test('close() returns quickly even with a slow request in flight', async () => {
  const extra = await fhir.listen(0);
  fhir.setMode('fastlegen', 'slow', { delayMs: 10_000 });
  const pending = fetch(`${extra.url}/fhir/fastlegen/Appointment`).catch((error) => error);
  await new Promise((resolve) => setTimeout(resolve, 50));
  const started = performance.now();
  await extra.close();
  assert.ok(performance.now() - started < 1000);
  assert.ok((await pending) instanceof Error, 'the client sees the connection go');
});
