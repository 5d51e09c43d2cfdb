#!/usr/bin/env node
// Consumer tests (`npm run test:consumers`, after `npm run build`): the packages as an outside
// project gets them. Packs every publishable package (`npm pack`), installs the tarballs into three
// fresh projects in a temporary directory outside the repository (no workspace links, no path
// aliases; npm's cache, --prefer-offline), and in each:
//
//   plain   TypeScript + Vite, strict, skipLibCheck: false       tsc, the element and event maps
//   react   React 19: the packages' react.js wrappers and plain  tsc, the "<package>/jsx" types
//           hn-* tags typed by the generated JSX types
//   vue     Vue 3, a .vue template checked by vue-tsc with the   vue-tsc (strictTemplates), the
//           generated Vue types                                  "<package>/vue" types
//
// each project type-checks its sources and every typed entry point of every package (skipLibCheck:
// false) together with a deliberately wrong file that must give exactly the errors it marks (the
// negative check, see expect-errors.mjs), builds with `vite build`, and opens in Chromium with live data from the
// project's FHIR server: every component renders items, with no console error. Last, sabotaged
// installs prove each project's negative check fails when the types go `any` (step 5).
//
// HN_CONSUMERS_KEEP=1 keeps the temporary directory and prints where it is.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { createFhirServer } from '@hn-elements/dev-fhir-server';
import { launchChromium } from '../e2e/playground.mjs';
import { compareErrors, describeComparison, expectedErrors, reportedErrors } from './expect-errors.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const PROJECTS = join(import.meta.dirname, 'projects');
const started = performance.now();
const timings = [];
const failures = [];

/** Runs a command; resolves with its exit code and output (stdout and stderr together). */
function run(command, args, cwd, env = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, output }));
  });
}

async function step(label, fn) {
  const t0 = performance.now();
  try {
    return await fn();
  } finally {
    timings.push(`${label} ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
}

function fail(message) {
  failures.push(message);
  console.error(`✗ ${message}`);
}

/** The version installed at the repository's root, so the consumers install it from npm's cache. */
function rootVersion(name) {
  return JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
}

// --- 1. pack -------------------------------------------------------------------------------------
const packages = readdirSync(join(ROOT, 'packages'))
  .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(ROOT, 'packages', dir, 'package.json'), 'utf8')) }))
  .filter(({ manifest }) => !manifest.private);
for (const { dir, manifest } of packages) {
  if (!existsSync(join(ROOT, 'packages', dir, 'dist'))) throw new Error(`${manifest.name} has no dist/: run npm run build first`);
}

const work = mkdtempSync(join(tmpdir(), 'hn-consumers-'));
// Removed however the run ends (a thrown error included), unless asked to keep it.
process.on('exit', () => {
  if (!process.env.HN_CONSUMERS_KEEP) rmSync(work, { recursive: true, force: true });
});
const tarballDir = join(work, 'tarballs');
mkdirSync(tarballDir);
const tarballs = await step('pack', async () => {
  const args = ['pack', '--json', '--pack-destination', tarballDir, ...packages.map(({ dir }) => `--workspace=packages/${dir}`)];
  const { code, output } = await run('npm', args, ROOT);
  if (code !== 0) throw new Error(`npm pack failed:\n${output}`);
  const packed = JSON.parse(output.slice(output.indexOf('[')));
  return Object.fromEntries(packed.map((p) => [p.name, { file: join(tarballDir, p.filename), size: p.size, unpackedSize: p.unpackedSize }]));
});

// --- 2. the projects ------------------------------------------------------------------------------
/** Typed entry points of every package: "<name>" or "<name>/<subpath>". */
const entryPoints = packages.flatMap(({ manifest }) =>
  Object.entries(manifest.exports ?? {})
    .filter(([, target]) => typeof target === 'object' && target.types)
    .map(([subpath]) => (subpath === '.' ? manifest.name : `${manifest.name}/${subpath.slice(2)}`)),
);
const isFramework = (entry) => /\/(react\.js|jsx|vue)$/.test(entry);

const DEV = {
  plain: ['typescript', 'vite'],
  react: ['typescript', 'vite', 'react', 'react-dom', '@types/react', '@types/react-dom', '@lit/react'],
  vue: ['typescript', 'vite', 'vue', 'vue-tsc', '@vitejs/plugin-vue'],
};
const ENTRIES = {
  plain: entryPoints.filter((e) => !isFramework(e)),
  react: entryPoints.filter((e) => /\/(react\.js|jsx)$/.test(e)),
  vue: entryPoints.filter((e) => /\/vue$/.test(e)),
};

function setUpProject(name) {
  const dir = join(work, name);
  cpSync(join(PROJECTS, name), dir, { recursive: true });
  cpSync(join(PROJECTS, 'shared/session.ts'), join(dir, 'src/session.ts'));
  // Every typed entry point this kind of project can load, so skipLibCheck: false checks all of them.
  const lines = ENTRIES[name].map((entry, i) => `import type * as entry${i} from '${entry}';`);
  const names = ENTRIES[name].map((_, i) => `entry${i}`);
  writeFileSync(
    join(dir, 'src/entry-points.ts'),
    `// Written by scripts/consumers/run.mjs: every typed entry point of the packages.\n${lines.join('\n')}\nexport type EntryPoints = [${names.map((n) => `typeof ${n}`).join(', ')}];\n`,
  );
  const dependencies = Object.fromEntries(Object.entries(tarballs).map(([pkg, { file }]) => [pkg, `file:${file}`]));
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify(
      {
        name: `hn-consumer-${name}`,
        private: true,
        type: 'module',
        dependencies,
        devDependencies: Object.fromEntries(DEV[name].map((dep) => [dep, rootVersion(dep)])),
        // The packages depend on each other by version: take those from the tarballs, never a registry.
        overrides: Object.fromEntries(Object.keys(tarballs).map((pkg) => [pkg, `$${pkg}`])),
      },
      null,
      2,
    ),
  );
  return dir;
}

