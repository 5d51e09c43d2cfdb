// End-to-end: a keyboard-only walk of every page of the shell, as the deployable shell serves it
// (dist/shell through the preview server; scripts/e2e/site.mjs): the same shell and apps as the
// playground's, without a Vite dev server to start and transform every module. From the top of the page,
// Tab is pressed until focus comes back to where it started or leaves the page (at most MAX_STOPS
// stops). Every stop is recorded as what assistive technology gets: the element that really has
// focus (through shadow roots), and its role and accessible name as Chromium computes them (its
// accessibility tree, over the DevTools protocol). The walk checks:
//   - the order: the skip link first, then the shell's header (home link, the switchers, the menu),
//     with the menu's links one after another, before anything on the page itself;
//   - every stop has a role and a non-empty accessible name;
//   - every stop shows a visible focus indicator: the focused element, or an element it is in up
//     to its shadow host (a `:host(:focus-within)` ring counts), looks different focused than after
//     focus has moved on, and the difference is an outline at least 2 px wide or a box-shadow.
//
// Run: node --test --test-reporter=spec playground/test/keyboard-walk.e2e.mjs   (builds dist/shell
// first when it is missing or older than the sources)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { useSiteAndBrowser } from '../../scripts/e2e/site.mjs';
import { DATA_TAGS, SHELL_PATHS } from './shell-pages.mjs';

/** A walk longer than this is a trap or a page far larger than any here. */
const MAX_STOPS = 120;

/** Waits until every data component on the page has finished loading. */
async function settled(page) {
  await page.waitForFunction(
    (dataTags) => {
      const present = dataTags.map((tag) => document.querySelector(tag)).filter(Boolean);
      return present.length > 0 && present.every((el) => (el.shadowRoot?.childElementCount ?? 0) > 0 && !el.hasAttribute('aria-busy'));
    },
    DATA_TAGS,
    { timeout: 60_000 },
  );
}

/**
 * In the page: keeps the stops (window.__walk) and, for each, the focus-relevant styles of the
 * element and the elements it is in up to its shadow host, taken while it has focus; later
 * (`unfocused`) the same styles again, once focus has moved on.
 */
function installRecorder(page) {
  return page.evaluate(() => {
    const deepActive = () => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active;
    };
    /** The element, its ancestors in the same tree, and the host of that tree (where `:host(:focus-within)` draws). */
    const chain = (el) => {
      const out = [];
      let node = el;
      while (node && out.length < 6) {
        if (node instanceof Element) out.push(node);
        if (node.parentElement) node = node.parentElement;
        else {
          const root = node.getRootNode();
          if (root instanceof ShadowRoot) out.push(root.host);
          break;
        }
      }
      return out;
    };
    const style = (el) => {
      const s = getComputedStyle(el);
      return { outlineStyle: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth) || 0, outlineColor: s.outlineColor, outlineOffset: s.outlineOffset, boxShadow: s.boxShadow };
    };
    const describe = (el) => {
      const path = [];
      for (let node = el; node; ) {
        path.unshift(node.localName + (node.id ? `#${node.id}` : ''));
        node = node.parentElement ?? (node.getRootNode() instanceof ShadowRoot ? node.getRootNode().host : null);
      }
      return path.slice(-4).join(' > ');
    };
    window.__walk = {
      stops: [],
      deepActive,
      /** Records the element that has focus now; returns its index, or -1 when focus is on nothing (left the page). */
      record() {
        const el = deepActive();
        if (!el || el === document.body || el === document.documentElement) return -1;
        const elements = chain(el);
        this.stops.push({
          el,
          elements,
          focused: elements.map(style),
          focusVisible: el.matches(':focus-visible'),
          path: describe(el),
          inHeader: el.getRootNode() instanceof ShadowRoot && el.getRootNode().host.localName === 'hn-shell-header',
          inNav: !!el.closest('nav'),
          tag: el.localName,
        });
        return this.stops.length - 1;
      },
      /** The styles of stop `i`'s elements now that focus is elsewhere. */
      unfocused(i) {
        const stop = this.stops[i];
        stop.unfocused = stop.elements.map(style);
      },
      sameAsFirst() {
        return this.stops.length > 1 && this.stops.at(-1).el === this.stops[0].el;
      },
      summary() {
        return this.stops.map(({ focused, unfocused, focusVisible, path, inHeader, inNav, tag }) => ({ focused, unfocused, focusVisible, path, inHeader, inNav, tag }));
      },
    };
  });
}

