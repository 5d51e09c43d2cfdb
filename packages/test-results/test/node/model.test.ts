import { describe, it } from 'node:test';
import { expect } from 'chai';
import { toReportViews, sortReports, STATUS_KEYS, type ReportView } from '../../src/model.js';
import { testResultMessages } from '../../src/messages.js';
import { nn } from '../../src/messages-nn.js';
import { en } from '../../src/messages-en.js';

const WORDS = { nb: testResultMessages.catalogue.nb, nn, en };
import { INTERP, NLK, LOINC, OBS_CATEGORY, SOURCE, OTHER_SOURCE, base64, imagingReport, lipidReport, observation, radiologist, report, resources } from './fixtures.js';

const WITHHELD = { security: [{ system: 'urn:hn-elements:patient-release', code: 'withheld' }] };

function only(items: ReportView[]): ReportView {
  expect(items).to.have.length(1);
  return items[0]!;
}

describe('toReportViews: a lab panel (HL7 lipid example)', () => {
  const { items, problems } = toReportViews(resources(lipidReport()), SOURCE);
  const view = only(items);

  it('keys by source and id, attributes the source and reads the report', () => {
    expect(problems).to.deep.equal([]);
    expect(view.key).to.equal('fastlegen/lipids');
    expect(view.sourceName).to.equal('Legesenteret i Sentrum');
    expect(view.kind).to.equal('lab');
    expect(view.title).to.equal('Kolesterol');
    expect(view.status).to.equal('final');
    expect(view.effective?.date.toISOString()).to.equal('2026-10-01T06:00:00.000Z');
    expect(view.issued?.toISOString()).to.equal('2026-10-02T07:30:00.000Z');
    expect(view.conclusion).to.equal('Høyt kolesterol. Vi tar det opp på neste kontroll.');
    expect(view.lang).to.equal('nb');
  });

  it('names who ordered it (the contained ServiceRequest`s requester) and who performed it', () => {
    expect(view.orderedBy).to.equal('Anne Lie');
    expect(view.performer).to.equal('Fürst medisinsk laboratorium');
  });

  it('reads each contained result: value, unit, range, the common test, and where the interpretation came from', () => {
    const rows = view.results.map((r) => [r.id, r.test, r.value, r.range, r.interpretation]);
    expect(rows).to.deep.equal([
      ['cholesterol', 'cholesterol', { kind: 'quantity', value: 6.3, unit: 'mmol/L' }, { high: 4.5, unit: 'mmol/L' }, { level: 'high', from: 'range' }],
      ['ldl', 'ldl', { kind: 'quantity', value: 4.6, unit: 'mmol/L' }, { high: 3, unit: 'mmol/L' }, { level: 'high', from: 'source' }],
      ['hdl', undefined, { kind: 'quantity', value: 1.3, unit: 'mmol/L' }, { low: 1, unit: 'mmol/L' }, { level: 'normal', from: 'range' }],
    ]);
    expect(view.results[0]!.key).to.equal('fastlegen/lipids/cholesterol');
    expect(view.results[1]!.name).to.equal('LDL-kolesterol');
    expect(view.results[1]!.codes).to.deep.equal([`${NLK}|NPU01568`]);
  });
});

