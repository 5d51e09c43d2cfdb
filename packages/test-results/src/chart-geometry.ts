import type { RangeBounds } from './interpretation.js';

/**
 * Pure geometry for the trend chart (inline SVG): time along x, value up y, the reference range as a
 * band. No DOM and no chart library: the element draws what this returns, and the same numbers go
 * into the table alternative. Coordinates are in the SVG's own user units (its viewBox), so the chart
 * scales with the page and stays sharp at any zoom.
 */

export interface ChartBox {
  width: number;
  height: number;
  /** Room for the axis labels: top, right, bottom, left. */
  padding: { top: number; right: number; bottom: number; left: number };
}

export interface ChartInput {
  points: readonly { time: Date; value: number }[];
  range?: RangeBounds;
}

export interface ChartGeometry {
  /** Each input point with a finite value and time, in order, placed. */
  points: { x: number; y: number; value: number; time: Date }[];
  /** The reference range between the plot's edges; a range open on one side reaches that edge. */
  band?: { y: number; height: number };
  yTicks: { value: number; y: number }[];
  xTicks: { time: Date; x: number }[];
  yDomain: [number, number];
  xDomain: [Date, Date];
  /** The plotting area inside the padding. */
  plot: { left: number; top: number; right: number; bottom: number };
}

/** A step of 1, 2, 2.5 or 5 times a power of ten that cuts `span` into about `count` parts. */
export function niceStep(span: number, count: number): number {
  if (!(span > 0) || !(count > 0)) return 1;
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const factor = [1, 2, 2.5, 5, 10].find((f) => f * power >= raw) ?? 10;
  return factor * power;
}

/** Round tick values from `min` to `max` (both widened to a tick), without floating-point dust. */
export function niceTicks(min: number, max: number, count = 4): number[] {
  const step = niceStep(max - min, count);
  const first = Math.floor(min / step) * step;
  const last = Math.ceil(max / step) * step;
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  const ticks: number[] = [];
  for (let value = first; value <= last + step / 2 && ticks.length < 50; value += step) ticks.push(Number(value.toFixed(decimals)));
  return ticks;
}

const DAY = 86_400_000;

export function chartGeometry(input: ChartInput, box: ChartBox): ChartGeometry {
  const valid = input.points.filter((p) => Number.isFinite(p.value) && Number.isFinite(p.time.getTime()));
  const plot = { left: box.padding.left, top: box.padding.top, right: box.width - box.padding.right, bottom: box.height - box.padding.bottom };
  const { low, high } = input.range ?? {};
  const finiteLow = low !== undefined && Number.isFinite(low) ? low : undefined;
  const finiteHigh = high !== undefined && Number.isFinite(high) ? high : undefined;

  // y: every value and the range's bounds, widened to round ticks; a flat series gets room around it.
  const values = [...valid.map((p) => p.value), ...(finiteLow !== undefined ? [finiteLow] : []), ...(finiteHigh !== undefined ? [finiteHigh] : [])];
  let min = values.length ? Math.min(...values) : 0;
  let max = values.length ? Math.max(...values) : 1;
  if (min === max) {
    const room = Math.abs(min) * 0.1 || 1;
    min -= room;
    max += room;
  }
  const yTickValues = niceTicks(min, max);
  const yDomain: [number, number] = [yTickValues[0]!, yTickValues[yTickValues.length - 1]!];
  const y = (value: number) => plot.bottom - ((value - yDomain[0]) / (yDomain[1] - yDomain[0])) * (plot.bottom - plot.top);

  // x: from the first to the last time; one point (or one moment) is placed in the middle of a day's span.
  const times = valid.map((p) => p.time.getTime());
  let start = times.length ? Math.min(...times) : 0;
  let end = times.length ? Math.max(...times) : DAY;
  if (start === end) {
    start -= DAY / 2;
    end += DAY / 2;
  }
  const x = (time: number) => plot.left + ((time - start) / (end - start)) * (plot.right - plot.left);

  const points = valid.map((p) => ({ x: x(p.time.getTime()), y: y(p.value), value: p.value, time: p.time }));
  const band =
    finiteLow !== undefined || finiteHigh !== undefined
      ? (() => {
          const top = finiteHigh !== undefined ? y(finiteHigh) : plot.top;
          const bottom = finiteLow !== undefined ? y(finiteLow) : plot.bottom;
          return { y: Math.min(top, bottom), height: Math.abs(bottom - top) };
        })()
      : undefined;
  const distinct = [...new Set(times)].sort((a, b) => a - b);
  const xTimes = distinct.length <= 6 ? distinct : Array.from({ length: 5 }, (_, i) => start + ((end - start) * i) / 4);
  return {
    points,
    ...(band ? { band } : {}),
    yTicks: yTickValues.map((value) => ({ value, y: y(value) })),
    xTicks: xTimes.map((time) => ({ time: new Date(time), x: x(time) })),
    yDomain,
    xDomain: [new Date(start), new Date(end)],
    plot,
  };
}