const projects = Object.fromEntries(['plain', 'react', 'vue'].map((name) => [name, setUpProject(name)]));

await step('install (3 projects)', async () => {
  const results = await Promise.all(
    Object.entries(projects).map(async ([name, dir]) => {
      const result = await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=warn'], dir);
      return { name, ...result };
    }),
  );
  for (const { name, code, output } of results) {
    if (code !== 0) throw new Error(`npm install in the ${name} project failed:\n${output}`);
    const warnings = output.split('\n').filter((line) => /EBADENGINE|ERESOLVE|peer dep/i.test(line));
    if (warnings.length > 0) fail(`${name}: npm install warned:\n${warnings.join('\n')}`);
  }
});

// --- 3. type checks (with the negative check), builds ------------------------------------------------
// One compiler run per project checks its sources, every typed entry point of the packages
// (skipLibCheck: false) and the deliberately wrong file together: the only errors allowed are the
// ones the wrong file marks, and each of those must be there.
const CHECKER = { plain: 'tsc', react: 'tsc', vue: 'vue-tsc' };
const WRONG_FILES = { plain: ['src/wrong.ts'], react: ['src/wrong.tsx'], vue: ['src/Wrong.vue'] };

/**
 * Runs the project's checker on `project` (a tsconfig in the project's directory) and compares its
 * errors with the wrong file's marks.
 */
async function typeCheck(name, extraArgs = [], project = 'tsconfig.json') {
  const dir = projects[name];
  const bin = join(dir, 'node_modules/.bin', CHECKER[name]);
  const { output } = await run(bin, ['-p', project, '--pretty', 'false', ...extraArgs], dir);
  return compareErrors(expectedErrors(dir, WRONG_FILES[name]), reportedErrors(output));
}

