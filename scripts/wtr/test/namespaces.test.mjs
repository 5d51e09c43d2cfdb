// Proves that two browser test files running at the same time each see only their own FHIR modes
// and data: web-test-runner runs fixtures/a.test.js and fixtures/b.test.js side by side with the
// same pieces as web-test-runner.config.mjs (cookie middleware, namespaces keyed per page, a
// browser context per page). The files meet at barriers, so each checks while the other has set
// the opposite mode. The same run without namespaces must fail, so the check can fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { startTestRunner } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { createFhirServer } from '@hn-elements/dev-fhir-server';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../chromium.mjs';
import { namespaceCookieMiddleware, namespaceOfRequest } from '../fhir-namespaces.mjs';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const FIXTURES = 'scripts/wtr/test/fixtures/*.test.js';
const PARTIES = 2;
/** Bounds a barrier wait, so files that do not run at the same time fail instead of hanging. */
const BARRIER_TIMEOUT_MS = 60_000;

/** Koa middleware: `POST /__barrier/<name>` answers once PARTIES pages have asked for that name. */
function barrierMiddleware() {
  /** @type {Map<string, Array<(status: number) => void>>} */
  const waiting = new Map();
  /** @param {any} ctx @param {() => Promise<unknown>} next */
  return async (ctx, next) => {
    const match = /^\/__barrier\/([\w-]+)$/.exec(ctx.path);
    if (!match || ctx.method !== 'POST') return next();
    const name = /** @type {string} */ (match[1]);
    const queue = waiting.get(name) ?? [];
    waiting.set(name, queue);
    const status = await new Promise((resolve) => {
      const timer = setTimeout(() => resolve(408), BARRIER_TIMEOUT_MS);
      queue.push((code) => {
        clearTimeout(timer);
        resolve(code);
      });
      if (queue.length === PARTIES) {
        waiting.delete(name);
        for (const release of queue) release(204);
      }
    });
    ctx.status = status;
  };
}

/**
 * Runs the two fixture files at once.
 * @param {boolean} namespaces  false: every page shares one FHIR state (as before)
 * @returns {Promise<{ passed: boolean, errors: string[], stats: any }>}
 */
async function runFixtures(namespaces) {
  const fhir = await createFhirServer({ basePath: '/fhir', ...(namespaces ? { namespaces: { keyOf: namespaceOfRequest } } : {}) });
  /** @type {string[]} */
  const errors = [];
  const collect = {
    /** @param {{ sessions: any[] }} args */
    onTestRunFinished({ sessions }) {
      /** @param {any} suite */
      const walk = (suite) => {
        for (const t of suite.tests) if (!t.passed) errors.push(`${t.name}: ${t.error?.message}`);
        for (const child of suite.suites) walk(child);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        for (const error of session.errors ?? []) errors.push(String(error.message ?? error));
      }
    },
  };
  const runner = await startTestRunner({
    readCliArgs: false,
    readFileConfig: false,
    autoExitProcess: false,
    config: {
      rootDir: ROOT,
      files: [FIXTURES],
      concurrency: PARTIES,
      nodeResolve: false,
      testFramework: { config: { timeout: BARRIER_TIMEOUT_MS * 2 } },
      testsFinishTimeout: BARRIER_TIMEOUT_MS * 4,
      browsers: [
        playwrightLauncher({
          product: 'chromium',
          launchOptions: { executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS] },
          createBrowserContext: ({ browser }) => browser.newContext(),
        }),
      ],
      middleware: [barrierMiddleware(), namespaceCookieMiddleware(), fhir.koaMiddleware],
      reporters: [collect],
    },
  });
  assert.ok(runner, 'web-test-runner started');
  const passed = await new Promise((resolve) => runner.on('finished', resolve));
  await runner.stop();
  return { passed: Boolean(passed), errors, stats: fhir.namespaceStats() };
}

test('two test files running at once each see their own modes and data (fetch, iframe, worker, no referrer, no cookie)', async () => {
  const { passed, errors, stats } = await runFixtures(true);
  assert.deepEqual(errors, []);
  assert.equal(passed, true);
  assert.equal(stats.unkeyed, 0, 'every FHIR request had a namespace');
  assert.ok(stats.created >= 2, `a namespace per file (made ${stats.created})`);
});

test('without namespaces the same two files fail (the check above can fail)', async () => {
  const { passed, errors } = await runFixtures(false);
  assert.equal(passed, false);
  assert.ok(
    errors.some((error) => /mode \(fetch\)|records seen|answers in this file's mode/.test(error)),
    `they fail on what they saw, not on something else:\n${errors.join('\n')}`,
  );
});
