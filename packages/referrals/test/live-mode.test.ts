// Live against the embedded FHIR server and its seeded referrals (dev/fhir-server/src/data/referrals.mjs).
import { expect } from '@open-wc/testing';
import type { Session } from '@hn-elements/core';
import { OLA, onBehalfOf, onBehalfOfOla, onBehalfOfPer, PER, recordFetches, resetServer, session } from '@hn-elements/test-support';
import { harness, withSession } from './helpers.js';

/** The seed's hand-offs go to the playground's demo vendor app. */
const handoff = { allowedOrigins: ['http://127.0.0.1:5175'] };
const live = (overrides: Partial<Session> = {}) => session({ handoff, ...overrides });

describe('<hn-referrals> live', () => {
  afterEach(async () => {
    await resetServer();
  });

  it("merges Kari's referrals from the hospital and the GP, each attributed, with the broken deadline's hand-off", async () => {
    const el = await withSession(live());
    const h = await harness(el).loaded();
    const keys = h.items().map((i) => h.keyOf(i));
    expect(keys).to.include.members(['helse-bergen/hb-ref-kari-02', 'fastlegen/gp-ref-kari-01', 'helse-bergen/hb-ref-kari-06']);
    expect(h.textOf(h.item('fastlegen/gp-ref-kari-01'))).to.contain('Fra Legesenteret i Sentrum');
    const knee = h.item('helse-bergen/hb-ref-kari-02');
    expect(h.textOf(knee)).to.contain('Fra Helse Bergen');
    expect(h.launcher(knee, 'deadline-help')!.getAttribute('href')).to.equal('http://127.0.0.1:5175/tasks/helfo-fristbrudd-hb-ref-kari-02');
    expect(h.stateOf(h.item('helse-bergen/hb-ref-kari-05'))).to.equal('Avvist');
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it("shows Ola's referral when Kari acts for him, with its appointment and letter, and says on whose behalf", async () => {
    const el = await withSession(live(onBehalfOfOla()));
    const h = await harness(el).loaded();
    expect(h.text()).to.contain('Ola Nordmann');
    const ola = h.item('helse-bergen/hb-ref-ola-01');
    expect(h.stateOf(ola)).to.equal('Time gitt');
    expect(h.textOf(ola)).to.contain('Barne- og ungdomsklinikken: Lungefunksjonstest').and.to.contain('Brev: Innkalling til lungefunksjonstest');
    expect(h.items().some((i) => h.keyOf(i).includes('kari'))).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('fetches nothing when the power of attorney does not cover the health record, and says so', async () => {
    const recorded = recordFetches();
    try {
      const el = await withSession(live(onBehalfOfPer()));
      const h = await harness(el).loaded();
      expect(h.text()).to.contain('Du kan ikke se henvisningene til denne personen.');
      expect(recorded.fhir()).to.deep.equal([]);
      await expect(el).to.be.accessible();
    } finally {
      recorded.restore();
    }
    // With the journal covered, Per's withdrawn referral and the GP's unconfirmed one show.
    const el = await withSession(live(onBehalfOf(PER, 'power-of-attorney', ['journal'])));
    const h = await harness(el).loaded();
    expect(h.items().map((i) => [h.keyOf(i), h.stateOf(i)])).to.deep.equal([
      ['fastlegen/gp-ref-per-01', 'Sendt'],
      ['helse-bergen/hb-ref-per-01', 'Trukket tilbake'],
    ]);
  });

  it("fetches nothing for a child of 12 to 15, nor from 16, and says why", async () => {
    const yearsAgo = (years: number) => `${new Date().getFullYear() - years}-01-01`;
    const recorded = recordFetches();
    try {
      const teen = await withSession(live(onBehalfOf({ ...OLA, birthDate: yearsAgo(13) }, 'parent', ['journal'])));
      const h = await harness(teen).loaded();
      expect(h.text()).to.contain('Fra 12 år kan barn selv bestemme om foreldrene skal se helseopplysningene deres.');
      expect(h.text()).to.contain('Ola Nordmann');
      await expect(teen).to.be.accessible();
      const adult = await withSession(live(onBehalfOf({ ...OLA, birthDate: yearsAgo(17) }, 'parent', ['journal'])));
      expect((await harness(adult).loaded()).text()).to.contain('Fra 16 år bestemmer Ola Nordmann selv');
      expect(recorded.fhir()).to.deep.equal([]);
    } finally {
      recorded.restore();
    }
  });
});
