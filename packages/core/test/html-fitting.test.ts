import { expect } from '@open-wc/testing';
import { fitSourceHtml } from '../src/html-fitting.js';

/** The elements that matter in fitted HTML, in order, as `h3:Title` / `img[alt=""]` / `p:text`. */
function outline(fitted: string): string[] {
  const template = document.createElement('template');
  template.innerHTML = fitted;
  return [...template.content.querySelectorAll('h1, h2, h3, h4, h5, h6, img, p')].map((node) => {
    if (node.localName === 'img') return node.hasAttribute('alt') ? `img[alt="${node.getAttribute('alt')}"]` : 'img';
    return `${node.localName}:${node.textContent}`;
  });
}

/** [what it is, source HTML, base level, what comes out] */
const CASES: Array<[string, string, number, string[]]> = [
  ['no headings: nothing moves', '<p>Tekst</p>', 3, ['p:Tekst']],
  ['h1 becomes the base level', '<h1>Epikrise</h1><p>a</p>', 3, ['h3:Epikrise', 'p:a']],
  ['levels below keep their distance', '<h1>A</h1><h2>B</h2><h3>C</h3>', 3, ['h3:A', 'h4:B', 'h5:C']],
  // The shallowest heading is the top: a document that starts at h2 leaves no level out.
  ['a document whose headings start at h2', '<h2>A</h2><h3>B</h3>', 3, ['h3:A', 'h4:B']],
  ['a gap in the source stays a gap below the top', '<h2>A</h2><h4>B</h4>', 2, ['h2:A', 'h4:B']],
  ['deep headings stop at h6', '<h1>A</h1><h4>B</h4><h6>C</h6>', 4, ['h4:A', 'h6:B', 'h6:C']],
  ['a base level past 6 is 6', '<h1>A</h1>', 9, ['h6:A']],
  ['a base level below 1 is 1', '<h3>A</h3>', 0, ['h1:A']],
  ['headings already at their place stay', '<h3>A</h3><h4>B</h4>', 3, ['h3:A', 'h4:B']],
  // The sanitiser drops every src (a remote image is a read receipt), so no image keeps one.
  ['an image without a source or alt text goes', '<p>a</p><img src="https://example.org/a.png">', 3, ['p:a']],
  ['an image without a source says its alt text', '<p>Se <img src="https://example.org/a.png" alt="røntgenbildet"> her</p>', 3, ['p:Se røntgenbildet her']],
  ['a blank alt text says nothing', '<p>a<img src="x" alt="  "></p>', 3, ['p:a']],
  ['scripts go, text stays', '<h1>A</h1><script>alert(1)</script><p>b</p>', 2, ['h2:A', 'p:b']],
];

describe('core: fitting source HTML into a pane', () => {
  for (const [name, dirty, base, expected] of CASES) {
    it(name, () => {
      expect(outline(fitSourceHtml(dirty, base))).to.deep.equal(expected);
    });
  }

  it('keeps a moved heading’s attributes and children', () => {
    const fitted = fitSourceHtml('<h1 class="tittel" lang="nn">Ei <em>viktig</em> sak</h1>', 3);
    const template = document.createElement('template');
    template.innerHTML = fitted;
    const heading = template.content.querySelector('h3')!;
    expect(heading.className).to.equal('tittel');
    expect(heading.lang).to.equal('nn');
    expect(heading.querySelector('em')!.textContent).to.equal('viktig');
  });

  it('changes nothing else: unchanged markup is the sanitiser’s own output', () => {
    expect(fitSourceHtml('<p>Hei <strong>du</strong></p>', 2)).to.equal('<p>Hei <strong>du</strong></p>');
  });
});