/** Chromium's role and name for the element that has focus now (its accessibility tree). */
async function axOfFocused(cdp) {
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'window.__walk.deepActive()' });
  if (!result.objectId) return { role: '', name: '' };
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { objectId: result.objectId, fetchRelatives: false });
  await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
  const node = nodes.find((n) => !n.ignored) ?? nodes[0];
  return { role: node?.role?.value ?? '', name: (node?.name?.value ?? '').trim() };
}

/** True when a style, focused, differs from unfocused by a visible ring: an outline ≥ 2 px or a box-shadow. */
function visibleRing(focused, unfocused) {
  const changed = JSON.stringify(focused) !== JSON.stringify(unfocused);
  const outline = focused.outlineStyle !== 'none' && focused.outlineWidth >= 2;
  const shadow = focused.boxShadow !== 'none' && focused.boxShadow !== unfocused.boxShadow;
  return changed && (outline || shadow);
}

async function walk(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Accessibility.enable');
  await installRecorder(page);
  /** @type {{ role: string, name: string }[]} */
  const ax = [];
  let end = 'the bound';
  for (let n = 0; n < MAX_STOPS; n += 1) {
    await page.keyboard.press('Tab');
    const index = await page.evaluate(() => window.__walk.record());
    const previous = index < 0 ? await page.evaluate(() => window.__walk.stops.length - 1) : index - 1;
    if (previous >= 0) await page.evaluate((i) => window.__walk.unfocused(i), previous);
    if (index < 0) {
      end = 'focus left the page';
      break;
    }
    if (await page.evaluate(() => window.__walk.sameAsFirst())) {
      end = 'focus came back to the start';
      await page.evaluate(() => window.__walk.stops.pop());
      break;
    }
    ax.push(await axOfFocused(cdp));
  }
  const stops = (await page.evaluate(() => window.__walk.summary())).map((stop, i) => ({ ...stop, ...ax[i] }));
  await cdp.detach();
  return { stops, end };
}

const label = (stop) => `${stop.path} (${stop.role} "${stop.name}")`;

describe('keyboard-only walk of every page of the shell', { timeout: 300_000 }, () => {
  const running = useSiteAndBrowser(before, after);

  for (const path of SHELL_PATHS) {
    test(`${path}: skip link, then the shell's menu, every stop named and visibly focused`, async () => {
      const page = await running.browser.newPage();
      await page.goto(`${running.preview.url}${path}`);
      await settled(page);
      const { stops, end } = await walk(page);
      assert.notEqual(end, 'the bound', `Tab never came back nor left the page in ${MAX_STOPS} stops`);
      assert.ok(stops.length > 3, `only ${stops.length} stops`);

      // The order: the skip link, the header, its menu in one run, then the page.
      assert.equal(stops[0].tag, 'a', `the first stop is the skip link, not ${label(stops[0])}`);
      assert.ok(stops[0].inHeader, `the first stop is the shell's skip link, not ${label(stops[0])}`);
      assert.match(stops[0].name, /hovedinnhold|innhald|main content/i, `the skip link says where it goes: ${label(stops[0])}`);
      const header = stops.findIndex((stop) => !stop.inHeader);
      const lastHeader = header < 0 ? stops.length : header;
      assert.ok(stops.slice(lastHeader).every((stop) => !stop.inHeader), 'the header is one run of stops at the top');
      const nav = stops.map((stop, i) => (stop.inNav ? i : -1)).filter((i) => i >= 0);
      assert.ok(nav.length >= 4, `the menu has its links: ${nav.length}`);
      assert.deepEqual(nav, nav.map((_, k) => nav[0] + k), 'the menu\'s links are one after another');
      assert.ok(nav.at(-1) < lastHeader, 'the menu comes before the page itself');
      assert.ok(stops.slice(lastHeader).length > 0, 'the page itself has stops');

      // Every stop: a role and a name.
      const unnamed = stops.filter((stop) => !stop.role || !stop.name).map(label);
      assert.deepEqual(unnamed, [], 'every stop has a role and an accessible name');

      // Every stop: a visible focus indicator.
      const unseen = stops
        .filter((stop) => stop.unfocused && !stop.focused.some((focused, k) => visibleRing(focused, stop.unfocused[k])))
        .map((stop) => `${label(stop)} focus-visible=${stop.focusVisible} focused=${JSON.stringify(stop.focused[0])} unfocused=${JSON.stringify(stop.unfocused[0])}`);
      assert.deepEqual(unseen, [], 'every stop shows a visible focus indicator');
      await page.close();
    });
  }
});
