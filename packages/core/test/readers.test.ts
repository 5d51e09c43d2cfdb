import { expect, fixture, html } from '@open-wc/testing';
import { readText } from '../src/fhir/readers.js';

const RLO = '\u202E';

// The readers themselves need no page and run under Node (node/readers.test.ts); this is what the
// text they leave does in a laid-out page.
describe('core: readers for text from sources, laid out', () => {
  it('a spoofed name cannot reverse the component’s own text after it', async () => {
    const source = readText(`Brev${RLO} fdp.exe`)!;
    const el = await fixture<HTMLParagraphElement>(html`<p style="font: 16px monospace; width: max-content">${source} <span>Åpne</span></p>`);
    const span = el.querySelector('span')!;
    // With the override left open, "Åpne" would be laid out right to left, before the name.
    const first = el.firstChild!;
    const range = document.createRange();
    range.selectNodeContents(first);
    expect(span.getBoundingClientRect().left).to.be.greaterThan(range.getBoundingClientRect().right - 1);
    expect(source).to.equal('Brev fdp.exe');
  });
});
