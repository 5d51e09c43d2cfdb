// What every end-to-end test needs: the playground started as `npm start` starts it (on free
// ports), and Debian's Chromium driven by playwright-core.
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, rename, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Debian's Chromium, headless, with the flags every browser run here uses, and `extraArgs`.
 * `options` go to Playwright's launch as they are, e.g. `{ ignoreDefaultArgs: ['--disable-popup-blocking'] }`
 * turns the browser's popup blocker on (Playwright turns it off by default).
 * @param {string[]} [extraArgs]
 * @param {import('playwright-core').LaunchOptions} [options]
 */
export function launchChromium(extraArgs = [], options = {}) {
  return chromium.launch({ ...options, executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/**
 * The environment variable through which `npm run test:e2e` (scripts/e2e/run.mjs) hands every test
 * file the one playground it started: its URLs and the file its output goes to, as JSON.
 */
export const SHARED_PLAYGROUND = 'HN_E2E_PLAYGROUND';

/** What a test file may ask of its playground that the shared one gives (its hand-off log is on). */
const SHARED_PLAYGROUND_GIVES = { HANDOFF_LOG: '1' };

/**
 * The playground `npm run test:e2e` started for every file, when there is one and it is what
 * `extraEnv` asks for; stopping it is left to the runner.
 * @param {Record<string, string>} extraEnv
 */
function sharedPlayground(extraEnv) {
  const shared = process.env[SHARED_PLAYGROUND];
  if (!shared || !Object.entries(extraEnv).every(([name, value]) => SHARED_PLAYGROUND_GIVES[name] === value)) return undefined;
  const { logFile, ...urls } = JSON.parse(shared);
  return { ...urls, log: () => readFileSync(logFile, 'utf8'), stop: async () => {} };
}

/**
 * The playground for a test file: the one `npm run test:e2e` started for all of them (each file
 * starting its own cost a cold Vite transform of every module, per file), or else, as when a file
 * runs alone or asks for an environment the shared one lacks, `node playground/serve.mjs` started
 * for it; resolves with its URLs once it prints them.
 * With `logFile`, everything it prints is also appended to that file.
 * @param {Record<string, string>} [extraEnv]
 * @param {{ logFile?: string }} [options]
 */
export async function startPlayground(extraEnv = {}, options = {}) {
  const shared = sharedPlayground(extraEnv);
  if (shared) return shared;
  const [port, oidcPort, vendorPort] = [await freePort(), await freePort(), await freePort()];
  const cacheDir = await privateViteCache();
  const env = { ...process.env, PORT: String(port), OIDC_PORT: String(oidcPort), VENDOR_PORT: String(vendorPort), HN_VITE_CACHE_DIR: cacheDir, HN_NO_WATCH: '1', ...extraEnv };
  delete env.HN_VENDOR_APP_ORIGIN;
  const child = spawn(process.execPath, [join(ROOT, 'playground', 'serve.mjs')], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const urls = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the playground did not start in time:\n${output}`)), 90_000);
    const onData = (chunk) => {
      output += chunk;
      const playground = /hn-elements playground:\s+(\S+)/.exec(output)?.[1];
      const issuer = /OpenID provider:\s+(\S+)/.exec(output)?.[1];
      const vendor = /Demo vendor app:\s+(\S+)/.exec(output)?.[1];
      if (playground && issuer && vendor) {
        clearTimeout(timer);
        child.stdout.off('data', onData);
        child.stderr.off('data', onData);
        resolve({ playground: new URL(playground).origin, issuer, vendor });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the playground exited (${code}):\n${output}`));
    });
  });
  const keep = (chunk) => {
    output += chunk;
    if (options.logFile) appendFileSync(options.logFile, chunk);
  };
  if (options.logFile) appendFileSync(options.logFile, output);
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  return {
    ...urls,
    log: () => output,
    stop: async () => {
      await new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(undefined);
        child.once('exit', () => resolve(undefined));
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      });
      await keepViteCache(cacheDir);
    },
  };
}

/** Where `npm start` keeps Vite's pre-bundled dependencies; e2e playgrounds start from a copy. */
const SHARED_VITE_DEPS = join(ROOT, 'node_modules', '.vite', 'deps');

/**
 * A cache directory for one playground. End-to-end files run side by side, and two dev servers
 * writing one cache corrupt it, so each gets its own, seeded from the shared one when that exists
 * (Vite's cache key does not include the directory), which saves the pre-bundling.
 * @returns {Promise<string>}
 */
async function privateViteCache() {
  const dir = await mkdtemp(join(tmpdir(), 'hn-vite-'));
  await cp(SHARED_VITE_DEPS, join(dir, 'deps'), { recursive: true }).catch(() => undefined);
  return dir;
}

/**
 * After a playground stops: its pre-bundled dependencies become the shared ones if there are none
 * yet (a rename, so a second playground finishing at the same time cannot half-write them), then
 * its directory goes.
 */
/** @param {string} dir */
async function keepViteCache(dir) {
  if (!existsSync(SHARED_VITE_DEPS) && existsSync(join(dir, 'deps', '_metadata.json'))) {
    // Copied beside the shared place first (the temp directory may be another file system), then renamed.
    const staged = `${SHARED_VITE_DEPS}-${process.pid}-${Date.now()}`;
    await cp(join(dir, 'deps'), staged, { recursive: true })
      .then(() => rename(staged, SHARED_VITE_DEPS))
      .catch(() => undefined);
    await rm(staged, { recursive: true, force: true });
  }
  await rm(dir, { recursive: true, force: true });
}

/** Runs axe-core in the page (through open shadow roots) and returns its violations. */
export async function axeViolations(page) {
  await page.addScriptTag({ path: join(ROOT, 'node_modules/axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const result = await /** @type {any} */ (window).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/**
 * Inside a node:test `describe`: starts the playground and Chromium before its tests and stops both
 * after them. The returned object's `playground` and `browser` are set once the `before` hook ran.
 * @param {typeof import('node:test').before} before
 * @param {typeof import('node:test').after} after
 * @param {{ env?: Record<string, string>, chromiumArgs?: string[] }} [options]
 */
export function usePlaygroundAndBrowser(before, after, options = {}) {
  const running = { playground: /** @type {any} */ (undefined), browser: /** @type {any} */ (undefined) };
  before(async () => {
    running.playground = await startPlayground(options.env);
    running.browser = await launchChromium(options.chromiumArgs);
  });
  after(async () => {
    await running.browser?.close();
    await running.playground?.stop();
  });
  return running;
}
