// Synthetic test results for stories, dated relative to today so the period filter keeps them:
// a hospital panel (amended, a critical haemoglobin, a high CRP with the lab's comment), CRP measured
// twice (a trend), an imaging report, and the GP's HbA1c and ferritin. Everything is made up.
import type { Bundle } from '@hn-elements/core';

const DAY = 86_400_000;
const NLK = 'urn:oid:2.16.578.1.12.4.1.1.7280';
const LOINC = 'http://loinc.org';
const INTERP = 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation';
const SECTION = 'http://terminology.hl7.org/CodeSystem/v2-0074';
const lab = [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'laboratory' }] }];

const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();
const bundle = (resources: unknown[]): Bundle => ({ resourceType: 'Bundle', type: 'collection', entry: resources.map((resource) => ({ resource })) }) as Bundle;

function observation(id: string, patient: string, days: number, code: { system: string; code: string; text: string }, value: number, unit: string, range: { low?: number; high?: number }, extra: Record<string, unknown> = {}) {
  return {
    resourceType: 'Observation', id, status: 'final', category: lab, subject: { reference: patient },
    code: { coding: [{ system: code.system, code: code.code }], text: code.text },
    effectiveDateTime: ago(days), valueQuantity: { value, unit },
    referenceRange: [{ ...(range.low !== undefined ? { low: { value: range.low, unit } } : {}), ...(range.high !== undefined ? { high: { value: range.high, unit } } : {}) }],
    ...extra,
  };
}

const HB = { system: NLK, code: 'NOR05172', text: 'Hemoglobin' };
const CRP = { system: NLK, code: 'NPU19748', text: 'CRP' };
const HBA1C = { system: LOINC, code: '4548-4', text: 'HbA1c' };
const FERRITIN = { system: LOINC, code: '2276-4', text: 'Ferritin' };

/** The hospital's: an amended panel with a critical value, an older CRP, and an X-ray. */
export function hospitalResults(patient = 'Patient/kari'): Bundle {
  return bundle([
    {
      resourceType: 'DiagnosticReport', id: 'akutt', status: 'amended', subject: { reference: patient }, code: { text: 'Akuttprøver' },
      category: [{ coding: [{ system: SECTION, code: 'LAB' }] }], effectiveDateTime: ago(12), issued: ago(12),
      performer: [{ display: 'Haukeland, medisinsk biokjemi' }],
      result: [{ reference: 'Observation/hb' }, { reference: 'Observation/crp' }],
      conclusion: 'Svaret er ringt til legen.',
    },
    observation('hb', patient, 12, HB, 6.9, 'g/dL', { low: 11.7, high: 15.3 }, { interpretation: [{ coding: [{ system: INTERP, code: 'LL' }] }] }),
    observation('crp', patient, 12, CRP, 18, 'mg/L', { high: 5 }, { interpretation: [{ coding: [{ system: INTERP, code: 'H' }] }], note: [{ text: 'Ny prøve om en uke.' }] }),
    observation('crp-old', patient, 60, CRP, 3, 'mg/L', { high: 5 }),
    {
      resourceType: 'DiagnosticReport', id: 'kne', status: 'final', subject: { reference: patient }, code: { text: 'Røntgen av kne' },
      category: [{ coding: [{ system: SECTION, code: 'RAD' }] }], effectiveDateTime: ago(80), issued: ago(79),
      performer: [{ display: 'Haukeland, radiologi' }], conclusion: 'Ingen brudd. Lette slitasjeforandringer.',
    },
  ]);
}

/** The GP's: HbA1c a little high, ferritin within range. */
export function gpResults(patient = 'Patient/kari'): Bundle {
  return bundle([
    {
      resourceType: 'DiagnosticReport', id: 'kontroll', status: 'final', subject: { reference: patient }, code: { text: 'Årskontroll' },
      category: [{ coding: [{ system: SECTION, code: 'LAB' }] }], effectiveDateTime: ago(30), issued: ago(29),
      performer: [{ display: 'Legesenteret i Sentrum' }],
      result: [{ reference: 'Observation/hba1c' }, { reference: 'Observation/ferritin' }],
    },
    observation('hba1c', patient, 30, HBA1C, 49, 'mmol/mol', { high: 42 }, { interpretation: [{ coding: [{ system: INTERP, code: 'H' }] }] }),
    observation('ferritin', patient, 30, FERRITIN, 40, 'µg/L', { low: 15, high: 200 }),
  ]);
}

export const emptyResults = (): Bundle => bundle([]);

/** Entries a source got wrong beside a good one. */
export const partlyBrokenResults = (): Bundle =>
  bundle([
    ...(gpResults().entry ?? []).map((e) => e.resource),
    { resourceType: 'Observation', id: 'broken', status: 'final', code: 7 },
    { resourceType: 'DiagnosticReport', id: 'no-code', status: 'final' },
  ]);

/** Text from a source that tries to be markup. */
export const hostileResults = (): Bundle =>
  bundle([
    {
      resourceType: 'DiagnosticReport', id: 'hostile', status: 'final', subject: { reference: 'Patient/kari' }, code: { text: '<img src=x onerror="window.__pwned=1">Blodprøve' },
      effectiveDateTime: ago(3), conclusion: '<script>alert(1)</script> Normale funn.',
      presentedForm: [{ contentType: 'text/html', data: btoa('<p>Normale forhold.</p><img src=x onerror="window.__pwned=1">') }],
    },
  ]);
