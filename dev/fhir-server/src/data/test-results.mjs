// Test results for <hn-test-results>: DiagnosticReports with their Observations, for Kari (the
// citizen), Ola (her son, 11) and Per (who gave her power of attorney), from each source. Results
// over time with some outside the reference range, a critical value, an amended report, an imaging
// report, a panel, and results the source has not released to the patient yet. Everything is made up.
//
// Codes: the GP and the municipality code lab tests in Norsk laboratoriekodeverk (NLK), the hospital
// in LOINC, so both are seen (docs/data-model.md, "Test results").

import { people } from './people.mjs';
import { osloTime } from './time.mjs';

/**
 * @typedef {import('@medplum/fhirtypes').Resource} Resource
 * @typedef {import('@medplum/fhirtypes').Observation} Observation
 * @typedef {import('@medplum/fhirtypes').DiagnosticReport} DiagnosticReport
 * @typedef {import('./people.mjs').PersonKey} PersonKey
 */

const LOINC = 'http://loinc.org';
const NLK = 'urn:oid:2.16.578.1.12.4.1.1.7280';
const UCUM = 'http://unitsofmeasure.org';
const INTERPRETATION = 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation';
const SECTION = 'http://terminology.hl7.org/CodeSystem/v2-0074';
const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
/** Not released to the patient yet (packages/test-results/src/access.ts). */
const WITHHELD = Object.freeze({ system: 'urn:hn-elements:patient-release', code: 'withheld', display: 'Ikke frigitt til pasienten' });

/** The tests seeded: name, unit, reference range, NLK and LOINC codes. */
const TESTS = /** @type {const} */ ({
  hb: { name: 'Hemoglobin', unit: 'g/dL', nlk: 'NOR05172', loinc: '718-7' },
  crp: { name: 'CRP', unit: 'mg/L', nlk: 'NPU19748', loinc: '1988-5' },
  hba1c: { name: 'HbA1c', unit: 'mmol/mol', nlk: 'NPU27300', loinc: '59261-8' },
  ferritin: { name: 'Ferritin', unit: 'µg/L', nlk: 'NPU19763', loinc: '2276-4' },
  creatinine: { name: 'Kreatinin', unit: 'µmol/L', nlk: 'NPU04998', loinc: '14682-9' },
  egfr: { name: 'eGFR', unit: 'mL/min/1.73m2', nlk: undefined, loinc: '62238-1' },
  cholesterol: { name: 'Kolesterol', unit: 'mmol/L', nlk: 'NPU01566', loinc: '14647-2' },
  ldl: { name: 'LDL-kolesterol', unit: 'mmol/L', nlk: 'NPU01568', loinc: '22748-8' },
  tsh: { name: 'TSH', unit: 'mIU/L', nlk: 'NPU03577', loinc: '3016-3' },
  vitd: { name: 'D-vitamin (25-OH)', unit: 'nmol/L', nlk: 'NPU10267', loinc: '62292-8' },
  inr: { name: 'INR', unit: '{INR}', nlk: 'NPU01685', loinc: '6301-6' },
  psa: { name: 'PSA', unit: 'µg/L', nlk: 'NPU08669', loinc: '2857-1' },
});

/** @typedef {keyof typeof TESTS} TestKey */

/**
 * @typedef {object} ResultFacts
 * @property {string} id
 * @property {TestKey} test
 * @property {number} value
 * @property {number} [low]
 * @property {number} [high]
 * @property {'N' | 'H' | 'L' | 'HH' | 'LL'} [flag]  the source's interpretation; without it the component computes one
 * @property {string} [note]
 * @property {boolean} [withheld]
 * @property {'final' | 'preliminary' | 'amended' | 'corrected'} [status]
 */

