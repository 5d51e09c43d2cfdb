// FHIR HTTP behaviour: search with paging and _include, read with ETag, updates
// with If-Match, CORS, control endpoints and the middleware's fall-through.

import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { createFhirServer } from '@hn-elements/dev-fhir-server';

/** @type {Awaited<ReturnType<typeof createFhirServer>>} */
let fhir;
/** @type {Awaited<ReturnType<Awaited<ReturnType<typeof createFhirServer>>['listen']>>} */
let server;
/** @type {string} */
let hb;

before(async () => {
  fhir = await createFhirServer({ basePath: '/fhir' });
  server = await fhir.listen(0);
  hb = `${server.url}/fhir/helse-bergen`;
});

after(async () => {
  await server.close();
});

beforeEach(async () => {
  await fhir.reset();
});

test('search follows next links to the end, with _include=Appointment:location and _count=2', async () => {
  /** @type {string | undefined} */
  let next = `${hb}/Appointment?patient=Patient/kari&_include=Appointment:location&_count=2`;
  /** @type {string[]} */
  const seen = [];
  let pages = 0;
  let total = -1;
  while (next) {
    const response = await fetch(next);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^application\/fhir\+json/);
    /** @type {any} */
    const bundle = await response.json();
    assert.equal(bundle.resourceType, 'Bundle');
    assert.equal(bundle.type, 'searchset');
    total = bundle.total;
    pages += 1;

    const matches = bundle.entry.filter((/** @type {any} */ e) => e.search.mode === 'match');
    const included = bundle.entry.filter((/** @type {any} */ e) => e.search.mode === 'include');
    assert.ok(matches.length >= 1 && matches.length <= 2, 'at most _count matches per page');
    for (const entry of bundle.entry) {
      assert.equal(entry.fullUrl, `${hb}/${entry.resource.resourceType}/${entry.resource.id}`, 'fullUrl is absolute and points at the resource');
    }
    // Every Location a match points at is included on the same page.
    const includedRefs = new Set(included.map((/** @type {any} */ e) => `${e.resource.resourceType}/${e.resource.id}`));
    for (const { resource } of matches) {
      assert.equal(resource.resourceType, 'Appointment');
      assert.ok(resource.participant.some((/** @type {any} */ p) => p.actor.reference === 'Patient/kari'));
      for (const participant of resource.participant) {
        if (participant.actor.reference.startsWith('Location/')) assert.ok(includedRefs.has(participant.actor.reference));
      }
      seen.push(resource.id);
    }
    assert.ok(included.every((/** @type {any} */ e) => e.resource.resourceType === 'Location'));

    const self = bundle.link.find((/** @type {any} */ l) => l.relation === 'self');
    assert.ok(self.url.startsWith(`${hb}/Appointment?`));
    next = bundle.link.find((/** @type {any} */ l) => l.relation === 'next')?.url;
    if (next) assert.ok(next.startsWith(`${hb}/Appointment?`), 'next link is absolute');
    assert.ok(pages < 20, 'paging ends');
  }
  assert.equal(seen.length, total, 'every match seen once');
  assert.equal(new Set(seen).size, seen.length, 'no duplicates across pages');
  assert.equal(pages, Math.ceil(total / 2));
  assert.ok(total >= 5);
});

test('search supports actor, date, _sort and _include=Appointment:actor', async () => {
  /** @type {any} */
  const sorted = await (await fetch(`${hb}/Appointment?actor=Patient/kari&date=ge2000-01-01&_sort=-date&_include=Appointment:actor`)).json();
  const starts = sorted.entry.filter((/** @type {any} */ e) => e.search.mode === 'match').map((/** @type {any} */ e) => e.resource.start);
  assert.ok(starts.length >= 3);
  assert.deepEqual(starts, [...starts].sort().reverse(), 'newest first');
  const types = new Set(sorted.entry.filter((/** @type {any} */ e) => e.search.mode === 'include').map((/** @type {any} */ e) => e.resource.resourceType));
  assert.ok(types.has('Patient') && types.has('Practitioner') && types.has('Location'));

  const today = new Date().toISOString().slice(0, 10);
  /** @type {any} */
  const upcoming = await (await fetch(`${hb}/Appointment?patient=Patient/kari&date=gt${today}&_count=100`)).json();
  assert.ok(upcoming.entry.every((/** @type {any} */ e) => e.resource.start > today));
  assert.ok(upcoming.total < sorted.total);
});

