/**
 * May the page still open a new tab by itself?
 *
 * Browsers let a page open a new tab (or window) only shortly after the citizen's own click or key
 * press — the "transient user activation", about 5 s in Chromium. After that the popup blocker
 * stops it, and when the tab is opened with `noopener` (as the launcher always does) the page is
 * not told: `window.open` returns null either way, and a link click just does nothing. So the
 * launcher does not try and hope: when the activation has run out (typically because the launch id
 * took long to arrive), it offers the citizen a real link to open the tab themselves instead.
 */

/** `activatedAt` is `performance.now()` when the hand-off was started; undefined if unknown. */
export type UserActivationCheck = (activatedAt: number | undefined) => boolean;

/**
 * How long after the activation a browser without `navigator.userActivation` is trusted to still
 * allow a new tab. Deliberately short: some browsers allow only about 1 s.
 */
export const FALLBACK_ACTIVATION_MS = 1_000;

interface NavigatorWithActivation {
  userActivation?: { isActive?: unknown };
}

/**
 * The default check: the browser's own answer (`navigator.userActivation.isActive`, which is what
 * its popup blocker goes by) where it has one; otherwise whether the hand-off started less than
 * {@link FALLBACK_ACTIVATION_MS} ago.
 */
export function defaultUserActivation(
  activatedAt: number | undefined,
  now: number = performance.now(),
  nav: NavigatorWithActivation = navigator as NavigatorWithActivation,
): boolean {
  const isActive = nav.userActivation?.isActive;
  if (typeof isActive === 'boolean') return isActive;
  return activatedAt !== undefined && now - activatedAt >= 0 && now - activatedAt < FALLBACK_ACTIVATION_MS;
}
