import { describe, it } from 'node:test';
import { expect } from 'chai';
import { chartGeometry, niceStep, niceTicks, type ChartBox } from '../../src/chart-geometry.js';

const BOX: ChartBox = { width: 400, height: 200, padding: { top: 10, right: 10, bottom: 30, left: 40 } };
const at = (day: string) => new Date(`${day}T08:00:00Z`);

describe('niceStep and niceTicks', () => {
  const STEPS: Array<[number, number, number]> = [[10, 4, 2.5], [100, 4, 25], [7, 4, 2], [0.3, 4, 0.1], [45, 4, 20], [0, 4, 1], [-5, 4, 1], [Number.NaN, 4, 1]];
  for (const [span, count, step] of STEPS) it(`span ${span} / ${count} -> ${step}`, () => {
    expect(niceStep(span, count)).to.equal(step);
  });

  const TICKS: Array<[number, number, number[]]> = [
    [3, 48, [0, 20, 40, 60]],
    [0.1, 0.35, [0.1, 0.2, 0.3, 0.4]],
    [117, 153, [110, 120, 130, 140, 150, 160]],
    [-2, 2, [-2, -1, 0, 1, 2]],
  ];
  for (const [min, max, ticks] of TICKS) it(`${min}–${max} -> ${ticks.join(' ')}`, () => {
    expect(niceTicks(min, max)).to.deep.equal(ticks);
  });
});

describe('chartGeometry', () => {
  it('places points left to right in time and higher values higher, inside the plot', () => {
    const g = chartGeometry({ points: [{ time: at('2026-01-01'), value: 3 }, { time: at('2026-02-01'), value: 48 }, { time: at('2026-03-01'), value: 4 }], range: { high: 5 } }, BOX);
    expect(g.plot).to.deep.equal({ left: 40, top: 10, right: 390, bottom: 170 });
    expect(g.points.map((p) => Math.round(p.x))).to.deep.equal([40, 224, 390]);
    expect(g.points[1]!.y).to.be.below(g.points[0]!.y);
    expect(g.yDomain).to.deep.equal([0, 60]);
    for (const p of g.points) {
      expect(p.y).to.be.within(10, 170);
      expect(p.x).to.be.within(40, 390);
    }
  });

  it('draws the range as a band; a range open below reaches the bottom, open above the top', () => {
    const points = [{ time: at('2026-01-01'), value: 10 }, { time: at('2026-02-01'), value: 30 }];
    const both = chartGeometry({ points, range: { low: 10, high: 20 } }, BOX);
    expect(both.yDomain).to.deep.equal([10, 30]);
    expect(both.band).to.deep.equal({ y: 90, height: 80 });
    const onlyHigh = chartGeometry({ points, range: { high: 20 } }, BOX);
    expect(onlyHigh.band!.y + onlyHigh.band!.height).to.equal(170);
    const onlyLow = chartGeometry({ points, range: { low: 20 } }, BOX);
    expect(onlyLow.band!.y).to.equal(10);
    expect(chartGeometry({ points }, BOX).band).to.equal(undefined);
  });

  it('widens the scale so the whole range shows even when every value is inside it', () => {
    const g = chartGeometry({ points: [{ time: at('2026-01-01'), value: 140 }, { time: at('2026-02-01'), value: 141 }], range: { low: 117, high: 153 } }, BOX);
    expect(g.yDomain[0]).to.be.at.most(117);
    expect(g.yDomain[1]).to.be.at.least(153);
  });

  it('handles one point, a flat series, no points and values that are not numbers', () => {
    const one = chartGeometry({ points: [{ time: at('2026-01-01'), value: 7 }] }, BOX);
    expect(one.points[0]!.x).to.equal(215);
    expect(one.yDomain[0]).to.be.below(7);
    expect(one.yDomain[1]).to.be.above(7);
    const flat = chartGeometry({ points: [{ time: at('2026-01-01'), value: 0 }, { time: at('2026-02-01'), value: 0 }] }, BOX);
    expect(flat.points.every((p) => Number.isFinite(p.y))).to.equal(true);
    const none = chartGeometry({ points: [] }, BOX);
    expect(none.points).to.deep.equal([]);
    const odd = chartGeometry({ points: [{ time: at('2026-01-01'), value: Number.NaN }, { time: new Date('x'), value: 3 }, { time: at('2026-02-01'), value: 5 }], range: { high: Number.POSITIVE_INFINITY } }, BOX);
    expect(odd.points.map((p) => p.value)).to.deep.equal([5]);
    expect(odd.band).to.equal(undefined);
  });

  it('marks every time when there are few, and five even steps when there are many', () => {
    const few = chartGeometry({ points: [1, 2, 3].map((m) => ({ time: at(`2026-0${m}-01`), value: m })) }, BOX);
    expect(few.xTicks.map((t) => t.time.toISOString().slice(0, 10))).to.deep.equal(['2026-01-01', '2026-02-01', '2026-03-01']);
    const many = chartGeometry({ points: Array.from({ length: 30 }, (_, i) => ({ time: new Date(Date.UTC(2026, 0, 1 + i * 7)), value: i })) }, BOX);
    expect(many.xTicks).to.have.length(5);
    expect(many.xTicks[0]!.x).to.equal(40);
    expect(many.xTicks[4]!.x).to.equal(390);
  });
});
