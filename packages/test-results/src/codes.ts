import { isRecord, listOf, readText } from '@hn-elements/core';
import type { ResultView } from './model.js';

/**
 * The code systems test results are read in, and which common tests the component recognises by
 * their codes (docs/data-model.md, "Test results"). One table: the explanations, the trends and the
 * test filter all name a test by its `KnownTest`.
 */

export const LOINC = 'http://loinc.org';
/** Norsk laboratoriekodeverk (NLK, volven code set 7280): NPU codes and the Norwegian NOR codes. */
export const NLK = 'urn:oid:2.16.578.1.12.4.1.1.7280';
export const OBSERVATION_INTERPRETATION = 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation';
/** HL7 v2 table 0078, the same interpretation codes; R4's own examples still use it. */
export const V2_INTERPRETATION = 'http://terminology.hl7.org/CodeSystem/v2-0078';
/** DiagnosticReport.category: `LAB`, `RAD` and the other diagnostic service sections. */
export const DIAGNOSTIC_SERVICE_SECTION = 'http://terminology.hl7.org/CodeSystem/v2-0074';
export const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';

/** The codes each common test is recognised by: LOINC codes, and NLK codes (NPU… and NOR…). */
export const TEST_CODES = {
  hb: { loinc: ['718-7'], nlk: ['NOR05172', 'NPU02319'] },
  crp: { loinc: ['1988-5'], nlk: ['NPU19748', 'NOR05091'] },
  hba1c: { loinc: ['4548-4', '59261-8'], nlk: ['NPU27300', 'NPU03835'] },
  ferritin: { loinc: ['2276-4'], nlk: ['NPU19763'] },
  creatinine: { loinc: ['2160-0', '14682-9'], nlk: ['NPU04998', 'NPU18016'] },
  egfr: { loinc: ['62238-1', '98979-8', '33914-3'], nlk: [] },
  cholesterol: { loinc: ['2093-3', '14647-2'], nlk: ['NPU01566'] },
  ldl: { loinc: ['13457-7', '2089-1', '22748-8'], nlk: ['NPU01568'] },
  tsh: { loinc: ['3016-3', '11580-8'], nlk: ['NPU03577', 'NPU27547'] },
  'vitamin-d': { loinc: ['62292-8', '1989-3'], nlk: ['NPU10267', 'NPU01435', 'NPU26810'] },
  inr: { loinc: ['6301-6', '34714-6'], nlk: ['NPU01685'] },
  psa: { loinc: ['2857-1'], nlk: ['NPU08669', 'NPU12534', 'NOR25702'] },
} as const satisfies Record<string, { loinc: readonly string[]; nlk: readonly string[] }>;

export type KnownTest = keyof typeof TEST_CODES;

/** The common tests, in the table's order. */
export const KNOWN_TESTS = Object.keys(TEST_CODES) as readonly KnownTest[];

const BY_CODE: ReadonlyMap<string, KnownTest> = new Map(
  KNOWN_TESTS.flatMap((test) => [
    ...TEST_CODES[test].loinc.map((code: string) => [`${LOINC}|${code}`, test] as const),
    ...TEST_CODES[test].nlk.map((code: string) => [`${NLK}|${code}`, test] as const),
  ]),
);

/** `system|code` of each coding of a CodeableConcept that has both (core's readText: trimmed, not blank), in order. */
export function conceptKeys(concept: unknown): string[] {
  return listOf(isRecord(concept) ? concept['coding'] : undefined).flatMap((coding) => {
    const system = isRecord(coding) ? readText(coding['system']) : undefined;
    const code = isRecord(coding) ? readText(coding['code']) : undefined;
    return system && code ? [`${system}|${code}`] : [];
  });
}

/** The common test a CodeableConcept's codings name (the first coding that is one), if any. */
export function knownTestOf(concept: unknown): KnownTest | undefined {
  for (const key of conceptKeys(concept)) {
    const test = BY_CODE.get(key);
    if (test) return test;
  }
  return undefined;
}

/** The identity of a test across answers and sources: the common test, else the first `system|code`, else the name. */
export function testIdentity(result: Pick<ResultView, 'test' | 'codes' | 'name'>): string {
  if (result.test) return `test:${result.test}`;
  if (result.codes[0]) return `code:${result.codes[0]}`;
  return `name:${result.name.trim().toLocaleLowerCase('nb')}`;
}
