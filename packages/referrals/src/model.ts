import type { Resource, ResourceProblem } from '@hn-elements/core';
import { conceptText, indexByReference, isRecord, readText, referenceDisplay, resolveReference, sourceLanguage } from '@hn-elements/core';
import { actionsOf, assessmentOf, expectedWaitOf } from './model/assessment.js';
import { REFERRAL_CATEGORY_CODE, SNOMED_SYSTEM } from './model/codes.js';
import { linkedAppointments, linkedLetters } from './model/related.js';
import { currentState, requestVisibility, stepDates, timeline, workTaskOf } from './model/state.js';
import { OPEN_STATES, type Appointment, type Communication, type DocumentReference, type ReferralView, type ServiceRequest, type SourceInfo, type Task } from './model/types.js';

export * from './model/codes.js';
export * from './model/types.js';
export { assessmentOf, expectedWaitOf, actionsOf } from './model/assessment.js';
export { currentState, timeline, stepDates, requestVisibility } from './model/state.js';

// FHIR resources from one source -> what <hn-referrals> shows (docs/data-model.md, "Referrals").
// Pure: no fetching, no DOM; `now` decides whether a deadline has passed.

export interface MappedReferrals {
  items: ReferralView[];
  problems: ResourceProblem[];
}

/** A ServiceRequest is a referral when a category is SNOMED CT 3457005 "Patient referral"; lab orders and the like are not. */
export function isReferral(request: ServiceRequest): boolean {
  const categories: unknown = request.category;
  if (!Array.isArray(categories)) return false;
  return categories.some(
    (c: unknown) =>
      isRecord(c) &&
      Array.isArray(c['coding']) &&
      c['coding'].some((coding: unknown) => isRecord(coding) && coding['system'] === SNOMED_SYSTEM && coding['code'] === REFERRAL_CATEGORY_CODE),
  );
}

function ofType<T extends Resource>(resources: readonly Resource[], type: T['resourceType']): T[] {
  return resources.filter((r): r is T => r.resourceType === type);
}

/** Why the referral was made, in the source's words: `reasonCode`, else a `reasonReference`'s display or the condition's code. */
function reasonOf(request: ServiceRequest, index: ReadonlyMap<string, Resource>): string | undefined {
  const codes: unknown[] = Array.isArray(request.reasonCode) ? request.reasonCode : [];
  const coded = codes.map(conceptText).find(Boolean);
  if (coded) return coded;
  const refs: unknown[] = Array.isArray(request.reasonReference) ? request.reasonReference : [];
  for (const ref of refs) {
    if (!isRecord(ref)) continue;
    const shown = readText(ref['display']);
    if (shown) return shown;
    const target = typeof ref['reference'] === 'string' ? ref['reference'] : undefined;
    const condition = resolveReference<Extract<Resource, { resourceType: 'Condition' }>>(index, target, 'Condition');
    const text = conceptText(condition?.code);
    if (text) return text;
  }
  return undefined;
}

/** To whom: the first `performer` that can be named, else the Task's `owner`, else the `performerType`. */
function referredTo(request: ServiceRequest, task: Task | undefined, index: ReadonlyMap<string, Resource>): string | undefined {
  const performers: unknown[] = Array.isArray(request.performer) ? request.performer : [];
  return (
    performers.map((p) => referenceDisplay(p, index, request)).find(Boolean) ??
    referenceDisplay(task?.owner, index, task) ??
    conceptText(request.performerType)
  );
}

const MAX_NOTES = 10;

function notesOf(request: ServiceRequest): string[] {
  const notes: unknown[] = Array.isArray(request.note) ? request.note : [];
  return notes
    .map((n) => (isRecord(n) ? readText(n['text']) : undefined))
    .filter((n): n is string => n !== undefined)
    .slice(0, MAX_NOTES);
}

function problemFor(index: number, request: ServiceRequest, reason: string): ResourceProblem {
  return { index, resourceType: 'ServiceRequest', id: typeof request.id === 'string' ? request.id : undefined, reason };
}

/**
 * One source's resources (ServiceRequests plus the Tasks, Appointments, letters and messages that
 * point at them, and whom they name) -> referrals. A referral without an id or with a status FHIR
 * does not have is a problem; drafts and entered-in-error are not shown.
 */
export function toReferralViews(resources: readonly Resource[], source: SourceInfo | undefined, now: Date): MappedReferrals {
  const index = indexByReference(resources);
  const tasks = ofType<Task>(resources, 'Task');
  const appointments = ofType<Appointment>(resources, 'Appointment');
  const documents = ofType<DocumentReference>(resources, 'DocumentReference');
  const messages = ofType<Communication>(resources, 'Communication');
  const prefix = source?.id ?? 'bundle';
  const items: ReferralView[] = [];
  const problems: ResourceProblem[] = [];
  resources.forEach((resource, position) => {
    if (resource.resourceType !== 'ServiceRequest') return;
    const request = resource;
    if (!isReferral(request)) return;
    if (typeof request.id !== 'string') return void problems.push(problemFor(position, request, 'missing id'));
    const visibility = requestVisibility(request);
    if (visibility === 'unknown-status') return void problems.push(problemFor(position, request, 'unknown status'));
    if (visibility === 'hidden') return;

    const task = workTaskOf(request, tasks, index);
    const state = currentState(request, task);
    const dates = stepDates(request, task);
    const assessment = assessmentOf(task, now);
    const linked = linkedAppointments(request, appointments, index, prefix);
    const title = conceptText(request.code);
    const referredBy = referenceDisplay(request.requester, index, request);
    const to = referredTo(request, task, index);
    const reason = reasonOf(request, index);
    const sent = dates.get('sent');
    const expectedWait = OPEN_STATES.includes(state) ? expectedWaitOf(task) : undefined;
    items.push({
      key: `${prefix}/${request.id}`,
      id: request.id,
      sourceId: source?.id ?? '',
      sourceName: source?.name ?? referredBy ?? '',
      language: sourceLanguage(request.language, source),
      ...(title ? { title } : {}),
      ...(referredBy ? { referredBy } : {}),
      ...(to ? { referredTo: to } : {}),
      ...(reason ? { reason } : {}),
      notes: notesOf(request),
      ...(sent ? { sent } : {}),
      state,
      open: OPEN_STATES.includes(state),
      steps: timeline(state, dates),
      ...(assessment ? { assessment } : {}),
      ...(expectedWait ? { expectedWait } : {}),
      actions: actionsOf(request, task, state, assessment, linked),
      appointments: linked,
      letters: linkedLetters(request, documents, messages, index, prefix),
    });
  });
  return { items, problems };
}

/** Referrals under way first, then the closed ones; each group newest sent first (undated last). */
export function sortReferrals(items: readonly ReferralView[]): ReferralView[] {
  const time = (item: ReferralView) => item.sent?.getTime() ?? -Infinity;
  return [...items].sort((a, b) => Number(b.open) - Number(a.open) || (time(b) === time(a) ? 0 : time(b) - time(a)));
}
