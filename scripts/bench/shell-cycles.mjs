#!/usr/bin/env node
// Does unmount leave anything behind? BENCH_CYCLES mount/unmount cycles of each micro-frontend
// through the shell (single-spa routing to the app's page and back to the overview), each time
// waiting until the element has rendered its live data from the embedded FHIR servers; also the
// shell tests' plain-JS fixture app, for the shell's own share. Production build, Debian's
// Chromium headless; each app in its own browser context (its own renderer process and heap).
//
//   heap     JS heap in use (CDP Runtime.getHeapUsage) after full garbage collections: after
//            WARM_UP cycles (once the JIT has settled), right after the cycles, and again once
//            single-spa's lifecycle watchdogs have fired (it never clears them: a warning timer
//            at 3 s and a time-out timer at 10 s per lifecycle call, each holding a closure)
//   objects  the same growth from heap snapshots, split: JavaScript objects, and compiled code
//            (which grows while V8 tiers hot functions up to optimised code, and levels off)
//   DOM nodes, JS event listeners, documents   CDP Memory.getDOMCounters, before and after
//   left     elements of the app's tag still in the document
//
// packages/shell/test/leak.test.ts asserts the same exactly (a WeakRef to every element,
// listeners and timers counted). Numbers only here: no thresholds.
import { createFhirServer } from '@hn-elements/dev-fhir-server';
import { buildPages, countersAfterGc, heapSnapshotSizes, launch, serve } from './support/pages.mjs';
import { report } from './support/results.mjs';

const CYCLES = Number(process.env.BENCH_CYCLES ?? 500);
const WARM_UP = 50;
/** single-spa's longest lifecycle watchdog in the shell (DEFAULT_TIMEOUTS, 10 s), and a margin. */
const WATCHDOGS_DONE_MS = 10_500;

const fhir = await createFhirServer({ basePath: '/fhir' });
const built = await buildPages('shell-cycles', ['shell.html']);
const server = await serve(built.dir, fhir.middleware);
const browser = await launch();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A fresh context and page with the shell started; its app names. */
async function openShell() {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    if (!/ResizeObserver loop/.test(error.message)) console.error(`page error: ${error.message}`);
  });
  const cdp = await context.newCDPSession(page);
  await page.goto(`${server.origin}/shell.html`);
  await page.waitForSelector('body[data-ready="true"]', { state: 'attached', timeout: 30_000 });
  const sources = fhir.sources.map(({ id, name, fhirBase }) => ({ id, name, fhirBase: `${server.origin}${fhirBase}` }));
  const names = await page.evaluate((s) => window.benchStart(s), sources);
  return { context, page, cdp, names };
}
const cycles = (run, count) => run.page.evaluate(([n, c]) => window.benchCycles(n, c), [run.name, count]);

const kb = (bytes) => `${(bytes / 1024).toFixed(Math.abs(bytes) < 10 * 1024 ? 1 : 0)} KB`;
try {
  const first = await openShell();
  const runs = [];
  for (const name of first.names) {
    const run = name === first.names[0] ? { ...first, name } : { ...(await openShell()), name };
    await cycles(run, WARM_UP);
    runs.push(run);
  }
  await sleep(WATCHDOGS_DONE_MS);
  for (const run of runs) {
    run.before = await countersAfterGc(run.page, run.cdp);
    run.snapshotBefore = await heapSnapshotSizes(run.cdp);
  }
  for (const run of runs) {
    Object.assign(run, await cycles(run, CYCLES));
    run.rightAfter = await countersAfterGc(run.page, run.cdp);
  }
  await sleep(WATCHDOGS_DONE_MS);
  for (const run of runs) {
    run.after = await countersAfterGc(run.page, run.cdp);
    run.snapshotAfter = await heapSnapshotSizes(run.cdp);
  }

  console.log(`${CYCLES} mount/unmount cycles per app through the shell, live data rendered each time; after full GC`);
  console.log(
    `  ${'app'.padEnd(18)} ${'ms/cycle'.padStart(8)} ${'heap before'.padStart(11)} ${'right after'.padStart(11)} ${'10 s later'.padStart(10)} ${'growth'.padStart(7)} ${'JS objects'.padStart(10)} ${'code'.padStart(7)} ${'DOM nodes'.padStart(11)} ${'listeners'.padStart(9)} ${'docs'.padStart(5)} ${'left'.padStart(4)}`,
  );
  for (const { name, ms, left, before, rightAfter, after, snapshotBefore, snapshotAfter } of runs) {
    console.log(
      `  ${name.padEnd(18)} ${ms.toFixed(1).padStart(8)} ${kb(before.heap).padStart(11)} ${kb(rightAfter.heap).padStart(11)} ${kb(after.heap).padStart(10)} ${kb(after.heap - before.heap).padStart(7)} ${kb(snapshotAfter.js - snapshotBefore.js).padStart(10)} ${kb(snapshotAfter.code - snapshotBefore.code).padStart(7)} ${`${before.nodes}→${after.nodes}`.padStart(11)} ${`${before.listeners}→${after.listeners}`.padStart(9)} ${`${before.documents}→${after.documents}`.padStart(5)} ${String(left).padStart(4)}`,
    );
  }
  console.log("  right after: single-spa's watchdog timers still pending; 10 s later: they have fired. growth: 10 s later − before;");
  console.log('  JS objects and code: the same interval from heap snapshots. DOM counters: before → 10 s later');
  /** @type {Record<string, number>} */
  const figures = {};
  for (const { name, ms, left, before, after, snapshotBefore, snapshotAfter } of runs) {
    Object.assign(figures, {
      [`${name}.cycle.ms`]: ms,
      [`${name}.heap-growth.bytes`]: after.heap - before.heap,
      [`${name}.js-objects-growth.bytes`]: snapshotAfter.js - snapshotBefore.js,
      [`${name}.dom-nodes-growth`]: after.nodes - before.nodes,
      [`${name}.listeners-growth`]: after.listeners - before.listeners,
      [`${name}.elements-left`]: left,
    });
  }
  report('shell-cycles', figures); // only with BENCH_JSON (npm run bench -- --json)
} finally {
  await browser.close();
  await server.close();
  built.remove();
}
process.exit(0);
