import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { standardBundle } from './fixtures.js';
import { deepActiveElement, items, settle, titles, withBundle } from './helpers.js';
import type { HnAppointmentList } from '../src/hn-appointment-list.js';

const UPCOMING = ['Kontroll hos øyelege', 'Blodprøve', 'Samtale om behandling'];

function showAll(el: HnAppointmentList): HTMLButtonElement | null {
  return el.shadowRoot!.querySelector<HTMLButtonElement>('[part="show-all"]');
}

async function withLimit(limit: number | undefined, locale = 'nb'): Promise<HnAppointmentList> {
  const el = await withBundle(standardBundle(), locale);
  el.maxItems = limit;
  await settle(el);
  return el;
}

describe('<hn-appointment-list max-items>', () => {
  it('lists the first appointments and a button naming how many there are in all; axe clean', async () => {
    const el = await withLimit(2);
    expect(titles(el)).to.deep.equal(UPCOMING.slice(0, 2));
    const button = showAll(el)!;
    expect(button.localName).to.equal('button');
    expect(button.textContent!.trim()).to.equal('Vis alle 3 kommende timer');
    // The view switch still counts every appointment, not only the listed ones.
    expect(el.shadowRoot!.querySelector('[part="toolbar"]')!.textContent).to.contain('(3)');
    await expect(el).to.be.accessible();
  });

  it('shows the rest from the keyboard and moves focus to the first appointment that was hidden', async () => {
    const el = await withLimit(1);
    showAll(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(titles(el)).to.deep.equal(UPCOMING);
    expect(showAll(el)).to.equal(null);
    const focused = deepActiveElement()!;
    expect(focused.localName).to.equal('article');
    expect(focused.querySelector('[role="heading"]')!.textContent).to.equal(UPCOMING[1]);
    await expect(el).to.be.accessible();
  });

  it('starts short again in another view, or with another limit', async () => {
    const el = await withLimit(1);
    showAll(el)!.click();
    await settle(el);
    expect(items(el)).to.have.length(3);

    el.view = 'past';
    await settle(el);
    expect(items(el)).to.have.length(1);
    expect(showAll(el), 'one past appointment: nothing hidden').to.equal(null);

    el.view = 'upcoming';
    await settle(el);
    expect(items(el)).to.have.length(1);
    el.maxItems = 2;
    await settle(el);
    expect(items(el)).to.have.length(2);
    expect(showAll(el)!.textContent!.trim()).to.equal('Vis alle 3 kommende timer');
  });

  it('lists everything when the limit is not a positive number, or not below the count', async () => {
    for (const limit of [undefined, 0, -2, Number.NaN, 3, 10]) {
      const el = await withLimit(limit);
      expect(items(el), String(limit)).to.have.length(3);
      expect(showAll(el), String(limit)).to.equal(null);
    }
    const fromAttribute = await withBundle(standardBundle());
    fromAttribute.setAttribute('max-items', '2.7');
    await settle(fromAttribute);
    expect(items(fromAttribute), 'a fraction is rounded down').to.have.length(2);
    fromAttribute.setAttribute('max-items', 'tre');
    await settle(fromAttribute);
    expect(items(fromAttribute), 'not a number').to.have.length(3);
  });

  it('speaks nynorsk and English', async () => {
    expect(showAll(await withLimit(1, 'nn'))!.textContent!.trim()).to.equal('Vis alle 3 komande timar');
    expect(showAll(await withLimit(1, 'en'))!.textContent!.trim()).to.equal('Show all 3 upcoming appointments');
  });
});
