// End-to-end: the playground shell and every micro-frontend with Trusted Types enforced
// (`?tt`: require-trusted-types-for 'script', only the policies lit-html, hn-elements, dompurify).
// Each route is opened, its component renders live data, a journal document and an inbox message
// are opened (HTML from sources goes through the sanitiser), and not one violation may occur.
//
// Run: npm run test:e2e   (needs `npm run generate` first, as npm test does)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium, startPlayground } from '../../scripts/e2e/playground.mjs';

const ROUTES = [
  ['/appointments', 'hn-appointment-list'],
  ['/inbox', 'hn-inbox'],
  ['/tools', 'hn-tool-catalogue'],
  ['/journal', 'hn-journal-viewer'],
];

/** In the page: the first element matching `selector`, looking through shadow roots. */
const DEEP_QUERY = `window.deepQuery = (root, selector) => {
  const direct = root.querySelector(selector);
  if (direct) return direct;
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) { const found = window.deepQuery(element.shadowRoot, selector); if (found) return found; }
  }
  return null;
};`;

describe('Trusted Types enforced in the playground', { timeout: 240_000 }, () => {
  let playground;
  let browser;
  let page;
  const violations = [];
  const errors = [];

  before(async () => {
    playground = await startPlayground();
    browser = await launchChromium();
    page = await browser.newPage();
    await page.exposeFunction('reportViolation', (text) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        window.reportViolation(`${event.violatedDirective} ${event.blockedURI} ${event.sample} (${event.sourceFile}:${event.lineNumber})`),
      );
    });
    await page.addInitScript(DEEP_QUERY);
    page.on('pageerror', (error) => errors.push(String(error)));
  });

  after(async () => {
    await browser?.close();
    await playground?.stop();
  });

  test('the policy is really enforced: a raw string into innerHTML is refused', async () => {
    await page.goto(`${playground.playground}/?tt`);
    const outcome = await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
        return 'allowed';
      } catch {
        return 'refused';
      }
    });
    assert.equal(outcome, 'refused');
    // The refusal is reported as a violation too: proof that the test would see one from a component.
    const deadline = Date.now() + 5000;
    while (violations.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(violations.length, 1);
    assert.match(violations[0], /innerHTML.*<b>x<\/b>/);
    violations.length = 0;
  });

  for (const [path, tag] of ROUTES) {
    test(`${path}: ${tag} renders live data with no violation`, async () => {
      await page.goto(`${playground.playground}${path}?tt`);
      await page.waitForFunction((t) => {
        const el = window.deepQuery(document, t);
        return !!el && !el.hasAttribute('aria-busy') && !!el.shadowRoot?.querySelector('[part~="item"]');
      }, tag, { timeout: 60_000 });
      assert.equal(await page.evaluate(() => !!window.deepQuery(document, 'hn-error-tile')), false, 'no error tile');
      assert.deepEqual(violations, []);
      assert.deepEqual(errors, []);
    });
  }

  test('opening a journal document and an inbox message (sanitised HTML) causes no violation', async () => {
    for (const [path, tag] of [['/journal', 'hn-journal-viewer'], ['/inbox', 'hn-inbox']]) {
      await page.goto(`${playground.playground}${path}?tt`);
      await page.waitForFunction((t) => !!window.deepQuery(document, t)?.shadowRoot?.querySelector('[part~="item"]'), tag, { timeout: 60_000 });
      await page.evaluate((t) => {
        const el = window.deepQuery(document, t);
        const item = el.shadowRoot.querySelector('[part~="item"]');
        (item.querySelector('button, a, [tabindex]') ?? item).click();
      }, tag);
      await page.waitForTimeout(1500);
    }
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
  });
});
