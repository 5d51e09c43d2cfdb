#!/usr/bin/env node
// `npm test`: every check, in two lanes side by side, each step's whole output printed when it
// ends, then a table of every step's time. Each step is the npm script of the same name, which also
// runs on its own. The lanes:
//
//   check:types -> test:node -> build -> lint:packages -> test:consumers -> test:stories
//   test:browser -> test:e2e
//
// The end-to-end tests, the package lint and the consumers need the build (a step waits for what
// it needs, whichever lane runs it). A failed step stops the steps after it in its lane; the other
// lane runs to its end; the exit code is 1.
//
// Side by side is the default since the browser tests share a page per folder: they no longer keep
// both cores busy on their own, and the lanes took 371 s where one step at a time took 448 s
// (docs/performance.md, "The whole `npm test`"). HN_TEST_SERIAL=1 runs one step at a time (the
// lanes in order), and HN_TEST_LANES="a,b|c,d" sets other lanes.
import { spawn } from 'node:child_process';
import process from 'node:process';

/** @typedef {{ script: string }} Step */

/** The lanes; `HN_TEST_LANES="a,b|c,d"` sets others (steps by script name, lanes split by |). */
const DEFAULT_LANES = 'check:types,test:node,build,lint:packages,test:consumers,test:stories|test:browser,test:e2e';
/** Lanes side by side unless one step at a time is asked for. */
const serial = process.env.HN_TEST_SERIAL === '1';
/** @type {Step[][]} */
const LANES = (process.env.HN_TEST_LANES || DEFAULT_LANES).split('|').map((lane) => lane.split(',').map((script) => ({ script: script.trim() })));
/** Steps that need another's output, whatever lane either is in. */
const NEEDS = { 'test:e2e': ['build'], 'lint:packages': ['build'], 'test:consumers': ['build'] };
const started = performance.now();
/** @type {Map<string, { seconds: number, ok: boolean } | 'skipped'>} */
const results = new Map();
/** @type {Map<string, { resolve: (ok: boolean) => void, done: Promise<boolean> }>} */
const finished = new Map();
const running = new Set();

for (const step of LANES.flat()) {
  /** @type {(ok: boolean) => void} */
  let resolve = () => {};
  const done = new Promise((r) => (resolve = r));
  finished.set(step.script, { resolve, done });
}

const seconds = (since) => ((performance.now() - since) / 1000).toFixed(1);

/**
 * Runs `npm run <script>` with its output kept until it ends.
 * @param {string} script
 * @returns {Promise<boolean>}
 */
function runScript(script) {
  const t0 = performance.now();
  return new Promise((resolve) => {
    // Its own process group, so an interrupted run can stop the step and everything it started.
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'], detached: process.platform !== 'win32' });
    running.add(child);
    /** @type {Buffer[]} */
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => output.push(Buffer.from(String(error))));
    child.on('close', (code, signal) => {
      running.delete(child);
      const ok = code === 0;
      const time = Number(seconds(t0));
      results.set(script, { seconds: time, ok });
      process.stdout.write(`\n━━━ ${script}: ${ok ? 'passed' : `FAILED (${signal ?? `exit ${code}`})`} in ${time.toFixed(1)} s ━━━\n`);
      process.stdout.write(Buffer.concat(output));
      resolve(ok);
    });
  });
}

/** @param {Step[]} lane */
async function runLane(lane) {
  let stopped = false;
  for (const step of lane) {
    const gates = await Promise.all((NEEDS[step.script] ?? []).map((need) => finished.get(need)?.done ?? true));
    if (stopped || gates.includes(false)) {
      results.set(step.script, 'skipped');
      finished.get(step.script)?.resolve(false);
      continue;
    }
    const ok = await runScript(step.script);
    finished.get(step.script)?.resolve(ok);
    if (!ok) stopped = true;
  }
}

function stopAll(signal) {
  for (const child of running) {
    try {
      process.kill(-child.pid, signal);
    } catch {
      child.kill(signal);
    }
  }
  process.exit(130);
}
process.on('SIGINT', () => stopAll('SIGINT'));
process.on('SIGTERM', () => stopAll('SIGTERM'));

// Generated sources first: every step reads them.
if (!(await runScript('generate'))) process.exit(1);
if (serial) {
  // The lanes one after another, one step at a time (the build comes before the steps that need it).
  /** @type {Step[]} */
  const order = [];
  const visit = (/** @type {Step} */ step) => {
    if (order.includes(step)) return;
    for (const need of NEEDS[step.script] ?? []) {
      const needed = LANES.flat().find(({ script }) => script === need);
      if (needed) visit(needed);
    }
    order.push(step);
  };
  LANES.flat().forEach(visit);
  await runLane(order);
} else {
  await Promise.all(LANES.map(runLane));
}

const rows = ['generate', ...LANES.flat().map((s) => s.script)].map((script) => {
  const result = results.get(script);
  if (!result) return `  ${script.padEnd(16)} not run`;
  if (result === 'skipped') return `  ${script.padEnd(16)} skipped (an earlier step failed)`;
  return `  ${script.padEnd(16)} ${result.seconds.toFixed(1).padStart(6)} s  ${result.ok ? 'passed' : 'FAILED'}`;
});
const failed = [...results.values()].some((r) => r === 'skipped' || !r.ok);
process.stdout.write(`\nnpm test${serial ? ' (one step at a time)' : ` (${LANES.length} lanes side by side)`}: ${failed ? 'FAILED' : 'passed'} in ${seconds(started)} s\n${rows.join('\n')}\n`);
process.exit(failed ? 1 : 0);
