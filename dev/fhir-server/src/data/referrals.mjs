// Referrals for <hn-referrals>: the GP's referrals to the hospital, each a ServiceRequest (SNOMED
// CT 3457005 "Patient referral"), and at the hospital the Task whose `focus` is the referral: its
// state (businessStatus), the dates of each step, and the assessment — the right to necessary
// specialist healthcare with its deadline, or no right and why, and the expected waiting time.
// Every state is here, for Kari, for Ola (Kari is his parent) and for Per (Kari has his power of
// attorney); Kari's knee referral has a deadline that has passed; Ola's is linked to an
// appointment and a letter. Everything is made up. docs/data-model.md, "Referrals", describes how
// the component reads it.
//
// The Tasks carry no `for`: they are the hospital's work on the referral, reached through their
// focus (`_revinclude=Task:focus`), so the inbox (which shows every Task for the patient as a form
// to fill in) never lists them.

import { people } from './people.mjs';
import { letterPdfBase64 } from './pdf.mjs';
import { bookingAppOrigin } from './booking-links.mjs';
import { documentCategory } from './journal.mjs';
import { osloDate, osloTime, minutesFrom } from './time.mjs';
import { BOOKING_ID_SYSTEM, sourceBuilder } from './builders.mjs';

/**
 * @typedef {import('@medplum/fhirtypes').Resource} Resource
 * @typedef {import('@medplum/fhirtypes').ServiceRequest} ServiceRequest
 * @typedef {import('@medplum/fhirtypes').Task} Task
 * @typedef {import('./people.mjs').PersonKey} PersonKey
 * @typedef {{ reference?: string, display: string }} Ref
 */

const BASE = 'https://hn-elements.example.org/fhir';
export const REFERRAL_STATE_SYSTEM = `${BASE}/CodeSystem/referral-state`;
export const REFERRAL_OUTPUT_SYSTEM = `${BASE}/CodeSystem/referral-output`;
export const REFERRAL_ASSESSMENT_SYSTEM = `${BASE}/CodeSystem/referral-assessment`;
export const NO_RIGHT_REASON_SYSTEM = `${BASE}/CodeSystem/referral-no-right-reason`;
export const REFERRAL_STEP = `${BASE}/StructureDefinition/referral-step`;
export const DEADLINE_HELP_LINK = `${BASE}/StructureDefinition/referral-deadline-help-link`;
export const FREE_CHOICE_LINK = `${BASE}/StructureDefinition/referral-free-choice-link`;

const REFERRAL_CATEGORY = { coding: [{ system: 'http://snomed.info/sct', code: '3457005', display: 'Patient referral' }], text: 'Henvisning' };
const FULFILL = { coding: [{ system: 'http://hl7.org/fhir/CodeSystem/task-code', code: 'fulfill', display: 'Fulfill the focal request' }] };

/** The GP as the hospital knows the referrer: by name (the GP's record lives in another source). */
const GP_AT_HOSPITAL = { display: 'Tor Lunde, Legesenteret i Sentrum' };
const GP_AT_GP = { reference: 'Practitioner/gp-pr-lunde', display: 'Tor Lunde' };
const HOSPITAL = { reference: 'Organization/hb-org', display: 'Helse Bergen, Haukeland universitetssjukehus' };

/** @param {PersonKey} key */
const subject = (key) => ({ reference: people[key].reference, display: people[key].name });

/** @param {Date} now @param {number} daysAgo */
const daysAgo = (now, daysAgo) => minutesFrom(now, -daysAgo * 24 * 60).toISOString();

/**
 * @typedef {object} ReferralFacts
 * @property {string} id
 * @property {PersonKey} patient
 * @property {'active' | 'completed' | 'revoked'} [status]
 * @property {string} what  ServiceRequest.code text
 * @property {string} why  reasonCode text, in plain words
 * @property {Ref} to  performer
 * @property {Ref} from  requester
 * @property {number} sentDaysAgo
 * @property {string} [note]
 */

