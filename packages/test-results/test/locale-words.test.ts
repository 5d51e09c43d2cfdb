// The element's words load one language at a time: bokmål comes with the element, nynorsk and
// English the first time an element shows them (core's LocaleMessages). Until its language is here
// the element shows its loading state, never its content in another language; a change of
// language at runtime loads and re-renders in the new one. (That the mount's chunks hold no nn or
// en words is checked on the build: test/node/messages.test.ts.)
import { expect, fixture, html } from '@open-wc/testing';
import { harness } from './harness.js';
import { NOW, ONE_CRP } from './fixtures.js';
import '../src/define.js';
import type { HnTestResults } from '../src/hn-test-results.js';

const BUNDLE = ONE_CRP;

/** What one answer says in the component's words: status, the table's head, "Hva betyr svaret?". */
function words(el: HnTestResults): { status: string; head: string; explain: string } {
  const h = harness(el);
  const [item] = h.items();
  return {
    status: item!.querySelector('.status-text')!.textContent!.trim(),
    head: [...item!.querySelectorAll('thead th')].map((th) => th.textContent!.trim()).join(' | '),
    explain: h.explanationButtons(item!)[0]!.textContent!.replace(/\s+/g, ' ').trim(),
  };
}

const NB = { status: 'Svaret er ferdig og kontrollert.', head: 'Prøve | Resultat | Referanseområde | Vurdering', explain: 'Hva betyr svaret på CRP (C-reaktivt protein)?' };
const NN = { status: 'Svaret er ferdig og kontrollert.', head: 'Prøve | Resultat | Referanseområde | Vurdering', explain: 'Kva tyder svaret på CRP (C-reaktivt protein)?' };
const EN = { status: 'The result is complete and checked.', head: 'Test | Result | Reference range | Assessment', explain: 'What does the CRP (C-reactive protein) result mean?' };

describe('<hn-test-results>: its words, one language at a time', () => {
  it('an element that starts in nynorsk shows its loading state until its words are here, then its content in nynorsk', async () => {
    const el = await fixture<HnTestResults>(html`<hn-test-results locale="nn" .now=${NOW} .bundle=${BUNDLE}></hn-test-results>`);
    // The nynorsk words are a module of their own, not here at the first render: no answer in bokmål meanwhile.
    expect(harness(el).items(), 'no content while the words load').to.have.length(0);
    expect(el.renderRoot.querySelector('hn-state[kind="loading"]')?.getAttribute('locale')).to.equal('nn');
    await el.loadComplete;
    expect(words(el)).to.deep.equal(NN);
  });

  it('switching language at runtime: the content stays until the new words are here, then is re-rendered in the new language; back to bokmål at once', async () => {
    const el = await fixture<HnTestResults>(html`<hn-test-results .now=${NOW} .bundle=${BUNDLE}></hn-test-results>`);
    await el.loadComplete;
    expect(words(el)).to.deep.equal(NB);
    const item = harness(el).items()[0];

    el.locale = 'en';
    await el.updateComplete;
    // English is not here yet: the answer stays as it was (in bokmål, not torn down), then turns English.
    expect(harness(el).items()[0], 'the same answer, kept').to.equal(item);
    expect(words(el)).to.deep.equal(NB);
    await el.loadComplete;
    expect(harness(el).items()[0]).to.equal(item);
    expect(words(el)).to.deep.equal(EN);
    expect(el.getAttribute('lang'), "the host's lang follows").to.equal('en');

    el.locale = 'nn';
    await el.updateComplete;
    expect(words(el), 'nynorsk is loaded already').to.deep.equal(NN);

    el.locale = 'nb';
    await el.updateComplete;
    expect(words(el), 'bokmål is at hand').to.deep.equal(NB);
  });
});
