// The tag map (HTMLElementTagNameMap) of <hn-referrals>, and the launcher's event details.
export type { HandoffErrorDetail, HandoffStartDetail } from './dom-types.js';
export * from './hn-referrals.js';
export * from './model.js';
export { referralsFromBundle, referralsFromSources, referralSearch, AllSourcesFailedError, type ReferralData } from './load-referrals.js';
export { referralMessages, STATE_TEXT, type ReferralMessageKey } from './messages.js';