// The three projects side by side: each checker is one process on one core.
await Promise.all(
  Object.entries(projects).map(async ([name, dir]) => {
    await step(`${name}: type check`, async () => {
      const result = await typeCheck(name);
      if (!result.ok) fail(`${name}: ${CHECKER[name]} (strict, skipLibCheck: false) did not give exactly the wrong file's marked errors:\n${describeComparison(result)}`);
    });
    await step(`${name}: vite build`, async () => {
      const { code, output } = await run(join(dir, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], dir);
      if (code !== 0 || !existsSync(join(dir, 'dist/index.html'))) fail(`${name}: vite build failed:\n${output.trim()}`);
    });
  }),
);

// --- 4. in Chromium, with live data -----------------------------------------------------------------
const MIME = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };

/** Serves a built dist/ on a free loopback port. */
function serveStatic(dir) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = join(dir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolvePromise) => server.listen(0, '127.0.0.1', () => resolvePromise({ origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() })));
}

const DATA_TAGS = ['hn-appointment-list', 'hn-inbox', 'hn-tool-catalogue', 'hn-journal-viewer', 'hn-test-results', 'hn-referrals'];

await step('chromium (3 projects, live data)', async () => {
  const fhir = await createFhirServer({ basePath: '/fhir' });
  const fhirServer = await fhir.listen(0);
  const browser = await launchChromium();
  try {
    for (const [name, dir] of Object.entries(projects)) {
      if (!existsSync(join(dir, 'dist/index.html'))) continue; // its build failed, already reported
      const site = await serveStatic(join(dir, 'dist'));
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors = [];
      let fhirResponses = 0;
      const counts = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
      page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
      page.on('response', (response) => {
        if (response.url().startsWith(`${fhirServer.url}/fhir/`) && response.ok()) fhirResponses += 1;
      });
      try {
        await page.goto(`${site.origin}/?fhir=${encodeURIComponent(fhirServer.url)}`);
        // Every data component finishes loading and shows items from the FHIR server. One at a
        // time, scrolled into view: the inbox renders only the rows its viewport shows.
        for (const tag of DATA_TAGS) {
          await page.locator(tag).scrollIntoViewIfNeeded({ timeout: 10_000 });
          await page.waitForFunction(
            (tag) => {
              const element = document.querySelector(tag);
              return element?.shadowRoot && element.getAttribute('aria-busy') !== 'true' && element.shadowRoot.querySelectorAll('[part~="item"]').length > 0;
            },
            tag,
            { timeout: 15_000 },
          );
          counts.push(`${tag} ${await page.evaluate((tag) => document.querySelector(tag).shadowRoot.querySelectorAll('[part~="item"]').length, tag)}`);
        }
        if (fhirResponses === 0) fail(`${name}: no response from the FHIR server`);
        if (errors.length > 0) fail(`${name}: errors in the page:\n  ${errors.join('\n  ')}`);
        else console.log(`✓ ${name}: items rendered (${counts.join(', ')}) from ${fhirResponses} FHIR responses, no console errors`);
      } catch (error) {
        const state = await page
          .evaluate((tags) => tags.map((tag) => `${tag}: ${document.querySelector(tag) ? `${document.querySelector(tag).shadowRoot?.querySelectorAll('[part~="item"]').length ?? 'no shadow root'} items` : 'absent'}`), DATA_TAGS)
          .catch(() => []);
        fail(`${name}: the page did not render items: ${error.message.split('\n')[0]}\n  ${[...state, ...errors].join('\n  ')}`);
      } finally {
        await context.close();
        site.close();
      }
    }
  } finally {
    await browser.close();
    await fhirServer.close();
  }
});

