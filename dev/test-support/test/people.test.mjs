// The synthetic people and sources (src/people.ts), which need no browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SOURCES, sourcesIn } from '@hn-elements/test-support/people.js';

test('sourcesIn(language): every source of the embedded server, each written in that language, SOURCES left as it was', () => {
  const nynorsk = sourcesIn('nn');
  assert.deepEqual(
    nynorsk,
    SOURCES.map((source) => ({ ...source, language: 'nn' })),
  );
  assert.equal(nynorsk.length, 3);
  assert.ok(SOURCES.every((source) => source.language === undefined));
});
