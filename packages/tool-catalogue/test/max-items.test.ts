import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { session } from '@hn-elements/test-support';
import { catalogueBundle } from './fixtures.js';
import { deepActiveElement, harness, withBundle } from './helpers.js';
import type { HnToolCatalogue } from '../src/hn-tool-catalogue.js';

const vendorSession = () => session({ sources: [], handoff: { allowedOrigins: ['https://vendor.example.org'] } });

const showAll = (el: HnToolCatalogue) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="show-all"]');

async function withLimit(limit: number | undefined, locale = 'nb'): Promise<HnToolCatalogue> {
  const el = await withBundle(catalogueBundle(), { locale, session: vendorSession() });
  el.maxItems = limit;
  await harness(el).settled();
  return el;
}

/** Every tool's name in the order the full catalogue lists them (assigned first). */
async function fullOrder(): Promise<string[]> {
  return harness(await withLimit(undefined)).titles();
}

describe('<hn-tool-catalogue max-items> (the short form, e.g. on an overview)', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('lists the first tools as the full catalogue orders them (assigned first), says the count and names how many there are in all; axe clean', async () => {
    const all = await fullOrder();
    expect(all).to.have.length(4);
    const el = await withLimit(3);
    const h = harness(el);
    expect(h.titles()).to.deep.equal(all.slice(0, 3));
    expect(h.assignedItems().map((item) => h.titleOf(item)), 'the assigned tools come first').to.deep.equal(all.slice(0, 2));
    expect(h.sectionTitles()).to.deep.equal(['Tildelt deg', 'Alle verktøy']);
    expect(h.countText()).to.equal('Viser 3 av 4 verktøy.');
    expect(showAll(el)!.localName).to.equal('button');
    expect(showAll(el)!.textContent!.trim()).to.equal('Vis alle 4 verktøy');
    await expect(el).to.be.accessible();
  });

  it('lists only assigned tools under one heading when the limit ends among them', async () => {
    const all = await fullOrder();
    const el = await withLimit(1);
    const h = harness(el);
    expect(h.titles()).to.deep.equal(all.slice(0, 1));
    expect(h.sectionTitles()).to.deep.equal(['Tildelt deg']);
    expect(h.countText()).to.equal('Viser 1 av 4 verktøy.');
  });

  it('reaches the button from the keyboard, shows the rest with Enter and moves focus to the first tool that was hidden', async () => {
    const all = await fullOrder();
    const el = await withLimit(2);
    const h = harness(el);
    // From the last listed tool's launcher, Tab goes to the button.
    const launcher = (await h.launcher(h.items()[1]!))!;
    launcher.shadowRoot!.querySelector<HTMLElement>('a, button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement(), 'Tab from the last tool reaches "Vis alle"').to.equal(showAll(el));
    await sendKeys({ press: 'Enter' });
    await h.settled();
    expect(h.titles()).to.deep.equal(all);
    expect(showAll(el)).to.equal(null);
    expect(h.countText()).to.equal('Viser 4 av 4 verktøy.');
    const focused = deepActiveElement()!;
    expect(focused.localName).to.equal('article');
    expect(focused.querySelector('[role="heading"]')!.textContent!.trim()).to.equal(all[2]);
    await expect(el).to.be.accessible();
  });

  it('filters before it shortens: the button names how many tools match', async () => {
    const el = await withLimit(1);
    el.category = 'learning';
    await harness(el).settled();
    expect(harness(el).titles()).to.deep.equal(['Hjerteskolen']);
    expect(showAll(el)!.textContent!.trim()).to.equal('Vis alle 2 verktøy');
  });

  it('lists everything when the limit is not a positive number, or not below the count; starts short again with a new limit', async () => {
    for (const limit of [undefined, 0, -2, Number.NaN, 4, 20]) {
      const el = await withLimit(limit);
      expect(harness(el).items(), String(limit)).to.have.length(4);
      expect(showAll(el), String(limit)).to.equal(null);
    }
    const el = await withLimit(1);
    showAll(el)!.click();
    await harness(el).settled();
    expect(harness(el).items()).to.have.length(4);
    el.setAttribute('max-items', '2.5');
    await harness(el).settled();
    expect(harness(el).items(), 'a fraction is rounded down').to.have.length(2);
  });

  it('reflows at 320 px with a 44 px button', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await withLimit(2);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    const button = showAll(el)!.getBoundingClientRect();
    expect(button.height).to.be.at.least(44);
    expect(button.right).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });

  it('speaks nynorsk and English', async () => {
    expect(showAll(await withLimit(1, 'nn'))!.textContent!.trim()).to.equal('Vis alle 4 verktøy');
    const en = await withLimit(1, 'en');
    expect(showAll(en)!.textContent!.trim()).to.equal('Show all 4 tools');
    expect(harness(en).countText()).to.equal('Showing 1 of 4 tools.');
  });
});
