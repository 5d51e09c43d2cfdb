import { describe, it } from 'node:test';
import { expect } from 'chai';
import { toReportViews } from '../../src/model.js';
import { summariseTrend, trendSeries, trendText, type TrendPoint } from '../../src/trend.js';
import { LOINC, NLK, SOURCE, OTHER_SOURCE, observation, report, resources } from './fixtures.js';

const crp = (id: string, day: string, value: number, extra: Record<string, unknown> = {}) =>
  observation(id, { effectiveDateTime: `${day}T08:00:00+01:00`, issued: undefined, valueQuantity: { value, unit: 'mg/L' }, ...extra });

function seriesFrom(...items: Record<string, unknown>[]) {
  return trendSeries(toReportViews(resources(...items), SOURCE).items);
}

describe('trendSeries', () => {
  it('puts the same test in the same unit in one series, oldest first, with the newest range as the band', () => {
    const series = seriesFrom(crp('a', '2026-03-01', 48), crp('b', '2026-01-10', 3), crp('c', '2026-05-01', 4, { referenceRange: [{ high: { value: 4.5, unit: 'mg/L' } }] }));
    expect(series).to.have.length(1);
    const [one] = series;
    expect([one!.id, one!.test, one!.unit, one!.otherUnits]).to.deep.equal(['test:crp@mg/l', 'crp', 'mg/L', false]);
    expect(one!.points.map((p) => [p.value, p.interpretation])).to.deep.equal([[3, 'normal'], [48, 'high'], [4, 'normal']]);
    expect(one!.range).to.deep.equal({ high: 4.5 });
  });

  it('joins LOINC- and NLK-coded results of one test, across sources', () => {
    const fromGp = toReportViews(resources(crp('a', '2026-01-01', 3)), SOURCE).items;
    const fromHospital = toReportViews(resources(crp('b', '2026-02-01', 9, { code: { coding: [{ system: LOINC, code: '1988-5' }] } })), OTHER_SOURCE).items;
    const [one] = trendSeries([...fromGp, ...fromHospital]);
    expect(one!.points.map((p) => [p.value, p.sourceName])).to.deep.equal([[3, 'Legesenteret i Sentrum'], [9, 'Helse Bergen']]);
  });

  it('never mixes units: another unit is a series of its own, and both say so', () => {
    const hb = (id: string, value: number, unit: string) =>
      observation(id, { code: { coding: [{ system: NLK, code: 'NOR05172' }] }, valueQuantity: { value, unit }, referenceRange: undefined });
    const series = seriesFrom(hb('a', 13.5, 'g/dL'), hb('b', 135, 'g/L'), hb('c', 13.1, 'g/dl'));
    expect(series.map((s) => [s.id, s.points.length, s.otherUnits])).to.deep.equal([
      ['test:hb@g/dl', 2, true],
      ['test:hb@g/l', 1, true],
    ]);
  });

  it('leaves out text values, cancelled results and results without a time; keeps panel members', () => {
    const panel = observation('p', { valueQuantity: undefined, hasMember: [{ reference: 'Observation/m' }] });
    const series = seriesFrom(
      crp('num', '2026-01-01', 3),
      observation('text', { valueQuantity: undefined, valueString: 'Positiv' }),
      crp('cancelled', '2026-02-01', 7, { status: 'cancelled' }),
      crp('undated', '2026-02-01', 7, { effectiveDateTime: undefined, issued: undefined }),
      report('r', ['Observation/p']),
      panel,
      observation('m', { code: { text: 'Natrium' }, valueQuantity: { value: 140, unit: 'mmol/L' } }),
    );
    expect(series.map((s) => [s.id, s.points.map((p) => p.value)])).to.deep.equal([
      ['test:crp@mg/l', [3]],
      ['name:natrium@mmol/l', [140]],
    ]);
  });

  it('drops the band when the range is in another unit', () => {
    const [one] = seriesFrom(crp('a', '2026-01-01', 3, { referenceRange: [{ high: { value: 0.5, unit: 'mg/dL' } }] }));
    expect(one!.range).to.equal(undefined);
  });
});