/** @param {Date} now @param {ReferralFacts} facts @returns {ServiceRequest} */
function referral(now, facts) {
  return {
    resourceType: 'ServiceRequest',
    id: facts.id,
    status: facts.status ?? 'active',
    intent: 'order',
    category: [REFERRAL_CATEGORY],
    code: { text: facts.what },
    subject: subject(facts.patient),
    authoredOn: daysAgo(now, facts.sentDaysAgo),
    requester: facts.from,
    performer: [facts.to],
    reasonCode: [{ text: facts.why }],
    ...(facts.note ? { note: [{ text: facts.note }] } : {}),
  };
}

/**
 * @typedef {object} WorkFacts
 * @property {string} referral  id of the ServiceRequest
 * @property {Task['status']} status
 * @property {string} state  referral-state code
 * @property {Array<[string, number]>} steps  [state, days ago]
 * @property {{ right: true, deadlineInDays: number } | { right: false, reason: string, text: string }} [assessment]
 * @property {number} [waitWeeks]
 * @property {boolean} [deadlineHelp]  link to Helfo's service for a broken deadline
 * @property {boolean} [freeChoice]  link to the service for choosing a treatment place
 */

/** @param {string} code @param {Record<string, unknown>} value */
const output = (code, value) => ({ type: { coding: [{ system: REFERRAL_OUTPUT_SYSTEM, code }] }, ...value });

/** @param {string} url @param {string} task */
const handoff = (url, task) => ({ url, extension: [{ url: 'link', valueUrl: `${bookingAppOrigin()}/tasks/${task}` }] });

/** The hospital's work on a referral. @param {Date} now @param {WorkFacts} facts @returns {Task} */
function work(now, facts) {
  const last = facts.steps[facts.steps.length - 1];
  const assessment = facts.assessment;
  return {
    resourceType: 'Task',
    id: `${facts.referral}-task`,
    status: facts.status,
    intent: 'order',
    code: FULFILL,
    focus: { reference: `ServiceRequest/${facts.referral}` },
    businessStatus: { coding: [{ system: REFERRAL_STATE_SYSTEM, code: facts.state }] },
    authoredOn: daysAgo(now, facts.steps[0]?.[1] ?? 0),
    lastModified: daysAgo(now, last?.[1] ?? 0),
    owner: HOSPITAL,
    extension: [
      ...facts.steps.map(([state, ago]) => ({ url: REFERRAL_STEP, extension: [{ url: 'state', valueCode: state }, { url: 'date', valueDateTime: daysAgo(now, ago) }] })),
      ...(facts.deadlineHelp ? [handoff(DEADLINE_HELP_LINK, `helfo-fristbrudd-${facts.referral}`)] : []),
      ...(facts.freeChoice ? [handoff(FREE_CHOICE_LINK, `velg-behandlingssted-${facts.referral}`)] : []),
    ],
    ...(assessment
      ? {
          output: assessment.right
            ? [
                output('assessment', { valueCodeableConcept: { coding: [{ system: REFERRAL_ASSESSMENT_SYSTEM, code: 'right' }], text: 'Rett til nødvendig helsehjelp' } }),
                output('treatment-deadline', { valueDate: osloDate(osloTime(now, assessment.deadlineInDays, '12:00')) }),
                ...(facts.waitWeeks ? [output('expected-wait', { valueDuration: { value: facts.waitWeeks, unit: 'uker', system: 'http://unitsofmeasure.org', code: 'wk' } })] : []),
              ]
            : [
                output('assessment', { valueCodeableConcept: { coding: [{ system: REFERRAL_ASSESSMENT_SYSTEM, code: 'no-right' }], text: 'Ikke rett til nødvendig helsehjelp' } }),
                output('no-right-reason', { valueCodeableConcept: { coding: [{ system: NO_RIGHT_REASON_SYSTEM, code: assessment.reason }], text: assessment.text } }),
              ],
        }
      : {}),
  };
}

