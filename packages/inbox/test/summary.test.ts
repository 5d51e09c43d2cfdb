// The summary for an overview page: `max-items` with `all-href` (the shell gives both there). The
// newest items as one link each, to the item on the inbox's own page, then a link to the page; no
// search, no reading pane, and nothing opened or marked read.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { Bundle } from '@medplum/fhirtypes';
import { recordFetches, resetServer, session, setMode } from '@hn-elements/test-support';
import type { NavigateDetail } from '@hn-elements/core';
import type { HnInbox, MessageReadDetail } from '../src/hn-inbox.js';
import { inboxSummaryRow } from '../src/views/summary.js';
import { inboxFromBundle } from '../src/load-inbox.js';
import { emptyBundle, standardBundle } from './fixtures.js';
import { settle } from './helpers.js';
import { loaded } from './harness.js';

const setHash = (hash: string) => history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);

async function summary(limit: number, options: { locale?: string; bundle?: Bundle } = {}): Promise<HnInbox> {
  const el = await fixture<HnInbox>(
    html`<hn-inbox locale=${options.locale ?? 'nb'} .maxItems=${limit} all-href="/inbox" .bundle=${options.bundle ?? standardBundle()}></hn-inbox>`,
  );
  await settle(el);
  return loaded(el);
}

const root = (el: HnInbox) => el.shadowRoot!;
const rows = (el: HnInbox) => [...root(el).querySelectorAll<HTMLAnchorElement>('[part="list"] [part="item"] a')];
const showAll = (el: HnInbox) => root(el).querySelector<HTMLAnchorElement>('[part="show-all"]')!;
const words = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
const page = (fragment = '') => `${location.origin}/inbox${fragment}`;

