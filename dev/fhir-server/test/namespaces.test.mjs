// Namespaces: a copy of the data and modes per key (a browser test file), made on first use.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createFhirServer, NAMESPACE_HEADER } from '@hn-elements/dev-fhir-server';

/** @type {Awaited<ReturnType<typeof createFhirServer>>} */
let fhir;
/** @type {Awaited<ReturnType<Awaited<ReturnType<typeof createFhirServer>>['listen']>>} */
let server;

before(async () => {
  // The key comes from a request header here; web-test-runner uses a cookie (scripts/wtr).
  fhir = await createFhirServer({ basePath: '/fhir', namespaces: { keyOf: (req) => /** @type {string | undefined} */ (req.headers['x-test-key']), max: 3 } });
  server = await fhir.listen(0);
});

after(async () => {
  await server.close();
});

/**
 * @param {string | undefined} key
 * @param {string} path
 * @param {RequestInit} [init]
 */
function call(key, path, init = {}) {
  return fetch(`${server.url}${path}`, { ...init, headers: { ...(key ? { 'X-Test-Key': key } : {}), ...init.headers } });
}

/** @param {string | undefined} key */
async function hbMode(key) {
  const sources = /** @type {any[]} */ (await (await call(key, '/__fhir-control/sources')).json());
  return sources.find((source) => source.id === 'helse-bergen')?.mode;
}

test('modes set through one key are seen only there; no key is the default namespace', async () => {
  await fhir.reset();
  const set = await call('a', '/__fhir-control/mode', { method: 'POST', body: JSON.stringify({ source: 'helse-bergen', mode: 'down' }) });
  assert.equal(set.status, 204);
  assert.equal(set.headers.get(NAMESPACE_HEADER), 'a', 'the answer names its namespace');
  assert.equal(await hbMode('a'), 'down');
  assert.equal(await hbMode('b'), 'ok');
  assert.equal(await hbMode(undefined), 'ok');
  assert.equal((await call('a', '/fhir/helse-bergen/Appointment')).status, 503);
  const other = await call('b', '/fhir/helse-bergen/Appointment');
  assert.equal(other.status, 200);
  assert.equal(other.headers.get(NAMESPACE_HEADER), 'b');

  fhir.setMode('helse-bergen', 'unauthorized');
  assert.equal(await hbMode(undefined), 'unauthorized', 'setMode() works on the default namespace');
  assert.equal(await hbMode('a'), 'down');
  await fhir.reset();
});

test('data written under one key is not seen under another, and reset restores only that key', async () => {
  const body = JSON.stringify({ resourceType: 'Basic', id: 'probe', code: { text: 'probe' } });
  const put = await call('c', '/fhir/fastlegen/Basic/probe', { method: 'PUT', body, headers: { 'Content-Type': 'application/fhir+json' } });
  assert.equal(put.status, 201);
  assert.equal((await call('c', '/fhir/fastlegen/Basic/probe')).status, 200);
  assert.equal((await call('d', '/fhir/fastlegen/Basic/probe')).status, 404);
  assert.equal((await call(undefined, '/fhir/fastlegen/Basic/probe')).status, 404);

  await call('d', '/__fhir-control/reset', { method: 'POST' });
  assert.equal((await call('c', '/fhir/fastlegen/Basic/probe')).status, 200, "another key's reset leaves it alone");
  await call('c', '/__fhir-control/reset', { method: 'POST' });
  assert.equal((await call('c', '/fhir/fastlegen/Basic/probe')).status, 404);
});

test('a new namespace has the full seed data', async () => {
  /** @type {any} */
  const fresh = await (await call('fresh', '/fhir/helse-bergen/Appointment?_summary=count')).json();
  /** @type {any} */
  const shared = await (await call(undefined, '/fhir/helse-bergen/Appointment?_summary=count')).json();
  assert.ok(fresh.total > 0);
  assert.equal(fresh.total, shared.total);
});

test('at most `max` keyed namespaces are kept (least recently used goes), and dropNamespace forgets one', async () => {
  for (const key of ['k1', 'k2', 'k3']) {
    await call(key, '/__fhir-control/mode', { method: 'POST', body: JSON.stringify({ source: 'helse-bergen', mode: 'down' }) });
  }
  assert.equal(await hbMode('k1'), 'down', 'k1 is now the most recently used');
  await hbMode('k4'); // a fourth key: k2, the least recently used, goes
  assert.ok(fhir.namespaceStats().live <= 3);
  assert.equal(await hbMode('k2'), 'ok', 'k2 was dropped and made again from the seed');
  assert.equal(await hbMode('k1'), 'down', 'k1 was kept');

  assert.equal(fhir.dropNamespace('k1'), true);
  assert.equal(fhir.dropNamespace('k1'), false);
  assert.equal(await hbMode('k1'), 'ok');
});

test('requests outside the FHIR bases and the control prefix make no namespace', async () => {
  const before = fhir.namespaceStats().created;
  assert.equal((await call('elsewhere', '/not-fhir/anything')).status, 404);
  assert.equal((await call('elsewhere-2', '/fhir/no-such-source/Patient')).status, 404);
  assert.equal(fhir.namespaceStats().created, before);
});

test('making a namespace is fast: seeding the three sources takes milliseconds', async () => {
  const times = [];
  for (let i = 0; i < 10; i += 1) {
    const started = performance.now();
    await fhir.namespace(`timing-${i}`).ready;
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const median = /** @type {number} */ (times[5]);
  // Not a timing assertion in the strict sense: a bound two orders of magnitude above the
  // measured median (6-16 ms), to catch seeding that became a different kind of work.
  assert.ok(median < 1000, `median ${median.toFixed(1)} ms`);
});
