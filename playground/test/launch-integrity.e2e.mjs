// End-to-end: launch integrity. The provider standing in for Helsenorge, the demo vendor app and
// the SMART app run in this process (playground/oidc/services.mjs) with a clock the test moves, and
// a real Chromium plays the citizen's browser. The portal's part (log in, choose whom to act for,
// ask for a launch id) is done with each browser context's own cookies, through the same
// /handoff endpoints the portal page uses.
//
// A launch id is bound to the portal session that asked for it, to its app and to its task, is
// single use and short-lived; each way of misusing one is refused with a plain message at the
// vendor. The representation is fixed for a launch's lifetime, the hand-off endpoints need the
// portal session, and the confidential vendor is held to form_post by the provider.
//
// Run: node --test --test-reporter=spec playground/test/launch-integrity.e2e.mjs
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { freePort, launchChromium } from '../../scripts/e2e/playground.mjs';
import { startHandoffServices } from '../oidc/services.mjs';
import { TICKET_TTL_MS } from '../oidc/provider.mjs';
import { VENDOR_SESSION_TTL_MS } from '../vendor-app/server.mjs';
import { actFor, portalLogin, ticket } from './smart-support.mjs';

const PORTAL = 'http://127.0.0.1:9';
const FHIR = 'http://127.0.0.1:9/fhir/helse-bergen';
const SMART_FHIR = 'http://127.0.0.1:9/smart-fhir/helse-bergen';
const GP_FHIR = 'http://127.0.0.1:9/fhir/fastlegen';
const people = {
  kari: { reference: 'Patient/kari', name: 'Kari Nordmann' },
  ola: { reference: 'Patient/ola', name: 'Ola Nordmann' },
  per: { reference: 'Patient/per', name: 'Per Hansen' },
};

