// End-to-end: the playground shell and every micro-frontend with Trusted Types enforced. `?tt`
// makes the page's CSP `require-trusted-types-for 'script'; trusted-types lit-html hn-elements
// dompurify` (see playground/vite-plugins.mjs). The test
//   - proves enforcement is real (a raw string into innerHTML is refused and reported),
//   - records every policy the page creates (only the allowed names may exist),
//   - opens the overview and every route the shell's menu offers, waiting for each app's live data,
//   - opens every journal document (HTML, PDF, Composition sections), prints and downloads one,
//     opens every inbox item (HTML messages and letters), and starts a tool's hand-off,
// and requires zero `securitypolicyviolation` events, zero page errors and zero console errors.
//
// Run: npm run test:e2e   (needs `npm run generate` first, as npm test does)
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium, startPlayground } from '../../scripts/e2e/playground.mjs';
import { rawInnerHtmlRefused, waitForApps } from '../../scripts/e2e/shell-page.mjs';
import { TRUSTED_TYPES_POLICY } from '../vite-plugins.mjs';
import { DATA_TAGS } from './shell-pages.mjs';

const ALLOWED_POLICIES = /trusted-types\s+([^;]+)/.exec(TRUSTED_TYPES_POLICY)[1].trim().split(/\s+/);

/** In the page before any of its scripts: deep queries, and a record of policies, violations, hand-offs. */
function instrument() {
  window.deepQueryAll = (root, selector, found = []) => {
    found.push(...root.querySelectorAll(selector));
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) window.deepQueryAll(element.shadowRoot, selector, found);
    return found;
  };
  window.deepQuery = (root, selector) => window.deepQueryAll(root, selector)[0] ?? null;
  window.ttPolicies = [];
  const factory = window.trustedTypes;
  const create = factory.createPolicy.bind(factory);
  factory.createPolicy = (name, rules) => {
    window.ttPolicies.push(name);
    return create(name, rules);
  };
  document.addEventListener('securitypolicyviolation', (event) =>
    window.reportViolation(`${event.violatedDirective} ${event.blockedURI} ${event.sample} (${event.sourceFile}:${event.lineNumber})`),
  );
  // A hand-off would leave the page: the "host" takes over (the launcher has done its work by then).
  window.handoffs = 0;
  window.addEventListener('hn-handoff-start', (event) => {
    event.preventDefault();
    window.handoffs += 1;
  });
  // Print and download: the journal has built the file; the host keeps the page here.
  for (const type of ['hn-journal-document-print', 'hn-journal-document-download']) window.addEventListener(type, (event) => event.preventDefault());
}

