import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatDateTime, formatNumber, sourceLabel, statusBadge, type BadgeTone, type Locale } from '@hn-elements/core';
import { testName } from '../explanations/names.js';
import type { ExplanationsState } from '../explanations-controller.js';
import { INTERPRETATION_KEYS, isCritical, isOutside } from '../interpretation.js';
import type { TestResultMessageKey } from '../messages.js';
import type { KnownTest } from '../codes.js';
import { STATUS_KEYS, type ReportView, type ResultStatus, type ResultView } from '../model.js';
import type { ReferenceRangeView, ResultValue } from '../values.js';

/** What an answer's template needs from the element. */
export interface ItemContext {
  t: (key: TestResultMessageKey, params?: Record<string, string | number>) => string;
  locale: Locale;
  headingLevel: number;
  /** Whether "Hva betyr svaret?" of a result (by key) is open, and opening or closing it. */
  isOpen: (key: string) => boolean;
  toggle: (key: string) => void;
  /** The explanations of the element's language: loaded, on the way, or failed (with `retry`). */
  explanations: ExplanationsState;
  retryExplanations: (key: string) => void;
  /** "Prøv igjen", core's word. */
  retryLabel: string;
}

const TONE: Readonly<Record<ResultStatus, BadgeTone>> = {
  registered: 'info',
  preliminary: 'info',
  final: 'success',
  amended: 'warning',
  corrected: 'warning',
  cancelled: 'neutral',
  unknown: 'neutral',
};

/** "4,6 mmol/L", "< 0,6 mg/L", "Negativ". */
export function valueText(value: ResultValue | undefined, locale: Locale): string | undefined {
  if (!value) return undefined;
  if (value.kind !== 'quantity') return value.text;
  const comparator = value.comparator ? `${value.comparator.replace('<=', '≤').replace('>=', '≥')} ` : '';
  return `${comparator}${formatNumber(value.value, locale)}${value.unit ? ` ${value.unit}` : ''}`;
}

/** "3,5–5,0 mmol/L", "Under 5 mg/L", or the source's own words. */
export function rangeText(range: ReferenceRangeView | undefined, ctx: Pick<ItemContext, 't' | 'locale'>): string | undefined {
  if (!range) return undefined;
  const { low, high, unit } = range;
  const n = (value: number | undefined) => (value === undefined ? '' : formatNumber(value, ctx.locale));
  const key = low === undefined ? (high === undefined ? undefined : 'rangeBelow') : high === undefined ? 'rangeAbove' : 'rangeBetween';
  return key ? `${ctx.t(key, { low: n(low), high: n(high) })}${unit ? ` ${unit}` : ''}` : range.text;
}

function flatten(results: readonly ResultView[], depth = 0): { result: ResultView; depth: number }[] {
  return results.flatMap((result) => [{ result, depth }, ...flatten(result.members, depth + 1)]);
}

function assessment(result: ResultView, ctx: ItemContext) {
  const level = result.interpretation?.level;
  if (!level) return nothing;
  const words = ctx.t(INTERPRETATION_KEYS[level]);
  return html`<span class="interpretation interpretation--${isCritical(level) ? 'critical' : isOutside(level) ? 'outside' : 'normal'}">${words}</span>${result
      .interpretation?.from === 'range'
      ? html`<span class="from-range"> ${ctx.t('interpretationFromRange')}</span>`
      : nothing}`;
}

function resultRow({ result, depth }: { result: ResultView; depth: number }, ctx: ItemContext, lang: string) {
  return html`<tr class=${depth ? 'member' : ''}>
    <th scope="row" lang=${lang}>${result.name || ctx.t('untitled')}</th>
    <td lang=${ifDefined(result.value && result.value.kind !== 'quantity' ? lang : undefined)}>${valueText(result.value, ctx.locale) ?? html`<span lang=${result.absentReason ? lang : ctx.locale}>${result.absentReason ?? ctx.t('noValue')}</span>`}</td>
    <td lang=${ifDefined(result.range && result.range.low === undefined && result.range.high === undefined && result.range.text ? lang : undefined)}>${rangeText(result.range, ctx) ?? '–'}</td>
    <td>${assessment(result, ctx)}</td>
  </tr>`;
}

/** The text under an open "Hva betyr svaret?": the explanation, a line while it loads, or what to do when it could not be loaded. */
function explanationText(result: ResultView, test: KnownTest, ctx: ItemContext) {
  const state = ctx.explanations;
  if (state.status === 'loading') return html`<p class="explanation-loading">${ctx.t('explanationLoading')}</p>`;
  if (state.status === 'failed') {
    return html`<p role="status">${ctx.t('explanationFailed')}</p>
      <button type="button" class="button" @click=${() => ctx.retryExplanations(result.key)}>${ctx.retryLabel}</button>`;
  }
  const explanation = state.explain(test, result.interpretation?.level);
  return html`<p>${explanation.about}</p>
    ${explanation.meaning ? html`<p>${explanation.meaning}</p>` : nothing}
    <p class="next">${explanation.next}</p>`;
}