describe('toReportViews: statuses', () => {
  /** [FHIR status, shown as, or 'hidden' / 'problem'] */
  const CASES: Array<[unknown, string]> = [
    ['registered', 'registered'],
    ['partial', 'preliminary'],
    ['preliminary', 'preliminary'],
    ['final', 'final'],
    ['amended', 'amended'],
    ['appended', 'amended'],
    ['corrected', 'corrected'],
    ['cancelled', 'cancelled'],
    ['unknown', 'unknown'],
    ['entered-in-error', 'hidden'],
    ['FINAL', 'problem'],
    ['done', 'problem'],
  ];
  for (const [status, shown] of CASES) {
    it(`report ${String(status)} -> ${shown}`, () => {
      const { items, problems } = toReportViews(resources(report('r', [], { status })), SOURCE);
      if (shown === 'hidden') expect([items.length, problems.length]).to.deep.equal([0, 0]);
      else if (shown === 'problem') expect(problems.map((p) => p.reason)).to.deep.equal(['unknown status']);
      else expect(only(items).status).to.equal(shown);
    });
  }

  it('every shown status has a label and a plain explanation in nb, nn and en', () => {
    for (const keys of Object.values(STATUS_KEYS)) {
      for (const locale of ['nb', 'nn', 'en'] as const) {
        expect(WORDS[locale][keys.label], `${locale} ${keys.label}`).to.be.a('string').and.not.equal('');
        expect(WORDS[locale][keys.explanation], `${locale} ${keys.explanation}`).to.be.a('string').and.not.equal('');
      }
    }
  });

  it('an entered-in-error result is not shown, in a report or on its own, and neither are the results of an entered-in-error report', () => {
    const { items, problems } = toReportViews(
      resources(
        report('r', ['Observation/ok', 'Observation/wrong']),
        observation('ok'),
        observation('wrong', { status: 'entered-in-error' }),
        observation('alone-wrong', { status: 'entered-in-error' }),
        report('void', ['Observation/in-void'], { status: 'entered-in-error' }),
        observation('in-void'),
      ),
      SOURCE,
    );
    expect(problems).to.deep.equal([]);
    expect(items.map((i) => [i.key, i.results.map((r) => r.id)])).to.deep.equal([['fastlegen/r', ['ok']]]);
  });
});

describe('toReportViews: values', () => {
  /** [what, value fields, shown value or 'problem'] */
  const CASES: Array<[string, Record<string, unknown>, unknown]> = [
    ['a quantity with a unit', { valueQuantity: { value: 142, unit: 'g/L' } }, { kind: 'quantity', value: 142, unit: 'g/L' }],
    ['a quantity with only a UCUM code', { valueQuantity: { value: 7.1, code: 'mmol/L' } }, { kind: 'quantity', value: 7.1, unit: 'mmol/L' }],
    ['a quantity with a comparator', { valueQuantity: { value: 0.6, comparator: '<', unit: 'mg/L' } }, { kind: 'quantity', value: 0.6, comparator: '<', unit: 'mg/L' }],
    ['an integer', { valueInteger: 3 }, { kind: 'quantity', value: 3 }],
    ['a string', { valueString: '  Negativ ' }, { kind: 'text', text: 'Negativ' }],
    ['a coded answer', { valueCodeableConcept: { coding: [{ system: 'http://snomed.info/sct', code: '260385009', display: 'Negative' }], text: 'Ikke påvist' } }, { kind: 'coded', text: 'Ikke påvist' }],
    ['no value', {}, undefined],
    ['a quantity whose value is a string', { valueQuantity: { value: '5,2', unit: 'mmol/L' } }, 'problem'],
    ['a quantity whose value is not finite', { valueQuantity: { value: Number.NaN } }, 'problem'],
    ['a quantity with an unknown comparator', { valueQuantity: { value: 5, comparator: '~' } }, 'problem'],
    ['a quantity that is a list', { valueQuantity: [{ value: 5 }] }, 'problem'],
    ['an integer that is not one', { valueInteger: 2.5 }, 'problem'],
  ];
  for (const [what, fields, shown] of CASES) {
    it(what, () => {
      const lone = observation('o', { valueQuantity: undefined, referenceRange: undefined, ...fields });
      const { items, problems } = toReportViews(resources(lone), SOURCE);
      if (shown === 'problem') {
        expect(items).to.deep.equal([]);
        expect(problems).to.have.length(1);
        expect(problems[0]!.reason).to.match(/^invalid value/);
      } else {
        expect(only(items).results[0]!.value).to.deep.equal(shown);
      }
    });
  }

  it('says why a value is missing, in the source`s words', () => {
    const lone = observation('o', { valueQuantity: undefined, dataAbsentReason: { text: 'Prøven var hemolysert' } });
    expect(only(toReportViews(resources(lone), SOURCE).items).results[0]!.absentReason).to.equal('Prøven var hemolysert');
  });
});