test('links use X-Forwarded-Host when a proxy sets it', async () => {
  /** @type {any} */
  const bundle = await (await fetch(`${hb}/Appointment?_count=1`, { headers: { 'X-Forwarded-Host': 'portal.example.org', 'X-Forwarded-Proto': 'https' } })).json();
  const next = bundle.link.find((/** @type {any} */ l) => l.relation === 'next');
  assert.ok(next.url.startsWith('https://portal.example.org/fhir/helse-bergen/Appointment?'));
  assert.ok(bundle.entry[0].fullUrl.startsWith('https://portal.example.org/fhir/helse-bergen/'));
});

test('read gives an ETag; a bearer token is accepted', async () => {
  const response = await fetch(`${hb}/Appointment/hb-appt-01`, { headers: { Authorization: 'Bearer anything' } });
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('etag'), 'W/"1"');
  /** @type {any} */
  const appointment = await response.json();
  assert.equal(appointment.id, 'hb-appt-01');
  assert.equal(appointment.meta.versionId, '1');
});

test('PUT with a stale If-Match is 412; with the current one it is 200 and the version goes up', async () => {
  const url = `${hb}/Appointment/hb-appt-01`;
  /** @type {any} */
  const appointment = await (await fetch(url)).json();
  const changed = { ...appointment, status: 'cancelled', cancelationReason: { text: 'Avbestilt av pasienten' } };
  const put = (/** @type {string | undefined} */ ifMatch, /** @type {unknown} */ body = changed) =>
    fetch(url, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/fhir+json', ...(ifMatch ? { 'If-Match': ifMatch } : {}) },
      body: JSON.stringify(body),
    });

  const stale = await put('W/"7"');
  assert.equal(stale.status, 412);
  /** @type {any} */
  const outcome = await stale.json();
  assert.equal(outcome.resourceType, 'OperationOutcome');

  const ok = await put('W/"1"');
  assert.equal(ok.status, 200);
  assert.equal(ok.headers.get('etag'), 'W/"2"');
  /** @type {any} */
  const updated = await ok.json();
  assert.equal(updated.meta.versionId, '2');
  assert.equal(updated.status, 'cancelled');

  // The old version is now stale too; a bare version number is understood.
  assert.equal((await put('1')).status, 412);
  assert.equal((await put('2', { ...updated, status: 'booked' })).status, 200);

  const reread = await fetch(url);
  assert.equal(reread.headers.get('etag'), 'W/"3"');
});

test('PATCH with JSON Patch works and honours If-Match', async () => {
  const url = `${hb}/Appointment/hb-appt-02`;
  const patch = (/** @type {string} */ ifMatch) =>
    fetch(url, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json-patch+json', 'If-Match': ifMatch },
      body: JSON.stringify([{ op: 'replace', path: '/status', value: 'cancelled' }]),
    });
  assert.equal((await patch('W/"9"')).status, 412);
  const response = await patch('W/"1"');
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('etag'), 'W/"2"');
  assert.equal(/** @type {any} */ (await response.json()).status, 'cancelled');
});

test('errors are OperationOutcome JSON', async () => {
  const missing = await fetch(`${hb}/Appointment/does-not-exist`);
  assert.equal(missing.status, 404);
  /** @type {any} */
  const outcome = await missing.json();
  assert.equal(outcome.resourceType, 'OperationOutcome');

  const badJson = await fetch(`${hb}/Appointment/hb-appt-01`, { method: 'PUT', headers: { 'Content-Type': 'application/fhir+json' }, body: '{not json' });
  assert.equal(badJson.status, 400);
  assert.equal(/** @type {any} */ (await badJson.json()).resourceType, 'OperationOutcome');
});

test('CORS: preflight is answered and responses allow any origin', async () => {
  const preflight = await fetch(`${hb}/Appointment/hb-appt-01`, {
    method: 'OPTIONS',
    headers: {
      Origin: 'http://localhost:6006',
      'Access-Control-Request-Method': 'PUT',
      'Access-Control-Request-Headers': 'authorization, content-type, if-match',
    },
  });
  assert.equal(preflight.status, 204);
  assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
  const allowedHeaders = (preflight.headers.get('access-control-allow-headers') ?? '').toLowerCase();
  for (const header of ['authorization', 'content-type', 'if-match']) assert.ok(allowedHeaders.includes(header), header);
  assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /PUT/);

  const read = await fetch(`${hb}/Appointment/hb-appt-01`, { headers: { Origin: 'http://localhost:6006' } });
  assert.equal(read.headers.get('access-control-allow-origin'), '*');
  const exposed = (read.headers.get('access-control-expose-headers') ?? '').toLowerCase();
  assert.ok(exposed.includes('etag') && exposed.includes('location'));
});