/** "Hva betyr svaret på …?" for a common test, and the source's own comment, under the table. */
function resultNotes(result: ResultView, ctx: ItemContext, lang: string) {
  const { test } = result;
  if (!test && !result.note) return nothing;
  const open = ctx.isOpen(result.key);
  const id = `explain-${result.key}`;
  return html`${test
    ? html`<div class="explanation" part="explanation">
        <button type="button" class="disclosure" aria-expanded=${open ? 'true' : 'false'} aria-controls=${id} @click=${() => ctx.toggle(result.key)}>
          ${ctx.t('whatItMeans', { name: testName(test, ctx.locale) })}
        </button>
        <div id=${id} class="explanation-text" ?hidden=${!open} aria-busy=${open && ctx.explanations.status === 'loading' ? 'true' : 'false'}>
          ${open ? explanationText(result, test, ctx) : nothing}
        </div>
      </div>`
    : nothing}
  ${result.note ? html`<p class="note"><span class="label">${ctx.t('comment')} (<span lang=${lang}>${result.name}</span>):</span> <span lang=${lang}>${result.note}</span></p>` : nothing}`;
}

function fact(label: string, value: string | undefined, lang?: string) {
  return value ? html`<div><dt>${label}</dt><dd lang=${ifDefined(lang)}>${value}</dd></div>` : nothing;
}

/** The conclusion and the report's text: the component's label over the source's words. */
function sourceText(className: string, label: string, text: string | undefined, lang: string) {
  return text ? html`<div class=${className}><p class="label">${label}</p><p lang=${lang}>${text}</p></div>` : nothing;
}

const COLUMNS = ['test', 'result', 'range', 'assessment'] as const;

/** One answer: `part="item"`, its heading, facts, status explained, results and what they mean. */
export function reportItem(report: ReportView, ctx: ItemContext): TemplateResult {
  const { t, locale } = ctx;
  const titleId = `title-${report.key}`;
  const statusId = `status-${report.key}`;
  const keys = STATUS_KEYS[report.status];
  const rows = flatten(report.results);
  const critical = rows.some(({ result }) => isCritical(result.interpretation?.level));
  const { effective, issued, lang } = report;
  const sample = effective ? formatDateTime(effective.date, locale, effective.precision === 'time' ? 'date-time' : 'date') : undefined;
  return html`<li part="item" class="item${critical ? ' item--critical' : ''}">
    <article class="card${critical ? ' card--strong' : ''}" data-key=${report.key} aria-labelledby=${titleId} aria-describedby=${statusId}>
      <div class="card-head">
        <p id=${titleId} class="title" role="heading" aria-level=${ctx.headingLevel} lang=${lang}>${report.title || t('untitled')}</p>
        ${statusBadge(TONE[report.status], t(keys.label), 'status')}
      </div>
      <p id=${statusId} class="status-text">${t(keys.explanation)}</p>
      <dl class="facts">
        ${fact(t('sampleTaken'), sample ?? (issued ? undefined : t('noDate')))}
        ${fact(t('answered'), issued && formatDateTime(issued, locale, 'date-time'))}
        ${fact(t('orderedBy'), report.orderedBy, lang)}
        ${fact(t('performedBy'), report.performer, lang)}
      </dl>
      ${report.sourceName ? sourceLabel(locale, report.sourceName, 'source', lang) : nothing}
      ${rows.length
        ? html`<div class="table-wrap" role="group" tabindex="0" aria-labelledby=${`table-${report.key}`}><table class="results">
            <caption id=${`table-${report.key}`} class="visually-hidden" lang=${ifDefined(report.title ? lang : undefined)}>${report.title || t('untitled')}</caption>
            <thead><tr>${COLUMNS.map((column) => html`<th scope="col">${t(column)}</th>`)}</tr></thead>
            <tbody>${rows.map((row) => resultRow(row, ctx, lang))}</tbody>
          </table></div>
          ${rows.map(({ result }) => resultNotes(result, ctx, lang))}`
        : nothing}
      ${sourceText('conclusion', t('conclusion'), [report.conclusion, ...report.conclusionCodes.filter((code) => code !== report.conclusion)].filter(Boolean).join(' '), lang)}
      ${sourceText('report-text', t('reportText'), report.presentedText, lang)}
      ${report.presentedUnreadable ? html`<p class="report-text">${t('reportTextUnreadable')}</p>` : nothing}
    </article>
  </li>`;
}
