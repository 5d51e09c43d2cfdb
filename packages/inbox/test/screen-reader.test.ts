// What a screen reader says for <hn-inbox>: the list (name, count, each row's name with its unread
// state and kind), a filter (the count announced once), opening a letter, an error and its retry,
// and acting on behalf of someone, in bundle mode and live against the embedded FHIR server. The
// virtual screen reader (dev/test-support's screen-reader.ts) reads the flat tree, shadow roots
// included; docs/accessibility.md says more.
import { expect, waitUntil } from '@open-wc/testing';
import { onBehalfOfOla, resetServer, session, setMode, SOURCES } from '@hn-elements/test-support';
import { expectEverySourceSaidDown, listen, type Listener } from '@hn-elements/test-support/screen-reader.js';
import { standardBundle } from './fixtures.js';
import { rendered, rowButton, settle, withBundle, withSession } from './helpers.js';
import { chooseKind, paneHeading, rows } from './harness.js';
import type { HnInbox } from '../src/hn-inbox.js';

const once = (spoken: string[], phrase: string) => spoken.filter((p) => p === phrase).length;

async function live(sessionValue = session()): Promise<HnInbox> {
  const el = await withSession(sessionValue);
  await el.loadComplete;
  await settle(el);
  await rendered(el);
  return el;
}

/** The list's keyboard hint, which describes every row (core's listHint). */
const HINT = 'Bruk piltastene for å gå mellom meldingene.';