/**
 * @typedef {object} ReportFacts
 * @property {string} id
 * @property {PersonKey} patient
 * @property {number} daysAgo  sample taken this many days before today, at 08:10 Oslo time
 * @property {string} title
 * @property {'nlk' | 'loinc'} coding
 * @property {{ display: string }} orderedBy
 * @property {{ reference?: string, display: string }} performer
 * @property {ResultFacts[]} results
 * @property {'final' | 'preliminary' | 'amended' | 'corrected' | 'registered'} [status]
 * @property {string} [conclusion]
 * @property {boolean} [withheld]
 */

/**
 * A report as each source writes it: the source gives the coding, who ordered and who performed.
 * @typedef {Omit<ReportFacts, 'coding' | 'orderedBy' | 'performer'> & Partial<Pick<ReportFacts, 'orderedBy' | 'performer'>>} LabFacts
 */

/**
 * @param {TestKey} test
 * @param {'nlk' | 'loinc'} coding
 */
function testCode(test, coding) {
  const facts = TESTS[test];
  const use = coding === 'nlk' && facts.nlk ? { system: NLK, code: facts.nlk } : { system: LOINC, code: facts.loinc };
  return { coding: [{ ...use, display: facts.name }], text: facts.name };
}

/**
 * @param {number} value
 * @param {string} unit
 */
const quantity = (value, unit) => ({ value, unit, system: UCUM, code: unit });

/**
 * One lab result.
 * @param {Date} now
 * @param {ReportFacts} report
 * @param {ResultFacts} result
 * @returns {Observation}
 */
function labResult(now, report, result) {
  const { unit } = TESTS[result.test];
  const taken = osloTime(now, -report.daysAgo, '08:10');
  const answered = osloTime(now, -report.daysAgo, '14:30');
  const range = result.low !== undefined || result.high !== undefined
    ? [{ ...(result.low !== undefined ? { low: quantity(result.low, unit) } : {}), ...(result.high !== undefined ? { high: quantity(result.high, unit) } : {}) }]
    : undefined;
  return {
    resourceType: 'Observation',
    id: result.id,
    ...(result.withheld ? { meta: { security: [WITHHELD] } } : {}),
    status: result.status ?? report.status ?? 'final',
    category: [{ coding: [{ system: OBSERVATION_CATEGORY, code: 'laboratory', display: 'Laboratory' }] }],
    code: testCode(result.test, report.coding),
    subject: { reference: people[report.patient].reference, display: people[report.patient].name },
    effectiveDateTime: taken.toISOString(),
    issued: answered.toISOString(),
    performer: [report.performer],
    valueQuantity: quantity(result.value, unit),
    ...(result.flag ? { interpretation: [{ coding: [{ system: INTERPRETATION, code: result.flag }] }] } : {}),
    ...(range ? { referenceRange: range } : {}),
    ...(result.note ? { note: [{ text: result.note }] } : {}),
  };
}

/**
 * A lab report and its results. Who ordered it is a contained ServiceRequest (a lab order, not a
 * referral: it never shows among the referrals).
 * @param {Date} now
 * @param {ReportFacts} facts
 * @returns {Resource[]}
 */
function labReport(now, facts) {
  const results = facts.results.map((result) => labResult(now, facts, result));
  /** @type {DiagnosticReport} */
  const report = {
    resourceType: 'DiagnosticReport',
    id: facts.id,
    ...(facts.withheld ? { meta: { security: [WITHHELD] } } : {}),
    contained: [
      {
        resourceType: 'ServiceRequest', id: 'order', status: 'completed', intent: 'order',
        subject: { reference: people[facts.patient].reference },
        code: { text: facts.title },
        requester: facts.orderedBy,
      },
    ],
    basedOn: [{ reference: '#order' }],
    status: facts.status ?? 'final',
    category: [{ coding: [{ system: SECTION, code: 'LAB', display: 'Laboratory' }] }],
    code: { text: facts.title },
    subject: { reference: people[facts.patient].reference, display: people[facts.patient].name },
    effectiveDateTime: osloTime(now, -facts.daysAgo, '08:10').toISOString(),
    issued: osloTime(now, -facts.daysAgo, '14:30').toISOString(),
    performer: [facts.performer],
    result: results.map((result) => ({ reference: `Observation/${result.id}` })),
    ...(facts.conclusion ? { conclusion: facts.conclusion } : {}),
  };
  return [report, ...results];
}

