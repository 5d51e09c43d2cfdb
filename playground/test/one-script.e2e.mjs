// End-to-end: two components, each loaded by one <script type="module"> of its self-contained
// dist/standalone.js, on a page with no import map (playground/hosts/one-script.html), in Debian's
// Chromium against the playground's FHIR servers. The playground serves the page as written and
// builds standalone.js in memory from the current sources with scripts/standalone.mjs (the build
// `npm run build` writes to dist), so this test needs no build beforehand and never runs a stale one.
// It checks what docs/integration.md ("One script tag") promises: no other request (but the fonts
// beside a standalone file, which the playground serves from the tokens package), the files sent
// compressed as a production server sends them (brotli, their size printed), both components
// with live data, production Lit, no errors, axe clean, the package API exported, the session
// context shared by the two copies, and what two copies need under Trusted Types.
//
// Run: npm run test:e2e   (needs `npm run generate` first, as npm test does)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, launchChromium, startPlayground } from '../../scripts/e2e/playground.mjs';
import { TRUSTED_TYPES_POLICY } from '../vite-plugins.mjs';

const PAGE = '/playground/hosts/one-script.html';
const BUNDLES = ['/packages/appointment-list/dist/standalone.js', '/packages/inbox/dist/standalone.js'];
/** Source Sans 3, which the tokens code in a standalone file asks for in the fonts folder beside it. */
const FONT = /^\/packages\/[a-z-]+\/dist\/fonts\/source-sans-3-latin(?:-ext)?-(?:400|600|700)-normal\.woff2$/;
/** What core's defineElement says when a second copy registers a tag the first already has. */
const SECOND_COPY_WARNING = /^\[hn-elements\] <hn-[a-z-]+> is already defined by another copy; keeping the first\.$/;

/**
 * Waits until every element matching `selector` has finished loading and shows at least one item.
 * Each is scrolled into view first: the inbox's list is virtualised and renders only rows that
 * are on screen (below the appointment list, it starts out of view).
 */
async function waitForItems(page, selector) {
  const notBusy = (selector) => [...document.querySelectorAll(selector)].every((element) => element.localName.includes('-') && !!customElements.get(element.localName) && !element.hasAttribute('aria-busy'));
  await page.waitForFunction(notBusy, selector, { timeout: 60_000 });
  const count = await page.locator(selector).count();
  for (let index = 0; index < count; index += 1) {
    const element = page.locator(selector).nth(index);
    await element.scrollIntoViewIfNeeded();
    await page.waitForFunction((element) => (element.shadowRoot?.querySelectorAll('[part="item"]').length ?? 0) > 0, await element.elementHandle(), { timeout: 30_000 });
  }
}

/** Source names the items of `selector` are attributed to. */
function sourcesShown(page, selector) {
  return page.evaluate(
    (selector) =>
      [...(document.querySelector(selector)?.shadowRoot?.querySelectorAll('.source-label') ?? [])].map((label) => label.textContent?.trim() ?? ''),
    selector,
  );
}

