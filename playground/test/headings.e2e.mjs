// End-to-end: every page of the shell has one h1 and no skipped heading level, read through the
// components' shadow roots in document order, as a screen reader's heading list does. The shell
// tells each component its heading level where it is shown (own page: 2, overview: 3). It reads the
// deployable shell (dist/shell, served by the preview server; scripts/e2e/site.mjs), the same shell
// and apps as the playground's, as a citizen gets them, without starting a Vite dev server.
//
// Run: npm run test:e2e   (builds dist/shell first when it is missing or older than the sources)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { useSiteAndBrowser } from '../../scripts/e2e/site.mjs';
import { DATA_TAGS, SHELL_PATHS } from './shell-pages.mjs';

/** Levels of every rendered heading (h1–h6, role=heading) in composed document order. */
function headingLevels(page) {
  return page.evaluate(() => {
    const levels = [];
    const visit = (node) => {
      for (const child of node.children ?? []) {
        const match = /^H([1-6])$/.exec(child.tagName);
        const aria = child.getAttribute('role') === 'heading' ? Number(child.getAttribute('aria-level') ?? 2) : undefined;
        const level = aria ?? (match ? Number(match[1]) : undefined);
        if (level && child.checkVisibility?.() !== false) levels.push({ level, text: child.textContent.trim().slice(0, 40) });
        if (child.shadowRoot) visit(child.shadowRoot);
        visit(child);
      }
    };
    visit(document.body);
    return levels;
  });
}

/** Waits until every data component on the page has finished loading. */
async function settled(page) {
  await page.waitForFunction((dataTags) => {
    const present = dataTags.map((tag) => document.querySelector(tag)).filter(Boolean);
    return (
      present.length > 0 &&
      // Rendered (a shadow root with content) and done loading (no aria-busy: data, empty or error).
      present.every((el) => (el.shadowRoot?.childElementCount ?? 0) > 0 && !el.hasAttribute('aria-busy'))
    );
  }, DATA_TAGS, { timeout: 60_000 });
}

describe('heading structure on every page of the shell', { timeout: 180_000 }, () => {
  const running = useSiteAndBrowser(before, after);

  for (const path of SHELL_PATHS) {
    test(`${path}: one h1, and no level skipped`, async () => {
      const page = await running.browser.newPage();
      await page.goto(`${running.preview.url}${path}`);
      await settled(page);
      const headings = await headingLevels(page);
      assert.equal(headings.filter((h) => h.level === 1).length, 1, JSON.stringify(headings));
      assert.equal(headings[0]?.level, 1, 'the first heading is the page\'s h1');
      for (let i = 1; i < headings.length; i += 1) {
        const { level, text } = headings[i];
        assert.ok(level <= headings[i - 1].level + 1, `"${text}" (h${level}) follows h${headings[i - 1].level} "${headings[i - 1].text}"`);
      }
      await page.close();
    });
  }
});
