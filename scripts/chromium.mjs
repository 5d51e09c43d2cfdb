// Debian's Chromium as every test runner, end-to-end test and benchmark here launches it:
// headless, no sandbox (containers), and nothing that reaches for the network on its own.
// Imported by web-test-runner.config.mjs, vitest.config.ts, scripts/e2e and scripts/bench.

/** Where the browser is: Debian's package, unless CHROMIUM_PATH says otherwise. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = Object.freeze([
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
]);

/** For tests and benchmarks that force garbage collection with `gc()`. */
export const EXPOSE_GC = '--js-flags=--expose-gc';
