import { describe, it } from 'node:test';
import { expect } from 'chai';
import { htmlToText } from '../../src/html-text.js';

/** [what it is, HTML from a source, the text heard or searched] */
const CASES: Array<[string, string, string]> = [
  ['plain text', 'Hei Kari', 'Hei Kari'],
  ['a heading and a paragraph are two sentences', '<h2>Slik foregår det</h2><p>Det tar <strong>30 minutter</strong>.</p>', 'Slik foregår det. Det tar 30 minutter.'],
  ['inline tags leave no space', '<p>Time<b>bok</b>en er <em>oppdatert</em>.</p>', 'Timeboken er oppdatert.'],
  ['a sentence that already ends gets no extra full stop', '<p>Husk legitimasjon!</p><p>Velkommen.</p>', 'Husk legitimasjon! Velkommen.'],
  ['list items', '<ul><li>Ta med legitimasjon</li><li>Kom ti minutter før</li></ul>', 'Ta med legitimasjon. Kom ti minutter før'],
  ['line breaks', 'Første linje<br>Andre linje<br/>', 'Første linje. Andre linje'],
  ['named references for Norwegian letters', 'Bl&aring;b&aelig;r og r&oslash;dt &AElig;&Oslash;&Aring;', 'Blåbær og rødt ÆØÅ'],
  ['numeric references', 'Pr&#248;vesvar &#x2013; klart', 'Prøvesvar – klart'],
  ['a non-breaking space is a space', 'Kl.&nbsp;10', 'Kl. 10'],
  ['escaped markup stays text', '&lt;script&gt;alert(1)&lt;/script&gt;', '<script>alert(1)</script>'],
  ['an ampersand reference is decoded once', '&amp;lt;', '&lt;'],
  ['an unknown name is left as written', 'R&D &foo; ok', 'R&D &foo; ok'],
  ['a number that is not a character', 'a&#0;b&#xD800;c&#1114112;d', 'a\ufffdb\ufffdc\ufffdd'],
  ['script, style, comments and templates say nothing', '<style>p{}</style><script>x()</script><!-- notat --><template><p>skjult</p></template>Synlig', 'Synlig'],
  ['an unclosed comment hides the rest', 'Før<!-- uten slutt <p>etter</p>', 'Før'],
  ['a tag with > inside a quoted attribute', '<a title="a > b" href="#">Lenke</a> her', 'Lenke her'],
  ['white space collapses', '  <p>  mange \n\t mellomrom </p>  ', 'mange mellomrom'],
  ['an unpaired right-to-left override is removed', 'Brev\u202E fdp.exe', 'Brev fdp.exe'],
  ['nothing but markup is empty', '<p> </p><div></div>', ''],
  ['a lone < is text', '2 < 3 og 5 > 4', '2 < 3 og 5 > 4'],
];

describe('core: htmlToText, HTML from a source read as plain text', () => {
  for (const [name, html, text] of CASES) {
    it(name, () => {
      expect(htmlToText(html)).to.equal(text);
    });
  }
});
