import { describe, it } from 'node:test';
import { expect } from 'chai';
import { base64Size, decodeBase64, decodeBase64Text } from '../../src/base64-text.js';

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('decodeBase64Text', () => {
  /** [what, value, text or undefined] */
  const CASES: Array<[string, unknown, string | undefined]> = [
    ['UTF-8 text with Norwegian letters', base64('Røntgen av kneet: ingen brudd. Æ Ø Å'), 'Røntgen av kneet: ingen brudd. Æ Ø Å'],
    ['with line breaks inside the base64', base64('Svar på blodprøve').replace(/(.{8})/g, '$1\n'), 'Svar på blodprøve'],
    ['empty', '', ''],
    ['not base64', 'Dette er ikke base64!', undefined],
    ['a lone character past the last group', `${base64('abc')}Q`, undefined],
    ['bad UTF-8 becomes U+FFFD', Buffer.from([0x41, 0xff, 0x42]).toString('base64'), 'A\ufffdB'],
    ['not a string', 42, undefined],
    ['nothing', undefined, undefined],
  ];
  for (const [what, value, text] of CASES) {
    it(what, () => {
      expect(decodeBase64Text(value)).to.equal(text);
    });
  }
});

describe('decodeBase64 and base64Size', () => {
  /** [what, value, the bytes or undefined] */
  const CASES: Array<[string, unknown, number[] | undefined]> = [
    ['three bytes, no padding', 'AAEC', [0, 1, 2]],
    ['one byte, two padding', 'AA==', [0]],
    ['two bytes, one padding', 'AAE=', [0, 1]],
    ['unpadded, as some sources send it', 'AAE', [0, 1]],
    ['line breaks and spaces inside', 'AA\nEC \r\n', [0, 1, 2]],
    ['empty', '', []],
    ['URL-safe alphabet is not this base64', 'AA-_', undefined],
    ['padding in the middle', 'AA==AAEC', undefined],
    ['a lone character past the last group', 'AAECA', undefined],
    ['not a string', ['AAEC'], undefined],
  ];
  for (const [what, value, bytes] of CASES) {
    it(what, () => {
      const decoded = decodeBase64(value);
      expect(decoded === undefined ? undefined : [...decoded]).to.deep.equal(bytes);
      // The size without decoding agrees with the decoded bytes wherever there are some.
      if (bytes && typeof value === 'string') expect(base64Size(value)).to.equal(bytes.length);
    });
  }
});
