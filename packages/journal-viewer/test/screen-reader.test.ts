// What a screen reader says for <hn-journal-viewer>: the tabs, the document list (by source and
// month), a document and opening it, the access log and its count announced once when the period
// changes, an error and its retry, and acting on behalf of someone, in bundle mode and live against
// the embedded FHIR server. The virtual screen reader (dev/test-support's screen-reader.ts) reads
// the flat tree, shadow roots included; docs/accessibility.md says more.
import { expect, waitUntil } from '@open-wc/testing';
import { resetServer, setMode } from '@hn-elements/test-support';
import { expectEverySourceSaidDown, ON_BEHALF_OF_OLA, readerForEachTest, timesSaid } from '@hn-elements/test-support/screen-reader.js';
import { onBehalfOfOla, session, SOURCES, standardBundle } from './fixtures.js';
import { documentShows, errorRetryButton, itemButton, periodChoice, settle, withBundle, withSession } from './harness.js';

/** The list's keyboard hint, which describes every document (core's listHint). */
const HINT = 'Bruk piltastene for å gå mellom dokumentene.';
const BLOOD = `button, Svar på blodprøver, Prøvesvar · 2. november 2026 · Siri Fjeld ${HINT}, not current item`;

describe('<hn-journal-viewer> read by a screen reader', () => {
  const listenTo = readerForEachTest();
  afterEach(async () => {
    await resetServer();
  });

  it('reads the tabs, then the documents by source and month, each once', async () => {
    const el = await withBundle(standardBundle());
    const reader = await listenTo(el);
    const spoken = await reader.readAll();
    expect(spoken.slice(0, 3)).to.deep.equal([
      'tablist, Journal, orientated horizontally',
      'tab, Dokumenter, selected, position 1, set size 2',
      'tab, Hvem har lest journalen, not selected, position 2, set size 2',
    ]);
    expect(spoken).to.include('tabpanel, Dokumenter');
    expect(spoken).to.include('heading, Haukeland universitetssjukehus, level 2');
    expect(spoken).to.include('heading, November 2026, level 3');
    expect(spoken).to.include('list, Haukeland universitetssjukehus November 2026');
    // A document: its title, described by its kind, date and author.
    expect(timesSaid(spoken, BLOOD)).to.equal(1);
    expect(timesSaid(spoken, `button, Epikrise etter innleggelse, Epikrise · 1. september 2026 · Siri Fjeld ${HINT}, not current item`)).to.equal(1);
    expect(timesSaid(spoken, HINT), 'the hint is not read on its own in browse mode').to.equal(0);
    expect(await reader.announcements()).to.deep.equal([]);
  });

  it('says the document, then its title when it opens', async () => {
    const el = await withBundle(standardBundle());
    const reader = await listenTo(el);
    const button = itemButton(el, 'Svar på blodprøver');
    button.focus();
    await reader.heard(BLOOD);
    await reader.clear();
    button.click();
    await waitUntil(() => documentShows(el), 'the document did not open', { timeout: 8000 });
    await settle(el);
    const title = await reader.heard('heading, Svar på blodprøver, level 2');
    expect(await reader.count(title)).to.equal(1);
    const spoken = await reader.readAll();
    // At this width the document replaces the list: "Tilbake til dokumentene", then its title,
    // and the headings of its text under its own (the source's h1 is read as level 3).
    const at = spoken.indexOf('heading, Svar på blodprøver, level 2');
    expect(spoken.indexOf('button, Tilbake til dokumentene')).to.be.within(0, at);
    expect(spoken.indexOf('heading, Blodprøver, level 3')).to.be.greaterThan(at);
    // (The document's text is the source's; its language marking is being fixed elsewhere.)
  });

  it('reads the access log and announces its count once when the period changes', async () => {
    const el = await withBundle(standardBundle(), { view: 'access-log' });
    const reader = await listenTo(el);
    const spoken = await reader.readAll();
    expect(spoken).to.include('tab, Hvem har lest journalen, selected, position 2, set size 2');
    expect(spoken).to.include('group, Tidsrom');
    expect(spoken).to.include('combobox, Kilde, has popup listbox, not expanded');
    expect(spoken).to.include('Viser 2 av 3 oppslag');
    expect(spoken).to.include('list, Oppslag i journalen');
    expect(spoken).to.include('listitem, level 1, position 2, set size 2');
    // Why someone read the journal, in plain language.
    expect(spoken).to.include('Du trengte hjelp raskt, for eksempel på legevakten eller i akuttmottaket.');

    await reader.clear();
    periodChoice(el, 'Alt').click();
    await reader.heard('Viser 3 av 3 oppslag');
    await settle(el);
    expect(await reader.count('Viser 3 av 3 oppslag')).to.equal(1);
    expect(await reader.announcements()).to.deep.equal(['Viser 3 av 3 oppslag']);
  });

  it('in English', async () => {
    const el = await withBundle(standardBundle(), { locale: 'en' });
    const reader = await listenTo(el);
    const spoken = await reader.readAll();
    expect(spoken.slice(0, 2)).to.deep.equal(['tablist, Health records, orientated horizontally', 'tab, Documents, selected, position 1, set size 2']);
    expect(spoken).to.include('button, Svar på blodprøver, Prøvesvar · 2 November 2026 · Siri Fjeld Use the arrow keys to move between documents., not current item');
    expect(spoken).to.include('heading, Unknown source, level 2');
  });

  describe('live', () => {
    it('says what failed when every source is down, and moves focus to the tabs after "Prøv igjen"', async () => {
      for (const source of SOURCES) await setMode(source.id, 'down');
      const el = await withSession(session());
      await settle(el);
      const reader = await listenTo(el);
      const spoken = await reader.readAll();
      expect(spoken.indexOf('alert')).to.be.greaterThan(spoken.indexOf('tabpanel, Dokumenter'));
      expect(spoken).to.include('Vi fikk ikke hentet journaldokumentene.');
      expectEverySourceSaidDown(spoken);
      expect(timesSaid(spoken, 'button, Prøv igjen')).to.equal(1);

      await resetServer();
      const retry = errorRetryButton(el)!;
      retry.focus();
      await reader.heard('button, Prøv igjen');
      await reader.clear();
      retry.click();
      await reader.heard('tab, Dokumenter, selected, position 1, set size 2');
      await settle(el);
      // And the retry says it worked, once.
      await reader.heard('Journalen er hentet.');
      expect(await reader.count('Journalen er hentet.')).to.equal(1);
      const again = await reader.readAll();
      expect(again).not.to.include('Vi fikk ikke hentet journaldokumentene.');
      expect(again).to.include('heading, Helse Bergen, level 2');
    });

    it('says whose journal is shown, once, before the tabs', async () => {
      const el = await withSession(session(onBehalfOfOla()));
      await settle(el);
      const reader = await listenTo(el);
      const spoken = await reader.readAll();
      expect(spoken[1]).to.equal(ON_BEHALF_OF_OLA);
      expect(timesSaid(spoken, ON_BEHALF_OF_OLA)).to.equal(1);
      expect(spoken.indexOf(ON_BEHALF_OF_OLA)).to.be.lessThan(spoken.indexOf('tablist, Journal, orientated horizontally'));
    });
  });
});
