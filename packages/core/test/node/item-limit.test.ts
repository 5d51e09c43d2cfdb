import { describe, it } from 'node:test';
import { expect } from 'chai';
import { itemLimit } from '../../src/item-limit.js';

/** [max-items as given, how many items to list (undefined: all)] */
const CASES: Array<[number | undefined, number | undefined]> = [
  [undefined, undefined],
  [0, undefined],
  [0.5, undefined],
  [-2, undefined],
  [Number.NaN, undefined],
  [1, 1],
  [2.7, 2],
  [3, 3],
  [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY],
];

describe('core: how many items a short list shows (max-items)', () => {
  for (const [given, expected] of CASES) {
    it(`${String(given)} -> ${String(expected)}`, () => {
      expect(itemLimit(given)).to.equal(expected);
    });
  }
});
