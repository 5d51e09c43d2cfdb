import { isRecord, listOf, parentalReach, sessionAllows, type Session } from '@hn-elements/core';

/**
 * Which results the citizen may see (docs/data-model.md, "Test results: release and representation").
 *
 * 1. A result the source has not released to the patient carries the security label
 *    `urn:hn-elements:patient-release|withheld` in `meta.security`, on the DiagnosticReport or on an
 *    Observation. It is asked not to be sent (`_security:not=…` in the live search) and, if a source
 *    sends it anyway or a host's bundle holds it, it is left out and counted, so the citizen is told
 *    that some results are not ready to be shown.
 * 2. Test results are part of the health record: a representation covers them when it covers the
 *    `journal` scope.
 * 3. A parent acting for a child aged 12 to 15 sees none of the child's results, and from 16 the
 *    parent no longer represents the child in health matters (core's `parentalReach`). Nothing is
 *    fetched in either case.
 */

export const RELEASE_SYSTEM = 'urn:hn-elements:patient-release';
export const WITHHELD_CODE = 'withheld';
/** The search parameter that asks a source to leave withheld results out. */
export const NOT_WITHHELD_PARAM = { '_security:not': `${RELEASE_SYSTEM}|${WITHHELD_CODE}` } as const;

/** The representation scope that covers test results. */
export const TEST_RESULTS_SCOPE = 'journal';

/** True when the resource carries the "not released to the patient" label. */
export function isWithheld(resource: unknown): boolean {
  const meta = isRecord(resource) ? resource['meta'] : undefined;
  return listOf(isRecord(meta) ? meta['security'] : undefined).some(
    (label) => isRecord(label) && label['system'] === RELEASE_SYSTEM && label['code'] === WITHHELD_CODE,
  );
}

/** Why nothing is shown: the message key says it plainly (messages.ts). */
export type NoAccessReason = 'scope' | 'child-12-15' | 'child-16';

export type ResultsAccess = { allowed: true } | { allowed: false; reason: NoAccessReason; messageKey: NoAccessKey };

export type NoAccessKey = 'noAccessScope' | 'noAccessChild12to15' | 'noAccessChild16';

const KEY: Readonly<Record<NoAccessReason, NoAccessKey>> = {
  scope: 'noAccessScope',
  'child-12-15': 'noAccessChild12to15',
  'child-16': 'noAccessChild16',
};

/** Whether the session may see test results at all; when not, nothing is fetched. */
export function testResultsAccess(session: Session | undefined, now: Date): ResultsAccess {
  const reach = parentalReach(session, now);
  const reason: NoAccessReason | undefined =
    reach === 'ended' ? 'child-16' : reach === 'limited' ? 'child-12-15' : sessionAllows(session, TEST_RESULTS_SCOPE) ? undefined : 'scope';
  return reason ? { allowed: false, reason, messageKey: KEY[reason] } : { allowed: true };
}
