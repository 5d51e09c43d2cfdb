#!/usr/bin/env node
// The deployable shell measured like a real site: every route of dist/shell, served by the preview
// server (production caching and compression), loaded cold in Chromium with Lighthouse's mobile
// preset applied through the DevTools protocol (Lighthouse's "devtools" throttling: 562.5 ms request
// latency, 1,474.6 kbit/s down, 675 kbit/s up, CPU 4× slower; a 412 × 823 screen at 1.75×), three
// times each, median printed. Lighthouse itself is not a dependency of the project; this is a
// trace-based equivalent that reads the browser's own performance entries:
//
//   FCP, LCP     the `paint` and `largest-contentful-paint` entries
//   CLS          layout shifts without recent input, largest session window (1 s gap, 5 s cap)
//   TBT          the part over 50 ms of every long task between FCP and the moment every app on
//                the route shows its live data
//   bytes, reqs  what came over the wire (encoded, headers excluded) and how many requests
//   score        Lighthouse's performance scoring applied to those metrics (its mobile log-normal
//                curves and weights); Speed Index is not measured, so its 10 % is left out and the
//                rest scaled up: an estimate, labelled as one
//
//   node scripts/bench/site.mjs [route ...]    all routes, or only these (e.g. /)
//
// Numbers only: no thresholds. Budgets are in docs/performance.md.
import { launchChromium } from '../e2e/playground.mjs';
import { siteBuild } from '../e2e/site.mjs';
import { waitForApps } from '../e2e/shell-page.mjs';
import { startPreview } from '../site/preview.mjs';
import { largestSessionWindow } from '../site/layout-shift.mjs';

const RUNS = 3;
const NETWORK = { offline: false, latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 };
const CPU_SLOWDOWN = 4;
const VIEWPORT = { width: 412, height: 823 };

/** Lighthouse's mobile scoring curves (p10, median) and weights, Speed Index left out. */
const CURVES = { fcp: [1800, 3000, 0.1], lcp: [2500, 4000, 0.25], tbt: [200, 600, 0.3], cls: [0.1, 0.25, 0.25] };

/** Abramowitz–Stegun erf, good to 1e-7: enough for a two-decimal score. */
function erf(x) {
  const t = 1 / (1 + 0.3275911 * Math.abs(x));
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return Math.sign(x) * y;
}

/** Lighthouse's log-normal score of one metric. */
function logNormalScore(value, p10, median) {
  if (value <= 0) return 1;
  const standardized = (Math.log(value / median) * 0.9061938024368232) / -Math.log(p10 / median);
  return Math.min(1, Math.max(0, (1 - erf(standardized)) / 2));
}

function estimateScore(metrics) {
  let total = 0;
  let weights = 0;
  for (const [name, [p10, median, weight]] of Object.entries(CURVES)) {
    total += logNormalScore(metrics[name], p10, median) * weight;
    weights += weight;
  }
  return total / weights;
}

/** In the page before its scripts: the paint, layout-shift and long-task entries as they come. */
function observe() {
  const seen = { fcp: 0, lcp: 0, shifts: /** @type {{ t: number, v: number }[]} */ ([]), longTasks: /** @type {{ t: number, d: number }[]} */ ([]) };
  Object.assign(window, { hnVitals: seen });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') seen.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) seen.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of /** @type {any[]} */ (list.getEntries())) if (!entry.hadRecentInput) seen.shifts.push({ t: entry.startTime, v: entry.value });
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) seen.longTasks.push({ t: entry.startTime, d: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** One cold load of `url`: the metrics, once every app shows its live data. */
async function measure(browser, url) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  let bytes = 0;
  let requests = 0;
  cdp.on('Network.requestWillBeSent', () => (requests += 1));
  cdp.on('Network.loadingFinished', (event) => (bytes += event.encodedDataLength));
  await page.addInitScript(observe);
  await page.goto(url);
  await waitForApps(page, 120_000);
  const settled = await page.evaluate(() => performance.now());
  // Late shifts and the last long tasks: a second more of the page as the citizen sees it.
  await page.waitForTimeout(1000);
  const vitals = await page.evaluate(() => /** @type {any} */ (window).hnVitals);
  await context.close();
  const tbt = vitals.longTasks.filter((task) => task.t >= vitals.fcp && task.t <= settled).reduce((sum, task) => sum + Math.max(0, task.d - 50), 0);
  return { fcp: vitals.fcp, lcp: vitals.lcp, tbt, cls: largestSessionWindow(vitals.shifts), bytes, requests };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const build = await siteBuild();
const preview = await startPreview({ dir: build.dir });
const browser = await launchChromium();
try {
  const { readFile } = await import('node:fs/promises');
  const site = JSON.parse(await readFile(`${build.dir}/site.json`, 'utf8'));
  const only = process.argv.slice(2);
  const routes = ['/', ...site.config.apps.map((app) => app.path)].filter((route) => only.length === 0 || only.includes(route));
  console.log(`site: ${routes.length} routes, ${RUNS} cold loads each, mobile preset (devtools throttling), median`);
  console.log('route           score*  FCP ms  LCP ms  TBT ms    CLS   KB    reqs');
  for (const route of routes) {
    const runs = [];
    for (let i = 0; i < RUNS; i += 1) runs.push(await measure(browser, `${preview.url}${route}`));
    const m = Object.fromEntries(['fcp', 'lcp', 'tbt', 'cls', 'bytes', 'requests'].map((key) => [key, median(runs.map((run) => run[key]))]));
    const score = median(runs.map(estimateScore));
    console.log(
      `${route.padEnd(15)} ${score.toFixed(2).padStart(6)} ${m.fcp.toFixed(0).padStart(7)} ${m.lcp.toFixed(0).padStart(7)} ${m.tbt.toFixed(0).padStart(7)} ${m.cls.toFixed(3).padStart(6)} ${(m.bytes / 1024).toFixed(0).padStart(5)} ${String(m.requests).padStart(6)}`,
    );
  }
  console.log('* Lighthouse scoring of FCP, LCP, TBT and CLS (Speed Index not measured): an estimate');
} finally {
  await browser.close();
  await preview.close();
  await build.remove();
}
