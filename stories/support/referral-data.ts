// Referrals for stories: the browser tests' bundle with one referral in every state (its dates are
// fixed; the stories pass the same `now`, 10 March 2026, so the knee's deadline has passed), and a
// small one from the GP, so live stories merge two sources.
import type { Bundle } from '@hn-elements/core';
import { bundleOf, everyStateBundle, NOW, referral } from '../../packages/referrals/test/fixtures.js';

export { NOW as REFERRALS_NOW };

/** The hospital's referrals: one in every state, rights, a passed deadline, linked appointment and letter. */
export const hospitalReferrals = (): Bundle => everyStateBundle();

/** The GP's own referral to a physiotherapist, just sent. */
export const gpReferrals = (): Bundle =>
  bundleOf([referral({ id: 'gp-fysio', code: { text: 'Fysioterapi for vondt i ryggen' }, authoredOn: '2026-03-08' })]);

export const emptyReferrals = (): Bundle => bundleOf([]);

/** Ola's: the same referrals, written for him (the stories act on his behalf with the toolbar). */
export const childReferrals = (): Bundle =>
  bundleOf([referral({ id: 'ola-ore', code: { text: 'Utredning av øreverk' }, subject: { reference: 'Patient/ola', display: 'Ola Nordmann' }, authoredOn: '2026-03-02' })]);

/** Entries a source got wrong: one not a ServiceRequest, one without the fields a referral needs. */
export const partlyBrokenReferrals = (): Bundle =>
  bundleOf([
    referral({ id: 'ok', code: { text: 'Vurdering av hodepine' }, authoredOn: '2026-03-09' }),
    { resourceType: 'ServiceRequest', id: 'broken', status: 42 },
    'not a resource',
  ]);

/** Text from a source that tries to be markup or a script link. */
export const hostileReferrals = (): Bundle =>
  bundleOf([
    referral({
      id: 'hostile',
      code: { text: '<img src=x onerror="window.__pwned=1">Vurdering' },
      reasonCode: [{ text: '<script>alert(1)</script> hodepine' }],
      authoredOn: '2026-03-09',
    }),
  ]);
