import { formatDateTime, translate, type Locale } from '@hn-elements/core';
import { testIdentity, type KnownTest } from './codes.js';
import { isOutside, type Comparator, type InterpretationLevel, type RangeBounds } from './interpretation.js';
import { trendMessages } from './trend-messages.js';
import type { ReportView, ResultView } from './model.js';
import { sameUnit } from './values.js';

export { testIdentity } from './codes.js';

/**
 * Trends: the results of one test over time. A series holds results of the same test (the common test
 * its code names, else its first coding, else its name) in the same unit; results of that test in
 * another unit make a series of their own and are never drawn on one scale with these.
 */

export interface TrendPoint {
  time: Date;
  value: number;
  comparator?: Comparator;
  interpretation?: InterpretationLevel;
  resultKey: string;
  reportKey: string;
  sourceName: string;
  /** The language of the answer's source words (its `lang`), which the source's name is marked with. */
  lang: string;
}

export interface TrendSeries {
  /** `<test identity>@<unit>`: stable across loads, for the chart's id and the test filter. */
  id: string;
  /** The test identity shared by every series of the test, whatever the unit. */
  testId: string;
  test?: KnownTest;
  /** The name the newest result gives. */
  name: string;
  /** The language of that name (the newest answer's `lang`). */
  lang: string;
  unit?: string;
  /** Oldest first. */
  points: TrendPoint[];
  /** The newest result's reference range (the band); each point keeps its own interpretation. */
  range?: RangeBounds;
  /** The same test also has results in another unit, shown as another series. */
  otherUnits: boolean;
}

function* resultsOf(results: readonly ResultView[]): Generator<ResultView> {
  for (const result of results) {
    yield result;
    yield* resultsOf(result.members);
  }
}

/** Every series in the answers, by name: numeric results with a time, not cancelled. Series with one point are included. */
export function trendSeries(reports: readonly ReportView[]): TrendSeries[] {
  const byId = new Map<string, { series: TrendSeries; newest: { time: number; result: ResultView; lang: string } }>();
  const seen = new Set<string>();
  for (const report of reports) {
    for (const result of resultsOf(report.results)) {
      if (result.value?.kind !== 'quantity' || result.status === 'cancelled' || seen.has(result.key)) continue;
      const time = result.effective?.date ?? result.issued ?? report.effective?.date ?? report.issued;
      if (!time) continue;
      seen.add(result.key);
      const testId = testIdentity(result);
      const unit = result.value.unit;
      const id = `${testId}@${unit?.trim().toLowerCase() ?? ''}`;
      let entry = byId.get(id);
      if (!entry) {
        entry = { series: { id, testId, ...(result.test ? { test: result.test } : {}), name: result.name, lang: report.lang, ...(unit ? { unit } : {}), points: [], otherUnits: false }, newest: { time: -Infinity, result, lang: report.lang } };
        byId.set(id, entry);
      }
      entry.series.points.push({
        time,
        value: result.value.value,
        ...(result.value.comparator ? { comparator: result.value.comparator } : {}),
        ...(result.interpretation ? { interpretation: result.interpretation.level } : {}),
        resultKey: result.key,
        reportKey: report.key,
        sourceName: report.sourceName,
        lang: report.lang,
      });
      if (time.getTime() > entry.newest.time) entry.newest = { time: time.getTime(), result, lang: report.lang };
    }
  }
  const all = [...byId.values()].map(({ series, newest }) => {
    const range = newest.result.range;
    const usable = range && (range.low !== undefined || range.high !== undefined) && sameUnit(range.unit, series.unit);
    return {
      ...series,
      name: newest.result.name || series.name,
      lang: newest.result.name ? newest.lang : series.lang,
      points: [...series.points].sort((a, b) => a.time.getTime() - b.time.getTime()),
      ...(usable ? { range: { ...(range.low !== undefined ? { low: range.low } : {}), ...(range.high !== undefined ? { high: range.high } : {}) } } : {}),
    };
  });
  return all
    .map((series) => ({ ...series, otherUnits: all.some((other) => other.testId === series.testId && other.id !== series.id) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nb') || a.id.localeCompare(b.id));
}

export type TrendDirection = 'rising' | 'falling' | 'stable';

export interface TrendSummary {
  /** The newest value against the one before: less than 5 % change (of the range's width when it has both bounds, else of the earlier value) is stable. */
  direction?: TrendDirection;
  /** The run of the newest results on the same side of the range, and when it began. */
  range?: { state: 'within' | 'outside'; since: Date };
}

const STABLE_SHARE = 0.05;

export function summariseTrend(series: Pick<TrendSeries, 'points' | 'range'>): TrendSummary {
  const { points } = series;
  const summary: TrendSummary = {};
  const last = points[points.length - 1];
  const before = points[points.length - 2];
  if (last && before) {
    const change = last.value - before.value;
    const { low, high } = series.range ?? {};
    const scale = low !== undefined && high !== undefined && high > low ? high - low : Math.abs(before.value);
    summary.direction = scale === 0 ? (change === 0 ? 'stable' : change > 0 ? 'rising' : 'falling') : Math.abs(change) < scale * STABLE_SHARE ? 'stable' : change > 0 ? 'rising' : 'falling';
  }
  if (last?.interpretation) {
    const outside = isOutside(last.interpretation);
    let since = last.time;
    for (let at = points.length - 2; at >= 0; at -= 1) {
      const point = points[at]!;
      if (!point.interpretation || isOutside(point.interpretation) !== outside) break;
      since = point.time;
    }
    summary.range = { state: outside ? 'outside' : 'within', since };
  }
  return summary;
}

const DIRECTION_KEY = { rising: 'trendRising', falling: 'trendFalling', stable: 'trendStable' } as const;

/** The summary as sentences in the citizen's language ("Verdien har sunket. Innenfor referanseområdet siden 3. mars 2026."). */
export function trendText(series: TrendSeries, locale: Locale): string {
  const summary = summariseTrend(series);
  const sentences: string[] = [];
  if (summary.direction) sentences.push(translate(trendMessages, locale, DIRECTION_KEY[summary.direction]));
  if (summary.range) {
    const date = formatDateTime(summary.range.since, locale, 'long-date');
    sentences.push(translate(trendMessages, locale, summary.range.state === 'within' ? 'trendWithinSince' : 'trendOutsideSince', { date }));
  }
  if (series.otherUnits) sentences.push(translate(trendMessages, locale, 'trendOtherUnits'));
  return sentences.map((sentence) => (/[.!?]$/.test(sentence) ? sentence : `${sentence}.`)).join(' ');
}