describe('toReportViews: interpretation', () => {
  const coded = (code: string, system = INTERP) => ({ interpretation: [{ coding: [{ system, code }] }] });
  /** [what, fields, interpretation] */
  const CASES: Array<[string, Record<string, unknown>, unknown]> = [
    ['coded N', coded('N'), { level: 'normal', from: 'source' }],
    ['coded H', coded('H'), { level: 'high', from: 'source' }],
    ['coded L', coded('L'), { level: 'low', from: 'source' }],
    ['coded A', coded('A'), { level: 'abnormal', from: 'source' }],
    ['coded HH', coded('HH'), { level: 'critical-high', from: 'source' }],
    ['coded LL', coded('LL'), { level: 'critical-low', from: 'source' }],
    ['coded AA', coded('AA'), { level: 'critical', from: 'source' }],
    ['coded in v2-0078', coded('H', 'http://terminology.hl7.org/CodeSystem/v2-0078'), { level: 'high', from: 'source' }],
    ['a code of another system is not read; the range decides', coded('H', 'urn:local'), { level: 'normal', from: 'range' }],
    ['an unknown code; the range decides', coded('XYZ'), { level: 'normal', from: 'range' }],
    ['above the range', { valueQuantity: { value: 48, unit: 'mg/L' } }, { level: 'high', from: 'range' }],
    ['on the upper bound is normal', { valueQuantity: { value: 5, unit: 'mg/L' } }, { level: 'normal', from: 'range' }],
    ['below the lower bound', { valueQuantity: { value: 100, unit: 'g/L' }, referenceRange: [{ low: { value: 117, unit: 'g/L' }, high: { value: 153, unit: 'g/L' } }] }, { level: 'low', from: 'range' }],
    ['"<0.6" under an upper bound is normal', { valueQuantity: { value: 0.6, comparator: '<', unit: 'mg/L' } }, { level: 'normal', from: 'range' }],
    ['">90" against a lower bound of 60 is normal', { valueQuantity: { value: 90, comparator: '>' }, referenceRange: [{ low: { value: 60 } }] }, { level: 'normal', from: 'range' }],
    ['"<10" against 5–20 cannot be told', { valueQuantity: { value: 10, comparator: '<' }, referenceRange: [{ low: { value: 5 }, high: { value: 20 } }] }, undefined],
    ['a range in another unit is not compared', { valueQuantity: { value: 48, unit: 'mg/L' }, referenceRange: [{ high: { value: 5, unit: 'mg/dL' } }] }, undefined],
    ['a range with only text', { referenceRange: [{ text: 'Under 5' }] }, undefined],
    ['a range that is not the normal one', { valueQuantity: { value: 2.5 }, referenceRange: [{ type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/referencerange-meaning', code: 'therapeutic' }] }, low: { value: 2 }, high: { value: 3 } }] }, undefined],
    ['no range, no code', { referenceRange: undefined }, undefined],
    ['interpretation that is not a list', { interpretation: { coding: [{ system: INTERP, code: 'H' }] } }, { level: 'normal', from: 'range' }],
  ];
  for (const [what, fields, interpretation] of CASES) {
    it(what, () => {
      const result = only(toReportViews(resources(observation('o', fields)), SOURCE).items).results[0]!;
      expect(result.interpretation).to.deep.equal(interpretation);
    });
  }
});

describe('toReportViews: dates', () => {
  /** [effective fields, issued, outcome: ISO of effective, or a problem reason] */
  const CASES: Array<[Record<string, unknown>, unknown, string]> = [
    [{ effectiveDateTime: '2026-11-02T08:15:00+01:00' }, '2026-11-02T13:40:00+01:00', '2026-11-02T07:15:00.000Z'],
    [{ effectiveDateTime: '2026-11-02' }, undefined, '2026-11-02T11:00:00.000Z'],
    [{ effectivePeriod: { start: '2026-11-02T08:00:00Z', end: '2026-11-03T08:00:00Z' } }, undefined, '2026-11-02T08:00:00.000Z'],
    [{ effectiveDateTime: '2026-02-30T08:00:00Z' }, undefined, 'invalid effective date'],
    [{ effectiveDateTime: '2026-11-02T08:00:00' }, undefined, 'invalid effective date'],
    [{ effectiveDateTime: 20261102 }, undefined, 'invalid effective date'],
    [{ effectivePeriod: { start: 'i går' } }, undefined, 'invalid effective date'],
    [{ effectiveDateTime: '2026-11-02T08:00:00Z' }, '2026-11-02', 'invalid issued date'],
    [{ effectiveDateTime: '2026-11-02T08:00:00Z' }, '2026-04-31T10:00:00Z', 'invalid issued date'],
    [{}, undefined, 'none'],
  ];
  for (const [effective, issued, outcome] of CASES) {
    it(`${JSON.stringify(effective)} issued ${String(issued)} -> ${outcome}`, () => {
      const { items, problems } = toReportViews(resources(report('r', [], { effectiveDateTime: undefined, issued, ...effective })), SOURCE);
      if (outcome.startsWith('invalid')) {
        expect(items).to.deep.equal([]);
        expect(problems.map((p) => [p.id, p.reason, p.resourceType])).to.deep.equal([['r', outcome, 'DiagnosticReport']]);
      } else {
        expect(only(items).effective?.date.toISOString()).to.equal(outcome === 'none' ? undefined : outcome);
      }
    });
  }

  it('a result with an impossible date is left out of its report and counted; the report stays', () => {
    const { items, problems } = toReportViews(resources(report('r', ['Observation/a', 'Observation/b']), observation('a'), observation('b', { effectiveDateTime: '2026-13-01' })), SOURCE);
    expect(only(items).results.map((r) => r.id)).to.deep.equal(['a']);
    expect(problems.map((p) => [p.index, p.id, p.resourceType, p.reason])).to.deep.equal([[2, 'b', 'Observation', 'invalid effective date']]);
  });
});

describe('toReportViews: panels, references and lone results', () => {
  it('reads a panel`s members (hasMember), once each, in a report and in the bundle', () => {
    const panel = observation('cbc', { valueQuantity: undefined, referenceRange: undefined, code: { text: 'Blodstatus' }, hasMember: [{ reference: 'Observation/hb' }, { reference: 'Observation/wbc' }] });
    const hb = observation('hb', { code: { coding: [{ system: NLK, code: 'NOR05172' }], text: 'Hemoglobin' }, valueQuantity: { value: 11.2, unit: 'g/dL' }, referenceRange: [{ low: { value: 11.7 }, high: { value: 15.3 } }] });
    const wbc = observation('wbc', { code: { text: 'Leukocytter' }, valueQuantity: { value: 6.1, unit: '10*9/L' }, referenceRange: undefined });
    const view = only(toReportViews(resources(report('r', ['Observation/cbc', 'Observation/hb']), panel, hb, wbc), SOURCE).items);
    expect(view.results.map((r) => [r.id, r.members.map((m) => [m.id, m.test, m.interpretation?.level])])).to.deep.equal([
      ['cbc', [['hb', 'hb', 'low'], ['wbc', undefined, undefined]]],
    ]);
  });

  it('survives a panel that contains itself, and panels nested deeper than three levels', () => {
    const loop = observation('loop', { hasMember: [{ reference: 'Observation/loop' }, { reference: 'Observation/d1' }] });
    const chain = [1, 2, 3, 4, 5].map((n) => observation(`d${n}`, { hasMember: [{ reference: `Observation/d${n + 1}` }] }));
    const { items } = toReportViews(resources(report('r', ['Observation/loop']), loop, ...chain), SOURCE);
    let depth = 0;
    for (let node = items[0]!.results[0]; node; node = node.members.find((m) => m.id.startsWith('d'))) depth += 1;
    expect(depth).to.equal(4);
    // What lies deeper is not lost: it is shown as an answer of its own.
    expect(items.map((i) => [i.key, i.results[0]!.members.map((m) => m.id)])).to.deep.equal([
      ['fastlegen/r', ['d1']],
      ['fastlegen/Observation/d4', ['d5']],
    ]);
  });

  it('shows a lab result that no report holds on its own, and leaves out other observations (vital signs)', () => {
    const vital = observation('bp', { category: [{ coding: [{ system: OBS_CATEGORY, code: 'vital-signs' }] }] });
    const { items } = toReportViews(resources(observation('crp'), vital), SOURCE);
    const view = only(items);
    expect([view.key, view.resourceType, view.title, view.results[0]!.key]).to.deep.equal(['fastlegen/Observation/crp', 'Observation', 'CRP', 'fastlegen/Observation/crp/crp']);
  });

  it('shows a result brought by two searches once', () => {
    const { items } = toReportViews(resources(report('r', ['Observation/a']), observation('a'), observation('a')), SOURCE);
    expect(only(items).results).to.have.length(1);
  });

  it('ignores references that lead nowhere or to another type', () => {
    const odd = report('r', [], { result: [null, 42, { reference: 42 }, { reference: 'Patient/kari' }, { reference: '#missing' }, { reference: 'Observation/gone' }], basedOn: 'x', performer: [{ reference: 'Organization/none' }] });
    const view = only(toReportViews(resources(odd), SOURCE).items);
    expect([view.results, view.orderedBy, view.performer]).to.deep.equal([[], undefined, undefined]);
  });

  it('reads who ordered it from a ServiceRequest in the same source', () => {
    const request = { resourceType: 'ServiceRequest', id: 'sr', status: 'completed', intent: 'order', subject: { reference: 'Patient/kari' }, requester: { reference: 'Practitioner/lege' } };
    const doctor = { resourceType: 'Practitioner', id: 'lege', name: [{ given: ['Ola'], family: 'Berg' }] };
    const view = only(toReportViews(resources(report('r', [], { basedOn: [{ reference: 'ServiceRequest/sr' }] }), request, doctor), SOURCE).items);
    expect(view.orderedBy).to.equal('Ola Berg');
  });

  it('keys the same id from two sources apart and attributes each', () => {
    const a = toReportViews(resources(report('r1', [])), SOURCE).items[0]!;
    const b = toReportViews(resources(report('r1', [])), OTHER_SOURCE).items[0]!;
    expect([a.key, a.sourceName, b.key, b.sourceName]).to.deep.equal(['fastlegen/r1', 'Legesenteret i Sentrum', 'helse-bergen/r1', 'Helse Bergen']);
  });

  it('in bundle mode keys by `bundle` and attributes the performer', () => {
    const view = only(toReportViews(resources(lipidReport()), undefined).items);
    expect([view.key, view.sourceId, view.sourceName]).to.deep.equal(['bundle/lipids', '', 'Fürst medisinsk laboratorium']);
  });
});

describe('toReportViews: imaging', () => {
  it('reads the conclusion, its codes and the report`s text (HTML as text, scripts gone)', () => {
    const view = only(toReportViews(resources(imagingReport(), radiologist), SOURCE).items);
    expect(view.kind).to.equal('imaging');
    expect(view.title).to.equal('Røntgen av høyre kne');
    expect(view.performer).to.equal('Hanne Vik');
    expect(view.conclusion).to.equal('Ingen brudd. Litt væske i kneleddet.');
    expect(view.conclusionCodes).to.deep.equal(['Ikke brudd']);
    expect(view.presentedText).to.equal('Beskrivelse. Normale forhold i høyre kne.');
  });

  it('reads plain text, and says when the text cannot be read', () => {
    const plain = only(toReportViews(resources(imagingReport({ presentedForm: [{ contentType: 'text/plain; charset=utf-8', data: base64('Ultralyd: normal.') }] })), SOURCE).items);
    expect(plain.presentedText).to.equal('Ultralyd: normal.');
    const broken = only(toReportViews(resources(imagingReport({ presentedForm: [{ contentType: 'text/plain', data: '%%% ikke base64 %%%' }] })), SOURCE).items);
    expect([broken.presentedText, broken.presentedUnreadable]).to.deep.equal([undefined, true]);
    const pdf = only(toReportViews(resources(imagingReport({ presentedForm: [{ contentType: 'application/pdf', data: base64('%PDF-1.4') }] })), SOURCE).items);
    expect([pdf.presentedText, pdf.presentedUnreadable]).to.deep.equal([undefined, undefined]);
  });
});

describe('toReportViews: not released to the patient', () => {
  it('leaves out a withheld report with its results, and a withheld result of a released report, and counts both', () => {
    const { items, withheld, problems } = toReportViews(
      resources(
        report('held', ['Observation/h1'], { meta: WITHHELD }),
        observation('h1'),
        report('open', ['Observation/o1', 'Observation/o2']),
        observation('o1'),
        observation('o2', { meta: WITHHELD }),
        observation('lone', { meta: WITHHELD }),
      ),
      SOURCE,
    );
    expect(problems).to.deep.equal([]);
    expect(items.map((i) => [i.id, i.results.map((r) => r.id), i.withheldResults])).to.deep.equal([['open', ['o1'], 1]]);
    expect(withheld).to.equal(3);
  });

  it('does not take another label for the release marker', () => {
    const other = { security: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality', code: 'R' }] };
    expect(toReportViews(resources(observation('o', { meta: other })), SOURCE).items).to.have.length(1);
  });
});

describe('toReportViews: hostile input', () => {
  it('keeps markup and bidi tricks as safe text', () => {
    const hostile = observation('x', { code: { text: '<img src=x onerror="window.__pwned=1">' }, note: [{ text: 'Se\u202E fdp.exe' }, { text: 42 }] });
    const result = only(toReportViews(resources(hostile), SOURCE).items).results[0]!;
    expect(result.name).to.equal('<img src=x onerror="window.__pwned=1">');
    expect(result.note).to.equal('Se fdp.exe');
  });

  it('never throws on wrongly shaped fields', () => {
    const odd = [
      report('r1', [], { code: 'Blodprøve', category: 'LAB', contained: 'x', presentedForm: [null, { contentType: 7 }], conclusionCode: [null, 3] }),
      observation('o1', { code: null, referenceRange: [null, { low: 'lav' }], interpretation: [null], hasMember: 'all', performer: [{}] }),
      observation('o2', { note: 'tekst', category: [{ coding: 'laboratory' }] }),
    ];
    expect(() => toReportViews(resources(...odd), SOURCE)).not.to.throw();
  });
});

describe('sortReports', () => {
  it('newest first by sample time, else answer time; undated last in their order', () => {
    const { items } = toReportViews(
      resources(
        report('undated-1', [], { effectiveDateTime: undefined, issued: undefined }),
        report('old', [], { effectiveDateTime: '2025-01-01' }),
        report('issued-only', [], { effectiveDateTime: undefined, issued: '2026-06-01T10:00:00Z' }),
        report('new', [], { effectiveDateTime: '2026-11-20T08:00:00Z' }),
        report('undated-2', [], { effectiveDateTime: undefined, issued: undefined }),
      ),
      SOURCE,
    );
    expect(sortReports(items).map((i) => i.id)).to.deep.equal(['new', 'issued-only', 'old', 'undated-1', 'undated-2']);
    expect(LOINC).to.be.a('string');
  });
});
