// End-to-end: the whole seamless hand-off in a real Chromium.
//
// Starts the playground as `npm start` does (playground/serve.mjs: Vite + FHIR servers, the OpenID
// provider standing in for Helsenorge, the demo vendor app), opens the hand-off demo page
// (/playground/oidc/portal.html) as Kari Nordmann, clicks a <hn-handoff-launcher>, and checks that
// the vendor app shows who arrived, on whose behalf and which task, with no login screen — and that
// no token, code or ID token ever appeared in a URL, in storage, in a cookie the page can read, or
// in the servers' log.
//
// Run: npm run test:e2e   (node --test; needs `npm run generate` first, as npm test does)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium, startPlayground as startServers } from '../../../../scripts/e2e/playground.mjs';

const JWT = /eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}/;
const TOKEN_PARAMS = ['code', 'access_token', 'id_token', 'refresh_token', 'token'];

/** The playground with the hand-off services logging, so the test can search their log for tokens. */
const startPlayground = () => startServers({ HANDOFF_LOG: '1' });

/** Everything the browser did: requests (with Referer and form bodies), navigations, redirects. */
function record(context) {
  const requests = [];
  const navigations = [];
  const redirects = [];
  context.on('request', (request) => {
    requests.push({ url: request.url(), method: request.method(), referer: request.headers()['referer'], body: request.postData() ?? '' });
    if (request.isNavigationRequest()) navigations.push(request.url());
  });
  context.on('response', (response) => {
    const location = response.headers()['location'];
    if (location) redirects.push(new URL(location, response.url()).href);
  });
  return { requests, navigations, redirects, urls: () => [...requests.map((r) => r.url), ...navigations, ...redirects] };
}

/** No URL the browser saw carries a token, an authorization code or an ID token. */
function assertNoTokenInUrls(urls, secrets = []) {
  for (const url of urls) {
    assert.doesNotMatch(url, JWT, `a JWT in ${url}`);
    const parsed = new URL(url);
    for (const name of TOKEN_PARAMS) {
      assert.equal(parsed.searchParams.has(name), false, `${name}= in ${url}`);
      assert.equal(new URLSearchParams(parsed.hash.slice(1)).has(name), false, `${name}= in the fragment of ${url}`);
    }
    for (const secret of secrets) assert.equal(url.includes(secret), false, `a secret value in ${url}`);
  }
}

async function assertNothingStored(page, context) {
  const stored = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookies: document.cookie }));
  assert.deepEqual({ local: stored.local, session: stored.session }, { local: 0, session: 0 }, `storage on ${page.url()}`);
  assert.equal(stored.cookies, '', `cookies readable by script on ${page.url()}`);
  for (const cookie of await context.cookies()) {
    assert.doesNotMatch(cookie.value, JWT, `a JWT in the cookie ${cookie.name}`);
    // The vendor's cookies and the (simulated) portal session are opaque ids that script cannot read.
    if (cookie.name.startsWith('vendor_') || cookie.name === 'hn_portal') assert.equal(cookie.httpOnly, true, `${cookie.name} is HttpOnly`);
  }
}

async function openPortal(context, base, as) {
  const page = await context.newPage();
  await page.goto(`${base}/playground/oidc/portal.html?as=${as}`);
  await page.waitForSelector(`body[data-ready="${as}"]`, { timeout: 60_000 });
  return page;
}

