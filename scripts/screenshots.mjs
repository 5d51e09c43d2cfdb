#!/usr/bin/env node
// Full-page screenshots of the deployable shell with live data, for judging a change by eye: the
// overview (`/`) and each app's route (dist/shell/site.json → config.apps[].path), at 360 × 740 and
// 1280 × 800, as `<route>-<width>.jpg` (`overview-360.jpg`, `inbox-1280.jpg`, ...).
//
//   node scripts/screenshots.mjs <outDir> [label] [--dir <build>]
//
// `--dir` names the build to show (default dist/shell), so a build made in another checkout, e.g. a
// `git worktree` of an older commit, can be shown the same way. The build is served as
// `npm run preview` serves it (scripts/site/preview.mjs, with the demo FHIR server); the pages are
// taken once every app shows its data (scripts/e2e/shell-page.mjs) and the fonts are loaded.
import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './e2e/playground.mjs';
import { waitForApps } from './e2e/shell-page.mjs';
import { SITE_DIR } from './site/page.mjs';
import { startPreview } from './site/preview.mjs';

const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
];

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { dir: { type: 'string' }, quality: { type: 'string', default: '80' } },
});
const [outDir, label] = positionals;
if (!outDir) {
  console.error('usage: node scripts/screenshots.mjs <outDir> [label] [--dir <build>] [--quality <1-100>]');
  process.exit(2);
}
const dir = resolve(values.dir ?? SITE_DIR);
const quality = Number(values.quality);

const site = JSON.parse(await readFile(join(dir, 'site.json'), 'utf8'));
/** @type {{ name: string, path: string }[]} */
const routes = [
  { name: 'overview', path: '/' },
  ...site.config.apps.map((/** @type {{ path: string }} */ app) => ({ name: app.path.replace(/^\/+/, '').replace(/\//g, '-'), path: app.path })),
];

await mkdir(outDir, { recursive: true });
const preview = await startPreview({ dir, port: 0 });
const browser = await launchChromium();
try {
  const context = await browser.newContext({ deviceScaleFactor: 1, reducedMotion: 'reduce' });
  const page = await context.newPage();
  for (const { name, path } of routes) {
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      await page.goto(new URL(path, preview.url).href, { waitUntil: 'load' });
      const held = await waitForApps(page);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      // Two frames for layout after the last data arrived.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(undefined)))));
      const file = join(outDir, `${name}-${viewport.width}.jpg`);
      await page.screenshot({ path: file, fullPage: true, type: 'jpeg', quality, animations: 'disabled', caret: 'hide' });
      const errors = Object.entries(held).filter(([, tag]) => tag === 'hn-error-tile').map(([app]) => app);
      console.log(`${label ? `${label} ` : ''}${path} ${viewport.width}px -> ${file}${errors.length ? ` (error tile: ${errors.join(', ')})` : ''}`);
    }
  }
  await context.close();
} finally {
  await browser.close();
  await preview.close();
}
