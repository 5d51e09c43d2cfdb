// A link to one tool (`/tools#<source>/ActivityDefinition/<id>`): the catalogue clears a search or
// filter that hides it, lists it when a short form would leave it out, and moves focus to it. Core's
// FragmentTargetController decides when; this file tests what the catalogue does.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Bundle } from '@hn-elements/core';
import { catalogueBundle } from './fixtures.js';
import { deepActiveElement, harness, settle } from './helpers.js';
import type { HnToolCatalogue } from '../src/hn-tool-catalogue.js';

const setHash = (hash: string) => history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);

/** The catalogue on a page whose address names `hash`, once it has loaded. */
async function linkedTo(hash: string, options: { limit?: number; query?: string } = {}): Promise<HnToolCatalogue> {
  setHash(hash);
  const el = await fixture<HnToolCatalogue>(
    html`<hn-tool-catalogue .maxItems=${options.limit} query=${options.query ?? ''} .bundle=${catalogueBundle() as Bundle}></hn-tool-catalogue>`,
  );
  await settle(el);
  return el;
}

/** The title of the tool that has focus ('' when focus is on no tool). */
function focusedTitle(el: HnToolCatalogue): string {
  const item = harness(el).focusedItem();
  return item ? harness(el).titleOf(item) : '';
}

/** Waits until the tool `title` has focus. */
const focusReaches = (el: HnToolCatalogue, title: string) =>
  waitUntil(() => focusedTitle(el) === title, `focus on ${title} (it is on ${focusedTitle(el) || deepActiveElement()?.localName})`, { timeout: 8000 });

describe('<hn-tool-catalogue>: a link to one tool', () => {
  afterEach(() => setHash(''));

  it('a tool a short form leaves out: the whole catalogue listed, the tool focused and in sight; axe clean', async () => {
    const el = await linkedTo('#ActivityDefinition/angst', { limit: 1 });
    await focusReaches(el, 'Mestring av angst');
    expect(harness(el).items()).to.have.length(4);
    const box = harness(el).item('Mestring av angst')!.getBoundingClientRect();
    expect(box.top).to.be.at.least(0);
    expect(box.top).to.be.below(window.innerHeight);
    await expect(el).to.be.accessible();
  });

  it('a tool a search hides: the search cleared, the tool focused', async () => {
    const el = await linkedTo('#ActivityDefinition/sovn', { query: 'hjerte' });
    await focusReaches(el, 'Bedre søvn');
    expect(el.query).to.equal('');
    expect(harness(el).searchField().value).to.equal('');
    expect(harness(el).items()).to.have.length(4);
  });

  it('a tool that is not there changes nothing; the next link is followed', async () => {
    const el = await linkedTo('#ActivityDefinition/not-here', { limit: 1, query: 'hjerte' });
    expect(harness(el).titles()).to.deep.equal(['Hjerteskolen']);
    expect(el.query).to.equal('hjerte');
    expect(focusedTitle(el)).to.equal('');
    // The control: the same catalogue follows a link that names one of its tools.
    location.hash = '#ActivityDefinition/angst';
    await focusReaches(el, 'Mestring av angst');
    expect(el.query).to.equal('');
  });

  it("another source's tool with the same id is not this one", async () => {
    const el = await linkedTo('#helse-bergen/ActivityDefinition/angst', { limit: 1 });
    expect(harness(el).items()).to.have.length(1);
    expect(focusedTitle(el)).to.equal('');
    location.hash = '#ActivityDefinition/angst';
    await focusReaches(el, 'Mestring av angst');
  });
});