/**
 * An imaging report: a conclusion and the radiologist's text.
 * @param {Date} now
 * @param {{ id: string, patient: PersonKey, daysAgo: number, title: string, loinc: string, orderedBy: { display: string }, radiologist: { display: string }, conclusion: string, text: string[], withheld?: boolean }} facts
 * @returns {DiagnosticReport}
 */
function imagingReport(now, facts) {
  const html = `<h2>${facts.title}</h2>${facts.text.map((line) => `<p>${line}</p>`).join('')}`;
  return {
    resourceType: 'DiagnosticReport',
    id: facts.id,
    ...(facts.withheld ? { meta: { security: [WITHHELD] } } : {}),
    contained: [
      { resourceType: 'ServiceRequest', id: 'order', status: 'completed', intent: 'order', subject: { reference: people[facts.patient].reference }, code: { text: facts.title }, requester: facts.orderedBy },
    ],
    basedOn: [{ reference: '#order' }],
    status: 'final',
    category: [{ coding: [{ system: SECTION, code: 'RAD', display: 'Radiology' }] }],
    code: { coding: [{ system: LOINC, code: facts.loinc }], text: facts.title },
    subject: { reference: people[facts.patient].reference, display: people[facts.patient].name },
    effectiveDateTime: osloTime(now, -facts.daysAgo, '10:20').toISOString(),
    issued: osloTime(now, -facts.daysAgo + 1, '09:00').toISOString(),
    resultsInterpreter: [facts.radiologist],
    conclusion: facts.conclusion,
    presentedForm: [{ contentType: 'text/html', language: 'nb', title: facts.title, data: Buffer.from(html, 'utf8').toString('base64') }],
  };
}

const FURST = { display: 'Fürst medisinsk laboratorium' };
const GP = { display: 'Anne Lie, fastlege' };