describe('<hn-inbox> read by a screen reader', () => {
  let reader: Listener | undefined;
  afterEach(async () => {
    await reader?.stop();
    reader = undefined;
    await resetServer();
  });

  it('reads the search and filters, the count, and the list by name with each row once', async () => {
    const el = await withBundle(standardBundle());
    reader = await listen(el.parentElement!);
    const spoken = await reader.readAll();
    expect(spoken[0]).to.equal('search, Søk og filtrer');
    expect(spoken).to.include('searchbox, Søk');
    expect(spoken).to.include('combobox, Vis, all, has popup listbox, not expanded');
    expect(spoken).to.include('checkbox, Bare uleste (2), not checked');
    expect(once(spoken, 'list, Innboks, Viser 6 av 6')).to.equal(1);
    for (const n of [1, 2, 3, 4, 5, 6]) expect(spoken).to.include(`listitem, level 1, position ${n}, set size 6`);
    // A row says whether it is unread, who sent it, when, what, and its kind; it is described by
    // the hint that the arrow keys move between the rows (one tab stop), as the appointment list's.
    expect(once(spoken, `button, Ulest: Ida Nilsen 19. nov. 2026 Prøvesvar Her er oversikten. Melding, 2 meldinger, 2 vedlegg, ${HINT}, not current item`)).to.equal(1);
    expect(once(spoken, `button, Magnus Eide 18. nov. 2026 Innkalling til kontroll Brev, Vedlegg, ${HINT}, not current item`)).to.equal(1);
    expect(once(spoken, `button, Siri Fjeld 15. nov. 2026 Fyll ut egenerklæringen Skjema, Ikke startet, Frist 26. nov. 2026, ${HINT}, not current item`)).to.equal(1);
    expect(once(spoken, HINT), 'the hint is not read on its own in browse mode').to.equal(0);
    expect(spoken).to.include('region, Lesevindu');
    expect(spoken).to.include('Velg en melding, et skjema eller et brev i listen for å lese det her.');
  });

  it('announces the count of a filter once', async () => {
    const el = await withBundle(standardBundle());
    reader = await listen(el.parentElement!);
    await chooseKind(el, 'letter');
    await reader.heard('Ett treff.');
    await waitUntil(() => rows(el).length === 1, 'the list was not narrowed', { timeout: 8000 });
    expect(await reader.count('Ett treff.')).to.equal(1);
    expect((await reader.announcements()).filter((a) => /treff/.test(a))).to.deep.equal(['Ett treff.']);
    const spoken = await reader.readAll();
    expect(spoken).to.include('list, Innboks, Viser 1 av 6');
  });

  it('says the row, then the opened letter\'s heading when focus moves to it', async () => {
    const el = await withBundle(standardBundle());
    reader = await listen(el.parentElement!);
    const row = rowButton(el, 'Innkalling til kontroll');
    row.focus();
    await reader.heard(`button, Magnus Eide 18. nov. 2026 Innkalling til kontroll Brev, Vedlegg, ${HINT}, not current item`);
    await reader.clear();
    row.click();
    await waitUntil(() => paneHeading(el), 'the pane did not open', { timeout: 8000 });
    expect(await reader.heard('heading, Innkalling til kontroll, level 2')).to.equal('heading, Innkalling til kontroll, level 2');
    expect(await reader.count('heading, Innkalling til kontroll, level 2')).to.equal(1);
    // Whether opening an item says the load summary ("Innboksen er hentet …") again is being
    // fixed elsewhere: assert here, once it is, that opening announces nothing but the heading.
    const spoken = await reader.readAll();
    // The pane is named by the letter's heading and read after the list.
    const heading = spoken.indexOf('heading, Innkalling til kontroll, level 2');
    expect(heading).to.be.greaterThan(spoken.indexOf('end of list, Innboks, Viser 6 av 6'));
    expect(spoken[heading - 1]).to.equal('Innkalling til kontroll');
    expect(once(spoken, `button, Magnus Eide 18. nov. 2026 Innkalling til kontroll Brev, Vedlegg, ${HINT}, current item`), 'the open row is the current one').to.equal(1);
  });

  it('in English', async () => {
    const el = await withBundle(standardBundle(), { locale: 'en' });
    reader = await listen(el.parentElement!);
    const spoken = await reader.readAll();
    expect(spoken[0]).to.equal('search, Search and filter');
    expect(spoken).to.include('list, Inbox, Showing 6 of 6');
    expect(spoken).to.include('button, Unread: Ida Nilsen 19 Nov 2026 Prøvesvar Her er oversikten. Message, 2 messages, 2 attachments, Use the arrow keys to move between messages., not current item');
    await chooseKind(el, 'letter');
    await reader.heard('One result.');
    expect(await reader.count('One result.')).to.equal(1);
    // (The titles and previews are the sources' Norwegian text; marking their language with `lang`
    // is being fixed elsewhere. Assert on it here once it is.)
  });

  describe('live', () => {
    it('announces the load once, with the count', async () => {
      const el = await withSession(session());
      reader = await listen(el.parentElement!);
      await el.loadComplete;
      const said = await reader.heard(/^Innboksen er hentet: \d+ i alt, \d+ uleste\.$/);
      await rendered(el);
      expect(await reader.count(said.replace(/^polite: /, ''))).to.equal(1);
    });

    it('says what failed when every source is down, and the load once after "Prøv igjen"', async () => {
      for (const source of SOURCES) await setMode(source.id, 'down');
      const el = await live();
      reader = await listen(el.parentElement!);
      const spoken = await reader.readAll();
      expect(spoken[0]).to.equal('alert');
      expect(spoken).to.include('Vi fikk ikke hentet innboksen din.');
      expectEverySourceSaidDown(spoken);
      expect(once(spoken, 'button, Prøv igjen')).to.equal(1);

      await resetServer();
      const retry = el.shadowRoot!.querySelector('hn-state[kind="error"]')!.shadowRoot!.querySelector<HTMLButtonElement>('button[part="retry"]')!;
      retry.focus();
      await reader.heard('button, Prøv igjen');
      await reader.clear();
      retry.click();
      const said = await reader.heard(/^Innboksen er hentet: \d+ i alt, \d+ uleste\.$/);
      await settle(el);
      await rendered(el);
      expect(await reader.count(said.replace(/^polite: /, ''))).to.equal(1);
      // Focus stays in the component when "Prøv igjen" goes: on the loading status, then the search.
      expect(await reader.phrases()).to.include('searchbox, Søk');
    });

    it('says whose inbox is shown, once, before the search', async () => {
      const el = await live(session(onBehalfOfOla()));
      reader = await listen(el.parentElement!);
      const spoken = await reader.readAll();
      const banner = 'Du ser nå informasjonen til Ola Nordmann. Du er forelder.';
      expect(spoken[1]).to.equal(banner);
      expect(once(spoken, banner)).to.equal(1);
      expect(spoken.indexOf(banner)).to.be.lessThan(spoken.indexOf('search, Søk og filtrer'));
    });
  });
});
