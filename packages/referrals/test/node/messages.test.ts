import { describe, it } from 'node:test';
import { expect } from 'chai';
import { LOCALES, translate } from '@hn-elements/core';
import { REFERRAL_STATES } from '../../src/model.js';
import { referralMessages, STATE_TEXT, type ReferralMessageKey } from '../../src/messages.js';

describe('referrals: messages', () => {
  const keys = Object.keys(referralMessages.nb) as ReferralMessageKey[];
  for (const locale of LOCALES) {
    it(`${locale}: every text exists and is not empty`, () => {
      expect(Object.keys(referralMessages[locale]).sort()).to.deep.equal([...keys].sort());
      for (const key of keys) expect(translate(referralMessages, locale, key, { count: 2, date: '1. april 2026' }).trim(), key).not.to.equal('');
    });

    it(`${locale}: every state has its own name and explanation`, () => {
      const labels = REFERRAL_STATES.map((s) => translate(referralMessages, locale, STATE_TEXT[s].label));
      const explained = REFERRAL_STATES.map((s) => translate(referralMessages, locale, STATE_TEXT[s].explain));
      expect(new Set(labels).size).to.equal(REFERRAL_STATES.length);
      expect(new Set(explained).size).to.equal(REFERRAL_STATES.length);
    });
  }

  /** [key, count, nb] */
  const PLURALS: Array<[ReferralMessageKey, number, string]> = [
    ['waitWeeks', 1, 'Forventet ventetid: 1 uke.'],
    ['waitWeeks', 12, 'Forventet ventetid: 12 uker.'],
    ['waitDays', 1, 'Forventet ventetid: 1 dag.'],
    ['waitMonths', 3, 'Forventet ventetid: 3 måneder.'],
    ['itemsSkipped', 1, 'Én henvisning kunne ikke vises fordi informasjonen om den var ufullstendig.'],
  ];
  for (const [key, count, text] of PLURALS) {
    it(`nb ${key} with ${count}`, () => {
      expect(translate(referralMessages, 'nb', key, { count })).to.equal(text);
    });
  }
});
