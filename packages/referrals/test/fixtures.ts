// Referral test data: small builders for a ServiceRequest and the Task that carries its work, in
// the shape docs/data-model.md ("Referrals") describes. Shared by the node and browser tests.
import type { Bundle, Resource } from '@hn-elements/core';
import {
  DEADLINE_HELP_LINK,
  FREE_CHOICE_LINK,
  NO_RIGHT_REASON_SYSTEM,
  REFERRAL_ASSESSMENT_SYSTEM,
  REFERRAL_CATEGORY_CODE,
  REFERRAL_OUTPUT_SYSTEM,
  REFERRAL_STATE_SYSTEM,
  REFERRAL_STEP,
  SNOMED_SYSTEM,
  TASK_CODE_SYSTEM,
  UCUM_SYSTEM,
  type ReferralState,
  type ServiceRequest,
  type Task,
} from '../src/model.js';

/** Tuesday 10 March 2026, 10:00 in Oslo. */
export const NOW = new Date('2026-03-10T09:00:00Z');

export const REFERRAL_CATEGORY = [{ coding: [{ system: SNOMED_SYSTEM, code: REFERRAL_CATEGORY_CODE, display: 'Patient referral' }] }];

export function referral(overrides: Partial<ServiceRequest> & Record<string, unknown> = {}): ServiceRequest {
  return {
    resourceType: 'ServiceRequest',
    id: 'r1',
    status: 'active',
    intent: 'order',
    category: REFERRAL_CATEGORY,
    code: { text: 'Utredning av hjertebank' },
    subject: { reference: 'Patient/kari' },
    authoredOn: '2026-01-12T09:30:00+01:00',
    requester: { reference: 'Practitioner/gp', display: 'Fastlege Anne Lie' },
    performer: [{ reference: 'Organization/hjerte', display: 'Hjertepoliklinikken, Haukeland' }],
    reasonCode: [{ text: 'Du har kjent at hjertet slår ujevnt.' }],
    ...overrides,
  } as ServiceRequest;
}

export interface TaskFacts {
  id?: string;
  focus?: string;
  status?: string;
  business?: ReferralState | string;
  steps?: Array<[string, unknown]>;
  assessment?: 'right' | 'no-right' | string;
  deadline?: unknown;
  noRightReason?: { code?: string; text?: string };
  wait?: { value: unknown; code: string; system?: string };
  deadlineLink?: string;
  choiceLink?: string;
  lastModified?: string;
  extra?: Record<string, unknown>;
}

const output = (code: string, value: Record<string, unknown>) => ({ type: { coding: [{ system: REFERRAL_OUTPUT_SYSTEM, code }] }, ...value });
const link = (url: string, href: string) => ({ url, extension: [{ url: 'link', valueUrl: href }] });

export function task(facts: TaskFacts = {}): Task {
  const outputs = [
    ...(facts.assessment ? [output('assessment', { valueCodeableConcept: { coding: [{ system: REFERRAL_ASSESSMENT_SYSTEM, code: facts.assessment }] } })] : []),
    ...(facts.deadline !== undefined ? [output('treatment-deadline', { valueDate: facts.deadline })] : []),
    ...(facts.noRightReason
      ? [output('no-right-reason', { valueCodeableConcept: { ...(facts.noRightReason.code ? { coding: [{ system: NO_RIGHT_REASON_SYSTEM, code: facts.noRightReason.code }] } : {}), ...(facts.noRightReason.text ? { text: facts.noRightReason.text } : {}) } })]
      : []),
    ...(facts.wait ? [output('expected-wait', { valueDuration: { value: facts.wait.value, code: facts.wait.code, system: facts.wait.system ?? UCUM_SYSTEM } })] : []),
  ];
  return {
    resourceType: 'Task',
    id: facts.id ?? 't1',
    status: facts.status ?? 'in-progress',
    intent: 'order',
    code: { coding: [{ system: TASK_CODE_SYSTEM, code: 'fulfill' }] },
    focus: { reference: facts.focus ?? 'ServiceRequest/r1' },
    ...(facts.business ? { businessStatus: { coding: [{ system: REFERRAL_STATE_SYSTEM, code: facts.business }] } } : {}),
    ...(facts.lastModified ? { lastModified: facts.lastModified } : {}),
    extension: [
      ...(facts.steps ?? []).map(([state, date]) => ({ url: REFERRAL_STEP, extension: [{ url: 'state', valueCode: state }, { url: 'date', valueDateTime: date }] })),
      ...(facts.deadlineLink ? [link(DEADLINE_HELP_LINK, facts.deadlineLink)] : []),
      ...(facts.choiceLink ? [link(FREE_CHOICE_LINK, facts.choiceLink)] : []),
    ],
    ...(outputs.length ? { output: outputs } : {}),
    ...facts.extra,
  } as Task;
}