describe('Trusted Types enforced in the playground (?tt)', { timeout: 240_000 }, () => {
  let playground;
  let browser;
  let page;
  const violations = [];
  const errors = [];
  /** Every policy any page load created. */
  const policies = new Set();

  before(async () => {
    playground = await startPlayground();
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.exposeFunction('reportViolation', (text) => violations.push(text));
    await page.addInitScript(instrument);
    page.on('pageerror', (error) => errors.push(`page error: ${error}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
    });
  });

  // Each test answers for its own page loads (a failure must not spill into the next test).
  beforeEach(() => {
    violations.length = 0;
    errors.length = 0;
  });

  after(async () => {
    await browser?.close();
    await playground?.stop();
  });

  /**
   * Opens `path` with ?tt and waits until every app on it has loaded its live data: not busy, no
   * error state, and items (a virtualised list below the fold has no rows yet, so "Viser N av N").
   */
  async function open(path) {
    await page.goto(`${playground.playground}${path}?tt`);
    const held = Object.values(await waitForApps(page, 60_000));
    assert.ok(!held.includes('hn-error-tile'), `${path}: no error tile (${held.join(', ')})`);
    return held;
  }

  const expectClean = async (where) => {
    for (const name of await page.evaluate(() => window.ttPolicies)) policies.add(name);
    assert.deepEqual(violations, [], `${where}: Trusted Types violations`);
    assert.deepEqual(errors, [], `${where}: errors`);
  };

  test('enforcement is real: a raw string into innerHTML is refused and reported', async () => {
    await page.goto(`${playground.playground}/?tt`);
    assert.equal(await rawInnerHtmlRefused(page), true);
    const deadline = Date.now() + 5000;
    while (violations.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(violations.length, 1, 'the test sees a violation when there is one');
    assert.match(violations[0], /innerHTML.*<b>x<\/b>/);
  });

  test('the overview mounts every overview app with live data', async () => {
    const tags = await open('/');
    assert.ok(tags.length >= 2, `overview apps: ${tags.join(', ')}`);
    const created = await page.evaluate(() => window.ttPolicies);
    assert.ok(created.includes('lit-html'), `Lit's policy is used: ${created.join(', ')}`);
    await expectClean('overview');
  });

  test('every route in the shell menu mounts its app with live data', async () => {
    await open('/');
    const routes = await page.evaluate(() =>
      [...new Set(window.deepQueryAll(document, 'nav a[href]').map((a) => new URL(a.href).pathname))].filter((p) => p !== '/'),
    );
    assert.ok(routes.length >= 4, `menu routes: ${routes.join(', ')}`);
    const mounted = [];
    for (const route of routes) mounted.push(...(await open(route)));
    for (const tag of DATA_TAGS) assert.ok(mounted.includes(tag), `${tag} mounted (have ${mounted.join(', ')})`);
    await expectClean('routes');
  });

  test('every journal document opens (sanitised HTML, sections, PDF), prints and downloads', async (t) => {
    await open('/journal');
    const shown = await page.evaluate(async () => {
      const viewer = window.deepQuery(document, 'hn-journal-viewer');
      const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
      let html = 0;
      const buttons = [...viewer.shadowRoot.querySelectorAll('[part~="item"] button.item-open')];
      for (const button of buttons) {
        const before = viewer.getAttribute('document-key');
        button.click();
        const body = '[part~="reader"] .doc-html, [part~="reader"] iframe, [part~="reader"] pre, [part~="reader"] [role="alert"]';
        for (let i = 0; i < 60 && (viewer.getAttribute('document-key') === before || viewer.hasAttribute('aria-busy') || !viewer.shadowRoot.querySelector(body)); i += 1) await wait(50);
        await wait(150);
        if (viewer.shadowRoot.querySelector('[part~="reader"] .doc-html')) {
          html += 1;
          for (const action of viewer.shadowRoot.querySelectorAll('[part~="reader"] .button')) if (/Skriv ut|Last ned/.test(action.textContent)) action.click();
          await wait(100);
        }
      }
      return { documents: buttons.length, html };
    });
    assert.ok(shown.documents > 0 && shown.html > 0, `documents opened: ${JSON.stringify(shown)}`);
    t.diagnostic(`journal: ${shown.documents} documents opened, ${shown.html} with sanitised HTML (printed and downloaded)`);
    await expectClean('journal');
  });

  test('every inbox item opens, HTML messages and letters included', async (t) => {
    await open('/inbox');
    const shown = await page.evaluate(async () => {
      const inbox = window.deepQuery(document, 'hn-inbox');
      const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
      let html = 0;
      const count = inbox.shadowRoot.querySelectorAll('[part~="item"] button').length;
      const until = async (condition, ms) => {
        for (let waited = 0; waited < ms && !condition(); waited += 50) await wait(50);
      };
      for (let i = 0; i < count; i += 1) {
        const before = inbox.getAttribute('selected');
        inbox.shadowRoot.querySelectorAll('[part~="item"] button')[i]?.click();
        await until(() => inbox.getAttribute('selected') !== before && inbox.shadowRoot.querySelector('#pane-heading'), 3000);
        await wait(100);
        let shown = false;
        for (const show of inbox.shadowRoot.querySelectorAll('[part~="pane"] button')) if (/^Vis\b/.test(show.textContent.trim())) (show.click(), (shown = true));
        await until(() => inbox.shadowRoot.querySelector('[part~="pane"] .html-body'), shown ? 1500 : 200);
        if (inbox.shadowRoot.querySelector('[part~="pane"] .html-body')) html += 1;
      }
      return { items: count, html };
    });
    assert.ok(shown.items > 0 && shown.html > 0, `inbox items opened: ${JSON.stringify(shown)}`);
    t.diagnostic(`inbox: ${shown.items} items opened, ${shown.html} with sanitised HTML`);
    await expectClean('inbox');
  });

  test('a tool is started through the hand-off launcher', async () => {
    await open('/tools');
    const handoffs = await page.evaluate(async () => {
      const control = window.deepQueryAll(document, 'hn-handoff-launcher').map((l) => l.shadowRoot.querySelector('[part~="control"]')).find((c) => c?.localName === 'a');
      control?.click();
      await new Promise((resolve) => setTimeout(resolve, 300));
      return window.handoffs;
    });
    assert.equal(handoffs, 1);
    await expectClean('tools');
  });

  test('every test result opens what it means, the imaging report with its sanitised text', async () => {
    await open('/test-results');
    const opened = await page.evaluate(async () => {
      const results = window.deepQuery(document, 'hn-test-results');
      const buttons = [...results.shadowRoot.querySelectorAll('[part~="explanation"] button[aria-expanded="false"]')];
      for (const button of buttons) button.click();
      await results.updateComplete;
      return { buttons: buttons.length, open: results.shadowRoot.querySelectorAll('[part~="explanation"] button[aria-expanded="true"]').length };
    });
    assert.ok(opened.buttons > 0 && opened.open === opened.buttons, `explanations opened: ${JSON.stringify(opened)}`);
    await expectClean('test results');
  });

  test('only the policies the CSP names were created, and each of them is needed', async (t) => {
    t.diagnostic(`policies created: ${[...policies].join(', ')}`);
    for (const name of policies) assert.ok(ALLOWED_POLICIES.includes(name), `policy "${name}" is not in the CSP`);
    for (const name of ALLOWED_POLICIES) assert.ok(policies.has(name), `the CSP allows "${name}", which nothing created: drop it`);
  });
});
