// End-to-end: the dev playground with `?tt`, which puts the deployable shell's Trusted Types policy
// (scripts/site/policy.mjs) in front of the page, so a developer sees a violation while working,
// not after deploying. Checked here: enforcement is real (a raw string into innerHTML is refused and
// reported), the overview mounts every overview app with live data with zero violations and zero
// errors, the page (Vite's dev client included) creates only policies the policy names, and a tool
// is started through the hand-off launcher with none either (the deployable shell's demo site has
// no hand-off service).
// What a reader does under the policy (every document, message and result opened) is tested on the
// production build: packages/shell/test/e2e/trusted-types.e2e.mjs.
//
// Run: npm run test:e2e   (needs `npm run generate` first, as npm test does)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { usePlaygroundAndBrowser } from '../../scripts/e2e/playground.mjs';
import { rawInnerHtmlRefused, recordViolations, waitForApps } from '../../scripts/e2e/shell-page.mjs';
import { TRUSTED_TYPES_POLICY } from '../vite-plugins.mjs';

const ALLOWED_POLICIES = /trusted-types\s+([^;]+)/.exec(TRUSTED_TYPES_POLICY)[1].trim().split(/\s+/);

/** In the page before its scripts: the name of every policy created (`window.ttPolicies`). */
function recordPolicies() {
  const created = [];
  Object.assign(window, { ttPolicies: created });
  const create = window.trustedTypes.createPolicy.bind(window.trustedTypes);
  window.trustedTypes.createPolicy = (name, rules) => (created.push(name), create(name, rules));
}

describe('the dev playground with ?tt', { timeout: 120_000 }, () => {
  const running = usePlaygroundAndBrowser(before, after);

  const newPage = async () => {
    const page = await running.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript(recordViolations);
    await page.addInitScript(recordPolicies);
    const errors = [];
    page.on('pageerror', (error) => errors.push(`page error: ${error}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
    });
    return { page, errors };
  };

  test('enforcement is real: a raw string into innerHTML is refused and reported', async () => {
    const { page } = await newPage();
    await page.goto(`${running.playground.playground}/?tt`);
    assert.equal(await rawInnerHtmlRefused(page), true);
    await page.waitForFunction(() => window.cspViolations.length > 0, undefined, { timeout: 10_000 });
    const violations = await page.evaluate(() => window.cspViolations);
    assert.equal(violations.length, 1, violations.join('\n'));
    assert.match(violations[0], /require-trusted-types-for/);
    await page.close();
  });

  test('the overview mounts every overview app with live data, no violation, only the named policies', async (t) => {
    const { page, errors } = await newPage();
    await page.goto(`${running.playground.playground}/?tt`);
    const held = Object.values(await waitForApps(page, 60_000));
    assert.ok(held.length >= 2 && !held.includes('hn-error-tile'), `overview apps: ${held.join(', ')}`);
    const { violations, policies } = await page.evaluate(() => ({ violations: window.cspViolations, policies: window.ttPolicies }));
    t.diagnostic(`policies created: ${policies.join(', ')}`);
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
    assert.ok(policies.includes('lit-html'), `Lit's policy is used: ${policies.join(', ')}`);
    for (const name of policies) assert.ok(ALLOWED_POLICIES.includes(name), `policy "${name}" is not in the policy`);
    await page.close();
  });

  test('a tool is started through the hand-off launcher, no violation', async () => {
    const { page, errors } = await newPage();
    // A hand-off would leave the page: the "host" takes over once the launcher has done its work.
    await page.addInitScript(() => {
      Object.assign(window, { handoffs: 0 });
      window.addEventListener('hn-handoff-start', (event) => {
        event.preventDefault();
        window.handoffs += 1;
      });
    });
    await page.goto(`${running.playground.playground}/tools?tt`);
    await waitForApps(page, 60_000);
    const launcher = page.locator('hn-handoff-launcher a[part~="control"]').first();
    await launcher.click();
    await page.waitForFunction(() => window.handoffs > 0, undefined, { timeout: 10_000 });
    assert.equal(await page.evaluate(() => window.handoffs), 1);
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