test('control: GET /__fhir-control/sources lists the sources', async () => {
  const response = await fetch(`${server.url}/__fhir-control/sources`);
  assert.equal(response.status, 200);
  /** @type {any} */
  const list = await response.json();
  assert.deepEqual(
    list.map((/** @type {any} */ s) => ({ id: s.id, name: s.name, fhirBase: s.fhirBase })),
    fhir.sources.map((s) => ({ ...s })),
  );
  assert.ok(list.every((/** @type {any} */ s) => s.mode === 'ok'));
});

test('control: bad mode requests are 400', async () => {
  const post = (/** @type {unknown} */ body) =>
    fetch(`${server.url}/__fhir-control/mode`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  assert.equal((await post({ source: 'nowhere', mode: 'down' })).status, 400);
  assert.equal((await post({ source: 'helse-bergen', mode: 'sleepy' })).status, 400);
  assert.equal((await post({ source: 'helse-bergen', mode: 'slow', delayMs: -1 })).status, 400);
  assert.equal((await fetch(`${server.url}/__fhir-control/nothing`, { method: 'POST' })).status, 404);
});

test('the middleware calls next() for paths it does not own', async () => {
  let called = 0;
  for (const url of ['/', '/index.html', '/fhir', '/fhir/unknown-source/Appointment', '/fhirx/helse-bergen/Appointment']) {
    const req = /** @type {any} */ ({ url, method: 'GET', headers: {} });
    const res = /** @type {any} */ ({ setHeader() { throw new Error(`must not answer ${url}`); } });
    fhir.middleware(req, res, () => {
      called += 1;
    });
  }
  assert.equal(called, 5);
});

test('koaMiddleware answers FHIR requests itself and passes others on', async () => {
  const http = await import('node:http');
  /** @type {any[]} */
  const contexts = [];
  const koaLike = http.createServer((req, res) => {
    const ctx = { req, res, respond: true };
    contexts.push(ctx);
    void fhir.koaMiddleware(ctx, async () => {
      res.writeHead(418).end('next');
    });
  });
  await new Promise((resolve) => koaLike.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (koaLike.address());
  try {
    const read = await fetch(`http://127.0.0.1:${port}/fhir/fastlegen/Appointment/gp-appt-01`);
    assert.equal(read.status, 200);
    assert.equal(read.headers.get('etag'), 'W/"1"');
    assert.equal(contexts[0].respond, false, 'Koa is told not to answer');
    const other = await fetch(`http://127.0.0.1:${port}/index.html`);
    assert.equal(other.status, 418);
    assert.equal(contexts[1].respond, true);
  } finally {
    koaLike.closeAllConnections();
    await new Promise((resolve) => koaLike.close(() => resolve(undefined)));
  }
});

test('control: /mode takes JSON whatever the Content-Type (curl -d sends a form type)', async () => {
  const response = await fetch(`${server.url}/__fhir-control/mode`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: JSON.stringify({ source: 'fastlegen', mode: 'down' }),
  });
  assert.equal(response.status, 204);
  assert.equal((await fetch(`${server.url}/fhir/fastlegen/Patient`)).status, 503);
});

test('answers come gzip-compressed when the client takes gzip and they are 1 KB or more, as they are otherwise', async () => {
  const { request } = await import('node:http');
  const { gunzipSync } = await import('node:zlib');
  /** A GET with this Accept-Encoding, read raw (fetch would decompress without saying). */
  const get = (url, acceptEncoding) =>
    new Promise((resolve, reject) => {
      const req = request(url, { headers: acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding } }, (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end();
    });
  const search = `${hb}/Appointment?patient=Patient/kari&_count=50`;
  const plain = await get(search, undefined);
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.equal(plain.headers.vary, 'Accept-Encoding');
  const bundle = JSON.parse(plain.body.toString('utf8'));
  assert.ok(plain.body.length >= 1024, `a search big enough to compress (${plain.body.length} bytes)`);

  const zipped = await get(search, 'gzip, deflate, br');
  assert.equal(zipped.headers['content-encoding'], 'gzip');
  assert.equal(Number(zipped.headers['content-length']), zipped.body.length);
  assert.ok(zipped.body.length < plain.body.length / 2, `${zipped.body.length} bytes for ${plain.body.length}`);
  assert.deepEqual(JSON.parse(gunzipSync(zipped.body).toString('utf8')).entry, bundle.entry);

  const refused = await get(search, 'gzip;q=0, br');
  assert.equal(refused.headers['content-encoding'], undefined);
  const small = await get(`${hb}/Appointment?patient=Patient/nobody`, 'gzip');
  assert.equal(small.headers['content-encoding'], undefined, 'an empty Bundle goes as it is');
});
