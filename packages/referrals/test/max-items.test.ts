import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement, session } from '@hn-elements/test-support';
import { everyStateBundle } from './fixtures.js';
import { harness, withBundle } from './helpers.js';
import type { HnReferrals } from '../src/hn-referrals.js';

const showAll = (el: HnReferrals) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="show-all"]');

async function withLimit(limit: number | undefined, locale = 'nb'): Promise<HnReferrals> {
  const el = await withBundle(everyStateBundle(), { locale, session: session() });
  el.maxItems = limit;
  await el.updateComplete;
  return el;
}

describe('<hn-referrals max-items> (the short form, e.g. on an overview)', () => {
  it('lists the first referrals under way and a button naming how many there are in all; axe clean', async () => {
    const el = await withLimit(3);
    const h = harness(el);
    expect(h.items().map((i) => h.titleOf(i))).to.deep.equal(['Vurdering av hodepine', 'Utredning av lav blodprosent', 'Utredning av pustestopp under søvn']);
    expect(h.groups(), 'no closed group while none of them is listed').to.deep.equal(['Henvisninger som er i gang']);
    expect(showAll(el)!.localName).to.equal('button');
    expect(showAll(el)!.textContent!.trim()).to.equal('Vis alle 8 henvisninger');
    await expect(el).to.be.accessible();
  });

  it('shows the rest from the keyboard and moves focus to the first referral that was hidden', async () => {
    const el = await withLimit(2);
    showAll(el)!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const h = harness(el);
    expect(h.items()).to.have.length(8);
    expect(showAll(el)).to.equal(null);
    const focused = deepActiveElement()!;
    expect(focused.localName).to.equal('article');
    expect(focused.querySelector('[role="heading"]')!.textContent!.trim()).to.equal('Utredning av pustestopp under søvn');
  });

  it('lists everything when the limit is not a positive number, or not below the count; starts short again with a new limit', async () => {
    for (const limit of [undefined, 0, -2, Number.NaN, 8, 20]) {
      const el = await withLimit(limit);
      expect(harness(el).items(), String(limit)).to.have.length(8);
      expect(showAll(el), String(limit)).to.equal(null);
    }
    const el = await withLimit(1);
    showAll(el)!.click();
    await el.updateComplete;
    el.setAttribute('max-items', '2.5');
    await el.updateComplete;
    expect(harness(el).items(), 'a fraction is rounded down').to.have.length(2);
  });

  it('speaks nynorsk and English', async () => {
    expect(showAll(await withLimit(1, 'nn'))!.textContent!.trim()).to.equal('Vis alle 8 tilvisingar');
    expect(showAll(await withLimit(1, 'en'))!.textContent!.trim()).to.equal('Show all 8 referrals');
  });
});
