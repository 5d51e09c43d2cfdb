// The comparison of two benchmark runs (scripts/bench/support/results.mjs), pure.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareRuns, formatComparison, runFileName } from '../support/results.mjs';

test('ratios new ÷ previous for the keys in both runs, new and gone for the others, sorted by key', () => {
  const rows = compareRuns({ 'a.ms': 10, 'b.kb': 4, 'gone.ms': 3 }, { 'b.kb': 5, 'a.ms': 8, 'new.ms': 1 });
  assert.deepEqual(rows, [
    { key: 'a.ms', previous: 10, current: 8, ratio: 0.8, status: 'both' },
    { key: 'b.kb', previous: 4, current: 5, ratio: 1.25, status: 'both' },
    { key: 'gone.ms', previous: 3, status: 'gone' },
    { key: 'new.ms', current: 1, status: 'new' },
  ]);
});

test('zero or below on either side: ratio 1 when unchanged, none otherwise', () => {
  assert.deepEqual(
    compareRuns({ a: 0, b: 0, c: -3, d: -1, e: 4 }, { a: 0, b: 2, c: -3, d: 2, e: 0 }).map((row) => row.ratio),
    [1, undefined, 1, undefined, undefined],
  );
});

test('empty runs compare to no rows', () => {
  assert.deepEqual(compareRuns({}, {}), []);
});

test('the text marks ratios 10 % or more away from 1, and names new and gone figures', () => {
  const lines = formatComparison(compareRuns({ slower: 100, same: 100, faster: 100, gone: 1 }, { slower: 112, same: 105, faster: 85, fresh: 2.5 }));
  const line = (key) => lines.find((l) => l.trimStart().startsWith(key)) ?? '';
  assert.match(line('slower'), /1\.12× ▲$/);
  assert.match(line('same'), /1\.05×$/);
  assert.match(line('faster'), /0\.85× ▼$/);
  assert.match(line('gone'), /gone$/);
  assert.match(line('fresh'), /2\.50\s+new$/);
});

test('run files are named by their ISO date-time, without colons, and sort by time', () => {
  const names = [new Date('2026-12-02T16:05:00.000Z'), new Date('2026-12-02T09:30:00.000Z')].map(runFileName);
  assert.deepEqual(names, ['2026-12-02T16-05-00.000Z.json', '2026-12-02T09-30-00.000Z.json']);
  assert.deepEqual([...names].sort(), [names[1], names[0]]);
});

test('the previous run: the newest accepted one, the current file and unreadable files skipped', async () => {
  const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { previousRun } = await import('../support/results.mjs');
  const dir = mkdtempSync(join(tmpdir(), 'bench-results-test-'));
  try {
    assert.equal(previousRun(join(dir, 'missing')), undefined);
    const save = (name, benchmarks) => writeFileSync(join(dir, name), JSON.stringify({ date: name, benchmarks, figures: {} }));
    save('2026-12-01T10-00-00.000Z.json', ['sizes.mjs']);
    save('2026-12-01T11-00-00.000Z.json', ['mount.mjs']);
    save('2026-12-01T12-00-00.000Z.json', ['sizes.mjs']);
    writeFileSync(join(dir, '2026-12-01T13-00-00.000Z.json'), '{ cut short');
    const ranMount = (run) => run.benchmarks.includes('mount.mjs');
    assert.equal(previousRun(dir)?.file, '2026-12-01T12-00-00.000Z.json');
    assert.equal(previousRun(dir, '2026-12-01T12-00-00.000Z.json')?.file, '2026-12-01T11-00-00.000Z.json');
    assert.equal(previousRun(dir, undefined, ranMount)?.file, '2026-12-01T11-00-00.000Z.json');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
