import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FilterOption } from '../filters.js';
import type { TestResultMessageKey } from '../messages.js';

export type Period = 'all' | '3' | '12';

export interface FilterState {
  query: string;
  source: string;
  test: string;
  period: Period;
}

export interface FilterContext {
  t: (key: TestResultMessageKey, params?: Record<string, string | number>) => string;
  sources: readonly FilterOption[];
  tests: readonly FilterOption[];
  state: FilterState;
  change: (next: Partial<FilterState>) => void;
}

/** Search, source, test and period: native controls with visible labels, usable by keyboard as they are. */
export function filterBar(ctx: FilterContext): TemplateResult {
  const { t, state } = ctx;
  const value = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;
  return html`<div class="filters" part="filters" role="search" aria-label=${t('filters')}>
    <label class="field">
      <span>${t('search')}</span>
      <input type="search" .value=${state.query} autocomplete="off" @input=${(e: Event) => ctx.change({ query: value(e) })} />
    </label>
    ${ctx.sources.length > 1
      ? html`<label class="field">
          <span>${t('source')}</span>
          <select @change=${(e: Event) => ctx.change({ source: value(e) })}>
            <option value="" ?selected=${state.source === ''}>${t('allSources')}</option>
            ${ctx.sources.map((source) => html`<option value=${source.id} lang=${ifDefined(source.lang)} ?selected=${state.source === source.id}>${source.name}</option>`)}
          </select>
        </label>`
      : ''}
    <label class="field">
      <span>${t('testFilter')}</span>
      <select @change=${(e: Event) => ctx.change({ test: value(e) })}>
        <option value="" ?selected=${state.test === ''}>${t('allTests')}</option>
        ${ctx.tests.map((test) => html`<option value=${test.id} lang=${ifDefined(test.lang)} ?selected=${state.test === test.id}>${test.name}</option>`)}
      </select>
    </label>
    <label class="field">
      <span>${t('period')}</span>
      <select @change=${(e: Event) => ctx.change({ period: value(e) as Period })}>
        ${(['all', '3', '12'] as const).map(
          (period) => html`<option value=${period} ?selected=${state.period === period}>${t(period === 'all' ? 'periodAll' : period === '3' ? 'period3' : 'period12')}</option>`,
        )}
      </select>
    </label>
  </div>`;
}
