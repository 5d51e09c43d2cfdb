#!/usr/bin/env node
// `npm run test:e2e`: every end-to-end file (node --test, two at a time), sharing one playground.
// The files that need the dev playground used to start one each, and each paid a cold Vite
// transform of every module; here it starts once (with its hand-off log on, which some files read)
// and reaches them through HN_E2E_PLAYGROUND (scripts/e2e/playground.mjs). Files that test the
// deployable shell serve dist/shell themselves and do not use it. A file run on its own
// (`node --test <file>`) still starts its own playground. `node scripts/e2e/run.mjs <files…>` runs
// only those files with the shared one; other arguments go to node --test.
//
// The end-to-end files only read the playground's FHIR data, so two of them side by side cannot
// change what the other sees; each opens its own browser.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, SHARED_PLAYGROUND, startPlayground } from './playground.mjs';

const ALL_FILES = ['packages/*/test/e2e/*.e2e.mjs', 'playground/test/*.e2e.mjs'];
const args = process.argv.slice(2);
const named = args.filter((arg) => arg.endsWith('.mjs'));
const FILES = named.length > 0 ? named : ALL_FILES;
const options = args.filter((arg) => !arg.endsWith('.mjs'));

const work = mkdtempSync(join(tmpdir(), 'hn-e2e-'));
const logFile = join(work, 'playground.log');
const playground = await startPlayground({ HANDOFF_LOG: '1' }, { logFile });
const { log: _log, stop, ...urls } = playground;

const code = await new Promise((resolve) => {
  const child = spawn(process.execPath, ['--test', '--test-reporter=spec', '--test-concurrency=2', ...options, ...FILES], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, [SHARED_PLAYGROUND]: JSON.stringify({ ...urls, logFile }) },
  });
  child.once('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)));
});
await stop();
rmSync(work, { recursive: true, force: true });
process.exit(code);
