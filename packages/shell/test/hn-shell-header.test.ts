import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { simulatedLogin, type HnShellHeader } from '../src/index.js';
import { harness } from './header-harness.js';

const navItems = [
  { href: '/', label: 'Oversikt' },
  { href: '/appointments', label: 'Timer' },
];

async function render(actingFor: string | null = null, locale: 'nb' | 'nn' | 'en' = 'nb'): Promise<HnShellHeader> {
  return fixture<HnShellHeader>(html`<hn-shell-header
    .actor=${simulatedLogin.actor}
    .representations=${simulatedLogin.representations}
    .actingFor=${actingFor}
    .navItems=${navItems}
    .locale=${locale}
    current-path="/appointments"
  ></hn-shell-header>`);
}

describe('<hn-shell-header>', () => {
  // The skip link's target, as the shell renders it.
  let main: HTMLElement;
  beforeEach(() => {
    main = document.createElement('main');
    main.id = 'hn-main';
    main.tabIndex = -1;
    document.body.append(main);
  });
  afterEach(() => main.remove());

  it('is accessible when acting for oneself', async () => {
    const el = await render();
    await expect(el).to.be.accessible();
  });

  it('is accessible when acting on behalf of someone, in every language', async () => {
    for (const locale of ['nb', 'nn', 'en'] as const) {
      const el = await render('Patient/per', locale);
      await expect(el).to.be.accessible();
      fixtureCleanup();
    }
  });

  it('says who is logged in, and labels both switchers visibly', async () => {
    const h = harness(await render());
    expect(h.loginText()).to.equal('Logget inn som Kari Nordmann');
    expect(h.labelOf(h.actingForSwitcher())).to.equal('Vis opplysninger for');
    expect(h.labelOf(h.languageSwitcher())).to.equal('Språk (language)');
    expect(h.optionTexts(h.actingForSwitcher())).to.deep.equal(['Deg selv – Kari Nordmann', 'Ola Nordmann (barnet ditt)', 'Per Hansen (du har fullmakt)']);
    const languages = [...h.languageSwitcher().options].map((o) => [o.value, o.lang]);
    expect(languages).to.deep.equal([['nb', 'nb'], ['nn', 'nn'], ['en', 'en']]);
  });

  it('switch targets are at least 44 px high', async () => {
    const el = await render();
    for (const control of el.shadowRoot!.querySelectorAll('select, nav a')) {
      expect(control.getBoundingClientRect().height, control.outerHTML).to.be.at.least(44);
    }
  });

  it('reaches the skip link, both switchers and the menu with Tab, in that order', async () => {
    const el = await render();
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    const order: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      await sendKeys({ press: 'Tab' });
      order.push(harness(el).focusedName() ?? 'outside');
    }
    before.remove();
    expect(order).to.deep.equal(['skip', 'brand', 'acting-for', 'locale', 'Oversikt', 'Timer']);
  });

  it('changing the language with the keyboard fires hn-locale-change', async () => {
    const el = await render();
    const select = harness(el).languageSwitcher();
    select.focus();
    const event = oneEvent(el, 'hn-locale-change');
    await sendKeys({ press: 'ArrowDown' });
    const { detail } = await event;
    expect(detail).to.deep.equal({ locale: 'nn' });
  });

  it('choosing someone to act for fires hn-representation-change; oneself is null', async () => {
    const el = await render();
    const select = harness(el).actingForSwitcher();
    let event = oneEvent(el, 'hn-representation-change');
    select.value = 'Patient/ola';
    select.dispatchEvent(new Event('change'));
    expect((await event).detail).to.deep.equal({ reference: 'Patient/ola' });
    event = oneEvent(el, 'hn-representation-change');
    select.value = '';
    select.dispatchEvent(new Event('change'));
    expect((await event).detail).to.deep.equal({ reference: null });
  });

  it('marks the current page and reports menu clicks as cancelable hn-shell-navigate', async () => {
    const el = await render();
    const links = harness(el).menuLinks();
    expect(links.map((a) => a.getAttribute('aria-current'))).to.deep.equal(['false', 'page']);
    el.addEventListener('hn-shell-navigate', (e) => e.preventDefault(), { once: true });
    const event = oneEvent(el, 'hn-shell-navigate');
    links[0]!.click();
    const { detail } = await event;
    expect(detail.href).to.equal(`${location.origin}/`);
    expect(location.pathname, 'the host routed instead of the browser').not.to.equal('/x');
  });

  it('the skip link moves focus to the main region', async () => {
    const el = await render();
    harness(el).skipLink().click();
    expect(document.activeElement).to.equal(main);
  });
});
