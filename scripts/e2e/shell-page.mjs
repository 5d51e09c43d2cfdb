// What end-to-end tests of a page running the shell wait on and check, whether the page comes from
// the dev playground or the deployable shell: every app's place settled (live data or an error tile),
// policy violations recorded, Trusted Types enforcement proven.

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

/**
 * Assigns a raw string to `innerHTML` in the page, as a script injected into it would, and returns
 * whether that was refused, which it must be wherever Trusted Types are enforced.
 * @param {import('playwright-core').Page} page
 */
export function rawInnerHtmlRefused(page) {
  return page.evaluate(() => {
    try {
      document.createElement('div').innerHTML = '<b>x</b>';
      return false;
    } catch {
      return true;
    }
  });
}
