// End-to-end: SMART App Launch 2.x with the standard SMART client.
//
// Starts the playground as `npm start` does. A second vendor app (playground/smart-app) is built on
// `fhirclient`, used as its docs say (a launch page calling FHIR.oauth2.authorize, a redirect page
// calling FHIR.oauth2.ready). Launched from <hn-handoff-launcher> on the portal while Kari acts for
// her child Ola, it must read Ola's Patient from the SMART-protected FHIR base with its access token
// and say who acts for whom. Around it: discovery at the issuer and at every FHIR base, scopes
// granted or refused by name, the token response's launch context, the FHIR server's token checks.
//
// Run: node --test --test-reporter=spec playground/test/smart-launch.e2e.mjs
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium, startPlayground } from '../../scripts/e2e/playground.mjs';
import { JWT, authorize, exchange, jwtPayload, portalLogin, ticket } from './smart-support.mjs';

const CLIENT_ID = 'skjema-smart-app';
const CAPABILITIES = ['launch-ehr', 'client-public', 'client-confidential-symmetric', 'context-ehr-patient', 'permission-v1', 'permission-v2', 'sso-openid-connect'];

describe('SMART App Launch with fhirclient', { timeout: 240_000 }, () => {
  /** @type {Awaited<ReturnType<typeof startPlayground>>} */
  let playground;
  /** @type {import('playwright-core').Browser} */
  let browser;
  /** @type {{ issuer: string, smartAppOrigin: string, smartFhirBases: Record<string, string> }} */
  let config;
  /** @type {{ id: string, fhirBase: string }[]} */
  let sources;
  /** The token response the fhirclient app got (captured from the browser's network). */
  let appToken;
  const env = () => ({ issuer: config.issuer, portalOrigin: playground.playground });
  const openBase = (id) => `${playground.playground}/fhir/${id}`;

  before(async () => {
    playground = await startPlayground({ HANDOFF_LOG: '1' });
    browser = await launchChromium();
    config = await (await fetch(`${playground.playground}/playground/oidc/config.json`)).json();
    sources = await (await fetch(`${playground.playground}/__fhir-control/sources`)).json();
  });

  after(async () => {
    await browser?.close();
    await playground?.stop();
  });

  test('discovery: .well-known/smart-configuration at the issuer and at every FHIR base, and oauth-uris in each CapabilityStatement', async () => {
    const bases = sources.flatMap((s) => [openBase(s.id), config.smartFhirBases[s.id]]);
    assert.equal(bases.length, 6);
    for (const where of [config.issuer, ...bases]) {
      const response = await fetch(`${where}/.well-known/smart-configuration`, { headers: { Origin: config.smartAppOrigin } });
      assert.equal(response.status, 200, where);
      assert.equal(response.headers.get('access-control-allow-origin'), '*', `CORS at ${where}`);
      const doc = await response.json();
      assert.equal(doc.issuer, config.issuer);
      assert.equal(doc.authorization_endpoint, `${config.issuer}/auth`);
      assert.equal(doc.token_endpoint, `${config.issuer}/token`);
      assert.deepEqual(doc.code_challenge_methods_supported, ['S256']);
      assert.deepEqual(doc.grant_types_supported, ['authorization_code']);
      for (const capability of CAPABILITIES) assert.ok(doc.capabilities.includes(capability), `${capability} at ${where}`);
      for (const scope of ['openid', 'fhirUser', 'launch', 'patient/*.read', 'patient/*.rs', 'patient/Patient.read', 'patient/Patient.rs']) assert.ok(doc.scopes_supported.includes(scope), scope);
      assert.ok(doc.token_endpoint_auth_methods_supported.includes('none') && doc.token_endpoint_auth_methods_supported.includes('client_secret_basic'));
    }
    const oidcDiscovery = await fetch(`${config.issuer}/.well-known/openid-configuration`, { headers: { Origin: config.smartAppOrigin } });
    assert.equal(oidcDiscovery.headers.get('access-control-allow-origin'), config.smartAppOrigin, 'CORS on the OpenID discovery too (open: the origin is echoed)');
    for (const base of bases) {
      const statement = await (await fetch(`${base}/metadata`)).json();
      const oauth = statement.rest[0].security.extension.find((e) => e.url === 'http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris');
      assert.ok(oauth, `oauth-uris at ${base}`);
      assert.deepEqual(
        Object.fromEntries(oauth.extension.map((e) => [e.url, e.valueUri])),
        { authorize: `${config.issuer}/auth`, token: `${config.issuer}/token` },
        base,
      );
    }
  });

  test('the fhirclient app, launched from the portal while Kari acts for Ola, reads Ola with its access token and shows who acts for whom', async () => {
    const context = await browser.newContext();
    const requests = [];
    const tokenResponses = [];
    context.on('request', (r) => requests.push({ url: r.url(), method: r.method(), authorization: r.headers()['authorization'], navigation: r.isNavigationRequest() }));
    context.on('response', async (r) => {
      if (r.url() === `${config.issuer}/token` && r.request().method() === 'POST') tokenResponses.push({ headers: r.headers(), body: await r.json() });
    });
    const errors = [];
    context.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${playground.playground}/playground/oidc/portal.html?as=ola`);
    await page.waitForSelector('body[data-ready="ola"]', { timeout: 60_000 });
    const launcher = page.locator('#smart-app a[part="control"]');
    assert.match(await launcher.innerText(), /allergiskjemaet[\s\S]*Skjemaappen på vegne av Ola Nordmann/);
    await launcher.click();
    await page.waitForURL((u) => u.origin === config.smartAppOrigin && u.pathname === '/app', { timeout: 30_000 });
    await page.waitForSelector('body[data-state]', { timeout: 30_000 });
    assert.equal(await page.getAttribute('body', 'data-state'), 'ready', await page.locator('main').innerText());

    // What the app shows: Ola from the FHIR server (banner), Kari from fhirUser, the task from fhirContext.
    assert.equal(await page.getByTestId('patient-name').innerText(), 'Ola Nordmann');
    assert.equal(await page.getByTestId('citizen').innerText(), 'Du er Kari Nordmann.');
    assert.match(await page.getByTestId('acting').innerText(), /^Du opptrer for Ola Nordmann \(Mor/);
    assert.equal(await page.getByTestId('fhir-user').innerText(), 'fhirUser: RelatedPerson/kari-for-ola');
    assert.equal(await page.getByTestId('patient-id').innerText(), 'patient: ola');
    assert.match(await page.getByTestId('task-ref').innerText(), /^Task\/hb-task-ola-01/);

    // The launch: iss = the SMART base, an opaque launch id; then discovery, /auth with PKCE and aud.
    const smartBase = config.smartFhirBases['helse-bergen'];
    const deepLink = requests.find((r) => r.navigation && r.url.startsWith(`${config.smartAppOrigin}/tasks/hb-task-ola-01?`));
    assert.ok(deepLink, 'navigated to the deep link');
    assert.equal(new URL(deepLink.url).searchParams.get('iss'), smartBase);
    const auth = new URL(requests.find((r) => r.navigation && r.url.startsWith(`${config.issuer}/auth?`)).url);
    assert.equal(auth.searchParams.get('aud'), smartBase);
    assert.equal(auth.searchParams.get('code_challenge_method'), 'S256');
    assert.equal(auth.searchParams.get('launch'), new URL(deepLink.url).searchParams.get('launch'));
    assert.ok(requests.some((r) => r.url === `${smartBase}/.well-known/smart-configuration`), 'fhirclient used discovery');

    // The token response: public client, CORS for the app's origin, the launch context.
    assert.equal(tokenResponses.length, 1);
    const [{ headers, body }] = tokenResponses;
    assert.equal(headers['access-control-allow-origin'], config.smartAppOrigin);
    assert.equal(body.patient, 'ola');
    assert.equal(body.need_patient_banner, true);
    assert.deepEqual(body.fhirContext, [{ reference: 'Task/hb-task-ola-01' }]);
    assert.deepEqual(body.scope.split(' ').sort(), ['fhirUser', 'launch', 'openid', 'patient/Patient.rs', 'patient/RelatedPerson.rs', 'patient/Task.rs']);
    const access = jwtPayload(body.access_token);
    assert.equal(access.aud, smartBase);
    assert.equal(access.patient, 'ola');
    const id = jwtPayload(body.id_token);
    assert.equal(id.sub, 'kari');
    assert.equal(id.fhirUser, `${smartBase}/RelatedPerson/kari-for-ola`);
    appToken = body;

    // Every FHIR read went to the SMART base with the bearer token.
    const fhirCalls = requests.filter((r) => r.url.startsWith(`${smartBase}/`) && !r.url.includes('.well-known') && !r.url.endsWith('/metadata') && r.method === 'GET');
    assert.ok(fhirCalls.some((r) => r.url === `${smartBase}/Patient/ola`), 'read Patient/ola');
    for (const call of fhirCalls) assert.equal(call.authorization, `Bearer ${body.access_token}`, call.url);

    // No token in a URL (the public client's code comes in the query, as SMART's standard response does).
    for (const { url } of requests) {
      assert.doesNotMatch(url, JWT, url);
      const params = new URL(url).searchParams;
      for (const name of ['access_token', 'id_token', 'refresh_token', 'token']) assert.equal(params.has(name), false, `${name} in ${url}`);
      if (params.has('code')) assert.ok(url.startsWith(`${config.smartAppOrigin}/app?`), `code only to the SMART app's redirect URI: ${url}`);
    }
    const address = new URL(page.url());
    assert.equal(address.searchParams.has('code') || address.searchParams.has('state'), false, 'fhirclient removed code and state from the address bar');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("the SMART base lets the app's token read Ola's data and nothing else", async () => {
    assert.ok(appToken, 'needs the launch test');
    const base = config.smartFhirBases['helse-bergen'];
    const get = (path, token = appToken.access_token, init = {}) => fetch(`${base}/${path}`, { ...init, headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...init.headers } });

    assert.equal((await get('Patient/ola')).status, 200);
    const task = await get('Task/hb-task-ola-01');
    assert.equal(task.status, 200);
    const tasks = await (await get('Task?patient=Patient/ola')).json();
    assert.ok(tasks.entry.length >= 1 && tasks.entry.every((e) => e.resource.for.reference === 'Patient/ola'));

    for (const [path, why] of [
      ['Patient/kari', 'another patient'],
      ['Task/hb-task-01', "Kari's task"],
      ['Task', 'a search not limited to the patient'],
      ['Task?patient=Patient/kari', "a search for Kari's tasks"],
      ['Appointment?patient=Patient/ola', 'a type the app was not granted'],
      ['Patient/ola/$everything', 'an operation'],
    ]) {
      const response = await get(path);
      assert.equal(response.status, 403, `${why}: ${path}`);
      assert.match(response.headers.get('www-authenticate') ?? '', /^Bearer .*error="insufficient_scope"/, path);
    }
    const write = await get('Patient/ola', appToken.access_token, { method: 'PUT', headers: { 'Content-Type': 'application/fhir+json' }, body: JSON.stringify({ resourceType: 'Patient', id: 'ola' }) });
    assert.equal(write.status, 403, 'read-only');

    const none = await get('Patient/ola', null);
    assert.equal(none.status, 401);
    assert.match(none.headers.get('www-authenticate') ?? '', /^Bearer realm=/);
    const [h, p, s] = appToken.access_token.split('.');
    const forged = `${h}.${Buffer.from(JSON.stringify({ ...jwtPayload(appToken.access_token), patient: 'kari' })).toString('base64url')}.${s}`;
    for (const token of [forged, appToken.id_token, 'not-a-token']) {
      const response = await get('Patient/kari', token);
      assert.equal(response.status, 401, 'a forged, ID or garbage token');
      assert.match(response.headers.get('www-authenticate') ?? '', /error="invalid_token"|error="invalid_request"/);
    }
    // The token's audience is helse-bergen's SMART base: another FHIR server refuses it.
    const elsewhere = await fetch(`${config.smartFhirBases['bergen-kommune']}/Patient/ola`, { headers: { Authorization: `Bearer ${appToken.access_token}` } });
    assert.equal(elsewhere.status, 401);
    assert.ok(p);
  });

  test('SMART v1 and v2 patient scopes are granted as asked; unknown, user/, write and offline scopes are refused by name', async () => {
    const context = await browser.newContext();
    await portalLogin(context, env());
    await context.request.post(`${config.issuer}/handoff/session`, { data: { onBehalfOf: 'Patient/ola' }, headers: { Origin: playground.playground } });
    const page = await context.newPage();
    const redirectUri = `${config.smartAppOrigin}/app`;
    const aud = config.smartFhirBases['helse-bergen'];
    const target = `${config.smartAppOrigin}/tasks/hb-task-ola-01`;

    for (const scope of ['launch openid fhirUser patient/*.read', 'launch openid fhirUser patient/Patient.rs patient/Task.r']) {
      const launch = await ticket(context, env(), { target, sourceId: 'helse-bergen', onBehalfOf: 'Patient/ola' });
      const { params, verifier } = await authorize(page, { issuer: config.issuer, clientId: CLIENT_ID, redirectUri, scope, aud, launch });
      assert.equal(params.get('error'), null, params.get('error_description') ?? '');
      const token = await exchange({ issuer: config.issuer, clientId: CLIENT_ID, redirectUri, code: params.get('code'), verifier, origin: config.smartAppOrigin });
      assert.equal(token.status, 200, JSON.stringify(token.body));
      assert.deepEqual(token.body.scope.split(' ').sort(), scope.split(' ').sort(), 'granted exactly as asked');
      assert.equal(token.body.patient, 'ola');
      assert.equal(jwtPayload(token.body.access_token).scope.split(' ').sort().join(' '), scope.split(' ').filter((s) => s.startsWith('patient/')).sort().join(' '));
      assert.equal((await fetch(`${aud}/Patient/ola`, { headers: { Authorization: `Bearer ${token.body.access_token}` } })).status, 200, scope);
    }

    for (const [scope, refused] of [
      ['launch openid patient/*.write', 'patient/*.write'],
      ['launch openid patient/*.cruds', 'patient/*.cruds'],
      ['launch openid user/*.read', 'user/*.read'],
      ['launch openid patient/Patient.read offline_access', 'offline_access'],
      ['launch openid patient/Observation.rs', 'patient/Observation.rs'],
      ['launch openid patient/Patient.rs?_id=ola', 'patient/Patient.rs?_id=ola'],
      ['launch openid launch/patient', 'launch/patient'],
      ['launch openid made-up', 'made-up'],
    ]) {
      const { params } = await authorize(page, { issuer: config.issuer, clientId: CLIENT_ID, redirectUri, scope, aud, launch: 'A'.repeat(43) });
      assert.equal(params.get('error'), 'invalid_scope', scope);
      assert.ok(params.get('error_description').includes(refused), `${refused} named in: ${params.get('error_description')}`);
      assert.equal(params.has('code'), false);
    }
    // SMART scopes need the FHIR server they are for.
    const { params } = await authorize(page, { issuer: config.issuer, clientId: CLIENT_ID, redirectUri, scope: 'launch openid patient/*.rs', launch: 'A'.repeat(43) });
    assert.equal(params.get('error'), 'invalid_request');
    assert.match(params.get('error_description'), /aud/);
    await context.close();
  });

  test('the fhirclient app shows a refused launch plainly (a launch id used a second time)', async () => {
    const context = await browser.newContext();
    await portalLogin(context, env());
    const launch = await ticket(context, env(), { target: `${config.smartAppOrigin}/tasks/hb-task-01`, sourceId: 'helse-bergen' });
    const page = await context.newPage();
    const deepLink = `${config.smartAppOrigin}/tasks/hb-task-01?iss=${encodeURIComponent(config.smartFhirBases['helse-bergen'])}&launch=${launch}`;
    await page.goto(deepLink);
    await page.waitForSelector('body[data-state="ready"]', { timeout: 30_000 });
    assert.equal(await page.getByTestId('acting').innerText(), 'Du opptrer for deg selv.');
    assert.equal(await page.getByTestId('patient-name').innerText(), 'Kari Nordmann');
    await page.goto(deepLink);
    await page.waitForSelector('body[data-state="error"]', { timeout: 30_000 });
    assert.match(await page.getByTestId('error-explanation').innerText(), /allerede brukt/);
    assert.match(await page.getByTestId('error-reason').innerText(), /invalid_request: launch is unknown or has already been used/);
    await context.close();
  });

  test('the servers logged no token, code or launch id', () => {
    const log = playground.log();
    assert.match(log, /interaction: kari → skjema-smart-app on behalf of ola task hb-task-ola-01/);
    assert.doesNotMatch(log, JWT);
    assert.doesNotMatch(log, /launch=|code=|access_token|id_token/);
  });
});