describe('seamless hand-off, end to end', { timeout: 240_000 }, () => {
  /** @type {Awaited<ReturnType<typeof startPlayground>>} */
  let playground;
  /** @type {import('playwright-core').Browser} */
  let browser;

  before(async () => {
    playground = await startPlayground();
    browser = await launchChromium();
    // Warm Vite up once (first load optimises dependencies).
    const context = await browser.newContext();
    await openPortal(context, playground.playground, 'self');
    await context.close();
  });

  after(async () => {
    await browser?.close();
    await playground?.stop();
  });

  test('SMART launch: Kari arrives on behalf of Ola at the task, with no login screen and no token in any URL', async () => {
    const context = await browser.newContext();
    const seen = record(context);
    const page = await openPortal(context, playground.playground, 'ola');
    const launcher = page.locator('#smart a[part="control"]');
    assert.match(await launcher.innerText(), /Åpne skjemaet[\s\S]*Du går til Helse Bergen på vegne av Ola Nordmann\./);

    await launcher.click();
    await page.waitForURL(`${playground.vendor}/tasks/skjema-123/open`, { timeout: 20_000 });
    assert.match(await page.getByTestId('citizen').innerText(), /Kari Nordmann/);
    assert.match(await page.getByTestId('on-behalf-of').innerText(), /På vegne av Ola Nordmann \(du er forelder\)/);
    assert.equal(await page.getByTestId('task').innerText(), 'skjema-123');

    // The hand-off went: deep link with iss + opaque launch id -> PAR request_uri -> (invisible) interaction -> form_post.
    const deepLink = seen.navigations.find((u) => u.startsWith(`${playground.vendor}/tasks/skjema-123?`));
    assert.ok(deepLink, 'navigated to the deep link');
    const launch = new URL(deepLink).searchParams.get('launch');
    assert.match(launch, /^[A-Za-z0-9_-]{32,}$/, 'the launch id is opaque');
    assert.equal(new URL(deepLink).searchParams.get('iss'), `${playground.playground}/fhir/helse-bergen`);
    const deepLinkRequest = seen.requests.find((r) => r.url === deepLink);
    assert.equal(deepLinkRequest.referer, undefined, 'no Referer from the portal');
    // The launch id was asked for with the portal session (the simulated Helsenorge login's cookie).
    assert.ok((await context.cookies(playground.issuer)).some((c) => c.name === 'hn_portal' && c.httpOnly), 'a portal session');
    const authorize = seen.navigations.find((u) => u.startsWith(`${playground.issuer}/auth?`));
    assert.ok(authorize, 'an authorization request');
    assert.deepEqual([...new URL(authorize).searchParams.keys()].sort(), ['client_id', 'request_uri'], 'PAR: only client_id and request_uri in the URL');
    const callback = seen.requests.find((r) => r.url === `${playground.vendor}/callback`);
    assert.equal(callback?.method, 'POST', 'response_mode=form_post');
    const code = new URLSearchParams(callback.body).get('code');
    assert.ok(code, 'the code came in the form body');
    assert.ok(new URLSearchParams(callback.body).get('iss'), 'the provider says who it is (RFC 9207, against mix-up)');

    // No login screen: only redirects and the auto-submitting form_post page passed through the provider.
    const providerPages = seen.navigations.filter((u) => u.startsWith(playground.issuer));
    for (const url of providerPages) assert.match(new URL(url).pathname, /^\/(auth|interaction)\b/, `unexpected provider page ${url}`);
    assert.equal(seen.requests.filter((r) => r.url.startsWith(`${playground.issuer}/handoff/tickets`) && r.method === 'POST').length, 1, 'one launch id');

    assertNoTokenInUrls(seen.urls(), [code]);
    await assertNothingStored(page, context);
    await page.goto(`${playground.playground}/playground/oidc/portal.html?as=ola`);
    await page.waitForSelector('body[data-ready="ola"]');
    await assertNothingStored(page, context);

    // The launch id is single use: the same deep link again does not log anyone in, and says why.
    await page.goto(deepLink);
    await page.waitForURL(`${playground.vendor}/callback`);
    assert.match(await page.locator('main').innerText(), /Helsenorge avviste overgangen/);
    assert.match(await page.getByTestId('error-explanation').innerText(), /allerede brukt/);
    assert.equal(await page.getByTestId('citizen').count(), 0);
    await context.close();
  });

  test('a double click starts exactly one hand-off', async () => {
    const context = await browser.newContext();
    const seen = record(context);
    const page = await openPortal(context, playground.playground, 'self');
    await page.locator('#smart a[part="control"]').dblclick();
    await page.waitForURL(`${playground.vendor}/tasks/skjema-123/open`, { timeout: 20_000 });
    assert.equal(seen.requests.filter((r) => r.url.endsWith('/handoff/tickets') && r.method === 'POST').length, 1, 'one launch id asked for');
    assert.equal(seen.navigations.filter((u) => u.startsWith(`${playground.vendor}/tasks/skjema-123?`)).length, 1, 'one navigation to the deep link');
    assert.match(await page.getByTestId('on-behalf-of').innerText(), /For deg selv/);
    await context.close();
  });

  test('plain deep link: the representation comes from the (simulated) Helsenorge session', async () => {
    const context = await browser.newContext();
    const seen = record(context);
    const page = await openPortal(context, playground.playground, 'per');
    await page.locator('#plain a[part="control"]').click();
    await page.waitForURL(`${playground.vendor}/tasks/egenvurdering-456/open`, { timeout: 20_000 });
    assert.match(await page.getByTestId('citizen').innerText(), /Kari Nordmann/);
    assert.match(await page.getByTestId('on-behalf-of').innerText(), /På vegne av Per Hansen \(du er fullmektig\)/);
    assert.equal(await page.getByTestId('task').innerText(), 'egenvurdering-456');
    assertNoTokenInUrls(seen.urls());
    await assertNothingStored(page, context);
    await context.close();
  });

  test('"Endre time" in the appointment list hands off to the booking, on behalf of the child', async () => {
    const context = await browser.newContext();
    const seen = record(context);
    const page = await openPortal(context, playground.playground, 'ola');
    const change = page.locator('hn-appointment-list hn-handoff-launcher a[part="control"]').first();
    await change.waitFor({ timeout: 20_000 });
    assert.match(await change.innerText(), /Endre time[\s\S]*på vegne av Ola Nordmann/);
    await change.click();
    await page.waitForURL(new RegExp(`^${playground.vendor}/tasks/endre-time-[\\w-]+/open$`), { timeout: 20_000 });
    assert.match(await page.getByTestId('on-behalf-of').innerText(), /Ola Nordmann/);
    assert.match(await page.getByTestId('task').innerText(), /^endre-time-hb-appt-\d+$/);
    assertNoTokenInUrls(seen.urls());
    await context.close();
  });

  test('a new tab opens without an opener and lands on the task', async () => {
    const context = await browser.newContext();
    const page = await openPortal(context, playground.playground, 'ola');
    const [tab] = await Promise.all([context.waitForEvent('page'), page.locator('#new-tab a[part="control"]').click()]);
    await tab.waitForURL(`${playground.vendor}/tasks/skjema-123/open`, { timeout: 20_000 });
    assert.equal(await tab.evaluate(() => window.opener), null);
    assert.match(await tab.getByTestId('on-behalf-of').innerText(), /Ola Nordmann/);
    assert.equal(page.url().startsWith(playground.playground), true, 'the portal stays where it was');
    await context.close();
  });

  test('hostile and unlisted targets are refused visibly and never navigate', async () => {
    const context = await browser.newContext();
    const seen = record(context);
    const page = await openPortal(context, playground.playground, 'self');
    const before = page.url();
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    for (const id of ['script', 'not-allowed']) {
      await page.locator(`#${id} [part="control"]`).click();
      await page.locator(`#${id} [role="alert"]`).waitFor();
    }
    assert.match(await page.locator('#not-allowed [role="alert"]').innerText(), /evil\.example/);
    assert.equal(page.url(), before);
    assert.equal(dialogs, 0, 'no script ran');
    assert.equal(seen.requests.some((r) => r.url.includes('evil.example')), false);
    await context.close();
  });

  test('the vendor refuses a callback that did not start in this browser (CSRF) and a launch from an unknown iss', async () => {
    const forged = await fetch(`${playground.vendor}/callback`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'state=forged&code=stolen',
    });
    assert.equal(forged.status, 400);
    const mixup = await fetch(`${playground.vendor}/tasks/skjema-123?iss=${encodeURIComponent('https://evil.example/fhir')}&launch=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`, { redirect: 'manual' });
    assert.equal(mixup.status, 400);
    assert.equal(mixup.headers.get('location'), null);
  });

  test('the servers logged the hand-offs but no token, code or launch id', () => {
    const log = playground.log();
    assert.match(log, /kari arrived at task skjema-123 on behalf of ola/);
    assert.doesNotMatch(log, JWT);
    assert.doesNotMatch(log, /launch=|code=|access_token|id_token/);
  });
});
