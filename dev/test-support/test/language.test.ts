// languageOf and languageOfText (src/dom.ts): the language a screen reader reads shown text in,
// looking out through shadow roots to the page as the browser does.
import { expect, fixture, html } from '@open-wc/testing';
import { elementWithText, languageOf, languageOfText } from '@hn-elements/test-support';

class LangBox extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<p>Own words <span lang="nb">Kari Lege</span></p><p>More own words</p>';
  }
}
customElements.define('lang-box', LangBox);

describe('languageOf and languageOfText', () => {
  it("the nearest lang, inside a shadow root and out through its host; '' when none", async () => {
    const wrapper = await fixture(html`<div><section lang="en"><lang-box></lang-box></section><lang-box></lang-box></div>`);
    const [inEnglish, bare] = wrapper.querySelectorAll('lang-box');
    expect(languageOfText(inEnglish!, 'Kari Lege')).to.equal('nb');
    expect(languageOfText(inEnglish!, 'More own words')).to.equal('en');
    expect(languageOf(bare!.shadowRoot!.querySelector('p')!.firstChild!)).to.equal('');
    expect(elementWithText(inEnglish!, 'Kari Lege')!.localName).to.equal('span');
    expect(() => languageOfText(inEnglish!, 'not there')).to.throw(/not shown/);
  });
});
