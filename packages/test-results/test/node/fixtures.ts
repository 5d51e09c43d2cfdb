// FHIR R4 test data shaped like HL7's published examples (the lipid panel "lipids" with contained
// Observations, a single glucose-style result, an imaging report with a conclusion and presentedForm),
// with Norwegian codes and words.
import type { Resource } from '@hn-elements/core';

export const LOINC = 'http://loinc.org';
export const NLK = 'urn:oid:2.16.578.1.12.4.1.1.7280';
export const INTERP = 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation';
export const V2_0074 = 'http://terminology.hl7.org/CodeSystem/v2-0074';
export const OBS_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
export const SOURCE = { id: 'fastlegen', name: 'Legesenteret i Sentrum' };
export const OTHER_SOURCE = { id: 'helse-bergen', name: 'Helse Bergen' };

export const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

type Json = Record<string, unknown>;

export function observation(id: string, overrides: Json = {}): Json {
  return {
    resourceType: 'Observation',
    id,
    status: 'final',
    category: [{ coding: [{ system: OBS_CATEGORY, code: 'laboratory' }] }],
    code: { coding: [{ system: NLK, code: 'NPU19748', display: 'P—C-reaktivt protein; massek.' }], text: 'CRP' },
    subject: { reference: 'Patient/kari' },
    effectiveDateTime: '2026-11-02T08:15:00+01:00',
    issued: '2026-11-02T13:40:00+01:00',
    valueQuantity: { value: 3, unit: 'mg/L', system: 'http://unitsofmeasure.org', code: 'mg/L' },
    referenceRange: [{ high: { value: 5, unit: 'mg/L' } }],
    ...overrides,
  };
}

export function report(id: string, results: string[], overrides: Json = {}): Json {
  return {
    resourceType: 'DiagnosticReport',
    id,
    status: 'final',
    category: [{ coding: [{ system: V2_0074, code: 'LAB' }] }],
    code: { text: 'Blodprøver' },
    subject: { reference: 'Patient/kari' },
    effectiveDateTime: '2026-11-02T08:15:00+01:00',
    issued: '2026-11-02T13:40:00+01:00',
    result: results.map((reference) => ({ reference })),
    ...overrides,
  };
}

/** HL7's lipid panel example, re-told: contained Observations with coded interpretation and ranges. */
export function lipidReport(): Json {
  const quantity = (value: number) => ({ value, unit: 'mmol/L', system: 'http://unitsofmeasure.org', code: 'mmol/L' });
  return {
    resourceType: 'DiagnosticReport',
    id: 'lipids',
    contained: [
      {
        resourceType: 'Observation', id: 'cholesterol', status: 'final',
        code: { coding: [{ system: LOINC, code: '14647-2', display: 'Cholesterol [Moles/volume] in Serum or Plasma' }] },
        valueQuantity: quantity(6.3), referenceRange: [{ high: quantity(4.5) }],
      },
      {
        resourceType: 'Observation', id: 'ldl', status: 'final',
        code: { coding: [{ system: NLK, code: 'NPU01568', display: 'P—Kolesterol i LDL; stoffk.' }], text: 'LDL-kolesterol' },
        valueQuantity: quantity(4.6), referenceRange: [{ high: quantity(3) }],
        interpretation: [{ coding: [{ system: INTERP, code: 'H', display: 'High' }] }],
      },
      {
        resourceType: 'Observation', id: 'hdl', status: 'final',
        code: { coding: [{ system: LOINC, code: '14646-4', display: 'Cholesterol in HDL [Moles/volume] in Serum or Plasma' }], text: 'HDL-kolesterol' },
        valueQuantity: quantity(1.3), referenceRange: [{ low: quantity(1) }],
      },
      { resourceType: 'Practitioner', id: 'gp', name: [{ given: ['Anne'], family: 'Lie' }] },
      { resourceType: 'ServiceRequest', id: 'order', status: 'completed', intent: 'order', requester: { reference: '#gp' }, subject: { reference: 'Patient/kari' } },
    ],
    status: 'final',
    category: [{ coding: [{ system: V2_0074, code: 'HM' }] }],
    code: { text: 'Kolesterol' },
    subject: { reference: 'Patient/kari' },
    basedOn: [{ reference: '#order' }],
    effectiveDateTime: '2026-10-01T08:00:00+02:00',
    issued: '2026-10-02T09:30:00+02:00',
    performer: [{ reference: 'Organization/lab', display: 'Fürst medisinsk laboratorium' }],
    result: [{ reference: '#cholesterol' }, { reference: '#ldl' }, { reference: '#hdl' }],
    conclusion: 'Høyt kolesterol. Vi tar det opp på neste kontroll.',
  };
}

export function imagingReport(overrides: Json = {}): Json {
  return {
    resourceType: 'DiagnosticReport',
    id: 'knee-xray',
    status: 'final',
    category: [{ coding: [{ system: V2_0074, code: 'RAD', display: 'Radiology' }] }],
    code: { coding: [{ system: LOINC, code: '24675-1' }], text: 'Røntgen av høyre kne' },
    subject: { reference: 'Patient/kari' },
    effectiveDateTime: '2026-09-14T10:20:00+02:00',
    issued: '2026-09-15T08:00:00+02:00',
    resultsInterpreter: [{ reference: 'Practitioner/radiolog' }],
    conclusion: 'Ingen brudd. Litt væske i kneleddet.',
    conclusionCode: [{ coding: [{ system: 'http://snomed.info/sct', code: '263204007', display: 'Fracture' }], text: 'Ikke brudd' }],
    presentedForm: [{ contentType: 'text/html', data: base64('<h1>Beskrivelse</h1><p>Normale forhold i <b>høyre</b> kne.</p><script>alert(1)</script>') }],
    ...overrides,
  };
}

export const radiologist = { resourceType: 'Practitioner', id: 'radiolog', name: [{ text: 'Hanne Vik' }] };

export const resources = (...items: Json[]) => items as unknown as Resource[];

export function bundle(...items: unknown[]): Json {
  return { resourceType: 'Bundle', type: 'searchset', entry: items.map((resource) => ({ resource })) };
}