// --- 5. the negative checks can fail ---------------------------------------------------------------
// Each project's check runs once more on an install whose types have been broken the way they can
// break, and must fail: the FHIR types unresolvable under skipLibCheck: true (Vite's default; how
// `.bundle` went `any` before), a package without its event map, JSX types and Vue types that
// accept anything. Only the summary is printed; the broken files are put back.
//
// These runs check the wrong file alone (and what it imports) with skipLibCheck: true, which is
// what the question needs (do its marked errors go missing?) at a fraction of a whole check. So
// that a failure means the sabotage and nothing else, the same narrow check first runs on the
// intact install of each project and must pass.
const SABOTAGE = [
  {
    project: 'plain',
    what: 'without @medplum/fhirtypes (skipLibCheck: true)',
    args: ['--skipLibCheck', 'true'],
    hide: 'node_modules/@medplum/fhirtypes',
  },
  {
    project: 'plain',
    what: "without appointment-list's event map",
    replace: { 'node_modules/@hn-elements/appointment-list/dist/dom-types.d.ts': 'export {};\n' },
  },
  {
    project: 'react',
    what: 'with JSX types that accept anything',
    replace: Object.fromEntries(
      ['tool-catalogue', 'journal-viewer'].map((pkg) => [`node_modules/@hn-elements/${pkg}/dist/jsx.d.ts`, 'export type CustomElements = { [tag: string]: any };\n']),
    ),
  },
  {
    project: 'vue',
    what: 'with Vue types that accept anything',
    replace: {
      'node_modules/@hn-elements/appointment-list/dist/vue.d.ts':
        "import type { DefineComponent } from 'vue';\ndeclare module 'vue' { interface GlobalComponents { 'hn-appointment-list': DefineComponent<Record<string, any>> } }\nexport {};\n",
    },
  },
];

const NARROW = 'tsconfig.wrong-only.json';
for (const name of new Set(SABOTAGE.map(({ project }) => project))) {
  writeFileSync(
    join(projects[name], NARROW),
    // The wrong file, and the project's own declarations (the React project's JSX types).
    JSON.stringify({ extends: './tsconfig.json', compilerOptions: { skipLibCheck: true }, include: ['src/**/*.d.ts'], files: WRONG_FILES[name] }, null, 2),
  );
}

await step('sabotage checks', async () => {
  const intact = await Promise.all([...new Set(SABOTAGE.map(({ project }) => project))].map(async (name) => ({ name, result: await typeCheck(name, [], NARROW) })));
  for (const { name, result } of intact) {
    if (!result.ok) fail(`sabotage: the narrow check of ${name}'s wrong file fails on the intact install, so a failure under sabotage would prove nothing:\n${describeComparison(result)}`);
  }
  // Projects side by side; within a project one sabotage at a time (they change its install).
  const byProject = Object.groupBy(SABOTAGE, ({ project }) => project);
  await Promise.all(
    Object.values(byProject).map(async (sabotages = []) => {
      for (const { project, what, args = [], hide, replace = {} } of sabotages) {
        const dir = projects[project];
        const originals = Object.fromEntries(Object.keys(replace).map((file) => [file, readFileSync(join(dir, file), 'utf8')]));
        if (hide) renameSync(join(dir, hide), join(dir, `${hide}.hidden`));
        for (const [file, text] of Object.entries(replace)) writeFileSync(join(dir, file), text);
        try {
          const result = await typeCheck(project, args, NARROW);
          if (result.ok) fail(`sabotage: ${project} ${what}: the negative check still passed, so it cannot see the types go wrong`);
          else console.log(`✓ sabotage: ${project} ${what}: the negative check fails (${result.missing.length} marked errors missing, ${result.unexpected.length} unexpected)`);
        } finally {
          if (hide) renameSync(join(dir, `${hide}.hidden`), join(dir, hide));
          for (const [file, text] of Object.entries(originals)) writeFileSync(join(dir, file), text);
        }
      }
    }),
  );
});

// --- report -------------------------------------------------------------------------------------------
const sizes = Object.entries(tarballs).map(([pkg, { size, unpackedSize }]) => `${pkg} ${(size / 1024).toFixed(1)} KB (${(unpackedSize / 1024).toFixed(0)} KB unpacked)`);
console.log(`tarballs: ${sizes.join(', ')}`);
console.log(`steps: ${timings.join(', ')}`);
if (process.env.HN_CONSUMERS_KEEP) console.log(`projects kept in ${work}`);
else rmSync(work, { recursive: true, force: true });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`consumers: ${failures.length === 0 ? 'all passed' : `${failures.length} failure(s)`} in ${seconds} s`);
process.exit(failures.length === 0 ? 0 : 1);
