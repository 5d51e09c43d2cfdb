import type { Bundle } from '@hn-elements/core';
import { itemsFromBundle, itemsFromOutcomes, searchSources, type ResourceReading, type Session, type Source, type SourceFailure, AllSourcesFailedError } from '@hn-elements/core';
import { REFERRAL_CATEGORY_CODE, SNOMED_SYSTEM, sortReferrals, toReferralViews, type ReferralView } from './model.js';

/** What the element shows after a load: merged referrals, how many were left out, which sources failed. */
export interface ReferralData {
  /** Whose referrals these are (live mode), so another person's are never shown during a reload. */
  patient?: string;
  items: ReferralView[];
  skipped: number;
  failures: SourceFailure[];
  /** Sources that answered, but not with everything (their paging stopped early). */
  incomplete: Source[];
}

/** Referrals from resources; only bad entries that may have been referrals count (bad Tasks, appointments etc. do not). */
function referralReading(now: Date): ResourceReading<ReferralView> {
  return { types: ['ServiceRequest'], read: (resources, source) => toReferralViews(resources, source, now) };
}

export { AllSourcesFailedError };

/** A host-supplied bundle -> referrals. A value that is not a Bundle throws a `malformed` FhirError. */
export function referralsFromBundle(bundle: Bundle | unknown, now: Date): ReferralData {
  const { items, skipped, failures, incomplete } = itemsFromBundle(bundle, referralReading(now));
  return { items: sortReferrals(items), skipped, failures, incomplete };
}

export interface LiveLoadOptions {
  signal: AbortSignal;
  now: Date;
  timeoutMs?: number;
  retries?: number;
}

/**
 * The search per source (docs/data-model.md, "Referrals: live search"): the patient's referrals,
 * with the Tasks, appointments, letters and messages that point at them, in one search, so a
 * referral is never shown without the Task that says where it is.
 */
export function referralSearch(patient: string) {
  return {
    subject: patient,
    category: `${SNOMED_SYSTEM}|${REFERRAL_CATEGORY_CODE}`,
    _revinclude: ['Task:focus', 'Appointment:based-on', 'DocumentReference:related', 'Communication:based-on'],
    _count: 50,
  };
}

/** Fetches the session patient's referrals from every source at once and merges them. */
export async function referralsFromSources(session: Session, options: LiveLoadOptions): Promise<ReferralData> {
  const outcomes = await searchSources(session.sources, 'ServiceRequest', referralSearch(session.patient.reference), {
    signal: options.signal,
    timeoutMs: options.timeoutMs,
    retries: options.retries,
  });
  const { items, skipped, failures, incomplete } = itemsFromOutcomes(outcomes, referralReading(options.now));
  return { patient: session.patient.reference, items: sortReferrals(items), skipped, failures, incomplete };
}
