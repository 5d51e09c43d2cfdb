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

/** One of the filter's choices: a labelled native select; `field` is the part of the state it sets. */
function choice(ctx: FilterContext, label: string, field: 'source' | 'test' | 'period', options: readonly FilterOption[]) {
  return html`<label class="field">
    <span>${label}</span>
    <select @change=${(e: Event) => ctx.change({ [field]: (e.target as HTMLSelectElement).value })}>
      ${options.map((option) => html`<option value=${option.id} lang=${ifDefined(option.lang)} ?selected=${ctx.state[field] === option.id}>${option.name}</option>`)}
    </select>
  </label>`;
}

/** Search, source, test and period: native controls with visible labels, usable by keyboard as they are. */
export function filterBar(ctx: FilterContext): TemplateResult {
  const { t } = ctx;
  return html`<div class="filters" part="filters" role="search" aria-label=${t('filters')}>
    <label class="field">
      <span>${t('search')}</span>
      <input type="search" .value=${ctx.state.query} autocomplete="off" @input=${(e: Event) => ctx.change({ query: (e.target as HTMLInputElement).value })} />
    </label>
    ${ctx.sources.length > 1 ? choice(ctx, t('source'), 'source', [{ id: '', name: t('allSources') }, ...ctx.sources]) : ''}
    ${choice(ctx, t('testFilter'), 'test', [{ id: '', name: t('allTests') }, ...ctx.tests])}
    ${choice(ctx, t('period'), 'period', [
      { id: 'all', name: t('periodAll') },
      { id: '3', name: t('period3') },
      { id: '12', name: t('period12') },
    ])}
  </div>`;
}
