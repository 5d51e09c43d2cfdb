import { withoutUnpairedBidi } from './fhir/readers.js';

/**
 * HTML from a source as plain text, for what is read out or searched but not laid out: a message
 * preview in a list row (part of the row's accessible name), search text. Pure, so it runs the
 * same in a worker, in Node and in the browser, and never parses the HTML into a document.
 *
 * - Content that is never shown (`script`, `style`, `template`, `noscript`, `head`, comments) goes.
 * - Inline tags go without a trace (`<b>30</b> min` is "30 min"); a block boundary (`p`, `li`,
 *   `h1`–`h6`, `br`, `td`, …) becomes a sentence break, so a heading and the paragraph after it are
 *   heard as two sentences ("Slik foregår det. Det tar 30 minutter.") rather than run together.
 * - Character references are decoded after the tags are gone, so `&lt;b&gt;` stays text: numeric
 *   ones, and the named ones Norwegian health text uses; an unknown name is left as written, and a
 *   number that is not a character becomes U+FFFD.
 * - Unpaired bidirectional controls are removed (as `readText` does), white space collapsed.
 */
export function htmlToText(html: string): string {
  // NUL marks a block boundary (white space in the source, line ends included, is only space).
  const withoutHidden = html.replace(/\u0000/g, '').replace(COMMENT, ' ').replace(HIDDEN_CONTENT, ' ');
  const blocks = withoutHidden.replace(TAG, (_tag, name: string) => (BLOCK_ELEMENTS.has(name.toLowerCase()) ? '\u0000' : ''));
  const sentences = blocks
    .split('\u0000')
    .map((line) => decodeCharacterReferences(line).replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
  let text = '';
  for (const sentence of sentences) {
    if (text === '') text = sentence;
    else text += ENDS_A_SENTENCE.test(text) ? ` ${sentence}` : `. ${sentence}`;
  }
  return withoutUnpairedBidi(text);
}

const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const HIDDEN_CONTENT = /<(script|style|template|noscript|head|title)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*>/g;
const ENDS_A_SENTENCE = /[.!?:;…]["»”')\]]*$/;

const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'td', 'th', 'tr', 'ul',
]);

const NAMED_REFERENCES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '',
  aring: 'å', Aring: 'Å', oslash: 'ø', Oslash: 'Ø', aelig: 'æ', AElig: 'Æ',
  auml: 'ä', Auml: 'Ä', ouml: 'ö', Ouml: 'Ö', uuml: 'ü', Uuml: 'Ü', eacute: 'é', Eacute: 'É', egrave: 'è', aacute: 'á',
  laquo: '«', raquo: '»', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', ndash: '–', mdash: '—', hellip: '…',
  middot: '·', bull: '•', deg: '°', plusmn: '±', times: '×', divide: '÷', minus: '−', micro: 'µ', sup2: '²', sup3: '³',
  frac12: '½', frac14: '¼', frac34: '¾', le: '≤', ge: '≥', euro: '€', copy: '©', reg: '®', sect: '§', para: '¶',
};

function decodeCharacterReferences(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,8}|#[0-9]{1,10}|[A-Za-z][A-Za-z0-9]{1,31});/g, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      const isCharacter = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return isCharacter ? String.fromCodePoint(code) : '\ufffd';
    }
    return NAMED_REFERENCES[body] ?? whole;
  });
}
