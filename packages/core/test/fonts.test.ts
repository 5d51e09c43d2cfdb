import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import { fontFamily } from '@hn-elements/tokens';

/** The FontFace objects of the document in the tokens' family. */
const faces = () => [...document.fonts].filter((f) => f.family.replace(/^["']|["']$/g, '') === fontFamily);

async function until(condition: () => boolean, what: string, ms = 5000): Promise<void> {
  const end = performance.now() + ms;
  while (!condition()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('Source Sans 3', () => {
  it('components declare the font once per page, and their text loads and uses it', async () => {
    expect(faces(), 'no face before a component connects').to.have.length(0);
    const first = await fixture(html`<div>
      <hn-status-badge label="Bekreftet"></hn-status-badge>
      <hn-status-badge tone="success" label="Fullført"></hn-status-badge>
    </div>`);
    const second = await fixture(html`<hn-status-badge tone="danger" label="Avlyst"></hn-status-badge>`);

    // Latin and latin-ext in 400, 600 and 700: six faces, however many components.
    expect(faces()).to.have.length(6);
    expect(new Set(faces().map((f) => `${f.weight} ${f.unicodeRange}`)).size).to.equal(6);
    for (const face of faces()) expect(face.display).to.equal('swap');

    // The badge's text is in the tokens' family...
    const badge = first.querySelector('hn-status-badge')!;
    const textElement = [...badge.shadowRoot!.querySelectorAll<HTMLElement>('*')].find((e) => e.textContent?.trim() === 'Bekreftet')!;
    expect(textElement, 'the element that holds the label').to.exist;
    expect(getComputedStyle(textElement).fontFamily.startsWith(`"${fontFamily}"`)).to.equal(true);

    // ...and rendering it is enough to download the latin face it needs.
    textElement.getBoundingClientRect();
    await until(() => faces().some((f) => f.status === 'loaded' && f.unicodeRange.startsWith('U+0-FF')), 'a latin face to load');
    await document.fonts.load(`16px "${fontFamily}"`);
    expect(document.fonts.check(`16px "${fontFamily}"`)).to.equal(true);
    await document.fonts.load(`600 16px "${fontFamily}"`);
    expect(document.fonts.check(`600 16px "${fontFamily}"`)).to.equal(true);
    for (const face of faces()) expect(face.status, `${face.weight} ${face.unicodeRange}`).not.to.equal('error');

    // The files come from the package's dist/fonts.
    const loaded = performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.woff2'));
    expect(loaded.length).to.be.greaterThan(0);
    for (const r of loaded) expect(new URL(r.name).pathname).to.match(/\/packages\/tokens\/dist\/fonts\/source-sans-3-latin(-ext)?-(400|600|700)-normal\.woff2$/);
    second.remove();
  });
});
