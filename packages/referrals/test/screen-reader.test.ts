// What a screen reader says for <hn-referrals> (dev/test-support's virtual screen reader, which
// reads the flat tree, shadow roots included).
import { expect } from '@open-wc/testing';
import { session } from '@hn-elements/test-support';
import { ON_BEHALF_OF_OLA, readerForEachTest, timesSaid } from '@hn-elements/test-support/screen-reader.js';
import { onBehalfOfOla } from '@hn-elements/test-support';
import { bundleOf, everyStateBundle } from './fixtures.js';
import { harness, withBundle, withSession } from './helpers.js';

const HINT = 'Bruk piltastene for å gå mellom henvisningene.';

describe('<hn-referrals> read by a screen reader', () => {
  const listenTo = readerForEachTest();

  it('reads the groups, each referral by its title and state, its rights and what to do', async () => {
    const kneeAndSent = bundleOf(everyStateBundle().entry!.map((e) => e.resource).filter((r) => ['knee', 't-knee', 'sent'].includes(r!.id!)));
    const el = await withBundle(kneeAndSent, { session: session() });
    const reader = await listenTo(el);
    const spoken = await reader.readAll(400);
    expect(timesSaid(spoken, 'heading, Henvisninger som er i gang, level 2')).to.equal(1);
    expect(timesSaid(spoken, 'list, Henvisninger som er i gang')).to.equal(1);
    expect(timesSaid(spoken, `article, Vurdering av smerter i kneet, Vurdert ${HINT}`)).to.equal(1);
    const heading = spoken.indexOf('heading, Vurdering av smerter i kneet, level 3');
    expect(spoken[heading + 1], 'the state is a word, right after the title').to.equal('Vurdert');
    expect(spoken).to.include('heading, Dine rettigheter, level 4');
    expect(spoken).to.include('heading, Fristen er passert, level 4');
    expect(spoken).to.include('Fristen gikk ut 5. mars 2026.');
    expect(spoken.filter((p) => p.includes('Be Helfo om hjelp')).length, 'the Helfo hand-off is named').to.be.greaterThan(0);
    expect(await reader.announcements(), 'nothing is announced while reading').to.deep.equal([]);
  });

  it('says on whose behalf, once, when Kari acts for Ola', async () => {
    const el = await withSession(session({ handoff: { allowedOrigins: ['http://127.0.0.1:5175'] }, ...onBehalfOfOla() }));
    await harness(el).loaded();
    const reader = await listenTo(el);
    const spoken = await reader.readAll(300);
    expect(timesSaid(spoken, ON_BEHALF_OF_OLA)).to.equal(1);
    expect(spoken).to.include('heading, Utredning av pustebesvær hos barn, level 3');
  });
});
