import { html, nothing, svg, type TemplateResult } from 'lit';
import { formatDateTime, formatNumber, translate, withSourceWords, type Locale } from '@hn-elements/core';
import { chartGeometry, type ChartBox } from '../chart-geometry.js';
import { INTERPRETATION_KEYS } from '../interpretation.js';
import type { TestResultMessageKey } from '../messages.js';
import { trendText, type TrendSeries } from '../trend.js';
import { trendMessages, type TrendMessageKey } from '../trend-messages.js';

export interface TrendContext {
  t: (key: TestResultMessageKey, params?: Record<string, string | number>) => string;
  locale: Locale;
  headingLevel: number;
}

/** The SVG's own coordinates: it scales to its box, so it stays sharp at any zoom. */
const BOX: ChartBox = { width: 600, height: 240, padding: { top: 12, right: 16, bottom: 36, left: 56 } };

/**
 * One test over time: a heading, the summary in words, the chart (an image named by that summary)
 * and the same numbers as a table, which is the way a screen-reader or keyboard user reads them.
 */
export function trendChart(series: TrendSeries, ctx: TrendContext): TemplateResult {
  const { t, locale } = ctx;
  const tt = (key: TrendMessageKey, params?: Record<string, string | number>) => translate(trendMessages, locale, key, params);
  const summary = trendText(series, locale);
  const geometry = chartGeometry({ points: series.points, ...(series.range ? { range: series.range } : {}) }, BOX);
  const id = `trend-${series.id}`;
  const name = `${series.name}${series.unit ? ` (${series.unit})` : ''}`;
  const line = geometry.points.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
  return html`<section class="trend" part="trend" aria-labelledby=${`${id}-heading`}>
    <p id=${`${id}-heading`} class="trend-title" role="heading" aria-level=${ctx.headingLevel} lang=${series.lang}>${name}</p>
    <p id=${`${id}-summary`} class="trend-summary">${summary}</p>
    <svg class="chart" viewBox="0 0 ${BOX.width} ${BOX.height}" role="img" aria-label=${tt('trendChart', { name, summary })} focusable="false">
      <g aria-hidden="true">
      ${geometry.band
        ? svg`<rect class="band" x=${geometry.plot.left} y=${geometry.band.y} width=${geometry.plot.right - geometry.plot.left} height=${geometry.band.height}></rect>`
        : nothing}
      ${geometry.yTicks.map(
        (tick) => svg`<line class="grid" x1=${geometry.plot.left} x2=${geometry.plot.right} y1=${tick.y} y2=${tick.y}></line>
          <text class="tick" x=${geometry.plot.left - 6} y=${tick.y + 4} text-anchor="end">${formatNumber(tick.value, locale)}</text>`,
      )}
      ${geometry.xTicks.map(
        (tick) => svg`<text class="tick" x=${tick.x} y=${BOX.height - 12} text-anchor="middle">${formatDateTime(tick.time, locale, 'date')}</text>`,
      )}
      <polyline class="line" points=${line}></polyline>
      ${geometry.points.map((p) => svg`<circle class="point" cx=${p.x} cy=${p.y} r="4"></circle>`)}
      </g>
    </svg>
    ${series.range ? html`<p class="legend">${tt('bandLegend')}</p>` : nothing}
    <div class="table-wrap" role="group" tabindex="0" aria-labelledby=${`${id}-table`}>
      <table class="trend-table">
        <caption id=${`${id}-table`}>${withSourceWords((params) => tt('trendTable', params), { name }, ['name'], series.lang)}</caption>
        <thead><tr><th scope="col">${tt('date')}</th><th scope="col">${t('result')}</th><th scope="col">${t('assessment')}</th><th scope="col">${t('source')}</th></tr></thead>
        <tbody>
          ${[...series.points].reverse().map(
            (point) => html`<tr>
              <th scope="row">${formatDateTime(point.time, locale, 'date')}</th>
              <td>${point.comparator ? `${point.comparator} ` : ''}${formatNumber(point.value, locale)}${series.unit ? ` ${series.unit}` : ''}</td>
              <td>${point.interpretation ? t(INTERPRETATION_KEYS[point.interpretation]) : '–'}</td>
              <td lang=${point.lang}>${point.sourceName}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </section>`;
}
