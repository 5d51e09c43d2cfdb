import { describe, it } from 'node:test';
import { expect } from 'chai';
import { DOCUMENT_CATEGORY_SYSTEM, documentKind } from '../../src/fhir/documents.js';

const OTHER = 'http://example.org/document-category';

/** [category of a DocumentReference, the kind it must be] */
const CASES: Array<[string, unknown, 'letter' | 'journal']> = [
  ['no category', undefined, 'journal'],
  ['empty categories', [], 'journal'],
  ['a category that is not an object', ['brev', 42, null], 'journal'],
  ['coded letter in the project system', [{ coding: [{ system: DOCUMENT_CATEGORY_SYSTEM, code: 'letter' }] }], 'letter'],
  ['coded letter in another system, upper case', [{ coding: [{ system: OTHER, code: 'LETTER' }] }], 'letter'],
  ['coded brev', [{ coding: [{ system: OTHER, code: 'brev' }] }], 'letter'],
  ['coded Brev without a system', [{ coding: [{ code: 'Brev' }] }], 'letter'],
  ['text Brev', [{ text: 'Brev' }], 'letter'],
  ['text " letter "', [{ text: ' letter ' }], 'letter'],
  ['text Epikrise', [{ text: 'Epikrise' }], 'journal'],
  ['coded journal in the project system', [{ coding: [{ system: DOCUMENT_CATEGORY_SYSTEM, code: 'journal' }] }], 'journal'],
  [
    'journal in the project system wins over a letter code',
    [{ coding: [{ system: OTHER, code: 'brev' }] }, { coding: [{ system: DOCUMENT_CATEGORY_SYSTEM, code: 'journal' }] }],
    'journal',
  ],
  ['journal in another system is only a word', [{ coding: [{ system: OTHER, code: 'journal' }] }, { text: 'Brev' }], 'letter'],
  ['a coding with a non-string code', [{ coding: [{ code: 7 }, 'letter'] }], 'journal'],
  ['brevpapir is not brev', [{ coding: [{ code: 'brevpapir' }] }, { text: 'Brevkopi' }], 'journal'],
];

describe('core: what a document is (letter or journal document)', () => {
  for (const [name, category, kind] of CASES) {
    it(`${name}: ${kind}`, () => {
      expect(documentKind({ category })).to.equal(kind);
    });
  }

  it('a value that is not a document is a journal document, never an exception', () => {
    expect(documentKind(undefined as never)).to.equal('journal');
    expect(documentKind({ category: 'brev' })).to.equal('journal');
  });
});