const point = (day: string, value: number, interpretation?: TrendPoint['interpretation']): TrendPoint => ({
  time: new Date(`${day}T08:00:00Z`), value, ...(interpretation ? { interpretation } : {}), resultKey: day, reportKey: day, sourceName: 'x', lang: 'nb',
});

describe('summariseTrend', () => {
  /** [what, points, range, summary] */
  const CASES: Array<[string, TrendPoint[], { low?: number; high?: number } | undefined, unknown]> = [
    ['one result: no direction, its side of the range', [point('2026-01-01', 3, 'normal')], { high: 5 }, { range: { state: 'within', since: new Date('2026-01-01T08:00:00Z') } }],
    ['rising', [point('2026-01-01', 3), point('2026-02-01', 6)], undefined, { direction: 'rising' }],
    ['falling', [point('2026-01-01', 48, 'high'), point('2026-02-01', 12, 'high')], { high: 5 }, { direction: 'falling', range: { state: 'outside', since: new Date('2026-01-01T08:00:00Z') } }],
    ['stable: under 5 % of the range`s width', [point('2026-01-01', 140), point('2026-02-01', 141)], { low: 117, high: 153 }, { direction: 'stable' }],
    ['not stable: 5 % of the range or more', [point('2026-01-01', 140), point('2026-02-01', 142)], { low: 117, high: 153 }, { direction: 'rising' }],
    ['stable against the earlier value without a full range', [point('2026-01-01', 100), point('2026-02-01', 104)], { high: 200 }, { direction: 'stable' }],
    ['from zero', [point('2026-01-01', 0), point('2026-02-01', 0)], undefined, { direction: 'stable' }],
    [
      'within since the first of the newest run',
      [point('2026-01-01', 9, 'high'), point('2026-02-01', 4, 'normal'), point('2026-03-01', 3, 'normal')],
      { high: 5 },
      { direction: 'falling', range: { state: 'within', since: new Date('2026-02-01T08:00:00Z') } },
    ],
    [
      'a critical value counts as outside',
      [point('2026-01-01', 3, 'normal'), point('2026-02-01', 9, 'high'), point('2026-03-01', 250, 'critical-high')],
      { high: 5 },
      { direction: 'rising', range: { state: 'outside', since: new Date('2026-02-01T08:00:00Z') } },
    ],
    ['no side when the newest has no interpretation', [point('2026-01-01', 3, 'normal'), point('2026-02-01', 3)], undefined, { direction: 'stable' }],
    ['nothing', [], undefined, {}],
  ];
  for (const [what, points, range, summary] of CASES) {
    it(what, () => {
      expect(summariseTrend({ points, ...(range ? { range } : {}) })).to.deep.equal(summary);
    });
  }
});

describe('trendText', () => {
  const series = (otherUnits: boolean) => ({
    id: 'test:crp@mg/l', testId: 'test:crp', name: 'CRP', lang: 'nb', unit: 'mg/L', otherUnits, range: { high: 5 },
    points: [point('2026-01-05', 48, 'high'), point('2026-03-03', 4, 'normal')],
  });
  it('says the direction and since when, in each language', () => {
    expect(trendText(series(false), 'nb')).to.equal('Verdien har sunket. Innenfor referanseområdet siden 3. mars 2026.');
    expect(trendText(series(false), 'nn')).to.equal('Verdien har søkke. Innanfor referanseområdet sidan 3. mars 2026.');
    expect(trendText(series(false), 'en')).to.equal('The value has gone down. Within the reference range since 3 March 2026.');
  });
  it('says that results in another unit are shown apart', () => {
    expect(trendText(series(true), 'nb')).to.match(/vises for seg, fordi de ikke kan sammenlignes direkte\.$/);
  });
});
