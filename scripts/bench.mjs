#!/usr/bin/env node
// `npm run bench`: runs every scripts/bench/*.mjs in turn, each in its own Node process, and
// prints what they print. A benchmark prints numbers only; none of them passes or fails on a
// threshold. The run fails only when a benchmark itself could not run.
//
//   npm run bench              every benchmark
//   npm run bench -- inbox     only those whose file name contains "inbox"
//   npm run bench -- --json    also save the figures of the benchmarks that report them as
//                              bench-results/<ISO date-time>.json (gitignored), and print them
//                              against the newest saved run of the same benchmarks, as ratios
//                              new ÷ previous (bench-results/ is gitignored; delete it to start over)
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareRuns, formatComparison, previousRun, runFileName } from './bench/support/results.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(ROOT, 'scripts', 'bench');
const RESULTS = join(ROOT, 'bench-results');
const args = process.argv.slice(2);
const json = args.includes('--json');
const filters = args.filter((arg) => arg !== '--json');
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.mjs') && !name.startsWith('_'))
  .filter((name) => filters.length === 0 || filters.some((filter) => name.includes(filter)))
  .sort();

if (files.length === 0) {
  console.error(`bench: nothing to run in scripts/bench${filters.length ? ` matching ${filters.join(', ')}` : ''}`);
  process.exit(1);
}

const startedAt = new Date();
const work = json ? mkdtempSync(join(tmpdir(), 'hn-bench-json-')) : undefined;
/** @type {Record<string, number>} */
const figures = {};
const failed = [];
try {
  for (const file of files) {
    console.log(`\n=== ${file} ===`);
    const started = Date.now();
    const out = work ? join(work, file.replace(/\.mjs$/, '.json')) : undefined;
    const env = out ? { ...process.env, BENCH_JSON: out } : process.env;
    const code = await new Promise((resolve) => {
      const child = spawn(process.execPath, [join(dir, file)], { stdio: 'inherit', env });
      child.once('exit', (exitCode, signal) => resolve(signal ? 1 : exitCode ?? 1));
      child.once('error', () => resolve(1));
    });
    console.log(`--- ${file}: ${code === 0 ? 'done' : `could not run (exit ${code})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    if (code !== 0) failed.push(file);
    if (out && existsSync(out)) Object.assign(figures, JSON.parse(readFileSync(out, 'utf8')));
  }
} finally {
  if (work) rmSync(work, { recursive: true, force: true });
}

if (json) {
  const name = runFileName(startedAt);
  // The newest saved run that ran at least one of the same benchmarks.
  const previous = previousRun(RESULTS, name, (run) => (run.benchmarks ?? []).some((file) => files.includes(file)));
  mkdirSync(RESULTS, { recursive: true });
  const run = { date: startedAt.toISOString(), node: process.version, benchmarks: files, failed, figures };
  writeFileSync(join(RESULTS, name), `${JSON.stringify(run, null, 2)}\n`);
  console.log(`\nbench: ${Object.keys(figures).length} figures saved to ${relative(ROOT, join(RESULTS, name))}`);
  if (!previous) console.log('bench: no previous run of these benchmarks in bench-results/ to compare with');
  else {
    // Only the benchmarks run this time: a run of `sizes` alone does not call the others gone.
    const prefixes = files.map((file) => `${file.replace(/\.mjs$/, '')}.`);
    const ran = (key) => prefixes.some((prefix) => key.startsWith(prefix));
    const before = Object.fromEntries(Object.entries(previous.run.figures ?? {}).filter(([key]) => ran(key)));
    const rows = compareRuns(before, figures);
    console.log(`\nAgainst the previous run, ${previous.file} (new ÷ previous; ▲ 10 % or more higher, ▼ lower; noisy: compare a few runs):`);
    console.log(`  ${'figure'.padEnd(Math.max(10, ...rows.map((row) => row.key.length)))} ${'previous'.padStart(12)} ${'new'.padStart(12)}   ratio`);
    for (const line of formatComparison(rows)) console.log(line);
    const skipped = Object.keys(previous.run.figures ?? {}).length - Object.keys(before).length;
    if (skipped) console.log(`  (${skipped} figures of benchmarks not run this time not compared)`);
  }
}
if (failed.length) {
  console.error(`\nbench: ${failed.join(', ')} could not run`);
  process.exit(1);
}
