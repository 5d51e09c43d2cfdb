// What the end-to-end tests of the deployable shell (dist/shell) need: the build (made once if it
// is missing; `npm test` builds before its end-to-end step), the preview server started in the
// test's own process on a free port (no Vite dev server), and waits on the page's own signals.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SITE_DIR } from '../site/page.mjs';
import { startPreview } from '../site/preview.mjs';
import { launchChromium } from './playground.mjs';

/** Builds dist/shell if it is not there (a fresh clone that ran only `npm run generate`). */
export async function ensureSiteBuilt() {
  if (existsSync(join(SITE_DIR, 'index.html')) && existsSync(join(SITE_DIR, 'site.json'))) return;
  const { buildSite } = await import('../site/build.mjs');
  await buildSite();
}

/**
 * Inside a node:test `describe`: the preview of dist/shell and Chromium, started once before its
 * tests and stopped after them. `preview` and `browser` are set once the `before` hook ran.
 * @param {typeof import('node:test').before} before
 * @param {typeof import('node:test').after} after
 */
export function useSiteAndBrowser(before, after) {
  const running = { preview: /** @type {Awaited<ReturnType<typeof startPreview>>} */ (/** @type {any} */ (undefined)), browser: /** @type {any} */ (undefined) };
  before(async () => {
    await ensureSiteBuilt();
    [running.preview, running.browser] = await Promise.all([startPreview({ dir: SITE_DIR }), launchChromium()]);
  });
  after(async () => {
    await running.browser?.close();
    await running.preview?.close();
  });
  return running;
}

/**
 * In the page before its scripts: a record of CSP violations (`window.cspViolations`), including
 * Trusted Types refusals.
 */
export function recordViolations() {
  /** @type {string[]} */
  const seen = [];
  Object.assign(window, { cspViolations: seen });
  document.addEventListener('securitypolicyviolation', (event) =>
    seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample} (${event.sourceFile}:${event.lineNumber})`),
  );
}

/**
 * Waits until every app container on the page holds either an error tile or its element with live
 * data (not busy, no loading or error state, items shown), and returns what each holds:
 * `{ [app name]: tag name | 'hn-error-tile' }`.
 * @param {import('playwright-core').Page} page
 */
export async function waitForApps(page, timeout = 30_000) {
  const handle = await page.waitForFunction(
    () => {
      const containers = [...document.querySelectorAll('[id^="single-spa-application:"]')];
      if (containers.length === 0) return false;
      /** @type {Record<string, string>} */
      const held = {};
      for (const container of containers) {
        const el = container.firstElementChild;
        const name = container.id.slice('single-spa-application:'.length);
        if (el?.localName === 'hn-error-tile') {
          held[name] = el.localName;
          continue;
        }
        if (!el?.shadowRoot || el.hasAttribute('aria-busy') || el.shadowRoot.querySelector('hn-state')) return false;
        if (!el.shadowRoot.querySelector('[part~="item"]') && !/Viser [1-9]/.test(el.shadowRoot.textContent ?? '')) return false;
        held[name] = el.localName;
      }
      return held;
    },
    undefined,
    { timeout },
  );
  return /** @type {Record<string, string>} */ (await handle.jsonValue());
}