export function bundleOf(resources: unknown[]): Bundle {
  return { resourceType: 'Bundle', type: 'collection', entry: resources.map((resource) => ({ resource: resource as Resource })) };
}

const HELFO = 'https://vendor.example.org/tasks/helfo-fristbrudd-knee';
const CHOICE = 'https://vendor.example.org/tasks/velg-behandlingssted-knee';

/** One referral in every state, with the rights and links each would have; `NOW` is 10 March 2026. */
export function everyStateBundle(): Bundle {
  const r = (id: string, what: string, changes: Record<string, unknown> = {}) => referral({ id, code: { text: what }, ...changes });
  return bundleOf([
    r('sent', 'Vurdering av hodepine', { authoredOn: '2026-03-09' }),
    r('received', 'Utredning av lav blodprosent', { authoredOn: '2026-03-05' }),
    task({ id: 't-received', focus: 'ServiceRequest/received', status: 'received', business: 'received', steps: [['received', '2026-03-06']] }),
    r('assessing', 'Utredning av pustestopp under søvn', { authoredOn: '2026-03-01' }),
    task({ id: 't-assessing', focus: 'ServiceRequest/assessing', business: 'in-assessment', steps: [['received', '2026-03-02'], ['in-assessment', '2026-03-08']], wait: { value: 8, code: 'wk' } }),
    r('knee', 'Vurdering av smerter i kneet', { authoredOn: '2025-11-10' }),
    task({ id: 't-knee', focus: 'ServiceRequest/knee', business: 'assessed', steps: [['assessed', '2025-11-30']], assessment: 'right', deadline: '2026-03-05', deadlineLink: HELFO, choiceLink: CHOICE }),
    r('heart', 'Utredning av hjertebank', { authoredOn: '2026-02-01' }),
    task({ id: 't-heart', focus: 'ServiceRequest/heart', business: 'appointment-given', steps: [['appointment-given', '2026-02-20']], assessment: 'right', deadline: '2026-04-20', choiceLink: CHOICE }),
    { resourceType: 'Appointment', id: 'a-heart', status: 'booked', start: '2026-03-24T09:00:00+01:00', serviceType: [{ text: 'Hjerteundersøkelse' }], basedOn: [{ reference: 'ServiceRequest/heart' }], participant: [] },
    { resourceType: 'DocumentReference', id: 'd-heart', status: 'current', date: '2026-02-20T10:00:00+01:00', description: 'Innkalling til hjerteundersøkelse', category: [{ text: 'Brev' }], context: { related: [{ reference: 'ServiceRequest/heart' }] }, content: [] },
    r('wrist', 'Kontroll etter brudd i håndleddet', { status: 'completed', authoredOn: '2025-08-01' }),
    r('mole', 'Fjerning av føflekk', { authoredOn: '2026-01-10' }),
    task({ id: 't-mole', focus: 'ServiceRequest/mole', status: 'rejected', business: 'rejected', assessment: 'no-right', noRightReason: { code: 'other-service', text: 'Fastlegen din kan fjerne føflekken.' } }),
    r('eyes', 'Operasjon for grå stær', { status: 'revoked', authoredOn: '2025-12-01' }),
  ]);
}
