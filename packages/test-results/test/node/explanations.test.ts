import { describe, it } from 'node:test';
import { expect } from 'chai';
import { KNOWN_TESTS, LOINC, NLK, TEST_CODES, knownTestOf } from '../../src/codes.js';
import { TEST_NAMES, explainCoded, explainResult, loadExplanations } from '../../src/explanations/index.js';
import { en } from '../../src/explanations/en.js';
import { nb } from '../../src/explanations/nb.js';
import { nn } from '../../src/explanations/nn.js';
import type { InterpretationLevel } from '../../src/interpretation.js';
import { testResultMessages } from '../../src/messages.js';

const LOCALES = ['nb', 'nn', 'en'] as const;

describe('recognised codes', () => {
  /** [system, code, test] — the codes sources use, LOINC and NLK */
  const CASES: Array<[string, string, string | undefined]> = [
    [LOINC, '718-7', 'hb'],
    [NLK, 'NOR05172', 'hb'],
    [LOINC, '1988-5', 'crp'],
    [NLK, 'NPU19748', 'crp'],
    [LOINC, '4548-4', 'hba1c'],
    [NLK, 'NPU27300', 'hba1c'],
    [LOINC, '2276-4', 'ferritin'],
    [NLK, 'NPU19763', 'ferritin'],
    [LOINC, '14682-9', 'creatinine'],
    [NLK, 'NPU04998', 'creatinine'],
    [LOINC, '62238-1', 'egfr'],
    [LOINC, '98979-8', 'egfr'],
    [LOINC, '14647-2', 'cholesterol'],
    [NLK, 'NPU01566', 'cholesterol'],
    [LOINC, '13457-7', 'ldl'],
    [NLK, 'NPU01568', 'ldl'],
    [LOINC, '3016-3', 'tsh'],
    [NLK, 'NPU03577', 'tsh'],
    [LOINC, '62292-8', 'vitamin-d'],
    [NLK, 'NPU10267', 'vitamin-d'],
    [LOINC, '6301-6', 'inr'],
    [NLK, 'NPU01685', 'inr'],
    [LOINC, '2857-1', 'psa'],
    [NLK, 'NPU08669', 'psa'],
    // a code in the wrong system, an unknown code, case matters in codes
    [LOINC, 'NPU19748', undefined],
    [NLK, '1988-5', undefined],
    [NLK, 'npu19748', undefined],
    [LOINC, '14646-4', undefined],
    ['urn:oid:2.16.578.1.12.4.1.1.7280 ', 'NPU19748', 'crp'],
  ];
  for (const [system, code, test] of CASES) {
    it(`${system} ${code} -> ${String(test)}`, () => {
      expect(knownTestOf({ coding: [{ system, code }] })).to.equal(test);
    });
  }

  it('reads the first coding that names a common test, and nothing from shapes that are not concepts', () => {
    expect(knownTestOf({ coding: [{ system: 'urn:local', code: 'CRP' }, { system: NLK, code: 'NPU19748' }] })).to.equal('crp');
    for (const odd of [null, 'CRP', { coding: 'x' }, { coding: [null, { system: 1, code: 2 }] }]) expect(knownTestOf(odd)).to.equal(undefined);
  });

  it('gives no code to two tests', () => {
    const all = KNOWN_TESTS.flatMap((test) => [...TEST_CODES[test].loinc.map((c) => `L${c}`), ...TEST_CODES[test].nlk.map((c) => `N${c}`)]);
    expect(new Set(all).size).to.equal(all.length);
  });
});

const EXPLANATIONS = { nb, nn, en };

describe('explanations', () => {
  it('has every test in nb, nn and en, with a name, what it measures and what a normal result means, each its own text', () => {
    for (const test of KNOWN_TESTS) {
      for (const locale of LOCALES) {
        const words = EXPLANATIONS[locale].tests[test];
        expect(TEST_NAMES[locale][test], `${locale} ${test} name`).to.be.a('string').with.length.above(2);
        for (const field of ['about', 'normal'] as const) expect(words[field], `${locale} ${test} ${field}`).to.be.a('string').with.length.above(2);
        expect(words.high ?? words.low, `${locale} ${test} says what a result outside means`).to.be.a('string');
      }
      expect(EXPLANATIONS.nn.tests[test].about, `${test}: nynorsk is not bokmål`).not.to.equal(EXPLANATIONS.nb.tests[test].about);
      expect(EXPLANATIONS.en.tests[test].about).not.to.equal(EXPLANATIONS.nb.tests[test].about);
    }
  });

  it('has the same sides (high, low, own advice) in every language', () => {
    for (const test of KNOWN_TESTS) {
      const shape = (locale: (typeof LOCALES)[number]) => Object.keys(EXPLANATIONS[locale].tests[test]).sort();
      expect(shape('nn'), test).to.deep.equal(shape('nb'));
      expect(shape('en'), test).to.deep.equal(shape('nb'));
    }
  });

  /** [level, which text is the meaning, which is the next step] */
  const LEVELS: Array<[InterpretationLevel | undefined, string | undefined, string]> = [
    ['normal', 'normal', 'nextNormal'],
    ['high', 'high', 'nextOutside'],
    ['low', 'low', 'nextOutside'],
    ['critical-high', 'high', 'nextCritical'],
    ['critical-low', 'low', 'nextCritical'],
    ['critical', 'outside', 'nextCritical'],
    ['abnormal', 'outside', 'nextOutside'],
    [undefined, undefined, 'nextUnknown'],
  ];
  for (const [level, meaning, next] of LEVELS) {
    it(`Hb ${String(level)}: meaning ${String(meaning)}, next ${next}`, () => {
      for (const locale of LOCALES) {
        const texts = EXPLANATIONS[locale];
        const explained = explainResult('hb', level, locale, texts);
        const expectedMeaning = meaning === undefined ? undefined : meaning === 'outside' ? texts.shared.outside : texts.tests.hb[meaning as 'normal' | 'high' | 'low'];
        expect(explained.meaning).to.equal(expectedMeaning);
        expect(explained.next).to.equal(texts.shared[next as 'nextNormal']);
      }
    });
  }

  it('a critical result always says the doctor will get in touch', () => {
    expect(explainResult('crp', 'critical-high', 'nb', nb).next).to.match(/^Legen din tar kontakt med deg/);
    expect(explainResult('crp', 'critical-high', 'nn', nn).next).to.match(/^Legen din tek kontakt med deg/);
    expect(explainResult('crp', 'critical-high', 'en', en).next).to.match(/^Your doctor will contact you/);
  });

  it('uses a test`s own advice when it has one, and the shared words for a side it has none for', () => {
    expect(explainResult('inr', 'high', 'nb', nb).next).to.equal(EXPLANATIONS.nb.tests.inr.nextOutside);
    expect(explainResult('crp', 'low', 'nb', nb).meaning).to.equal(EXPLANATIONS.nb.shared.outside);
  });

  it('explains a coded result (the name in English once its words are loaded), and nothing for a code it does not know', async () => {
    await testResultMessages.load('en');
    expect(explainCoded({ coding: [{ system: NLK, code: 'NPU27300' }] }, 'high', 'en', en)?.name).to.equal('Long-term blood sugar (HbA1c)');
    expect(explainCoded({ coding: [{ system: LOINC, code: '14646-4' }] }, 'high', 'en', en)).to.equal(undefined);
  });

  it('loads the explanations of one language at a time, each its own module', async () => {
    expect(await loadExplanations('nn')).to.equal(nn);
    expect(await loadExplanations('en')).to.equal(en);
    expect(await loadExplanations('nb')).to.equal(nb);
  });
});
