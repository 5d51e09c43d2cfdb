import { isRecord, parseFhirDateTime, resolveReference, taskKind } from '@hn-elements/core';
import { REFERRAL_STATE_SYSTEM, REFERRAL_STEP } from './codes.js';
import { REFERRAL_STATES, type ReferralState, type ReferralStep, type ServiceRequest, type Task } from './types.js';

// Where a referral is in its life, and the timeline of how it got there (docs/data-model.md,
// "Referrals: states"). The ServiceRequest is the referral; the receiver's work on it is a Task
// whose `focus` is the ServiceRequest (FHIR's workflow pattern).

/** ServiceRequest.status codes of FHIR R4. */
const REQUEST_STATUSES = ['draft', 'active', 'on-hold', 'revoked', 'completed', 'entered-in-error', 'unknown'];
/** A draft was never sent; entered-in-error was never true. Neither is shown. */
const HIDDEN_REQUEST_STATUSES = ['draft', 'entered-in-error'];
/** The normal path; rejected and withdrawn end it wherever they happen. */
const PATH: readonly ReferralState[] = ['sent', 'received', 'in-assessment', 'assessed', 'appointment-given', 'completed'];

/** Task.status -> state, when the Task gives no business status of ours. */
const TASK_STATUS_STATE: Readonly<Record<string, ReferralState>> = {
  requested: 'sent',
  received: 'received',
  accepted: 'in-assessment',
  ready: 'in-assessment',
  'in-progress': 'in-assessment',
  'on-hold': 'in-assessment',
  completed: 'completed',
  rejected: 'rejected',
  cancelled: 'withdrawn',
};

export type RequestVisibility = 'shown' | 'hidden' | 'unknown-status';

/** Whether a ServiceRequest is shown at all: drafts and entered-in-error are not; an unknown status is a problem. */
export function requestVisibility(request: ServiceRequest): RequestVisibility {
  const status: unknown = request.status;
  if (typeof status !== 'string' || !REQUEST_STATUSES.includes(status)) return 'unknown-status';
  return HIDDEN_REQUEST_STATUSES.includes(status) ? 'hidden' : 'shown';
}

function stateCode(value: unknown): ReferralState | undefined {
  return typeof value === 'string' && (REFERRAL_STATES as readonly string[]).includes(value) ? (value as ReferralState) : undefined;
}

/** `Task.businessStatus` coded in the referral-state system, or undefined. */
function businessState(task: Task): ReferralState | undefined {
  const codings: unknown = isRecord(task.businessStatus) ? task.businessStatus.coding : undefined;
  if (!Array.isArray(codings)) return undefined;
  for (const coding of codings) {
    if (isRecord(coding) && coding['system'] === REFERRAL_STATE_SYSTEM) {
      const state = stateCode(coding['code']);
      if (state) return state;
    }
  }
  return undefined;
}

function taskTime(task: Task): number {
  return (parseFhirDateTime(task.lastModified) ?? parseFhirDateTime(task.authoredOn))?.getTime() ?? 0;
}

/**
 * The Task that carries the referral's work: among the fulfilment Tasks (core's taskKind: coded
 * `fulfill`) whose `focus` is this ServiceRequest (not drafts, not entered-in-error), the one
 * changed last. Any other Task is the citizen's (the inbox shows it), never the referral's state.
 */
export function workTaskOf(request: ServiceRequest, tasks: readonly Task[], index: ReadonlyMap<string, unknown>): Task | undefined {
  const own = tasks.filter((task) => {
    if (task.status === 'entered-in-error' || task.status === 'draft' || taskKind(task) !== 'fulfilment') return false;
    const focus: unknown = isRecord(task.focus) ? task.focus['reference'] : undefined;
    return typeof focus === 'string' && resolveReference(index as ReadonlyMap<string, ServiceRequest>, focus, 'ServiceRequest') === request;
  });
  return own.reduce<Task | undefined>((latest, task) => (!latest || taskTime(task) > taskTime(latest) ? task : latest), undefined);
}

/**
 * The state now. A withdrawn (revoked) or completed request, and a rejected or cancelled Task, end
 * the referral whatever else is said; then the Task's business status; then its status; then sent.
 */
export function currentState(request: ServiceRequest, task: Task | undefined): ReferralState {
  if (request.status === 'revoked') return 'withdrawn';
  if (request.status === 'completed') return 'completed';
  if (task?.status === 'rejected') return 'rejected';
  if (task?.status === 'cancelled') return 'withdrawn';
  if (task) {
    const business = businessState(task);
    if (business) return business;
    const byStatus = typeof task.status === 'string' ? TASK_STATUS_STATE[task.status] : undefined;
    if (byStatus) return byStatus;
  }
  return 'sent';
}

/** The dates the Task's `referral-step` extensions give, per state (the first readable one); `sent` from `authoredOn`. */
export function stepDates(request: ServiceRequest, task: Task | undefined): Map<ReferralState, Date | undefined> {
  const dates = new Map<ReferralState, Date | undefined>();
  dates.set('sent', parseFhirDateTime(request.authoredOn));
  const extensions: unknown[] = task && Array.isArray(task.extension) ? task.extension : [];
  for (const extension of extensions) {
    if (!isRecord(extension) || extension['url'] !== REFERRAL_STEP || !Array.isArray(extension['extension'])) continue;
    const parts = extension['extension'].filter(isRecord);
    const state = stateCode(parts.find((p) => p['url'] === 'state')?.['valueCode']);
    if (!state || state === 'sent') continue;
    const date = parseFhirDateTime(parts.find((p) => p['url'] === 'date')?.['valueDateTime']);
    if (!dates.has(state) || (dates.get(state) === undefined && date)) dates.set(state, date);
  }
  return dates;
}

/**
 * The timeline: on the normal path every state up to the current one (a step the source gave no
 * date for has none); a rejected or withdrawn referral shows the steps the source recorded, then
 * how it ended.
 */
export function timeline(state: ReferralState, dates: ReadonlyMap<ReferralState, Date | undefined>): ReferralStep[] {
  const onPath = PATH.indexOf(state);
  const states = onPath >= 0 ? PATH.slice(0, onPath + 1) : [...PATH.filter((s) => s === 'sent' || dates.has(s)), state];
  return states.map((s) => {
    const date = dates.get(s);
    return { state: s, ...(date ? { date } : {}), current: s === state };
  });
}
