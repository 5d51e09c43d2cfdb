import { statusBadge, type SummaryRow } from '@hn-elements/core';
import { STATE_TEXT } from './messages.js';
import type { ReferralView } from './model.js';
import { stateBadgeOf } from './referral-item.js';
import type { Translate } from './rights.js';

/**
 * One referral as a row of the overview's summary: what it is for, to whom, and where it is in its
 * life in words; a badge only when it needs the citizen's attention (the deadline has passed, it
 * was rejected). The row links to the referral on the list's own page.
 */
export function referralSummaryRow(item: ReferralView, t: Translate): SummaryRow {
  const rejected = item.state === 'rejected';
  const badge = item.actions.deadlineBroken ? statusBadge('warning', t('deadlineBrokenHeading')) : rejected ? stateBadgeOf(item, t) : undefined;
  return {
    key: item.key,
    target: { ...(item.sourceId ? { sourceId: item.sourceId } : {}), reference: `ServiceRequest/${item.id}` },
    title: item.title ?? t('untitled'),
    lang: item.title ? (item.language ?? 'nb') : undefined,
    // The state in words, unless the badge already says it.
    meta: [...(item.referredTo ? [t('summaryTo', { to: item.referredTo })] : []), ...(rejected ? [] : [t(STATE_TEXT[item.state].label)])],
    badge,
    strong: item.actions.deadlineBroken,
  };
}
