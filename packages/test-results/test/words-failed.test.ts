// When the nynorsk or English words cannot be loaded (offline, a missing chunk), the element shows
// its content in bokmål, core's fallback. What it declares must say the same: its `lang` is bokmål
// then, not the language it was asked for (WCAG 3.1.2), and it speaks bokmål throughout. Connected
// again, it tries the language anew.
import { expect, fixture, html } from '@open-wc/testing';
import { languageOf } from '@hn-elements/test-support';
import { harness } from './harness.js';
import { NOW, ONE_CRP } from './fixtures.js';
import '../src/define.js';
import type { HnTestResults } from '../src/hn-test-results.js';
import { testResultMessages } from '../src/messages.js';

const BUNDLE = ONE_CRP;

function statusText(el: HnTestResults): Element {
  const [item] = harness(el).items();
  return item!.querySelector('.status-text')!;
}

/** "Hva betyr svaret på …?": bokmål and nynorsk differ here. */
function explainButton(el: HnTestResults): string {
  const [item] = harness(el).items();
  return harness(el).explanationButtons(item!)[0]!.textContent!.replace(/\s+/g, ' ').trim();
}

describe('<hn-test-results>: words that could not be loaded', () => {
  const load = testResultMessages.load;
  afterEach(() => {
    delete (testResultMessages as { load?: unknown }).load;
    expect(testResultMessages.load).to.equal(load);
  });

  it('on a nynorsk page, a failed load of the nynorsk words: bokmål content, and the element says it is bokmål; connected again, nynorsk', async () => {
    let attempts = 0;
    testResultMessages.load = (locale) => {
      attempts += 1;
      return Promise.reject(new Error(`the ${locale} words are not reachable`));
    };
    const page = await fixture<HTMLDivElement>(html`<div lang="nn"><hn-test-results .now=${NOW} .bundle=${BUNDLE}></hn-test-results></div>`);
    const el = page.querySelector<HnTestResults>('hn-test-results')!;
    await el.loadComplete;

    expect(attempts, 'the nynorsk words were asked for').to.equal(1);
    expect(statusText(el).textContent!.trim(), 'bokmål, the fallback').to.equal('Svaret er ferdig og kontrollert.');
    expect(el.getAttribute('lang'), "the host's lang").to.equal('nb');
    expect(languageOf(statusText(el)), 'the language the words are read in').to.equal('nb');
    expect(explainButton(el)).to.equal('Hva betyr svaret på CRP (C-reaktivt protein)?');
    expect(el.renderRoot.querySelector('.title')!.getAttribute('lang'), "the source's text keeps its own").to.equal('nb');

    // The words are reachable again: connected anew, the element loads them and speaks nynorsk.
    delete (testResultMessages as { load?: unknown }).load;
    el.remove();
    page.append(el);
    await el.loadComplete;
    expect(el.hasAttribute('lang'), 'nynorsk like the page: no lang of its own').to.equal(false);
    expect(languageOf(statusText(el))).to.equal('nn');
    expect(explainButton(el)).to.equal('Kva tyder svaret på CRP (C-reaktivt protein)?');
  });

  it('with locale="en" and the English words unreachable: bokmål content under lang="nb"', async () => {
    testResultMessages.load = () => Promise.reject(new Error('offline'));
    const el = await fixture<HnTestResults>(html`<hn-test-results locale="en" .now=${NOW} .bundle=${BUNDLE}></hn-test-results>`);
    await el.loadComplete;
    expect(statusText(el).textContent!.trim()).to.equal('Svaret er ferdig og kontrollert.');
    expect(el.getAttribute('locale'), 'the attribute is left as the page set it').to.equal('en');
    expect(el.getAttribute('lang')).to.equal('nb');
    expect(languageOf(statusText(el))).to.equal('nb');
  });
});
