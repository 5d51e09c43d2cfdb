// Which browser test files share a page, and the entry files that load them.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { entryName, entrySource, groupByFolder, sharedPageEntries } from '../shared-pages.mjs';

describe('groupByFolder', () => {
  it('puts the files of one folder together, in name order, and leaves the own-page files alone', () => {
    const own = { 'a/test/fonts.test.ts': 'fresh page', 'shell/test/*': 'router' };
    const { shared, alone } = groupByFolder(['a/test/z.test.ts', 'b/test/x.test.ts', 'a/test/fonts.test.ts', 'a/test/m.test.ts', 'shell/test/one.test.ts', 'shell/test/two.test.ts'], own);
    assert.deepEqual([...shared], [
      ['a/test', ['a/test/m.test.ts', 'a/test/z.test.ts']],
      ['b/test', ['b/test/x.test.ts']],
    ]);
    assert.deepEqual(alone, ['a/test/fonts.test.ts', 'shell/test/one.test.ts', 'shell/test/two.test.ts']);
  });
});

describe('entrySource', () => {
  it('loads the files in turn through loadFilesInOnePage, each imported by its .js name', () => {
    const source = entrySource('packages/inbox/test', [
      ['packages/inbox/test/a.test.ts', '../../packages/inbox/test/a.test.ts'],
      ['packages/inbox/test/b.test.ts', '../../packages/inbox/test/b.test.ts'],
    ]);
    assert.match(source, /import \{ loadFilesInOnePage \} from '@hn-elements\/test-support\/shared-page\.js';/);
    const loads = [...source.matchAll(/\['([^']+)', \(\) => import\('([^']+)'\)\]/g)].map((m) => [m[1], m[2]]);
    assert.deepEqual(loads, [
      ['packages/inbox/test/a.test.ts', '../../packages/inbox/test/a.test.js'],
      ['packages/inbox/test/b.test.ts', '../../packages/inbox/test/b.test.js'],
    ]);
  });
});

describe('sharedPageEntries', () => {
  const root = mkdtempSync(join(tmpdir(), 'hn-shared-pages-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  const write = (file, bytes) => {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), 'x'.repeat(bytes));
  };

  it('writes one entry per folder, biggest folder first, own-page files last, and clears stale entries', () => {
    write('pkg/small/test/a.test.ts', 10);
    write('pkg/big/test/a.test.ts', 500);
    write('pkg/big/test/b.test.ts', 500);
    write('pkg/big/test/node/skip.test.ts', 5000);
    write('pkg/small/test/alone.test.ts', 9000);
    const outDir = join(root, 'pages');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'stale.test.ts'), '');

    const files = sharedPageEntries({ root, patterns: ['pkg/*/test/**/*.test.ts', '!pkg/*/test/node/**'], outDir, ownPage: { 'pkg/small/test/alone.test.ts': 'why' } });

    assert.deepEqual(files, [`pages/${entryName('pkg/big/test')}`, `pages/${entryName('pkg/small/test')}`, 'pkg/small/test/alone.test.ts']);
    assert.deepEqual(readdirSync(outDir).sort(), ['pkg-big-test.test.ts', 'pkg-small-test.test.ts']);
    const big = readFileSync(join(outDir, 'pkg-big-test.test.ts'), 'utf8');
    assert.match(big, /import\('\.\.\/pkg\/big\/test\/a\.test\.js'\)/);
    assert.match(big, /import\('\.\.\/pkg\/big\/test\/b\.test\.js'\)/);
    assert.doesNotMatch(big, /skip/);
  });
});
