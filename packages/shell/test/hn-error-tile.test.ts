import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { HnErrorTile } from '../src/index.js';

async function render(locale: 'nb' | 'nn' | 'en' = 'nb'): Promise<HnErrorTile> {
  return fixture<HnErrorTile>(
    html`<hn-error-tile app="appointment-list" .label=${{ nb: 'Timer', nn: 'Timar', en: 'Appointments' }[locale]} .locale=${locale}></hn-error-tile>`,
  );
}

describe('<hn-error-tile>', () => {
  it('is an alert that names what failed, in plain language', async () => {
    const el = await render();
    expect(el.getAttribute('role')).to.equal('alert');
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Timer kunne ikke vises akkurat nå.');
    expect(text).to.contain('Resten av siden virker som vanlig.');
  });

  it('speaks nynorsk and English too', async () => {
    expect((await render('nn')).shadowRoot!.textContent).to.contain('Timar kunne ikkje visast akkurat no.');
    const en = await render('en');
    expect(en.shadowRoot!.textContent).to.contain('Appointments can’t be shown right now.');
    expect(en.shadowRoot!.querySelector('button')!.textContent!.trim()).to.equal('Try again');
  });

  it('is accessible, also while retrying', async () => {
    const el = await render();
    await expect(el).to.be.accessible();
    el.busy = true;
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('has a retry button of at least 44 × 44 px', async () => {
    const el = await render();
    const box = el.shadowRoot!.querySelector('button')!.getBoundingClientRect();
    expect(box.height).to.be.at.least(44);
    expect(box.width).to.be.at.least(44);
  });

  it('the retry button is reached with Tab and pressed with Enter or Space', async () => {
    const el = await render();
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('Prøv igjen');
    let event = oneEvent(el, 'hn-error-retry');
    await sendKeys({ press: 'Enter' });
    expect((await event).detail).to.deep.equal({ app: 'appointment-list' });
    event = oneEvent(el, 'hn-error-retry');
    await sendKeys({ press: 'Space' });
    expect((await event).composed).to.equal(true);
    before.remove();
  });

  it('ignores presses while busy, and says it is trying again', async () => {
    const el = await render();
    el.busy = true;
    await el.updateComplete;
    let fired = 0;
    el.addEventListener('hn-error-retry', () => (fired += 1));
    const button = el.shadowRoot!.querySelector('button')!;
    button.click();
    expect(fired).to.equal(0);
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(button.textContent!.trim()).to.equal('Prøver igjen …');
  });
});
