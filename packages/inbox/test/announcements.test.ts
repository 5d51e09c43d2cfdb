// The polite live region: the load summary is said once per load (not again when an opened
// message is marked read), and the words follow a change of language.
import { expect, waitUntil } from '@open-wc/testing';
import { standardBundle } from './fixtures.js';
import { withBundle } from './helpers.js';
import { isUnread, liveRegion, openItem, search, status } from './harness.js';

/**
 * Every text the region takes, in order, until `stop()`, empty ones too: an announcement first
 * empties the region (so the same words are read again), so any change at all means one.
 */
function recordRegion(region: HTMLElement): { texts: string[]; stop: () => void } {
  const texts: string[] = [];
  const observer = new MutationObserver(() => {
    texts.push(region.textContent?.trim() ?? '');
  });
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  return { texts, stop: () => observer.disconnect() };
}

describe('<hn-inbox> live region', () => {
  it('says the load summary once: opening an unread message does not say it again', async () => {
    const el = await withBundle(standardBundle());
    await waitUntil(() => status(el).startsWith('Innboksen er hentet'), 'the load was not announced', { timeout: 8000 });
    expect(isUnread(el, 'Svar på blodprøven')).to.equal(true);
    const heard = recordRegion(liveRegion(el));
    try {
      await openItem(el, 'Svar på blodprøven');
      await waitUntil(() => !isUnread(el, 'Svar på blodprøven'), 'the message was not marked read', { timeout: 8000 });
      await el.updateComplete;
    } finally {
      heard.stop();
    }
    expect(heard.texts, 'the live region changed: the summary was said again').to.deep.equal([]);
  });

  it('follows a change of language', async () => {
    const el = await withBundle(standardBundle());
    await waitUntil(() => status(el).startsWith('Innboksen er hentet'), 'the load was not announced', { timeout: 8000 });
    el.locale = 'en';
    await el.updateComplete;
    expect(status(el)).to.match(/^Your inbox is loaded: \d+ in all, \d+ unread\.$/);
    el.locale = 'nn';
    await el.updateComplete;
    expect(status(el)).to.match(/^Innboksen er henta: /);
  });

  it('a search\'s count said before a change of language is in the new language after it, with the same count', async () => {
    const el = await withBundle(standardBundle());
    await waitUntil(() => status(el).startsWith('Innboksen er hentet'), 'the load was not announced', { timeout: 8000 });
    await search(el, 'blodprøven');
    await waitUntil(() => status(el) === 'Ett treff.', 'the count was not announced', { timeout: 8000 });
    el.locale = 'en';
    await el.updateComplete;
    expect(status(el)).to.equal('One result.');
    el.locale = 'nn';
    await el.updateComplete;
    expect(status(el)).to.equal('Eitt treff.');
  });
});
