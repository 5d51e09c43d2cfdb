/**
 * What a Task is for the citizen: a request to fulfil (the receiver's work on a referral or another
 * request, which the referrals show as that request's state) or something the citizen is asked to
 * do (the inbox shows it as a form task). One rule, so no Task is shown as both:
 *
 * a Task whose `code` has the coding `fulfill` in FHIR's task-code system
 * (`http://hl7.org/fhir/CodeSystem/task-code`, "Fulfill the focal request") is a fulfilment;
 * every other Task, also one without a code, is the citizen's.
 */

export const TASK_CODE_SYSTEM = 'http://hl7.org/fhir/CodeSystem/task-code';

export type TaskKind = 'fulfilment' | 'citizen';

/** The kind of a Task (or anything shaped like one) by the rule above. */
export function taskKind(task: { code?: unknown }): TaskKind {
  const code = task?.code;
  const codings = code && typeof code === 'object' && Array.isArray((code as { coding?: unknown }).coding) ? (code as { coding: unknown[] }).coding : [];
  const fulfil = codings.some(
    (coding) => !!coding && typeof coding === 'object' && (coding as Record<string, unknown>)['system'] === TASK_CODE_SYSTEM && (coding as Record<string, unknown>)['code'] === 'fulfill',
  );
  return fulfil ? 'fulfilment' : 'citizen';
}