/** @param {Date} now @returns {Resource[]} */
function fastlegen(now) {
  /** @type {(facts: LabFacts) => Resource[]} */
  const lab = (facts) => labReport(now, { coding: 'nlk', orderedBy: GP, performer: FURST, ...facts });
  return [
    // Kari: CRP during an infection, up and back down again.
    ...lab({ id: 'gp-lab-kari-01', patient: 'kari', daysAgo: 400, title: 'Blodprøver, årskontroll', results: [
      { id: 'gp-obs-kari-01-crp', test: 'crp', value: 2, high: 5 },
      { id: 'gp-obs-kari-01-hba1c', test: 'hba1c', value: 39, low: 20, high: 42 },
      { id: 'gp-obs-kari-01-tsh', test: 'tsh', value: 2.1, low: 0.5, high: 3.6 },
    ] }),
    ...lab({ id: 'gp-lab-kari-02', patient: 'kari', daysAgo: 95, title: 'CRP ved feber', results: [
      { id: 'gp-obs-kari-02-crp', test: 'crp', value: 64, high: 5, flag: 'H', note: 'Passer med lungebetennelse. Du har fått resept på antibiotika.' },
    ] }),
    ...lab({ id: 'gp-lab-kari-03', patient: 'kari', daysAgo: 80, title: 'CRP, kontroll', results: [
      { id: 'gp-obs-kari-03-crp', test: 'crp', value: 9, high: 5 },
    ] }),
    ...lab({ id: 'gp-lab-kari-04', patient: 'kari', daysAgo: 30, title: 'Blodprøver, årskontroll', results: [
      { id: 'gp-obs-kari-04-crp', test: 'crp', value: 3, high: 5 },
      { id: 'gp-obs-kari-04-hba1c', test: 'hba1c', value: 44, low: 20, high: 42, flag: 'H' },
      { id: 'gp-obs-kari-04-vitd', test: 'vitd', value: 38, low: 50, high: 150, note: 'Ta gjerne tran eller D-vitamintilskudd i vinterhalvåret.' },
      { id: 'gp-obs-kari-04-tsh', test: 'tsh', value: 2.4, low: 0.5, high: 3.6 },
    ] }),
    // Kari: a cholesterol panel that was amended (LDL recalculated).
    ...lab({ id: 'gp-lab-kari-05', patient: 'kari', daysAgo: 30, title: 'Kolesterol', status: 'amended',
      conclusion: 'LDL ble regnet ut på nytt etter en feil i første svar. Tallene her er riktige.', results: [
        { id: 'gp-obs-kari-05-chol', test: 'cholesterol', value: 6.1, high: 5 },
        { id: 'gp-obs-kari-05-ldl', test: 'ldl', value: 4.2, high: 3, status: 'amended' },
      ] }),
    // Ola: low iron stores, then better.
    ...lab({ id: 'gp-lab-ola-01', patient: 'ola', daysAgo: 150, title: 'Blodprøver ved tretthet', results: [
      { id: 'gp-obs-ola-01-hb', test: 'hb', value: 11.1, low: 11.5, high: 14.5 },
      { id: 'gp-obs-ola-01-ferritin', test: 'ferritin', value: 9, low: 15, high: 100, note: 'Jerntilskudd i tre måneder, så ny prøve.' },
    ] }),
    ...lab({ id: 'gp-lab-ola-02', patient: 'ola', daysAgo: 40, title: 'Kontroll av jernlager', results: [
      { id: 'gp-obs-ola-02-hb', test: 'hb', value: 12.6, low: 11.5, high: 14.5 },
      { id: 'gp-obs-ola-02-ferritin', test: 'ferritin', value: 31, low: 15, high: 100 },
    ] }),
    // Per: kidneys and PSA, one PSA not yet released.
    ...lab({ id: 'gp-lab-per-01', patient: 'per', daysAgo: 200, title: 'Nyreprøver og PSA', results: [
      { id: 'gp-obs-per-01-creat', test: 'creatinine', value: 118, low: 60, high: 105 },
      { id: 'gp-obs-per-01-psa', test: 'psa', value: 5.8, high: 6.5 },
    ] }),
    ...lab({ id: 'gp-lab-per-02', patient: 'per', daysAgo: 20, title: 'Nyreprøver og PSA', results: [
      { id: 'gp-obs-per-02-creat', test: 'creatinine', value: 131, low: 60, high: 105, flag: 'H' },
      { id: 'gp-obs-per-02-psa', test: 'psa', value: 9.4, high: 6.5, flag: 'H', withheld: true },
    ] }),
  ];
}

const HB_LAB = { display: 'Avdeling for medisinsk biokjemi og farmakologi, Haukeland' };
const HB_DOCTOR = { display: 'Siri Fjeld, lege' };

