// Which browser test files share one page.
//
// web-test-runner opens one page per test file, and a page costs the same every time: a browser
// context, the test framework, Lit, axe and the component's modules fetched and compiled again.
// Measured on the appointment list's ten files (docs/performance.md, "One page per folder"): the
// same 89 tests took 79–85 s in ten pages and 31–55 s in one. So the files of one test folder
// (one component, or one suite such as test/reliability) run in one page: this module writes, for
// each folder, an entry file that imports the folder's test files in name order, and the
// configuration hands web-test-runner those entries instead of the files.
//
// What a page shares is what the files of a folder already shared before files ran side by side:
// one FHIR namespace (the page's), used by one file after another, each resetting what it changes.
// Files that change what the whole page is (the shell's router and its registered applications,
// the document's URL) keep a page of their own: OWN_PAGE below, each with its reason.
//
// Naming files on the command line (`npx web-test-runner packages/inbox/test/focus.test.ts`) runs
// those files as they are, one page each, as before.
import { globSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/**
 * Test files that need a page to themselves, with why (`folder/*`: every file of the folder).
 * @type {Record<string, string>}
 */
export const OWN_PAGE = {
  'packages/core/test/fonts.test.ts': 'checks that no font face exists before the first component connects',
  'packages/handoff-launcher/test/popup-blocker.test.ts': 'needs a page no key press has activated yet (the browser keeps user activation for a while)',
  'packages/shell/test/*': "each file starts single-spa's router and registers the applications, once per page",
  'packages/test-results/test/locale-words.test.ts': "checks that nynorsk's and English words load when first asked for: a page keeps a language's words once loaded",
  'packages/test-results/test/words-failed.test.ts': "makes the first load of a language's words fail: a page keeps a language's words once loaded",
};

/**
 * The folder's entry file name: `packages/inbox/test` -> `packages-inbox-test.test.ts`.
 * @param {string} folder relative to the root, with `/`
 */
export function entryName(folder) {
  return `${folder.replaceAll('/', '-')}.test.ts`;
}

/**
 * Groups test files (relative paths with `/`) by folder; files in `ownPage` stay alone.
 * @param {string[]} files
 * @param {Record<string, string>} [ownPage]
 * @returns {{ shared: Map<string, string[]>, alone: string[] }}
 */
export function groupByFolder(files, ownPage = OWN_PAGE) {
  /** @type {Map<string, string[]>} */
  const shared = new Map();
  /** @type {string[]} */
  const alone = [];
  for (const file of [...files].sort()) {
    if (file in ownPage || `${dirname(file)}/*` in ownPage) {
      alone.push(file);
      continue;
    }
    const folder = dirname(file);
    shared.set(folder, [...(shared.get(folder) ?? []), file]);
  }
  return { shared, alone };
}

/**
 * The entry of one folder: its files loaded in turn by test-support's `loadFilesInOnePage`, which
 * puts the page back as fresh after each.
 * @param {string} folder
 * @param {Array<[name: string, importPath: string]>} files
 */
export function entrySource(folder, files) {
  const loaders = files.map(([name, path]) => `  ['${name}', () => import('${path.replace(/\.ts$/, '.js')}')],`);
  return [
    `// Written by scripts/wtr/shared-pages.mjs: the test files of ${folder}, in one page.`,
    `import { loadFilesInOnePage } from '@hn-elements/test-support/shared-page.js';`,
    '',
    'await loadFilesInOnePage([',
    ...loaders,
    ']);',
    '',
  ].join('\n');
}

/**
 * Writes one entry per folder into `outDir` (emptied first) and returns what web-test-runner runs:
 * the entries, and the files that keep their own page.
 * @param {{ root: string, patterns: string[], outDir: string, ownPage?: Record<string, string> }} options
 *   `patterns` are globs relative to `root`; a leading `!` excludes.
 * @returns {string[]} paths relative to `root`
 */
export function sharedPageEntries({ root, patterns, outDir, ownPage = OWN_PAGE }) {
  const include = patterns.filter((p) => !p.startsWith('!'));
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const files = [...new Set(include.flatMap((pattern) => globSync(pattern, { cwd: root, exclude })))].map((f) => f.split(sep).join('/'));
  const { shared, alone } = groupByFolder(files, ownPage);
  mkdirSync(outDir, { recursive: true });
  for (const old of readdirSync(outDir)) rmSync(join(outDir, old), { force: true });
  /** @type {Array<[bytes: number, entry: string]>} */
  const entries = [];
  for (const [folder, members] of shared) {
    const entry = join(outDir, entryName(folder));
    writeFileSync(entry, entrySource(folder, members.map((file) => [file, relative(outDir, join(root, file)).split(sep).join('/')])));
    entries.push([members.reduce((bytes, file) => bytes + statSync(join(root, file)).size, 0), relative(root, entry).split(sep).join('/')]);
  }
  // Pages run two at a time in the order given: the biggest folders (by bytes of test code, a fair
  // guess at their time) first, and the files with a page of their own last, to fill the gaps.
  entries.sort((a, b) => b[0] - a[0]);
  return [...entries.map(([, entry]) => entry), ...alone];
}
