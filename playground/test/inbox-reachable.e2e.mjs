// End-to-end: the inbox on its own page exposes every message to assistive technology, read from
// Chromium's accessibility tree (what a screen reader's browse mode reads), whether or not the list
// is on screen; printed, it shows every row, none cut off. On the overview the inbox is its summary:
// the newest items as one link each, each in the tree too.
// Up to HnInbox.plainListMax items the list renders every row (docs/accessibility.md, "Inbox").
// It reads the deployable shell (dist/shell, served by the preview server; scripts/e2e/site.mjs),
// without starting a Vite dev server.
//
// Run: npm run test:e2e   (builds dist/shell first when it is missing or older than the sources)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { useSiteAndBrowser } from '../../scripts/e2e/site.mjs';

/** Waits until the inbox has loaded and rendered its rows. */
async function inboxLoaded(page) {
  await page.waitForFunction(() => customElements.get('hn-inbox') !== undefined && document.querySelector('hn-inbox') !== null, undefined, { timeout: 60_000 });
  await page.evaluate(() => document.querySelector('hn-inbox').loadComplete);
  await page.waitForFunction(() => {
    const el = document.querySelector('hn-inbox');
    return !el.hasAttribute('aria-busy') && el.shadowRoot.querySelector('[role="list"][part="list"]') !== null;
  }, undefined, { timeout: 30_000 });
}

/** The inbox list's name and how many list items it has in Chromium's accessibility tree. */
async function accessibleList(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Accessibility.enable');
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const byId = new Map(nodes.map((node) => [node.nodeId, node]));
    const list = nodes.find((node) => !node.ignored && node.role?.value === 'list' && /^Innboks, Viser /.test(String(node.name?.value ?? '')));
    if (!list) return undefined;
    let items = 0;
    const walk = (node) => {
      for (const id of node.childIds ?? []) {
        const child = byId.get(id);
        if (!child) continue;
        if (!child.ignored && child.role?.value === 'listitem') items += 1;
        else walk(child);
      }
    };
    walk(list);
    return { name: String(list.name.value), items };
  } finally {
    await cdp.detach();
  }
}

describe('every message of the inbox reachable by assistive technology', { timeout: 180_000 }, () => {
  const running = useSiteAndBrowser(before, after);

  test('/: the summary\'s items, each a link, are in the accessibility tree', async () => {
    const page = await running.browser.newPage({ viewport: { width: 1280, height: 720 } });
    try {
      await page.goto(`${running.preview.url}/`);
      await page.waitForFunction(() => {
        const el = document.querySelector('hn-inbox');
        return !!el && !el.hasAttribute('aria-busy') && el.shadowRoot.querySelectorAll('[part="list"] [part="item"] a').length > 0;
      }, undefined, { timeout: 60_000 });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Accessibility.enable');
      const { nodes } = await cdp.send('Accessibility.getFullAXTree');
      await cdp.detach();
      const byId = new Map(nodes.map((node) => [node.nodeId, node]));
      const list = nodes.find((node) => !node.ignored && node.role?.value === 'list' && node.name?.value === 'Innboks');
      assert.ok(list, 'the summary is a list named "Innboks"');
      const links = [];
      const walk = (node) => {
        for (const id of node.childIds ?? []) {
          const child = byId.get(id);
          if (!child) continue;
          if (!child.ignored && child.role?.value === 'link') links.push(String(child.name?.value ?? ''));
          else walk(child);
        }
      };
      walk(list);
      assert.equal(links.length, 3, `three links: ${links.join(' | ')}`);
      for (const name of links) assert.ok(name.length > 3 && name.includes(', '), `a named link: "${name}"`);
    } finally {
      await page.close();
    }
  });

  for (const path of ['/inbox']) {
    test(`${path}: every item of the list is in the accessibility tree, and prints`, async () => {
      const page = await running.browser.newPage({ viewport: { width: 1280, height: 720 } });
      try {
        await page.goto(`${running.preview.url}${path}`);
        await inboxLoaded(page);
        const found = await accessibleList(page);
        assert.ok(found, 'the inbox list is in the accessibility tree');
        const [, shown] = /Viser (\d+) av/.exec(found.name) ?? [];
        assert.ok(Number(shown) > 11, `the seeded inbox is longer than a screenful (${found.name})`);
        assert.equal(found.items, Number(shown), `list items in the accessibility tree of "${found.name}"`);

        await page.emulateMedia({ media: 'print' });
        const clipped = await page.waitForFunction(() => {
          const list = document.querySelector('hn-inbox').shadowRoot.querySelector('[role="list"][part="list"]');
          const box = list.getBoundingClientRect();
          const rows = [...list.querySelectorAll('[part="item"]')];
          const cut = rows.filter((row) => {
            const rect = row.getBoundingClientRect();
            return rect.height === 0 || rect.top < box.top - 1 || rect.bottom > box.bottom + 1;
          });
          return cut.length === 0 && rows.length > 0 ? rows.length : false;
        }, undefined, { timeout: 10_000 });
        assert.equal(await clipped.jsonValue(), Number(shown), 'every row printed');
      } finally {
        await page.close();
      }
    });
  }
});
