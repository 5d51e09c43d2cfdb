// End-to-end: the same component used from a plain HTML page and from a React 19 page (through
// the @lit/react wrapper), in Debian's Chromium against the playground's FHIR servers.
//
// Run: npm run test:e2e   (needs `npm run generate` first, as npm test does)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, usePlaygroundAndBrowser } from '../../scripts/e2e/playground.mjs';

/** Titles of the rendered appointments, read through the element's shadow root. */
function appointmentTitles(page) {
  return page.evaluate(() => {
    const list = document.querySelector('hn-appointment-list');
    return [...(list?.shadowRoot?.querySelectorAll('[part="item"] .title') ?? [])].map((t) => t.textContent?.trim() ?? '');
  });
}

async function waitForAppointments(page) {
  await page.waitForFunction(() => {
    const list = document.querySelector('hn-appointment-list');
    return !!list && !list.hasAttribute('aria-busy') && (list.shadowRoot?.querySelectorAll('[part="item"]').length ?? 0) > 0;
  }, undefined, { timeout: 60_000 });
}

/** Upcoming appointments for Kari straight from the FHIR servers, as the list should count them. */
async function upcomingOnServers(base) {
  const sources = await (await fetch(`${base}/__fhir-control/sources`)).json();
  let count = 0;
  for (const source of sources) {
    const bundle = await (await fetch(`${base}${source.fhirBase}/Appointment?patient=Patient/kari&_count=500`)).json();
    for (const entry of bundle.entry ?? []) {
      const a = entry.resource;
      const end = a.end ?? a.start ?? a.requestedPeriod?.[0]?.end ?? a.requestedPeriod?.[0]?.start;
      if (a.resourceType === 'Appointment' && a.status !== 'entered-in-error' && end && new Date(end).getTime() >= Date.now()) count += 1;
    }
  }
  return count;
}

describe('components in host pages', { timeout: 240_000 }, () => {
  const running = usePlaygroundAndBrowser(before, after);

  for (const [host, path, eventLabel] of [
    ['plain HTML', '/playground/hosts/plain.html', 'hn-appointment-calendar: {"id"'],
    ['React 19', '/playground/hosts/react.html', 'hn-appointment-calendar: '],
  ]) {
    test(`${host}: the appointment list loads live data, is accessible, and its events reach the host`, async () => {
      const context = await running.browser.newContext({ acceptDownloads: true });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.goto(`${running.playground.playground}${path}`);
      await waitForAppointments(page);

      const titles = await appointmentTitles(page);
      assert.equal(titles.length, await upcomingOnServers(running.playground.playground));
      const sourcesShown = await page.evaluate(() =>
        [...(document.querySelector('hn-appointment-list')?.shadowRoot?.querySelectorAll('.source-label') ?? [])].map((label) => label.textContent?.trim()),
      );
      for (const source of ['Helse Bergen', 'Legesenteret i Sentrum', 'Bergen kommune']) {
        assert.ok(sourcesShown.some((label) => label?.startsWith(`Fra ${source}`)), `an item attributed to ${source}`);
      }

      assert.deepEqual(await axeViolations(page), []);

      const download = page.waitForEvent('download');
      await page.locator('hn-appointment-list').getByRole('button', { name: 'Legg til i kalender' }).first().click();
      assert.match((await download).suggestedFilename(), /\.ics$/);
      await page.waitForFunction((label) => document.getElementById('events')?.textContent?.includes(label), eventLabel);

      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test('React 19: a prop set by React reaches the element', async () => {
    const context = await running.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${running.playground.playground}/playground/hosts/react.html`);
    await waitForAppointments(page);
    await page.locator('main > label select').selectOption('past');
    await page.waitForFunction(() => document.querySelector('hn-appointment-list')?.getAttribute('view') === 'past');
    const pressed = await page.locator('hn-appointment-list').getByRole('button', { name: /Tidligere timer/ }).getAttribute('aria-pressed');
    assert.equal(pressed, 'true');
    await context.close();
  });
});
