#!/usr/bin/env node
// `npm run bench`: runs every scripts/bench/*.mjs in turn, each in its own Node process, and
// prints what they print. A benchmark prints numbers only; none of them passes or fails on a
// threshold. The run fails only when a benchmark itself could not run.
//
//   npm run bench              every benchmark
//   npm run bench -- inbox     only those whose file name contains "inbox"
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), 'bench');
const filters = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.mjs') && !name.startsWith('_'))
  .filter((name) => filters.length === 0 || filters.some((filter) => name.includes(filter)))
  .sort();

if (files.length === 0) {
  console.error(`bench: nothing to run in scripts/bench${filters.length ? ` matching ${filters.join(', ')}` : ''}`);
  process.exit(1);
}

const failed = [];
for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const started = Date.now();
  const code = await new Promise((resolve) => {
    const child = spawn(process.execPath, [join(dir, file)], { stdio: 'inherit' });
    child.once('exit', (exitCode, signal) => resolve(signal ? 1 : exitCode ?? 1));
    child.once('error', () => resolve(1));
  });
  console.log(`--- ${file}: ${code === 0 ? 'done' : `could not run (exit ${code})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (code !== 0) failed.push(file);
}
if (failed.length) {
  console.error(`\nbench: ${failed.join(', ')} could not run`);
  process.exit(1);
}
