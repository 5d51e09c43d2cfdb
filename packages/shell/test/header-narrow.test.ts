// <hn-shell-header> on a phone (360 px): the login line and the switchers fold into "Språk og
// person" beside the product name, the menu stays one row, and the switchers work the same once
// the expander is opened with the keyboard.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/define.js';
import { simulatedLogin, type HnShellHeader } from '../src/index.js';
import { harness, skipTargetForEachTest } from './header-harness.js';

const navItems = ['Oversikt', 'Timer', 'Innboks', 'Verktøy', 'Prøvesvar', 'Henvisninger', 'Journal'].map((label, i) => ({ href: i ? `/${i}` : '/', label }));

async function render(width: number): Promise<HnShellHeader> {
  await setViewport({ width, height: 740 });
  const el = await fixture<HnShellHeader>(html`<hn-shell-header
    .actor=${simulatedLogin.actor}
    .representations=${simulatedLogin.representations}
    .actingFor=${'Patient/ola'}
    .navItems=${navItems}
    current-path="/1"
  ></hn-shell-header>`);
  await el.updateComplete;
  return el;
}

const summary = (el: HnShellHeader) => el.shadowRoot!.querySelector<HTMLElement>('[part="banner"] summary');
const rows = (el: HnShellHeader) => new Set([...el.shadowRoot!.querySelectorAll('nav li')].map((li) => Math.round(li.getBoundingClientRect().top))).size;

describe('<hn-shell-header> at 360 px', () => {
  skipTargetForEachTest();
  // As on the shell's page (site/page.css): the header spans the window.
  before(() => {
    document.body.style.margin = '0';
  });
  after(async () => {
    document.body.style.margin = '';
    await setViewport({ width: 800, height: 600 });
  });

  it('folds the login line and the switchers into "Språk og person"; the menu is one row that scrolls', async () => {
    const el = await render(360);
    const details = summary(el)?.parentElement as HTMLDetailsElement | undefined;
    expect(summary(el)?.textContent?.trim()).to.equal('Språk og person');
    expect(details?.open, 'closed at first').to.equal(false);
    expect(harness(el).languageSwitcher().checkVisibility(), 'the switchers are folded away').to.equal(false);
    expect(rows(el), 'the menu on one row').to.equal(1);
    const list = el.shadowRoot!.querySelector('nav ul')!;
    expect(list.scrollWidth, 'the menu scrolls sideways').to.be.greaterThan(list.clientWidth);
    expect(el.getBoundingClientRect().height, 'the header stays low').to.be.below(740 / 4);
    await expect(el).to.be.accessible();
  });

  it('opens with the keyboard, and "Bytt språk" works as on a wide screen', async () => {
    const el = await render(360);
    summary(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => harness(el).languageSwitcher().checkVisibility(), 'the switchers did not show', { timeout: 8000 });
    expect(harness(el).loginText()).to.equal('Logget inn som Kari Nordmann');
    await expect(el).to.be.accessible();
    const h = harness(el);
    h.languageSwitcher().value = 'en';
    const changed = oneEvent(el, 'hn-locale-change');
    h.applyButton(h.languageSwitcher()).click();
    expect((await changed).detail).to.deep.equal({ locale: 'en' });
  });

  it('on a wide screen shows the login line and the switchers without an expander', async () => {
    const el = await render(1000);
    expect(summary(el)).to.equal(null);
    expect(harness(el).languageSwitcher().checkVisibility()).to.equal(true);
    expect(rows(el)).to.equal(1);
  });
});