/** @param {Date} now @returns {Resource[]} */
function helseBergen(now) {
  /** @type {(facts: LabFacts) => Resource[]} */
  const lab = (facts) => labReport(now, { coding: 'loinc', orderedBy: HB_DOCTOR, performer: HB_LAB, ...facts });
  return [
    // Kari: kidney function in the hospital, and an X-ray of the knee.
    ...lab({ id: 'hb-lab-kari-01', patient: 'kari', daysAgo: 31, title: 'Blodprøver ved innleggelse', results: [
      { id: 'hb-obs-kari-01-crp', test: 'crp', value: 4, high: 5 },
      { id: 'hb-obs-kari-01-creat', test: 'creatinine', value: 72, low: 45, high: 90 },
      { id: 'hb-obs-kari-01-egfr', test: 'egfr', value: 92, low: 60 },
    ] }),
    imagingReport(now, {
      id: 'hb-img-kari-01', patient: 'kari', daysAgo: 70, title: 'Røntgen av høyre kne', loinc: '24675-1',
      orderedBy: { display: 'Anne Lie, fastlege' }, radiologist: { display: 'Hanne Vik, radiolog' },
      conclusion: 'Ingen brudd. Litt væske i kneleddet.',
      text: ['Røntgen av høyre kne i to plan.', 'Ingen brudd eller feilstilling. Litt væske i kneleddet.', 'Plan: fysioterapi i seks uker.'],
    }),
    // Kari: a biopsy answer the doctor will go through with her first.
    ...lab({ id: 'hb-lab-kari-02', patient: 'kari', daysAgo: 3, title: 'Vevsprøve fra huden', withheld: true, results: [] }),
    // Ola: an ultrasound of the abdomen.
    imagingReport(now, {
      id: 'hb-img-ola-01', patient: 'ola', daysAgo: 115, title: 'Ultralyd av magen', loinc: '24558-9',
      orderedBy: { display: 'Lise Berge, barnelege' }, radiologist: { display: 'Hanne Vik, radiolog' },
      conclusion: 'Normale funn.',
      text: ['Ultralyd av magen på grunn av magesmerter.', 'Lever, milt, nyrer og tarm ser normale ut.'],
    }),
    // Per: a critical haemoglobin in the emergency department.
    ...lab({ id: 'hb-lab-per-01', patient: 'per', daysAgo: 12, title: 'Akuttprøver', results: [
      { id: 'hb-obs-per-01-hb', test: 'hb', value: 6.9, low: 13.4, high: 17, flag: 'LL', note: 'Svaret er ringt til vakthavende lege.' },
      { id: 'hb-obs-per-01-crp', test: 'crp', value: 18, high: 5, flag: 'H' },
      { id: 'hb-obs-per-01-inr', test: 'inr', value: 4.8, low: 2, high: 3, flag: 'HH' },
    ] }),
  ];
}

const HOME_NURSE = { display: 'Hjemmesykepleien Bergenhus' };

/** @param {Date} now @returns {Resource[]} */
function bergenKommune(now) {
  /** @type {(facts: LabFacts) => Resource[]} */
  const lab = (facts) => labReport(now, { coding: 'nlk', orderedBy: GP, performer: HOME_NURSE, ...facts });
  // Per takes warfarin: the home nurse measures INR; his target range is 2–3.
  const inr = /** @type {const} */ ([[84, 2.4], [70, 2.8], [56, 3.4], [42, 2.9], [28, 2.2], [14, 1.8], [5, 2.5]]);
  return [
    ...inr.flatMap(([daysAgo, value], n) =>
      lab({ id: `bk-lab-per-inr-${n + 1}`, patient: 'per', daysAgo, title: 'INR-måling', results: [
        { id: `bk-obs-per-inr-${n + 1}`, test: 'inr', value, low: 2, high: 3, ...(value === 3.4 ? { note: 'Dosen er justert ned. Ny måling om to uker.' } : {}) },
      ] }),
    ),
    // Ola: haemoglobin at the school health service, and one still being analysed.
    ...lab({ id: 'bk-lab-ola-01', patient: 'ola', daysAgo: 300, title: 'Blodprøve på helsestasjonen', performer: { display: 'Helsestasjonen Årstad' }, results: [
      { id: 'bk-obs-ola-01-hb', test: 'hb', value: 12.2, low: 11.5, high: 14.5 },
    ] }),
    ...lab({ id: 'bk-lab-ola-02', patient: 'ola', daysAgo: 1, title: 'Blodprøve på helsestasjonen', status: 'registered', performer: { display: 'Helsestasjonen Årstad' }, results: [] }),
  ];
}

/**
 * The test results one source holds.
 * @param {string} sourceId
 * @param {Date} now
 * @returns {Resource[]}
 */
export function testResultsSeed(sourceId, now) {
  if (sourceId === 'fastlegen') return fastlegen(now);
  if (sourceId === 'helse-bergen') return helseBergen(now);
  if (sourceId === 'bergen-kommune') return bergenKommune(now);
  return [];
}
