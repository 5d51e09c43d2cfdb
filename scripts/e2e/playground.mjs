// What every end-to-end test needs: the playground started as `npm start` starts it (on free
// ports), and Debian's Chromium driven by playwright-core.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
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
 * Starts `node playground/serve.mjs` and resolves with its URLs once it prints them.
 * @param {Record<string, string>} [extraEnv]
 */
export async function startPlayground(extraEnv = {}) {
  const [port, oidcPort, vendorPort] = [await freePort(), await freePort(), await freePort()];
  const env = { ...process.env, PORT: String(port), OIDC_PORT: String(oidcPort), VENDOR_PORT: String(vendorPort), ...extraEnv };
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
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return {
    ...urls,
    log: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(undefined);
        child.once('exit', () => resolve(undefined));
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      }),
  };
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