describe('<hn-inbox max-items all-href>: the summary for an overview', () => {
  afterEach(async () => {
    setHash('');
    await setViewport({ width: 800, height: 600 });
  });

  it('the newest items, each a link to itself on the inbox page, then "Vis alle"; no search, no pane; axe clean', async () => {
    const el = await summary(3);
    expect(rows(el).map((a) => a.getAttribute('href'))).to.deep.equal([page('#Communication/p2'), page('#Communication/m3'), page('#DocumentReference/letter-1')]);
    expect(words(rows(el)[0]!)).to.match(/^Prøvesvar, Ida Nilsen, \d+\. \w+\.? 2026, Ulest$/);
    expect(words(rows(el)[2]!)).to.match(/^Innkalling til kontroll, .+, \d+\. \w+\.? 2026$/);
    expect(words(showAll(el))).to.equal('Vis alle 6 i innboksen');
    expect(showAll(el).getAttribute('href')).to.equal(page());
    expect(root(el).querySelector('[part="toolbar"]'), 'no search or filters').to.equal(null);
    expect(root(el).querySelector('[part="pane"]'), 'no reading pane').to.equal(null);
    expect(root(el).querySelector('[role="search"], input, select, button'), 'no controls').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('unread conversations and a form that waits for an answer stand out, with their word', async () => {
    const el = await summary(4);
    const strong = [...root(el).querySelectorAll('[part="item"]')].map((item) => item.classList.contains('summary-row--strong'));
    expect(strong).to.deep.equal([true, true, false, true]);
    expect(rows(el).map((a) => a.querySelector('.status-badge')?.textContent ?? '')).to.deep.equal(['Ulest', 'Ulest', '', 'Ikke startet']);
    expect(rows(el)[3]!.getAttribute('href')).to.equal(page('#Task/task-1'));
  });

  it('when every item is listed, the link still leads to the page', async () => {
    const el = await summary(10);
    expect(rows(el)).to.have.length(6);
    expect(words(showAll(el))).to.equal('Gå til innboksen');
  });

  it('an empty inbox: its empty state, and the link', async () => {
    const el = await summary(3, { bundle: emptyBundle() });
    expect(rows(el)).to.have.length(0);
    expect(root(el).querySelector('hn-state[kind="empty"]')).to.not.equal(null);
    expect(words(showAll(el))).to.equal('Gå til innboksen');
    await expect(el).to.be.accessible();
  });

  it('opens nothing and marks nothing read, not even the item the page address names', async () => {
    setHash('#Communication/p2');
    const read: MessageReadDetail[] = [];
    const listen = (event: Event) => read.push((event as CustomEvent<MessageReadDetail>).detail);
    document.addEventListener('hn-message-read', listen);
    try {
      const el = await summary(3);
      await el.updateComplete;
      expect(el.selected ?? '').to.equal('');
      expect(read).to.deep.equal([]);
      expect(rows(el)[0]!.querySelector('.status-badge')!.textContent).to.equal('Ulest');
      // On its own page (no all-href) the same element is the whole inbox, and follows the link.
      el.allHref = undefined;
      await waitUntil(() => el.selected?.startsWith('bundle/message/'), 'the named conversation opened', { timeout: 8000 });
      await waitUntil(() => read.length === 1, 'then marked read', { timeout: 8000 });
    } finally {
      document.removeEventListener('hn-message-read', listen);
    }
  });

  it('a followed link is offered to the host as hn-navigate (the shell routes it)', async () => {
    const el = await summary(1);
    const offered: NavigateDetail[] = [];
    el.addEventListener('hn-navigate', (event) => {
      offered.push((event as CustomEvent<NavigateDetail>).detail);
      event.preventDefault();
    });
    rows(el)[0]!.click();
    showAll(el).click();
    expect(offered).to.deep.equal([{ href: page('#Communication/p2'), reference: 'Communication/p2' }, { href: page() }]);
  });

  it('in nynorsk and English', async () => {
    const nn = await summary(1, { locale: 'nn' });
    expect(words(showAll(nn))).to.equal('Vis alle 6 i innboksen');
    expect(rows(nn)[0]!.querySelector('.status-badge')!.textContent).to.equal('Ulesen');
    const en = await summary(1, { locale: 'en' });
    expect(words(showAll(en))).to.equal('Show all 6 in your inbox');
    expect(rows(en)[0]!.querySelector('.status-badge')!.textContent).to.equal('Unread');
    expect(root(en).querySelector('[part="list"]')!.getAttribute('aria-label')).to.equal('Inbox');
    const all = await summary(10, { locale: 'en' });
    expect(words(showAll(all))).to.equal('Go to your inbox');
  });

  it('at 320 px nothing goes sideways, every link at least 44 px tall', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await summary(3);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    for (const link of [...rows(el), showAll(el)]) {
      expect(link.getBoundingClientRect().height).to.be.at.least(44);
      expect(link.getBoundingClientRect().right).to.be.at.most(320);
    }
  });

  it('a row from the pure mapping: the source language of its title, no source in bundle mode', async () => {
    const data = await inboxFromBundle(standardBundle());
    const row = inboxSummaryRow(data.items[0]!, { locale: 'nb', t: (key) => key, sourceOf: () => undefined });
    expect(row.target).to.deep.equal({ reference: 'Communication/p2' });
    expect(row.title).to.equal('Prøvesvar');
    expect(row.lang).to.equal('nb');
    expect(row.strong).to.equal(true);
  });
});

describe('<hn-inbox max-items all-href> live', () => {
  afterEach(() => resetServer());

  it('while it loads, placeholder rows hold the rows\' place and nothing moves when they come; the rows link with their source; no write to any server', async () => {
    await setMode('*', 'slow', 1000);
    const fetches = recordFetches();
    try {
      const el = await fixture<HnInbox>(html`<hn-inbox max-items="3" all-href="/inbox" request-timeout="8000" .session=${session()}></hn-inbox>`);
      await el.updateComplete;
      expect(el.getAttribute('aria-busy')).to.equal('true');
      expect(root(el).querySelector('[role="status"]')!.textContent).to.equal('Henter informasjon …');
      expect(root(el).querySelectorAll('.summary-placeholder')).to.have.length(3);
      expect(words(showAll(el))).to.equal('Gå til innboksen');
      const height = el.getBoundingClientRect().height;
      await loaded(el);
      expect(rows(el)).to.have.length(3);
      expect(el.getBoundingClientRect().height, 'the same height with the rows').to.equal(height);
      await expect(el).to.be.accessible();
      for (const link of rows(el)) expect(link.getAttribute('href')).to.match(new RegExp(`^${page('#')}[a-z-]+/(Communication|Task|DocumentReference)/[^/]+$`));
      await el.updateComplete;
      expect(fetches.fhir().filter((r) => r.method !== 'GET'), 'writes').to.deep.equal([]);
    } finally {
      fetches.restore();
    }
  });
});