describe('one script tag per component, no import map', { timeout: 240_000 }, () => {
  let playground;
  let browser;
  let context;
  let page;
  /** Paths (with query) of every request the page made. */
  const requests = [];
  const errors = [];
  const warnings = [];
  /** The responses that carried the standalone files. */
  const bundleResponses = [];

  before(async () => {
    playground = await startPlayground();
    browser = await launchChromium();
    context = await browser.newContext();
    page = await context.newPage();
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.origin === playground.playground && BUNDLES.includes(url.pathname)) bundleResponses.push(response);
    });
    page.on('request', (request) => {
      const url = new URL(request.url());
      requests.push(url.origin === playground.playground ? `${url.pathname}${url.search}` : url.href);
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.goto(`${playground.playground}${PAGE}`);
    await waitForItems(page, 'hn-appointment-list, hn-inbox');
  });

  after(async () => {
    await context?.close();
    await browser?.close();
    await playground?.stop();
  });

  test('the page has no import map and requests only its two standalone files and FHIR data', async () => {
    assert.equal(await page.locator('script[type="importmap"]').count(), 0);
    for (const bundle of BUNDLES) assert.equal(requests.filter((path) => path === bundle).length, 1, `${bundle} requested once`);
    const other = requests.filter((path) => path !== PAGE && !BUNDLES.includes(path) && path !== '/__fhir-control/sources' && !path.startsWith('/fhir/') && !FONT.test(path));
    assert.deepEqual(other, [], 'no other request (no Lit, core, tokens or chunks of their own, no Vite client)');
    // The fonts come from beside a standalone file, each face once although both files declare it.
    const fonts = requests.filter((path) => FONT.test(path));
    assert.ok(fonts.length > 0, 'Source Sans 3 is loaded');
    for (const font of fonts) assert.ok(BUNDLES.some((bundle) => font.startsWith(bundle.replace(/standalone\.js$/, 'fonts/'))), `${font} is beside a standalone file`);
    const files = fonts.map((path) => path.split('/').pop());
    assert.equal(new Set(files).size, files.length, `each font file once: ${fonts.join(', ')}`);
    assert.equal(await page.evaluate(() => document.fonts.check('16px "Source Sans 3"')), true);
    assert.ok(requests.some((path) => path.startsWith('/fhir/')), 'live data from the FHIR servers');
  });

  test('the standalone files come compressed (brotli), and what they cost is printed', async (t) => {
    assert.equal(bundleResponses.length, BUNDLES.length);
    let transferred = 0;
    let decoded = 0;
    for (const response of bundleResponses) {
      const path = new URL(response.url()).pathname;
      assert.equal(await response.headerValue('content-encoding'), 'br', `${path} sent with brotli`);
      assert.equal(await response.headerValue('vary'), 'Accept-Encoding', path);
      const { responseBodySize } = await response.request().sizes();
      const body = (await response.body()).length;
      assert.ok(responseBodySize > 0 && responseBodySize < body / 2.5, `${path}: ${responseBodySize} bytes on the wire for ${body}`);
      transferred += responseBodySize;
      decoded += body;
      t.diagnostic(`${path}: ${(responseBodySize / 1024).toFixed(1)} KB brotli (${(body / 1024).toFixed(1)} KB)`);
    }
    t.diagnostic(`two standalone files: ${(transferred / 1024).toFixed(1)} KB on the wire, ${(decoded / 1024).toFixed(1)} KB to parse`);
  });

  test('both components render their live data, attributed to their sources', async () => {
    const fromAppointments = await sourcesShown(page, 'hn-appointment-list');
    for (const source of ['Helse Bergen', 'Legesenteret i Sentrum', 'Bergen kommune']) {
      assert.ok(fromAppointments.some((label) => label.startsWith(`Fra ${source}`)), `an appointment attributed to ${source}`);
    }
    // The inbox says how many items it fetched from the three sources, and each row its source.
    const inbox = await page.evaluate(() => {
      const root = document.querySelector('hn-inbox')?.shadowRoot;
      return {
        label: root?.querySelector('[part="list"]')?.getAttribute('aria-label') ?? '',
        meta: [...(root?.querySelectorAll('[part="item"] .meta') ?? [])].map((meta) => meta.textContent ?? ''),
      };
    });
    assert.match(inbox.label, /Viser (\d+) av \1$/);
    assert.ok(inbox.meta.length > 0 && inbox.meta.every((text) => /Fra /.test(text)), `rows with their source: ${inbox.meta.join(' | ')}`);
  });

  test('the inbox opens an item in its reading pane, attributed to its source', async () => {
    await page.locator('hn-inbox').locator('[part="item"] button').first().click();
    await page.waitForFunction(() => {
      const label = document.querySelector('hn-inbox')?.shadowRoot?.querySelector('[part="pane"] .source-label');
      return /^Fra /.test(label?.textContent?.trim() ?? '');
    }, undefined, { timeout: 30_000 });
  });

  test("the inbox's shared elements are the first copy's, and they work: a search with no matches", async () => {
    const inbox = page.locator('hn-inbox');
    await inbox.locator('input[type="search"]').fill('ingen-slik-melding');
    await page.waitForFunction(() => {
      const state = document.querySelector('hn-inbox')?.shadowRoot?.querySelector('hn-state');
      return /Ingen treff/.test(state?.shadowRoot?.textContent ?? '');
    }, undefined, { timeout: 30_000 });
    await inbox.locator('input[type="search"]').fill('');
    await page.waitForFunction(() => !document.querySelector('hn-inbox')?.shadowRoot?.querySelector('hn-state'), undefined, { timeout: 30_000 });
  });

  test('Lit in production mode, no errors; the second copy only warns about tags the first registered', () => {
    assert.deepEqual(errors, []);
    assert.ok(!warnings.some((text) => /dev mode/i.test(text)), `no Lit dev-mode warning: ${warnings.join(' | ')}`);
    const unexpected = warnings.filter((text) => !SECOND_COPY_WARNING.test(text));
    assert.deepEqual(unexpected, []);
    // The inbox's copy found core's shared elements and the hand-off launcher already defined.
    assert.ok(warnings.some((text) => text.includes('<hn-state>')), 'the second copy met the first one\'s <hn-state>');
  });

  test('axe: no violations', async () => {
    assert.deepEqual(await axeViolations(page), []);
  });

  test('the standalone file exports the package API, and the tag is its class', async () => {
    const before = requests.length;
    const result = await page.evaluate(async ([appointments, inbox]) => {
      const a = await import(appointments);
      const b = await import(inbox);
      return {
        appointmentClass: customElements.get('hn-appointment-list') === a.HnAppointmentList,
        inboxClass: customElements.get('hn-inbox') === b.HnInbox,
        appointmentApi: [typeof a.appointmentsFromBundle, typeof a.appointmentToIcs],
        inboxApi: [typeof b.inboxFromBundle, typeof b.readDraft],
      };
    }, BUNDLES);
    assert.deepEqual(result, {
      appointmentClass: true,
      inboxClass: true,
      appointmentApi: ['function', 'function'],
      inboxApi: ['function', 'function'],
    });
    assert.deepEqual(requests.slice(before), [], 'the modules were loaded already: no new request');
  });

  test('the session context crosses the two copies: an ancestor that answers context-request serves both', async () => {
    // No Lit on the page side: a plain listener speaks the context protocol (@lit/context's
    // `context-request` event). Core's key is Symbol.for('hn-elements.session'), the same symbol
    // in both copies, so each copy's consumer is answered.
    await page.evaluate(async () => {
      const sources = await (await fetch('/__fhir-control/sources')).json();
      const kari = { reference: 'Patient/kari', name: 'Kari Nordmann' };
      const session = { actor: kari, patient: kari, locale: 'nb', sources, handoff: { allowedOrigins: [location.origin] } };
      const provider = document.createElement('section');
      provider.id = 'provided';
      provider.addEventListener('context-request', (event) => {
        if (event.context !== Symbol.for('hn-elements.session')) return;
        event.stopPropagation();
        event.callback(session);
      });
      provider.append(document.createElement('hn-appointment-list'), document.createElement('hn-inbox'));
      document.querySelector('main').append(provider);
    });
    await waitForItems(page, '#provided > hn-appointment-list, #provided > hn-inbox');
    const fromContext = await page.evaluate(() => [...document.querySelectorAll('#provided > *')].map((element) => element.session === undefined));
    assert.deepEqual(fromContext, [true, true], 'no .session set: the data came through the context');
    assert.deepEqual(errors, []);
  });

  test("under Trusted Types two standalone files need 'allow-duplicates' (each copy of Lit has its lit-html policy)", async () => {
    const outcome = {};
    for (const [label, policy] of [['strict', TRUSTED_TYPES_POLICY], ['allow-duplicates', `${TRUSTED_TYPES_POLICY} 'allow-duplicates'`]]) {
      const ttContext = await browser.newContext();
      const ttPage = await ttContext.newPage();
      const pageErrors = [];
      ttPage.on('pageerror', (error) => pageErrors.push(String(error)));
      // The host page with the policy a host would send (as the playground's `?tt` shell does).
      await ttPage.route(`**${PAGE}`, async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace('<head>', `<head><meta http-equiv="Content-Security-Policy" content="${policy}" />`);
        await route.fulfill({ response, body });
      });
      // goto waits for `load`, which comes after both module scripts have run (or failed).
      await ttPage.goto(`${playground.playground}${PAGE}`);
      if (label === 'strict') {
        outcome[label] = { inboxDefined: await ttPage.evaluate(() => !!customElements.get('hn-inbox')), errors: pageErrors.some((text) => /Policy with name "lit-html" already exists/.test(text)) };
      } else {
        await waitForItems(ttPage, 'hn-appointment-list, hn-inbox');
        outcome[label] = { inboxDefined: true, errors: pageErrors.length > 0 };
      }
      await ttContext.close();
    }
    assert.deepEqual(outcome, {
      strict: { inboxDefined: false, errors: true },
      'allow-duplicates': { inboxDefined: true, errors: false },
    });
  });
});
