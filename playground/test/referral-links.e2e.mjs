// End-to-end: a referral's linked appointment and letter go through the shell. Kari, acting for Ola,
// opens his referrals in the deployable shell (scripts/e2e/site.mjs); the seed links his referral to
// an appointment and a letter. Enter on a link is routed by the shell in the same page (no page load),
// to the appointment list or the inbox, which follow the fragment to the item: the appointment is
// focused, the letter opened with focus on its heading.
//
// Run: npm run test:e2e   (builds dist/shell first when it is missing or older than the sources)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { useSiteAndBrowser } from '../../scripts/e2e/site.mjs';

describe("a referral's appointment and letter, through the shell", { timeout: 180_000 }, () => {
  const running = useSiteAndBrowser(before, after);

  for (const { nth, path, fragment, tag, focused } of [
    { nth: 0, path: '/appointments', fragment: 'helse-bergen/Appointment/hb-appt-ref-ola', tag: 'hn-appointment-list', focused: 'article[data-key="helse-bergen/hb-appt-ref-ola"]' },
    { nth: 1, path: '/inbox', fragment: 'helse-bergen/DocumentReference/hb-letter-ref-ola', tag: 'hn-inbox', focused: '#pane-heading' },
  ]) {
    test(`Enter on the link opens ${path} in the same page, with the item in the fragment focused`, async () => {
      const page = await running.browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${running.preview.url}/referrals`);
      await page.locator('hn-shell-header #acting-for').selectOption('Patient/ola');
      await page.getByRole('button', { name: 'Bytt person' }).click();
      const link = page.locator('hn-referrals .linked a').nth(nth);
      await link.waitFor({ timeout: 60_000 });
      const href = `${new URL(running.preview.url).origin}${path}#${fragment}`;
      assert.equal(await link.evaluate((a) => a.href), href);
      await page.evaluate(() => {
        window.samePage = true;
      });
      await link.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(href, { timeout: 30_000 });
      await page.locator(tag).waitFor({ timeout: 30_000 });
      assert.equal(await page.evaluate(() => window.samePage), true, 'the shell routed it: the page was not loaded again');
      // Focus ends on the item itself (in the component's shadow root), not the page's heading.
      await page.waitForFunction(
        ({ tag, focused }) => {
          const host = document.querySelector(tag);
          const active = host?.shadowRoot?.activeElement;
          return !!active && active === host.shadowRoot.querySelector(focused);
        },
        { tag, focused },
        { timeout: 30_000 },
      );
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});
