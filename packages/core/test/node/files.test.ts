import { describe, it } from 'node:test';
import { expect } from 'chai';
import { looksLikePdf, safeFileName } from '../../src/files.js';

const bytes = (text: string) => new TextEncoder().encode(text);

/** [what the bytes are, the bytes, whether they are shown as a PDF] */
const PDF_CASES: Array<[string, Uint8Array, boolean]> = [
  ['a PDF header at the start', bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj'), true],
  ['a PDF header after some junk (readers accept up to 1024 bytes)', bytes(`${' '.repeat(1000)}%PDF-1.4`), true],
  ['a PDF header too far in', bytes(`${' '.repeat(1024)}%PDF-1.4`), false],
  ['HTML called a PDF', bytes('<html><script>parent.x = 1</script></html>'), false],
  ['an executable called a PDF', new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03]), false],
  ['an empty file', new Uint8Array(), false],
  ['half a header', bytes('%PDF'), false],
  ['the header in lower case', bytes('%pdf-1.7'), false],
];

/** [case, title, options, the name offered] */
const NAME_CASES: Array<[string, string, Parameters<typeof safeFileName>[1], string]> = [
  ['a plain name gets its extension', 'oversikt', { extension: 'pdf', fallback: 'fil' }, 'oversikt.pdf'],
  ['an extension already there (any case) is kept', 'brev.PDF', { extension: 'pdf', fallback: 'fil' }, 'brev.PDF'],
  ['letters of every language stay', 'Svar på blodprøver', { extension: 'html', fallback: 'fil' }, 'Svar på blodprøver.html'],
  ['no folders, no markup', '../../etc/passwd<script>', { extension: 'pdf', fallback: 'fil' }, 'etc-passwd-script-.pdf'],
  ['no Windows drive or reserved characters', 'C:\\a*b?"c"|d', { extension: 'txt', fallback: 'fil' }, 'C-a-b-c-d.txt'],
  ['no control characters', 'brev\u0000\u0007\n.pdf', { extension: 'pdf', fallback: 'fil' }, 'brev-.pdf'],
  ['a right-to-left override cannot disguise the extension', 'Brev\u202E fdp.exe', { extension: 'pdf', fallback: 'fil' }, 'Brev fdp.exe.pdf'],
  ['isolates and marks go too', '\u2067a\u2069\u200fb\u061c', { fallback: 'fil' }, 'ab'],
  ['no hidden file', '...bashrc', { fallback: 'fil' }, 'bashrc'],
  ['an empty title takes the fallback', '', { extension: 'html', fallback: 'Fil uten navn' }, 'Fil uten navn.html'],
  ['a title with nothing left takes the fallback', '../..', { extension: 'pdf', fallback: 'vedlegg' }, 'vedlegg.pdf'],
  ['nothing left anywhere', '', { fallback: '' }, 'file'],
  ['no extension when the type is unknown', 'bilde.svg', { fallback: 'fil' }, 'bilde.svg'],
  ['an extension given with a dot', 'kalender', { extension: '.ICS', fallback: 'fil' }, 'kalender.ics'],
  ['long names are cut before the extension', 'x'.repeat(200), { extension: 'pdf', fallback: 'fil' }, `${'x'.repeat(120)}.pdf`],
  ['a shorter limit', 'abcdefghij', { extension: 'txt', fallback: 'fil', maxLength: 4 }, 'abcd.txt'],
  ['a date goes first, as the day in Oslo', 'Røntgensvar', { extension: 'pdf', fallback: 'fil', date: new Date('2025-03-04T23:30:00Z') }, '2025-03-05 Røntgensvar.pdf'],
  ['a date with the fallback', '', { extension: 'ics', fallback: 'time', date: new Date('2026-11-24T08:00:00Z') }, '2026-11-24 time.ics'],
  ['an invalid date is left out', 'notat', { extension: 'txt', fallback: 'fil', date: new Date('x') }, 'notat.txt'],
];

describe('core: files', () => {
  for (const [name, input, pdf] of PDF_CASES) {
    it(`looksLikePdf: ${name}: ${pdf}`, () => {
      expect(looksLikePdf(input)).to.equal(pdf);
    });
  }

  for (const [name, title, options, expected] of NAME_CASES) {
    it(`safeFileName: ${name}`, () => {
      expect(safeFileName(title, options)).to.equal(expected);
    });
  }
});
