// Results as JSON (`npm run bench -- --json`). A benchmark calls `report(prefix, figures)` with flat
// `{ name: number }` pairs; when BENCH_JSON names a file (scripts/bench.mjs sets it, one file per
// benchmark), they are merged into it, otherwise nothing happens. scripts/bench.mjs collects those
// into one file per run under bench-results/ and compares it with the previous run
// (compareRuns, formatComparison: pure, tested in scripts/bench/test/results.test.mjs).
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes `figures` as `<prefix>.<name>` into the file BENCH_JSON names (merged with what is there);
 * without BENCH_JSON, does nothing. Values that are not finite numbers are left out; the others are
 * rounded to 0.01 (a timer's 106.10000000149012 ms is kept as 106.1).
 * @param {string} prefix  the benchmark's name, e.g. "react-compare"
 * @param {Record<string, number>} figures
 */
export function report(prefix, figures) {
  const file = process.env.BENCH_JSON;
  if (!file) return;
  const all = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  for (const [name, value] of Object.entries(figures)) {
    if (typeof value === 'number' && Number.isFinite(value)) all[`${prefix}.${name}`] = Math.round(value * 100) / 100;
  }
  writeFileSync(file, `${JSON.stringify(all, null, 2)}\n`);
}

/**
 * A run's file name: its start as an ISO date-time, with `-` for `:` (valid on every file system,
 * and the names sort by time).
 * @param {Date} date
 */
export const runFileName = (date) => `${date.toISOString().replace(/:/g, '-')}.json`;

/**
 * The newest run saved in `dir` (files sorted by name) other than `except` (a file name) that
 * `accept` takes (e.g. one that ran at least one of the same benchmarks), or undefined.
 * @param {string} dir
 * @param {string} [except]
 * @param {(run: { benchmarks?: string[] }) => boolean} [accept]
 * @returns {{ file: string, run: { date: string, benchmarks: string[], figures: Record<string, number> } } | undefined}
 */
export function previousRun(dir, except, accept = () => true) {
  if (!existsSync(dir)) return undefined;
  const files = readdirSync(dir).filter((name) => name.endsWith('.json') && name !== except).sort().reverse();
  for (const file of files) {
    let run;
    try {
      run = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch {
      continue; // a run cut short, or a file that is not one
    }
    if (run && typeof run.figures === 'object' && accept(run)) return { file, run };
  }
  return undefined;
}

/**
 * @typedef {{ key: string, previous?: number, current?: number, ratio?: number, status: 'both' | 'new' | 'gone' }} ComparisonRow
 */

/**
 * Figure by figure, the current run against the previous: ratio current ÷ previous where both have
 * it (1 when they are equal; undefined when either is 0 or below and they differ, e.g. a growth
 * from 0 to 5 KB or from -1 to 2 KB, which has no meaningful ratio), `new` for a key only in the
 * current run, `gone` for one only in the previous. Rows sorted by key.
 * @param {Record<string, number>} previous
 * @param {Record<string, number>} current
 * @returns {ComparisonRow[]}
 */
export function compareRuns(previous, current) {
  const keys = [...new Set([...Object.keys(previous), ...Object.keys(current)])].sort();
  return keys.map((key) => {
    const [a, b] = [previous[key], current[key]];
    if (a === undefined) return { key, current: b, status: 'new' };
    if (b === undefined) return { key, previous: a, status: 'gone' };
    const ratio = a === b ? 1 : a > 0 && b > 0 ? b / a : undefined;
    return { key, previous: a, current: b, ratio, status: 'both' };
  });
}

/**
 * The rows as text lines, one per figure: previous, current, ratio; a ratio 10 % or more away from
 * 1 is marked (▲ more: slower or larger for every figure here; ▼ less).
 * @param {ComparisonRow[]} rows
 * @param {number} [threshold]  how far from 1 a ratio is marked
 * @returns {string[]}
 */
export function formatComparison(rows, threshold = 0.1) {
  const width = Math.max(10, ...rows.map((row) => row.key.length));
  const number = (n) => (n === undefined ? '' : Number.isInteger(n) ? String(n) : n.toFixed(n < 10 ? 2 : 1));
  return rows.map((row) => {
    const label = row.key.padEnd(width);
    const values = `${number(row.previous).padStart(12)} ${number(row.current).padStart(12)}`;
    if (row.status !== 'both') return `  ${label} ${values}   ${row.status}`;
    if (row.ratio === undefined) return `  ${label} ${values}       —`;
    const mark = row.ratio >= 1 + threshold ? ' ▲' : row.ratio <= 1 - threshold ? ' ▼' : '';
    return `  ${label} ${values} ${`${row.ratio.toFixed(2)}×`.padStart(7)}${mark}`;
  });
}