describe('launch integrity', { timeout: 120_000 }, () => {
  /** @type {Awaited<ReturnType<typeof startHandoffServices>>} */
  let services;
  /** @type {import('playwright-core').Browser} */
  let browser;
  let offset = 0;
  const lines = [];
  const env = () => ({ issuer: services.issuer, portalOrigin: PORTAL });
  const deepLink = (task, launch, iss = FHIR) => `${services.vendorOrigin}/tasks/${task}?iss=${encodeURIComponent(iss)}&launch=${launch}`;

  before(async () => {
    services = await startHandoffServices({
      people,
      portalOrigins: [PORTAL],
      fhirSources: [
        { id: 'helse-bergen', fhirBase: FHIR, smartFhirBase: SMART_FHIR },
        { id: 'fastlegen', fhirBase: GP_FHIR },
      ],
      resourceTypes: ['Patient', 'Task', 'RelatedPerson'],
      oidcPort: 0,
      vendorPort: await freePort(),
      now: () => Date.now() + offset,
      log: (line) => lines.push(line),
    });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await services?.close();
  });

  /** A browser context logged in to the portal as `citizen`, acting for `onBehalfOf`. */
  async function citizenBrowser(citizen = 'kari', onBehalfOf = null) {
    const context = await browser.newContext();
    await portalLogin(context, env(), citizen);
    if (onBehalfOf) await actFor(context, env(), onBehalfOf);
    return { context, page: await context.newPage() };
  }

  /** Opens a URL and waits for the vendor's answer page. */
  async function open(page, url) {
    await page.goto(url);
    await page.waitForURL((u) => u.origin === services.vendorOrigin, { waitUntil: 'load' });
    return page.locator('main').innerText();
  }

  async function assertRefused(page, explanation) {
    assert.match(await page.locator('h1').innerText(), /Overgangen stoppet/);
    assert.match(await page.getByTestId('error-explanation').innerText(), explanation);
    assert.equal(await page.getByTestId('citizen').count(), 0, 'nobody arrived');
  }

  test('the hand-off endpoints need the portal session (a cookie), not only an allowed origin', async () => {
    for (const path of ['/handoff/tickets', '/handoff/session']) {
      const response = await fetch(`${services.issuer}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: PORTAL },
        body: JSON.stringify({ target: `${services.vendorOrigin}/tasks/skjema-123`, onBehalfOf: 'Patient/ola' }),
      });
      assert.equal(response.status, 401, path);
    }
    const { context } = await citizenBrowser();
    const foreign = await context.request.post(`${services.issuer}/handoff/tickets`, { data: { target: `${services.vendorOrigin}/tasks/x` }, headers: { Origin: 'http://127.0.0.1:8' } });
    assert.equal(foreign.status(), 403, 'another origin');
    const form = await context.request.post(`${services.issuer}/handoff/tickets`, { headers: { Origin: PORTAL, 'Content-Type': 'text/plain' }, data: '{}' });
    assert.equal(form.status(), 415, 'no simple (preflight-free) cross-site POST');
    const notHers = await context.request.post(`${services.issuer}/handoff/session`, { data: { onBehalfOf: 'Patient/someone-else' }, headers: { Origin: PORTAL } });
    assert.equal(notHers.status(), 403, 'a person not in her register');
    await context.close();
  });

  test('whom the citizen acts for belongs to each portal session, not to the server', async () => {
    const a = await citizenBrowser('kari', 'Patient/ola');
    const b = await citizenBrowser('kari');
    await open(a.page, `${services.vendorOrigin}/tasks/egenvurdering-456`);
    await open(b.page, `${services.vendorOrigin}/tasks/egenvurdering-456`);
    assert.match(await a.page.getByTestId('on-behalf-of').innerText(), /På vegne av Ola Nordmann/);
    assert.equal(await b.page.getByTestId('on-behalf-of').innerText(), 'For deg selv');
    await Promise.all([a.context.close(), b.context.close()]);
  });

  test("a launch id from another citizen's or another login's session is refused", async () => {
    const kari = await citizenBrowser('kari', 'Patient/ola');
    for (const [citizen, why] of [['per', 'another citizen'], ['kari', 'another login of the same citizen, acting for herself']]) {
      const launch = await ticket(kari.context, env(), { target: `${services.vendorOrigin}/tasks/skjema-123`, sourceId: 'helse-bergen', onBehalfOf: 'Patient/ola' });
      const other = await citizenBrowser(citizen);
      await open(other.page, deepLink('skjema-123', launch));
      await assertRefused(other.page, /en annen innlogging på Helsenorge/);
      assert.match(await other.page.getByTestId('error-reason').innerText(), /another Helsenorge session/, why);
      await other.context.close();
    }
    // A browser with no Helsenorge session at all gets no one in.
    const launch = await ticket(kari.context, env(), { target: `${services.vendorOrigin}/tasks/skjema-123`, sourceId: 'helse-bergen', onBehalfOf: 'Patient/ola' });
    const stranger = await browser.newContext();
    const page = await stranger.newPage();
    await open(page, deepLink('skjema-123', launch));
    await assertRefused(page, /ikke logget inn på Helsenorge/);
    await stranger.close();
    await kari.context.close();
  });

  test('a launch id for one task is refused on another task', async () => {
    const { context, page } = await citizenBrowser('kari', 'Patient/ola');
    const launch = await ticket(context, env(), { target: `${services.vendorOrigin}/tasks/skjema-123`, sourceId: 'helse-bergen', onBehalfOf: 'Patient/ola' });
    await open(page, deepLink('egenvurdering-456', launch));
    await assertRefused(page, /gjaldt en annen oppgave/);
    await context.close();
  });

  test('a launch id issued for another app is refused', async () => {
    const { context, page } = await citizenBrowser('kari', 'Patient/ola');
    const launch = await ticket(context, env(), { target: `${services.smartAppOrigin}/tasks/hb-task-ola-01`, sourceId: 'helse-bergen', onBehalfOf: 'Patient/ola' });
    await open(page, deepLink('hb-task-ola-01', launch, SMART_FHIR));
    await assertRefused(page, /en annen tjeneste/);
    assert.match(await page.getByTestId('error-reason').innerText(), /launch was issued for another app/);
    await context.close();
  });

  test('a launch id for one FHIR source is refused when the app comes with another source as iss', async () => {
    const { context, page } = await citizenBrowser('kari', 'Patient/ola');
    const launch = await ticket(context, env(), { target: `${services.vendorOrigin}/tasks/skjema-123`, sourceId: 'helse-bergen', onBehalfOf: 'Patient/ola' });
    await open(page, deepLink('skjema-123', launch, GP_FHIR));
    await assertRefused(page, /en annen kilde/);
    await context.close();
  });

  test('a launch id works once, and only for a short while', async () => {
    const { context, page } = await citizenBrowser('kari', 'Patient/ola');
    const launch = await ticket(context, env(), { target: `${services.vendorOrigin}/tasks/skjema-123`, sourceId: 'helse-bergen', onBehalfOf: 'Patient/ola' });
    await open(page, deepLink('skjema-123', launch));
    assert.match(await page.getByTestId('on-behalf-of').innerText(), /På vegne av Ola Nordmann/);
    await open(page, deepLink('skjema-123', launch));
    await assertRefused(page, /allerede brukt/);

    const late = await ticket(context, env(), { target: `${services.vendorOrigin}/tasks/skjema-123`, sourceId: 'helse-bergen', onBehalfOf: 'Patient/ola' });
    offset += TICKET_TTL_MS + 1000;
    await open(page, deepLink('skjema-123', late));
    await assertRefused(page, /for gammel/);
    await context.close();
  });

  test('after the vendor session expires the launch can only be confirmed: a switch in the portal stops, never lands on someone else', async () => {
    const { context, page } = await citizenBrowser('kari', 'Patient/ola');
    const navigations = [];
    page.on('request', (r) => r.isNavigationRequest() && navigations.push(r.url()));
    const launch = await ticket(context, env(), { target: `${services.vendorOrigin}/tasks/skjema-123`, sourceId: 'helse-bergen', onBehalfOf: 'Patient/ola' });
    await open(page, deepLink('skjema-123', launch));
    const taskPage = page.url();
    assert.equal(taskPage, `${services.vendorOrigin}/tasks/skjema-123/open`);

    // Still the same in the portal: the reload asks Helsenorge again and lands for Ola again.
    offset += VENDOR_SESSION_TTL_MS + 1000;
    const before = navigations.filter((u) => u.startsWith(`${services.issuer}/auth?`)).length;
    await open(page, taskPage);
    assert.equal(navigations.filter((u) => u.startsWith(`${services.issuer}/auth?`)).length, before + 1, 'a new authorization request');
    assert.equal(page.url(), taskPage);
    assert.match(await page.getByTestId('on-behalf-of').innerText(), /På vegne av Ola Nordmann/);

    // The citizen switches to Per in the portal; the vendor's session expires; a reload stops.
    await actFor(context, env(), 'Patient/per');
    offset += VENDOR_SESSION_TTL_MS + 1000;
    const text = await open(page, taskPage);
    assert.match(await page.locator('h1').innerText(), /Du opptrer nå for en annen person/);
    assert.match(await page.getByTestId('switch-stop').innerText(), /på vegne av Ola Nordmann/);
    assert.doesNotMatch(text, /Per Hansen/);
    assert.equal(await page.getByTestId('on-behalf-of').count(), 0);
    await context.close();
  });

  test('the provider holds the confidential vendor to form_post: a request for the code in a URL is refused', async () => {
    const { clientId, clientSecret, redirectUri } = services.vendorClient;
    const par = (extra) =>
      fetch(`${services.issuer}/request`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}` },
        body: new URLSearchParams({ client_id: clientId, response_type: 'code', redirect_uri: redirectUri, scope: 'openid', code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM', code_challenge_method: 'S256', ...extra }),
      });
    for (const mode of [{ response_mode: 'query' }, { response_mode: 'fragment' }, {}]) {
      const response = await par(mode);
      assert.equal(response.status, 400, JSON.stringify(mode));
      assert.match((await response.json()).error_description, /response_mode/);
    }
    assert.equal((await par({ response_mode: 'form_post' })).status, 201, 'form_post is accepted');

    const direct = new URL(`${services.issuer}/auth`);
    for (const [k, v] of Object.entries({ client_id: clientId, response_type: 'code', redirect_uri: redirectUri, scope: 'openid', response_mode: 'query', state: 's', code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM', code_challenge_method: 'S256' })) direct.searchParams.set(k, v);
    // Without PAR: refused as well; the answer carries the error, never a code.
    const answer = await fetch(direct, { redirect: 'manual' });
    const location = new URL(answer.headers.get('location') ?? '', services.issuer);
    assert.equal(location.searchParams.get('error'), 'invalid_request');
    assert.match(location.searchParams.get('error_description') ?? '', /response_mode/);
    assert.equal(location.searchParams.has('code'), false);
  });

  test('nothing secret in the log', () => {
    const log = lines.join('\n');
    assert.match(log, /launch refused for helse-bergen-timebestilling: launch belongs to another Helsenorge session/);
    assert.doesNotMatch(log, /eyJ[A-Za-z0-9_-]{5,}\./);
    assert.doesNotMatch(log, /launch=|code=|access_token|id_token/);
  });
});
