// End-to-end: `/?demo=broken` shows error containment as the README promises: the micro-frontend
// that cannot load gets an error tile in its own place, and the apps beside it load live data.
//
// Run: npm run test:e2e   (needs `npm run generate` first, as npm test does)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, usePlaygroundAndBrowser } from '../../scripts/e2e/playground.mjs';

const BROKEN = 'single-spa-application:broken-demo';

/** Waits until the broken app's place holds an error tile and the appointment list has items. */
async function waitForContainment(page) {
  await page.waitForFunction(
    (brokenId) => {
      const tile = document.getElementById(brokenId)?.querySelector(':scope > hn-error-tile');
      const list = document.querySelector('hn-appointment-list');
      const items = list?.shadowRoot?.querySelectorAll('[part="item"]').length ?? 0;
      return !!tile && !!list && !list.hasAttribute('aria-busy') && items > 0;
    },
    BROKEN,
    { timeout: 60_000 },
  );
}

describe('the broken micro-frontend demo', { timeout: 180_000 }, () => {
  const running = usePlaygroundAndBrowser(before, after);

  test("the overview shows an error tile in the broken app's place beside working apps", async () => {
    const page = await running.browser.newPage();
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message));
    await page.goto(`${running.playground.playground}/?demo=broken`);
    await waitForContainment(page);

    const tile = await page.evaluate((brokenId) => {
      const el = document.getElementById(brokenId)?.querySelector(':scope > hn-error-tile');
      return {
        role: el?.getAttribute('role'),
        text: el?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
        button: el?.shadowRoot?.querySelector('button')?.textContent?.trim() ?? '',
      };
    }, BROKEN);
    assert.equal(tile.role, 'alert');
    assert.match(tile.button, /Prøv igjen/);

    // The apps beside it: the inbox and the tool catalogue finish loading too, without an error tile.
    await page.waitForFunction(() =>
      ['hn-inbox', 'hn-tool-catalogue'].every((tag) => {
        const el = document.querySelector(tag);
        return !!el && !el.hasAttribute('aria-busy');
      }),
    undefined, { timeout: 60_000 });
    const otherTiles = await page.evaluate(
      (brokenId) => [...document.querySelectorAll('hn-error-tile')].filter((t) => t.parentElement?.id !== brokenId).length,
      BROKEN,
    );
    assert.equal(otherTiles, 0, 'only the broken app shows an error tile');
    // single-spa-layout re-throws every app error from a timer after the shell has handled it, so
    // the page sees the broken app's own error, and nothing else.
    assert.ok(pageErrors.length > 0 && pageErrors.every((e) => e.includes("'broken-demo'")), pageErrors.join('\n'));
    assert.deepEqual(await axeViolations(page), []);
    await page.close();
  });

  test('its own page shows the tile, and the shell\'s navigation still works', async () => {
    const page = await running.browser.newPage();
    await page.goto(`${running.playground.playground}/broken-demo?demo=broken`);
    await page.waitForFunction(
      (brokenId) => !!document.getElementById(brokenId)?.querySelector(':scope > hn-error-tile'),
      BROKEN,
      { timeout: 60_000 },
    );
    await page.goto(`${running.playground.playground}/appointments?demo=broken`);
    await page.waitForFunction(() => {
      const list = document.querySelector('hn-appointment-list');
      return !!list && !list.hasAttribute('aria-busy') && (list.shadowRoot?.querySelectorAll('[part="item"]').length ?? 0) > 0;
    }, undefined, { timeout: 60_000 });
    await page.close();
  });
});
