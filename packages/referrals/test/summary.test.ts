// The summary for an overview page: `max-items` with `all-href` (the shell gives both there). The
// first referrals, those under way first, as one link each to that referral on the list's own page,
// then a link to the page; no rights, actions or linked items.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { session } from '@hn-elements/test-support';
import { bundleOf, everyStateBundle } from './fixtures.js';
import { harness, withBundle } from './helpers.js';
import type { HnReferrals } from '../src/hn-referrals.js';

async function summary(limit: number, locale = 'nb', bundle = everyStateBundle()): Promise<HnReferrals> {
  const el = await withBundle(bundle, { locale, session: session() });
  el.maxItems = limit;
  el.allHref = '/referrals';
  await harness(el).settled();
  return el;
}

const words = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
const page = (path: string) => `${location.origin}${path}`;

describe('<hn-referrals max-items all-href>: the summary for an overview', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('the first referrals under way, each a link to itself on the page, then "Vis alle"; no rights, actions or buttons; axe clean', async () => {
    const el = await summary(3);
    const h = harness(el);
    expect(h.summaryLinks().map((a) => a.getAttribute('href'))).to.deep.equal(
      ['/referrals#ServiceRequest/sent', '/referrals#ServiceRequest/received', '/referrals#ServiceRequest/assessing'].map(page),
    );
    expect(h.summaryLinks().map(words)).to.deep.equal([
      'Vurdering av hodepine, Til Hjertepoliklinikken, Haukeland, Sendt',
      'Utredning av lav blodprosent, Til Hjertepoliklinikken, Haukeland, Mottatt',
      'Utredning av pustestopp under søvn, Til Hjertepoliklinikken, Haukeland, Blir vurdert',
    ]);
    expect(h.summaryLinks()[0]!.querySelector('[lang]')!.getAttribute('lang')).to.equal('nb');
    expect(h.pageLink()!.getAttribute('href')).to.equal(page('/referrals'));
    expect(words(h.pageLink()!)).to.equal('Vis alle 8 henvisninger');
    expect(el.shadowRoot!.querySelectorAll('button, details, hn-handoff-launcher, [part="rights"]')).to.have.length(0);
    expect(h.groups()).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('a badge only where the referral needs attention: a deadline passed, a referral rejected', async () => {
    const el = await summary(6);
    const h = harness(el);
    expect(h.summaryLinks().map((a) => a.querySelector('.status-badge')?.textContent ?? '')).to.deep.equal(['', '', '', '', 'Fristen er passert', 'Avvist']);
    expect(words(h.summaryLinks()[4]!)).to.equal('Vurdering av smerter i kneet, Til Hjertepoliklinikken, Haukeland, Vurdert, Fristen er passert');
    expect(words(h.summaryLinks()[5]!)).to.equal('Fjerning av føflekk, Til Hjertepoliklinikken, Haukeland, Avvist');
  });

  it('the same first referrals the short form lists, in its order', async () => {
    const short = await withBundle(everyStateBundle(), { session: session() });
    short.maxItems = 4;
    await harness(short).settled();
    const el = await summary(4);
    expect(harness(el).summaryLinks().map((a) => a.querySelector('[lang]')!.textContent)).to.deep.equal(harness(short).titles());
  });

  it('when every referral is listed, the link still leads to the page', async () => {
    const el = await summary(20);
    expect(harness(el).summaryLinks()).to.have.length(8);
    expect(words(harness(el).pageLink()!)).to.equal('Gå til henvisningene dine');
  });

  it('no referrals: the empty state, and the link to the page', async () => {
    const el = await summary(3, 'nb', bundleOf([]));
    expect(harness(el).summaryLinks()).to.have.length(0);
    expect(el.shadowRoot!.querySelector('hn-state[kind="empty"]')).to.not.equal(null);
    expect(words(harness(el).pageLink()!)).to.equal('Gå til henvisningene dine');
    await expect(el).to.be.accessible();
  });

  it('a followed link is offered to the host as hn-navigate (the shell routes it)', async () => {
    const h = harness(await summary(1));
    expect(h.followSummaryLinks()).to.deep.equal([{ href: h.summaryLinks()[0]!.href, reference: 'ServiceRequest/sent' }, { href: h.pageLink()!.href }]);
  });

  it('in nynorsk and English', async () => {
    expect(words(harness(await summary(1, 'nn')).pageLink()!)).to.equal('Vis alle 8 tilvisingar');
    expect(words(harness(await summary(9, 'nn')).pageLink()!)).to.equal('Gå til tilvisingane dine');
    const en = await summary(1, 'en');
    expect(words(harness(en).pageLink()!)).to.equal('Show all 8 referrals');
    expect(words(harness(en).summaryLinks()[0]!)).to.equal('Vurdering av hodepine, To Hjertepoliklinikken, Haukeland, Sent');
    expect(en.shadowRoot!.querySelector('[part="list"]')!.getAttribute('aria-label')).to.equal('Referrals');
  });

  it('at 320 px nothing goes sideways, every link at least 44 px tall', async () => {
    await setViewport({ width: 320, height: 640 });
    harness(await summary(6)).expectSummaryFits();
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });
});
