// Browser tests: every packages/*/test/**/*.test.ts runs in Debian's Chromium through Playwright.
// The embedded FHIR server is served by the same dev server under /fhir, so tests use real HTTP.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { summaryReporter, defaultReporter } from '@web/test-runner';
import { axTreePlugin } from './scripts/wtr/ax-tree-plugin.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH, EXPOSE_GC } from './scripts/chromium.mjs';
import { createFhirServer } from '@hn-elements/dev-fhir-server';


const fhir = await createFhirServer({ basePath: '/fhir' });

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

export default {
  files: ['packages/*/test/**/*.test.ts', 'test/reliability/*.test.ts', 'test/accessibility/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'import', 'default'] },
  // One file at a time: the embedded FHIR server is shared state (modes, data) across test files.
  concurrency: 1,
  testsFinishTimeout: 240_000,
  testFramework: { config: { timeout: 10_000 } },
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS, EXPOSE_GC] },
    }),
  ],
  plugins: [axTreePlugin(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  middleware: [fhir.koaMiddleware],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), closingLineReporter()],
};
