// Browser tests: every packages/*/test/**/*.test.ts (and test-support's own, the reliability and accessibility suites) runs in Debian's Chromium through Playwright.
// The embedded FHIR server is served by the same dev server under /fhir, so tests use real HTTP.
// Each test file gets its own copy of the FHIR data and modes (a namespace, keyed by the page's
// web-test-runner session: scripts/wtr/fhir-namespaces.mjs), so pages run side by side.
// The files of one test folder share one page (scripts/wtr/shared-pages.mjs): a page costs as much
// to open as a small file's tests take, and the page is put back as fresh between files.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { summaryReporter, defaultReporter } from '@web/test-runner';
import { axTreePlugin } from './scripts/wtr/ax-tree-plugin.mjs';
import { flatTreeReaderPlugin } from './scripts/wtr/flat-tree-reader-plugin.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH, EXPOSE_GC } from './scripts/chromium.mjs';
import { namespaceCookieMiddleware, namespaceOfRequest, namespaceReporter } from './scripts/wtr/fhir-namespaces.mjs';
import { createFhirServer } from '@hn-elements/dev-fhir-server';
import { sharedPageEntries } from './scripts/wtr/shared-pages.mjs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(fileURLToPath(import.meta.url));

/** Test files run at once (WTR_CONCURRENCY overrides; see docs/performance.md for the measurements). */
const CONCURRENCY = Number(process.env.WTR_CONCURRENCY) || 2;

// Namespaces of finished files are dropped at once; the bound only matters if that ever fails.
const fhir = await createFhirServer({ basePath: '/fhir', namespaces: { keyOf: namespaceOfRequest, max: Math.max(8, 4 * CONCURRENCY) } });

/** Counts results and prints the closing line CI reads: "N passed, N failed". */
function closingLineReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) skipped += 1;
          else if (test.passed) passed += 1;
          else failed += 1;
        }
        for (const child of suite.suites) walk(child);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        if (session.errors?.length) failed += session.errors.length;
      }
      process.stdout.write(`\nbrowser: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
    },
  };
}

/** With WTR_FILE_TIMES=1: the 20 files whose tests took longest, summed per file, and the 30 slowest tests (where the time goes). */
function fileTimesReporter() {
  const times = [];
  const tests = [];
  const collect = (suite, file, path = []) => {
    if (!suite) return;
    for (const test of suite.tests) tests.push([test.duration ?? 0, `${file}: ${[...path, test.name].join(' > ')}`]);
    for (const child of suite.suites) collect(child, file, [...path, child.name]);
  };
  const sum = (suite) => (suite ? suite.tests.reduce((total, test) => total + (test.duration ?? 0), 0) + suite.suites.reduce((total, child) => total + sum(child), 0) : 0);
  return {
    reportTestFileResults({ sessionsForTestFile, testFile }) {
      times.push([sessionsForTestFile.reduce((total, session) => total + sum(session.testResults), 0), testFile]);
      for (const session of sessionsForTestFile) collect(session.testResults, testFile.replace(process.cwd() + '/', ''));
    },
    onTestRunFinished() {
      times.sort((a, b) => b[0] - a[0]);
      const total = times.reduce((t, [ms]) => t + ms, 0);
      process.stdout.write(`\ntest time per file (sum ${(total / 1000).toFixed(1)} s):\n`);
      for (const [ms, file] of times.slice(0, 20)) process.stdout.write(`${(ms / 1000).toFixed(1).padStart(7)} s  ${file.replace(process.cwd() + '/', '')}\n`);
      tests.sort((a, b) => b[0] - a[0]);
      process.stdout.write(`\nslowest tests:\n`);
      for (const [ms, name] of tests.slice(0, 30)) process.stdout.write(`${(ms / 1000).toFixed(2).padStart(7)} s  ${name}\n`);
    },
  };
}

/** Every browser test file. */
const TEST_FILES = ['packages/*/test/**/*.test.ts', '!packages/*/test/node/**', 'dev/test-support/test/*.test.ts', 'test/reliability/*.test.ts', 'test/accessibility/*.test.ts'];

export default {
  // The files of one folder share a page (scripts/wtr/shared-pages.mjs); files named on the
  // command line run one page each.
  files: sharedPageEntries({ root: ROOT, patterns: TEST_FILES, outDir: join(ROOT, 'test', 'pages') }),
  nodeResolve: { exportConditions: ['source', 'browser', 'import', 'default'] },
  // Files run side by side: each page has its own FHIR namespace (see the top of this file).
  concurrency: CONCURRENCY,
  // A page runs a whole folder's files: the bound is for a page that hangs, not a budget.
  testsFinishTimeout: 600_000,
  testFramework: { config: { timeout: 10_000 } },
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS, EXPOSE_GC] },
      // A browser context (cookie jar) per page is what keeps the namespace cookie per test file.
      createBrowserContext: ({ browser }) => browser.newContext(),
    }),
  ],
  plugins: [axTreePlugin(), flatTreeReaderPlugin(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  middleware: [namespaceCookieMiddleware(), fhir.koaMiddleware],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), namespaceReporter(fhir), closingLineReporter(), ...(process.env.WTR_FILE_TIMES ? [fileTimesReporter()] : [])],
};
