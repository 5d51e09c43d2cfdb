// End-to-end: a new-tab hand-off with Chromium's popup blocker ON.
//
// Playwright starts Chromium with --disable-popup-blocking; here that flag is left out, so the
// browser blocks a new tab that is not opened close enough to the citizen's own click (Chromium's
// transient user activation lasts about 5 s). The SMART launcher "Åpne skjemaet i ny fane" on the
// hand-off demo page (/playground/oidc/portal.html) first asks "Helsenorge" for a launch id; the
// test holds that answer back until the page itself says the click's activation has run out
// (navigator.userActivation.isActive turns false) — a slow ticket, timed by the browser's own
// signal instead of a fixed sleep — and checks the citizen still gets on, with the same launch id.
//
// Careful: every Playwright call that evaluates in the page (evaluate, locators, waitForFunction,
// even the answer to an exposed binding) runs as a user gesture and so renews the activation. While
// the ticket is held, the test therefore only listens: a probe in the page reports on the console
// when the activation has run out and when the link is shown.
//
// Run: node --test --test-reporter=spec packages/handoff-launcher/test/e2e/popup-blocker.e2e.mjs
//      (needs `npm run generate` first, as npm test does)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, launchChromium, startPlayground } from '../../../../scripts/e2e/playground.mjs';

const TASK_PAGE = (vendor) => `${vendor}/tasks/skjema-123/open`;

async function openPortal(context, base, as) {
  const page = await context.newPage();
  await page.goto(`${base}/playground/oidc/portal.html?as=${as}`);
  await page.waitForSelector(`body[data-ready="${as}"]`, { timeout: 60_000 });
  return page;
}

/** Requests the browser made (with their Referer) and the tabs it opened, for one context. */
function record(context) {
  const requests = [];
  const tabs = [];
  context.on('request', (request) => requests.push({ url: request.url(), method: request.method(), referer: request.headers()['referer'] }));
  context.on('page', (page) => tabs.push(page));
  return { requests, tabs };
}

/**
 * Resolves when the page logs `text` (a console message is only listened to: no user gesture).
 * Rejects after `timeout` ms, so a missing signal fails the test instead of hanging it.
 */
function consoleSignal(page, text, timeout = 30_000) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      page.off('console', onMessage);
      reject(new Error(`the page did not report "${text}" within ${timeout} ms`));
    }, timeout);
    const onMessage = (message) => {
      if (message.text() !== text) return;
      clearTimeout(timer);
      page.off('console', onMessage);
      resolve(Date.now());
    };
    page.on('console', onMessage);
  });
}

/** In the page: reports when the click's activation runs out and when the launcher offers its link. */
function activationProbe() {
  let active = false;
  let offered = false;
  setInterval(() => {
    const now = navigator.userActivation?.isActive === true;
    if (active && !now) console.info('hn-e2e: activation ended');
    active = now;
    if (!offered && document.getElementById('new-tab')?.shadowRoot?.querySelector('[part="offer-link"]')) {
      offered = true;
      console.info('hn-e2e: offer shown');
    }
  }, 20);
}

/** Which part of the launcher `id` has focus (through its shadow root), or what else has it. */
function focusedPart(page, id) {
  return page.evaluate((hostId) => {
    const active = document.activeElement;
    if (!active || active === document.body) return 'body';
    if (active.id !== hostId) return `#${active.id || active.localName}`;
    return active.shadowRoot?.activeElement?.getAttribute('part') ?? 'the host';
  }, id);
}

