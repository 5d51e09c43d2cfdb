import { html, nothing } from 'lit';
import { translate } from '@hn-elements/core';
import type { ReportView } from '../model.js';
import { trendSeries } from '../trend.js';
import { trendMessages } from '../trend-messages.js';
import { trendChart, type TrendContext } from './trend-chart.js';

/** The section's styles (chart, tables), adopted by the element when this module has loaded. */
export { default as trendStyles } from './trends.css.js';

/**
 * "Utvikling over tid": every test measured more than once among the answers shown, each a chart
 * with its table. A module of its own, loaded after the answers (trends-controller.ts): the series,
 * the chart's geometry and its template are not needed to show the answers, nor in the short form.
 */
export function trendsSection(shown: readonly ReportView[], ctx: TrendContext) {
  const series = trendSeries(shown).filter((one) => one.points.length > 1);
  if (!series.length) return nothing;
  return html`<section class="trends" aria-labelledby="trends-heading">
    <p id="trends-heading" class="trends-title" role="heading" aria-level=${ctx.headingLevel}>${translate(trendMessages, ctx.locale, 'trends')}</p>
    ${series.map((one) => trendChart(one, { ...ctx, headingLevel: Math.min(6, ctx.headingLevel + 1) }))}
  </section>`;
}
