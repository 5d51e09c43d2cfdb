// What the end-to-end tests of the deployable shell (dist/shell) need: the build (made first when
// it is missing or older than its sources; `npm test` builds before its end-to-end step), the
// preview server started in the test's own process on a free port (no Vite dev server), and waits
// on the page's own signals.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SITE_DIR } from '../site/page.mjs';
import { startPreview } from '../site/preview.mjs';
import { ROOT, launchChromium } from './playground.mjs';

/** The newest modification time of the files under `dir` (0 when it does not exist). */
function newest(dir) {
  if (!existsSync(dir)) return 0;
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) latest = Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return latest;
}

/**
 * The build to test: dist/shell, unless it is missing or older than what it is built from (the
 * packages' sources, the shell's site data, the generated tokens); then a fresh build in a
 * directory of this process's own, so a test run alone never tests a stale build, and two test
 * files never rebuild one directory under each other. `npm test` builds before its end-to-end step,
 * so there nothing is built here.
 * @returns {Promise<{ dir: string, remove: () => Promise<void> }>}
 */
export async function siteBuild() {
  const built = existsSync(join(SITE_DIR, 'index.html')) && existsSync(join(SITE_DIR, 'site.json')) ? statSync(join(SITE_DIR, 'site.json')).mtimeMs : 0;
  const packages = join(ROOT, 'packages');
  const inputs = Math.max(
    ...readdirSync(packages).map((name) => Math.max(newest(join(packages, name, 'src')), newest(join(packages, name, 'site')))),
    newest(join(packages, 'tokens', 'dist')),
  );
  if (built > inputs) return { dir: SITE_DIR, remove: async () => {} };
  const dir = await mkdtemp(join(tmpdir(), 'hn-site-build-'));
  const { buildSite } = await import('../site/build.mjs');
  await buildSite({ outDir: dir });
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Inside a node:test `describe`: the preview of the build (siteBuild) and Chromium, started once
 * before its tests and stopped after them. `dir`, `preview` and `browser` are set once the `before`
 * hook ran.
 * @param {typeof import('node:test').before} before
 * @param {typeof import('node:test').after} after
 */
export function useSiteAndBrowser(before, after) {
  const running = {
    /** The build being served (see siteBuild). */
    dir: SITE_DIR,
    preview: /** @type {Awaited<ReturnType<typeof startPreview>>} */ (/** @type {any} */ (undefined)),
    browser: /** @type {import('playwright-core').Browser} */ (/** @type {any} */ (undefined)),
  };
  /** @type {Awaited<ReturnType<typeof siteBuild>> | undefined} */
  let build;
  before(async () => {
    const [made, browser] = await Promise.all([siteBuild(), launchChromium()]);
    build = made;
    running.dir = made.dir;
    running.browser = browser;
    running.preview = await startPreview({ dir: made.dir });
  });
  after(async () => {
    await running.browser?.close();
    await running.preview?.close();
    await build?.remove();
  });
  return running;
}