/** Helse Bergen's referrals: received from the GP, in every state after "sent". @param {Date} now @returns {Resource[]} */
function helseBergen(now) {
  const cardiology = { reference: 'HealthcareService/hb-hs-kardiologi', display: 'Hjertepoliklinikken, Haukeland' };
  const orthopaedics = { reference: 'HealthcareService/hb-hs-ortopedi', display: 'Ortopedisk poliklinikk, Haukeland' };
  const skin = { display: 'Hudpoliklinikken, Haukeland' };
  const lungs = { display: 'Lungepoliklinikken, Haukeland' };
  const children = { display: 'Barne- og ungdomsklinikken, Haukeland' };
  const eyes = { display: 'Øyeavdelingen, Haukeland' };
  const medicine = { display: 'Medisinsk poliklinikk, Haukeland' };

  // Built like every other seeded appointment, with a booking number of its own range.
  const built = sourceBuilder({ now, code: 'HB', organization: HOSPITAL }).appointment({
    id: 'hb-appt-ref-ola', patient: 'ola', status: 'booked', when: { day: 20, time: '10:00' }, minutes: 60, mode: 'in-person',
    serviceType: 'Barne- og ungdomsklinikken', specialty: 'Barnesykdommer', description: 'Lungefunksjonstest',
    practitioner: { reference: 'Practitioner/hb-pr-berge', display: 'Lise Berge' },
    location: { reference: 'Location/hb-loc-barn', display: 'Barne- og ungdomsklinikken, poliklinikk' },
    service: { reference: 'HealthcareService/hb-hs-barneallergi', display: 'Allergipoliklinikken for barn' },
    instruction: 'Ikke gi astmamedisin samme morgen. Ta med medisinene dere bruker.', createdDaysAgo: 6,
  });
  const olaAppointment = { ...built, identifier: [{ system: BOOKING_ID_SYSTEM, value: 'HB-000900' }], basedOn: [{ reference: 'ServiceRequest/hb-ref-ola-01' }] };
  const letterTitle = 'Innkalling til lungefunksjonstest';
  /** @type {import('@medplum/fhirtypes').DocumentReference} */
  const olaLetter = {
    resourceType: 'DocumentReference',
    id: 'hb-letter-ref-ola',
    status: 'current',
    docStatus: 'final',
    type: { text: 'Innkallingsbrev' },
    category: [documentCategory('letter')],
    subject: subject('ola'),
    date: daysAgo(now, 6),
    author: [{ reference: 'Practitioner/hb-pr-berge', display: 'Lise Berge' }],
    custodian: HOSPITAL,
    description: letterTitle,
    context: { related: [{ reference: 'ServiceRequest/hb-ref-ola-01' }] },
    content: [{ attachment: { contentType: 'application/pdf', data: letterPdfBase64(letterTitle, ['Ola har fått time til lungefunksjonstest.', 'Se tid og sted i timeoversikten.']), title: 'innkalling-til-lungefunksjonstest.pdf', language: 'nb', creation: daysAgo(now, 6) } }],
  };

  return [
    // Kari: assessed, with a right, a deadline still to come and an expected waiting time.
    referral(now, { id: 'hb-ref-kari-01', patient: 'kari', what: 'Utredning av hjertebank', why: 'Du har kjent at hjertet slår ujevnt, særlig om kvelden.', to: cardiology, from: GP_AT_HOSPITAL, sentDaysAgo: 32 }),
    work(now, { referral: 'hb-ref-kari-01', status: 'in-progress', state: 'assessed', steps: [['received', 30], ['in-assessment', 28], ['assessed', 20]], assessment: { right: true, deadlineInDays: 40 }, waitWeeks: 6, freeChoice: true }),
    // Kari: the deadline has passed and treatment has not started.
    referral(now, { id: 'hb-ref-kari-02', patient: 'kari', what: 'Vurdering av smerter i kneet', why: 'Du har hatt vondt i høyre kne i flere måneder, og det hovner opp etter turer.', to: orthopaedics, from: GP_AT_HOSPITAL, sentDaysAgo: 120 }),
    work(now, { referral: 'hb-ref-kari-02', status: 'in-progress', state: 'assessed', steps: [['received', 118], ['in-assessment', 110], ['assessed', 100]], assessment: { right: true, deadlineInDays: -5 }, waitWeeks: 20, deadlineHelp: true, freeChoice: true }),
    // Kari: being assessed.
    referral(now, { id: 'hb-ref-kari-03', patient: 'kari', what: 'Utredning av pustestopp under søvn', why: 'Du snorker mye og er trett på dagen, selv om du sover lenge.', to: lungs, from: GP_AT_HOSPITAL, sentDaysAgo: 9 }),
    work(now, { referral: 'hb-ref-kari-03', status: 'in-progress', state: 'in-assessment', steps: [['received', 8], ['in-assessment', 2]] }),
    // Kari: just received.
    referral(now, { id: 'hb-ref-kari-04', patient: 'kari', what: 'Utredning av lav blodprosent', why: 'Blodprøvene viser at du har lite jern, og fastlegen vil finne ut hvorfor.', to: medicine, from: GP_AT_HOSPITAL, sentDaysAgo: 2 }),
    work(now, { referral: 'hb-ref-kari-04', status: 'received', state: 'received', steps: [['received', 1]] }),
    // Kari: rejected, no right, with the hospital's reason.
    referral(now, { id: 'hb-ref-kari-05', patient: 'kari', what: 'Fjerning av føflekk på ryggen', why: 'Du vil ha fjernet en føflekk som gnager mot klærne.', to: skin, from: GP_AT_HOSPITAL, sentDaysAgo: 70 }),
    work(now, { referral: 'hb-ref-kari-05', status: 'rejected', state: 'rejected', steps: [['received', 68], ['in-assessment', 66], ['rejected', 60]], assessment: { right: false, reason: 'other-service', text: 'Føflekken ser ufarlig ut. Fastlegen din kan fjerne den, og vi har sendt svar til fastlegen.' } }),
    // Kari: completed.
    referral(now, { id: 'hb-ref-kari-06', patient: 'kari', status: 'completed', what: 'Kontroll etter brudd i håndleddet', why: 'Du brakk venstre håndledd, og bruddet skulle sjekkes etter gipsen.', to: orthopaedics, from: GP_AT_HOSPITAL, sentDaysAgo: 200 }),
    work(now, { referral: 'hb-ref-kari-06', status: 'completed', state: 'completed', steps: [['received', 199], ['in-assessment', 197], ['assessed', 195], ['appointment-given', 190], ['completed', 160]], assessment: { right: true, deadlineInDays: -170 } }),
    // Ola: appointment given, linked to the appointment and its letter.
    referral(now, { id: 'hb-ref-ola-01', patient: 'ola', what: 'Utredning av pustebesvær hos barn', why: 'Ola blir tung i pusten når han løper, og hoster mye om natten.', to: children, from: GP_AT_HOSPITAL, sentDaysAgo: 25 }),
    work(now, { referral: 'hb-ref-ola-01', status: 'in-progress', state: 'appointment-given', steps: [['received', 24], ['in-assessment', 20], ['assessed', 14], ['appointment-given', 6]], assessment: { right: true, deadlineInDays: 35 }, freeChoice: true }),
    olaAppointment,
    olaLetter,
    // Per: withdrawn by the GP.
    referral(now, { id: 'hb-ref-per-01', patient: 'per', status: 'revoked', what: 'Operasjon for grå stær', why: 'Synet på høyre øye er blitt tåkete.', to: eyes, from: GP_AT_HOSPITAL, sentDaysAgo: 50, note: 'Trukket tilbake: Per valgte en privat øyelege med kortere ventetid.' }),
    work(now, { referral: 'hb-ref-per-01', status: 'cancelled', state: 'withdrawn', steps: [['received', 48], ['in-assessment', 45], ['withdrawn', 30]] }),
  ];
}

/** The GP's referrals that no receiver has confirmed yet: "sent". @param {Date} now @returns {Resource[]} */
function fastlegen(now) {
  return [
    referral(now, { id: 'gp-ref-kari-01', patient: 'kari', what: 'Vurdering av hodepine', why: 'Du har hatt hodepine nesten hver dag i to måneder.', to: { display: 'Nevrologisk poliklinikk, Haukeland' }, from: GP_AT_GP, sentDaysAgo: 1 }),
    referral(now, { id: 'gp-ref-per-01', patient: 'per', what: 'Vurdering hos øyelege', why: 'Synet på høyre øye er blitt tåkete. Per ønsker en privat øyelege med avtale.', to: { display: 'Øyelege Bjørn Solberg (avtalespesialist)' }, from: GP_AT_GP, sentDaysAgo: 30 }),
  ];
}

/**
 * The referral resources one source adds to its seed.
 * @param {string} sourceId
 * @param {Date} now
 * @returns {Resource[]}
 */
export function referralsSeed(sourceId, now) {
  if (sourceId === 'helse-bergen') return helseBergen(now);
  if (sourceId === 'fastlegen') return fastlegen(now);
  return [];
}
