// The summary for an overview page: `max-items` with `all-href` (the shell gives both there). The
// first tools, those assigned first, as one link each to that tool on the catalogue's own page,
// then a link to the page; no search, filters or launchers.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { bundleOf, catalogueBundle } from './fixtures.js';
import { harness, withBundle } from './helpers.js';
import type { HnToolCatalogue } from '../src/hn-tool-catalogue.js';

async function summary(limit: number, locale = 'nb', bundle = catalogueBundle()): Promise<HnToolCatalogue> {
  const el = await withBundle(bundle, { locale });
  el.maxItems = limit;
  el.allHref = '/tools';
  await harness(el).settled();
  return el;
}

const words = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
const page = (path: string) => `${location.origin}${path}`;

describe('<hn-tool-catalogue max-items all-href>: the summary for an overview', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('the first tools, assigned first, each a link to itself on the page, then "Vis alle"; no search, filters or launchers; axe clean', async () => {
    const el = await summary(3);
    const h = harness(el);
    expect(h.summaryLinks().map((a) => a.getAttribute('href'))).to.deep.equal(
      ['/tools#ActivityDefinition/hjerteskolen', '/tools#ActivityDefinition/smertedagbok', '/tools#ActivityDefinition/sovn'].map(page),
    );
    // Who offers it, when it is due (else when it was assigned), and its status while unfinished.
    expect(h.summaryLinks().map(words)).to.deep.equal([
      'Hjerteskolen, Helse Bergen, Frist: 6. desember 2026, Ikke startet',
      'Smertedagbok, Helse Bergen, Tildelt 20. november 2026, Påbegynt',
      'Bedre søvn, Helse Bergen',
    ]);
    expect(h.pageLink()!.getAttribute('href')).to.equal(page('/tools'));
    expect(words(h.pageLink()!)).to.equal('Vis alle 4 verktøy');
    expect(el.shadowRoot!.querySelector('[part="controls"]')).to.equal(null);
    expect(h.searchField()).to.equal(null);
    expect(el.shadowRoot!.querySelectorAll('button, input, hn-handoff-launcher')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('the same first tools the short form lists, in its order', async () => {
    const short = await withBundle(catalogueBundle());
    short.maxItems = 2;
    await harness(short).settled();
    const el = await summary(2);
    expect(harness(el).summaryLinks().map((a) => a.querySelector('[lang]')!.textContent)).to.deep.equal(harness(short).titles());
  });

  it('when every tool is listed, the link still leads to the page', async () => {
    const el = await summary(10);
    expect(harness(el).summaryLinks()).to.have.length(4);
    expect(words(harness(el).pageLink()!)).to.equal('Gå til verktøyene');
  });

  it('no tools: the empty state, and the link to the page', async () => {
    const el = await summary(3, 'nb', bundleOf([]));
    expect(harness(el).summaryLinks()).to.have.length(0);
    expect(el.shadowRoot!.querySelector('hn-state[kind="empty"]')).to.not.equal(null);
    expect(words(harness(el).pageLink()!)).to.equal('Gå til verktøyene');
    await expect(el).to.be.accessible();
  });

  it('a followed link is offered to the host as hn-navigate (the shell routes it)', async () => {
    const h = harness(await summary(1));
    expect(h.followSummaryLinks()).to.deep.equal([{ href: h.summaryLinks()[0]!.href, reference: 'ActivityDefinition/hjerteskolen' }, { href: h.pageLink()!.href }]);
  });

  it('in nynorsk and English', async () => {
    const nn = await summary(1, 'nn');
    expect(words(harness(nn).pageLink()!)).to.equal('Vis alle 4 verktøy');
    expect(words(harness(await summary(9, 'nn')).pageLink()!)).to.equal('Gå til verktøya');
    const en = await summary(2, 'en');
    expect(words(harness(en).pageLink()!)).to.equal('Show all 4 tools');
    expect(words(harness(en).summaryLinks()[1]!)).to.equal('Smertedagbok, Helse Bergen, Assigned on 20 November 2026, In progress');
    expect(en.shadowRoot!.querySelector('[part="list"]')!.getAttribute('aria-label')).to.equal('Tools');
  });

  it('at 320 px nothing goes sideways, every link at least 44 px tall', async () => {
    await setViewport({ width: 320, height: 640 });
    harness(await summary(3)).expectSummaryFits();
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });
});
