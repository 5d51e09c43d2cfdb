// Links in HTML from a source open in a new tab, and say so: the sanitiser ends each with an empty
// marker, and noteNewTabLinks fills it with core's words in the component's language (the same
// words as the appointment list's video link), marked with that language.
import { expect } from '@open-wc/testing';
import { fitSourceHtml, noteNewTabLinks, sanitizeHtml } from '../src/index.js';

function shown(html: string): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = html;
  return container;
}

describe('noteNewTabLinks', () => {
  for (const [locale, words] of [
    ['nb', '(åpnes i en ny fane)'],
    ['nn', '(blir opna i ei ny fane)'],
    ['en', '(opens in a new tab)'],
  ] as const) {
    it(`every link from a source says it opens a new tab (${locale}), in the component's language`, () => {
      const html = noteNewTabLinks(fitSourceHtml('<p>Se <a href="https://www.helsenorge.no/a">Helsenorge</a> og <a href="https://x.example/b"><strong>dette</strong></a>.</p>', 2), locale);
      const links = [...shown(html).querySelectorAll('a')];
      expect(links.map((a) => a.textContent)).to.deep.equal([`Helsenorge ${words}`, `dette ${words}`]);
      for (const link of links) {
        expect(link.getAttribute('target')).to.equal('_blank');
        const note = link.lastElementChild!;
        expect(note.getAttribute('lang'), 'the note is in the component\'s language').to.equal(locale);
      }
    });
  }

  it('a link that does not open a new tab (not https: no link at all) says nothing', () => {
    const html = noteNewTabLinks(sanitizeHtml('<a href="http://x.example">plain</a><p>text</p>'), 'nb');
    expect(shown(html).textContent).to.equal('plaintext');
  });

  it('sanitising twice (as fitting does when it changes the markup) gives one note per link', () => {
    const once = sanitizeHtml('<a href="https://x.example">a</a>');
    expect(sanitizeHtml(once)).to.equal(once);
    const fitted = fitSourceHtml('<h1>Tittel</h1><a href="https://x.example">a</a>', 3);
    expect(shown(noteNewTabLinks(fitted, 'en')).querySelector('a')!.textContent).to.equal('a (opens in a new tab)');
  });

  it("a source's own imitation of the marker is not filled", () => {
    const html = noteNewTabLinks(sanitizeHtml('<p><span class="hn-new-tab"></span>tekst</p>'), 'nb');
    expect(shown(html).textContent).to.equal('tekst');
  });
});
