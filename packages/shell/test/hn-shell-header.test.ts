import { expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { simulatedLogin, type HnShellHeader } from '../src/index.js';
import { harness, skipTargetForEachTest } from './header-harness.js';

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
  const main = skipTargetForEachTest();

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
    for (let i = 0; i < 8; i += 1) {
      await sendKeys({ press: 'Tab' });
      order.push(harness(el).focusedName() ?? 'outside');
    }
    before.remove();
    expect(order).to.deep.equal(['skip', 'brand', 'acting-for', 'apply acting-for', 'locale', 'apply locale', 'Oversikt', 'Timer']);
  });

  // WCAG 3.2.2: Chromium changes a closed select's value (and fires `change`) on every arrow key;
  // arrowing through the choices must not switch the page's language or person at each step.
  it('arrowing through the languages changes nothing; "Bytt språk" puts the choice into effect', async () => {
    const el = await render();
    const h = harness(el);
    const select = h.languageSwitcher();
    const fired: string[] = [];
    el.addEventListener('hn-locale-change', (e) => fired.push(e.detail.locale));
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => select.value === 'nn', 'the arrow key did not move the choice', { timeout: 8000 });
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => select.value === 'en', 'the arrow key did not move the choice', { timeout: 8000 });
    expect(fired, 'no change of language while arrowing').to.deep.equal([]);
    expect(h.labelOf(select)).to.equal('Språk (language)');
    await sendKeys({ press: 'Tab' });
    expect(h.focusedName()).to.equal('apply locale');
    expect(h.applyButton(select).textContent!.trim()).to.equal('Bytt språk');
    const event = oneEvent(el, 'hn-locale-change');
    await sendKeys({ press: 'Enter' });
    expect((await event).detail).to.deep.equal({ locale: 'en' });
    expect(fired).to.deep.equal(['en']);
  });

  it('arrowing through the people changes nothing; "Bytt person" puts the choice into effect; oneself is null', async () => {
    const el = await render();
    const h = harness(el);
    const select = h.actingForSwitcher();
    const fired: (string | null)[] = [];
    el.addEventListener('hn-representation-change', (e) => fired.push(e.detail.reference));
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => select.value === 'Patient/ola', 'the arrow key did not move the choice', { timeout: 8000 });
    expect(fired, 'no change of person while arrowing').to.deep.equal([]);
    await sendKeys({ press: 'Tab' });
    expect(h.focusedName()).to.equal('apply acting-for');
    await sendKeys({ press: 'Space' });
    await waitUntil(() => fired.length === 1, 'the button did not choose the person', { timeout: 8000 });
    expect(fired).to.deep.equal(['Patient/ola']);
    el.actingFor = 'Patient/ola';
    await el.updateComplete;
    h.choose(select, '');
    expect(fired).to.deep.equal(['Patient/ola', null]);
    el.actingFor = null;
    await el.updateComplete;
    h.applyButton(select).click();
    expect(fired, 'the choice already in effect is not chosen again').to.have.length(2);
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
    expect(document.activeElement).to.equal(main());
  });
});
