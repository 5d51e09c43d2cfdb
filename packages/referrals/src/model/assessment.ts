import { isRecord, osloDayKey, readFhirDateTime, readHandoffLink, readText } from '@hn-elements/core';
import {
  DEADLINE_HELP_LINK,
  FREE_CHOICE_LINK,
  NO_RIGHT_REASON_SYSTEM,
  REFERRAL_ASSESSMENT_SYSTEM,
  REFERRAL_OUTPUT_SYSTEM,
  UCUM_SYSTEM,
} from './codes.js';
import {
  OPEN_STATES,
  type Assessment,
  type ExpectedWait,
  type LinkedAppointment,
  type NoRightReason,
  type ReferralActions,
  type ReferralState,
  type ServiceRequest,
  type Task,
} from './types.js';

// The outcome of the assessment and what follows from it: the right to necessary specialist
// healthcare and its deadline (or no right, and why), the expected waiting time, and what the
// citizen can do (docs/data-model.md, "Referrals: rights and actions").

/** `Task.output` entries by their type code in the referral-output system (the first of each). */
function outputs(task: Task | undefined): Map<string, Record<string, unknown>> {
  const found = new Map<string, Record<string, unknown>>();
  const list: unknown[] = task && Array.isArray(task.output) ? task.output : [];
  for (const output of list) {
    if (!isRecord(output) || !isRecord(output['type']) || !Array.isArray(output['type']['coding'])) continue;
    for (const coding of output['type']['coding']) {
      if (!isRecord(coding) || coding['system'] !== REFERRAL_OUTPUT_SYSTEM || typeof coding['code'] !== 'string') continue;
      if (!found.has(coding['code'])) found.set(coding['code'], output);
    }
  }
  return found;
}

function codeIn(concept: unknown, system: string): string | undefined {
  const codings: unknown = isRecord(concept) ? concept['coding'] : undefined;
  if (!Array.isArray(codings)) return undefined;
  const coding = codings.find((c: unknown) => isRecord(c) && c['system'] === system && typeof c['code'] === 'string');
  return isRecord(coding) ? (coding['code'] as string) : undefined;
}

const NO_RIGHT_REASONS: readonly NoRightReason[] = ['no-need', 'other-service'];

/**
 * The assessment as the Task's outputs give it. Without an `assessment` output coded `right` or
 * `no-right` there is none (an unknown code is not guessed at). A deadline is a calendar day: it has
 * passed when that day in Oslo is over.
 */
export function assessmentOf(task: Task | undefined, now: Date): Assessment | undefined {
  const found = outputs(task);
  const outcome = codeIn(found.get('assessment')?.['valueCodeableConcept'], REFERRAL_ASSESSMENT_SYSTEM);
  if (outcome === 'right') {
    const raw = found.get('treatment-deadline');
    const value = raw ? (raw['valueDate'] ?? raw['valueDateTime']) : undefined;
    const moment = readFhirDateTime(value);
    const deadline = moment && moment.precision !== 'year' && moment.precision !== 'month' ? moment.date : undefined;
    return {
      right: true,
      ...(deadline ? { deadline } : {}),
      deadlineUnreadable: raw !== undefined && !deadline,
      deadlinePassed: deadline !== undefined && osloDayKey(now) > osloDayKey(deadline),
    };
  }
  if (outcome === 'no-right') {
    const concept = found.get('no-right-reason')?.['valueCodeableConcept'];
    const code = codeIn(concept, NO_RIGHT_REASON_SYSTEM);
    const reasonCode = NO_RIGHT_REASONS.find((r) => r === code);
    const reasonText = (isRecord(concept) ? readText(concept['text']) : undefined) ?? readText(found.get('no-right-reason')?.['valueString']);
    return { right: false, ...(reasonCode ? { reasonCode } : {}), ...(reasonText ? { reasonText } : {}) };
  }
  return undefined;
}

const WAIT_UNITS: Readonly<Record<string, ExpectedWait['unit']>> = { d: 'days', wk: 'weeks', mo: 'months' };

/** `Task.output` `expected-wait` as a UCUM duration in days, weeks or months (a whole, positive number up to 520). */
export function expectedWaitOf(task: Task | undefined): ExpectedWait | undefined {
  const duration = outputs(task).get('expected-wait')?.['valueDuration'];
  if (!isRecord(duration) || duration['system'] !== UCUM_SYSTEM) return undefined;
  const unit = typeof duration['code'] === 'string' ? WAIT_UNITS[duration['code']] : undefined;
  const value = duration['value'];
  if (!unit || typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 520) return undefined;
  return { value, unit };
}

/** States in which treatment has not yet started, so a passed deadline is broken. */
const WAITING: readonly ReferralState[] = ['sent', 'received', 'in-assessment', 'assessed', 'appointment-given'];
/** Appointment statuses that never started any treatment. */
const NOT_HELD = ['cancelled', 'noshow', 'entered-in-error'];

/**
 * What the citizen can do. The deadline is broken when it has passed, the referral is still waiting
 * (not completed, rejected or withdrawn), and no linked appointment that was held or is kept
 * started on or before the deadline day. Free choice of treatment place applies to a referral
 * still under way that has not been assessed as "no right". Each link is read from the Task, else
 * the ServiceRequest, by core's hand-off link reader (https only; the launcher checks the allowlist).
 */
export function actionsOf(
  request: ServiceRequest,
  task: Task | undefined,
  state: ReferralState,
  assessment: Assessment | undefined,
  appointments: readonly LinkedAppointment[],
): ReferralActions {
  const linkOf = (url: string) => readHandoffLink(task, url).link ?? readHandoffLink(request, url).link;
  const deadline = assessment?.right ? assessment.deadline : undefined;
  const startedInTime =
    deadline !== undefined &&
    appointments.some((a) => a.start && !NOT_HELD.includes(a.status) && osloDayKey(a.start) <= osloDayKey(deadline));
  const deadlineBroken = assessment?.right === true && assessment.deadlinePassed && WAITING.includes(state) && !startedInTime;
  const freeChoice = OPEN_STATES.includes(state) && assessment?.right !== false;
  const deadlineHelp = deadlineBroken ? linkOf(DEADLINE_HELP_LINK) : undefined;
  const freeChoiceLink = freeChoice ? linkOf(FREE_CHOICE_LINK) : undefined;
  return {
    deadlineBroken,
    ...(deadlineHelp ? { deadlineHelp } : {}),
    freeChoice,
    ...(freeChoiceLink ? { freeChoiceLink } : {}),
  };
}

