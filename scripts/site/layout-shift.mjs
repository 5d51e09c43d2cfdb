// Cumulative layout shift as the web's vitals define it: layout shifts (without recent input) are
// grouped into session windows, a window ending after a gap of more than 1 s or when it has lasted
// 5 s, and the score is the largest window's sum. Used by the end-to-end layout-shift test and by
// the bench of the deployable shell, which read the shifts from a PerformanceObserver.

/**
 * @param {ReadonlyArray<{ t: number, v: number }>} shifts  start time (ms) and value, in time order
 * @returns {number}
 */
export function largestSessionWindow(shifts) {
  let worst = 0;
  let current = 0;
  let start = -Infinity;
  let last = -Infinity;
  for (const { t, v } of shifts) {
    if (t - last > 1000 || t - start > 5000) {
      current = 0;
      start = t;
    }
    current += v;
    last = t;
    worst = Math.max(worst, current);
  }
  return worst;
}