describe('new-tab hand-off with the popup blocker on', { timeout: 180_000 }, () => {
  /** @type {Awaited<ReturnType<typeof startPlayground>>} */
  let playground;
  /** @type {import('playwright-core').Browser} */
  let browser;

  before(async () => {
    playground = await startPlayground();
    browser = await launchChromium([], { ignoreDefaultArgs: ['--disable-popup-blocking'] });
    const context = await browser.newContext();
    await openPortal(context, playground.playground, 'self'); // warm Vite up
    await context.close();
  });

  after(async () => {
    await browser?.close();
    await playground?.stop();
  });

  test('the blocker really is on: a window opened without a click is blocked', async () => {
    const context = await browser.newContext();
    const seen = record(context);
    // Tried as the page starts, before Playwright has evaluated anything there (which would count as a gesture).
    await context.addInitScript(() => console.info(`hn-e2e: window.open ${window.open('about:blank', '_blank') === null ? 'blocked' : 'opened'}`));
    const page = await context.newPage();
    const probe = new Promise((resolve) => page.on('console', (m) => m.text().startsWith('hn-e2e: window.open') && resolve(m.text())));
    await page.goto(`${playground.playground}/playground/oidc/portal.html?as=self`);
    assert.equal(await probe, 'hn-e2e: window.open blocked', 'the popup blocker is off');
    assert.equal(seen.tabs.length, 1, 'only the portal');
    await context.close();
  });

  test('a slow ticket gives a visible link with the reason; the link opens the new tab with the same launch id and no opener', async () => {
    const context = await browser.newContext();
    const seen = record(context);
    await context.addInitScript(activationProbe);
    const page = await openPortal(context, playground.playground, 'ola');
    const control = page.locator('#new-tab a[part="control"]');
    await control.waitFor();

    // Hold the launch id back until the click's activation has run out in the page.
    const activationEnded = consoleSignal(page, 'hn-e2e: activation ended');
    const offerShown = consoleSignal(page, 'hn-e2e: offer shown');
    const issued = [];
    await page.route(`${playground.issuer}/handoff/tickets`, async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      await activationEnded.catch(() => undefined);
      const response = await route.fetch();
      issued.push((await response.json()).launch);
      await route.fulfill({ response });
    });

    const clickedAt = Date.now();
    await control.click();
    const heldFor = (await activationEnded) - clickedAt;
    await offerShown;
    console.info(`# the launch id was held ${heldFor} ms after the click (until the activation ran out)`);

    // Nothing opened by itself, nothing was silent: the reason and the way on are on the page, with focus on the way on.
    const offer = page.locator('#new-tab a[part="offer-link"]');
    assert.equal(seen.tabs.length, 1, 'no tab opened while the blocker would have stopped it');
    assert.equal(issued.length, 1, 'one launch id');
    assert.ok(heldFor >= 3_000, `the ticket was held until the activation ran out (${heldFor} ms)`);
    assert.match(await page.locator('#new-tab [role="status"]').innerText(), /det tok litt tid[\s\S]*ny fane/i);
    assert.match(await offer.innerText(), /Åpne Helse Bergen i ny fane/);
    assert.equal(await focusedPart(page, 'new-tab'), 'offer-link', 'focus moved to the link');
    const href = new URL(await offer.getAttribute('href'));
    assert.equal(href.searchParams.get('launch'), issued[0], 'the link carries the launch id that was issued');
    assert.equal(await offer.getAttribute('target'), '_blank');
    assert.deepEqual((await offer.getAttribute('rel')).split(' ').sort(), ['noopener', 'noreferrer']);
    assert.equal(await offer.getAttribute('referrerpolicy'), 'no-referrer');
    const box = await offer.boundingBox();
    assert.ok(box && box.height >= 44 && box.width >= 44, `44 px target (${box?.width}×${box?.height})`);
    assert.deepEqual(await axeViolations(page), []);

    // The citizen activates the link: a fresh activation, so the blocker lets the tab open.
    const [tab] = await Promise.all([context.waitForEvent('page', { timeout: 20_000 }), offer.click()]);
    await tab.waitForURL(TASK_PAGE(playground.vendor), { timeout: 20_000 });
    assert.equal(await tab.evaluate(() => window.opener), null, 'no opener');
    assert.match(await tab.getByTestId('on-behalf-of').innerText(), /På vegne av Ola Nordmann/);
    const deepLinks = seen.requests.filter((r) => r.url.startsWith(`${playground.vendor}/tasks/skjema-123?`));
    assert.equal(deepLinks.length, 1, 'one navigation to the deep link');
    assert.equal(new URL(deepLinks[0].url).searchParams.get('launch'), issued[0], 'the new tab used the launch id that was issued, not another');
    assert.equal(deepLinks[0].referer, undefined, 'no Referer from the portal');
    assert.equal(seen.requests.filter((r) => r.url === `${playground.issuer}/handoff/tickets` && r.method === 'POST').length, 1, 'no second launch id');

    // The portal stays, the link is gone, and focus went back to the launcher, not to <body>.
    assert.ok(page.url().startsWith(playground.playground));
    await offer.waitFor({ state: 'detached' });
    assert.equal(await focusedPart(page, 'new-tab'), 'control');
    await context.close();
  });

  test('a fast ticket under the blocker still opens the new tab directly', async () => {
    const context = await browser.newContext();
    const seen = record(context);
    const page = await openPortal(context, playground.playground, 'ola');
    const [tab] = await Promise.all([context.waitForEvent('page', { timeout: 20_000 }), page.locator('#new-tab a[part="control"]').click()]);
    await tab.waitForURL(TASK_PAGE(playground.vendor), { timeout: 20_000 });
    assert.equal(await tab.evaluate(() => window.opener), null, 'no opener');
    assert.match(await tab.getByTestId('on-behalf-of').innerText(), /På vegne av Ola Nordmann/);
    assert.equal(await page.locator('#new-tab [part="offer-link"]').count(), 0, 'no link offered when the tab could open');
    assert.equal(seen.requests.filter((r) => r.url === `${playground.issuer}/handoff/tickets` && r.method === 'POST').length, 1, 'one launch id');
    await context.close();
  });
});
