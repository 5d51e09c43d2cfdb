import type { Locale } from '@hn-elements/core';
import type { KnownTest } from '../codes.js';

/**
 * The everyday name of each common test, with the abbreviation people see on the answer, in nb, nn
 * and en. Small and always loaded: the test filter, the search and the "Hva betyr svaret på …?"
 * buttons name tests before any explanation is loaded (the explanations load per language, index.ts).
 */
export const TEST_NAMES: Readonly<Record<Locale, Readonly<Record<KnownTest, string>>>> = {
  nb: {
    hb: 'Hemoglobin (Hb)',
    crp: 'CRP (C-reaktivt protein)',
    hba1c: 'Langtidsblodsukker (HbA1c)',
    ferritin: 'Ferritin (jernlager)',
    creatinine: 'Kreatinin',
    egfr: 'eGFR (beregnet nyrefunksjon)',
    cholesterol: 'Totalkolesterol',
    ldl: 'LDL-kolesterol («det onde kolesterolet»)',
    tsh: 'TSH (stoffskifte)',
    'vitamin-d': 'D-vitamin (25-OH-vitamin D)',
    inr: 'INR (blodets levringsevne)',
    psa: 'PSA (prostataprøve)',
  },
  nn: {
    hb: 'Hemoglobin (Hb)',
    crp: 'CRP (C-reaktivt protein)',
    hba1c: 'Langtidsblodsukker (HbA1c)',
    ferritin: 'Ferritin (jernlager)',
    creatinine: 'Kreatinin',
    egfr: 'eGFR (berekna nyrefunksjon)',
    cholesterol: 'Totalkolesterol',
    ldl: 'LDL-kolesterol («det vonde kolesterolet»)',
    tsh: 'TSH (stoffskifte)',
    'vitamin-d': 'D-vitamin (25-OH-vitamin D)',
    inr: 'INR (evna blodet har til å levre seg)',
    psa: 'PSA (prostataprøve)',
  },
  en: {
    hb: 'Haemoglobin (Hb)',
    crp: 'CRP (C-reactive protein)',
    hba1c: 'Long-term blood sugar (HbA1c)',
    ferritin: 'Ferritin (iron stores)',
    creatinine: 'Creatinine',
    egfr: 'eGFR (estimated kidney function)',
    cholesterol: 'Total cholesterol',
    ldl: 'LDL cholesterol ("bad cholesterol")',
    tsh: 'TSH (thyroid function)',
    'vitamin-d': 'Vitamin D (25-OH vitamin D)',
    inr: 'INR (how fast the blood clots)',
    psa: 'PSA (prostate test)',
  },
};

/** The everyday name of `test` in `locale` (bokmål for a locale without names). */
export function testName(test: KnownTest, locale: Locale): string {
  return (TEST_NAMES[locale] ?? TEST_NAMES.nb)[test];
}
