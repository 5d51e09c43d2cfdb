import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { formatDateTime, sourceLabel, sourceLanguage, type Source } from '@hn-elements/core';
import { filterAccessEntries, filterDatesReversed, sourceKeyOf, type AccessEntryView, type AccessFilter, type AccessPeriod, type PurposeKind } from './access-log-model.js';
import type { AccessLogData } from './load-journal.js';
import type { JournalMessageKey } from './messages.js';
import type { JournalViewContext } from './view-parts.js';

/**
 * The access-log view: who has read the journal, when and why (AuditEvent), with its filters
 * (period, chosen dates, source) and paging ("Vis 30 til"). Holds the citizen's filter choices;
 * the entries and the rules come from access-log-model.ts. Renders into the element's shadow root.
 */

export interface AccessLogContext extends JournalViewContext {
  /** The moment the periods count back from. */
  now: Date;
  /** The session's sources, for the source filter's order and names. */
  sources: readonly Source[];
}

/** How many entries show at first, and how many more each "show more" adds. */
export const LOG_PAGE = 100;
const PERIODS: readonly AccessPeriod[] = ['30d', '12m', 'all', 'custom'];

const PERIOD_KEY: Record<AccessPeriod, JournalMessageKey> = {
  '30d': 'period30d',
  '12m': 'period12m',
  all: 'periodAll',
  custom: 'periodCustom',
};

const PURPOSE_KEYS: Record<PurposeKind, [JournalMessageKey, JournalMessageKey]> = {
  treatment: ['purposeTreatment', 'purposeTreatmentHelp'],
  emergency: ['purposeEmergency', 'purposeEmergencyHelp'],
  coordination: ['purposeCoordination', 'purposeCoordinationHelp'],
  administration: ['purposeAdministration', 'purposeAdministrationHelp'],
  payment: ['purposePayment', 'purposePaymentHelp'],
  quality: ['purposeQuality', 'purposeQualityHelp'],
  research: ['purposeResearch', 'purposeResearchHelp'],
  'patient-request': ['purposePatientRequest', 'purposePatientRequestHelp'],
  'public-health': ['purposePublicHealth', 'purposePublicHealthHelp'],
  legal: ['purposeLegal', 'purposeLegalHelp'],
};

/** The access-log view's state (the filters) and rendering; asks the host to update when a filter changes. */
export class AccessLogView {
  /** The citizen's choices. The default period is the last 12 months. */
  period: AccessPeriod = '12m';
  from = '';
  to = '';
  sourceId = '';
  /** How many matching entries show. */
  limit = LOG_PAGE;
  private readonly host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
  }

  get filter(): AccessFilter {
    return { period: this.period, from: this.from, to: this.to, sourceId: this.sourceId };
  }

  /** Changes a filter; paging starts again. */
  private choose(change: Partial<Pick<AccessLogView, 'period' | 'from' | 'to' | 'sourceId'>>): void {
    Object.assign(this, change);
    this.limit = LOG_PAGE;
    this.host.requestUpdate();
  }

  /** The loaded log (only ever the session patient's), below the frame's `notices`; the element's frame shows the states. */
  render(data: AccessLogData, notices: TemplateResult, ctx: AccessLogContext): TemplateResult {
    return html`
      <p class="intro">${ctx.t('logIntro')}</p>
      ${notices}
      ${data.items.length === 0 ? html`<hn-state kind="empty" locale=${ctx.locale} .message=${ctx.t('logEmpty')}></hn-state>` : this.renderLog(data.items, ctx)}
    `;
  }

  private renderLog(items: readonly AccessEntryView[], ctx: AccessLogContext): TemplateResult {
    const filter = this.filter;
    const matching = filterAccessEntries(items, filter, ctx.now);
    const shown = matching.slice(0, this.limit);
    const sources = sourceOptions(items, ctx.sources);
    return html`
      <div part="filters" class="filters">
        <fieldset class="period">
          <legend>${ctx.t('filterPeriod')}</legend>
          <div class="choices">
            ${PERIODS.map(
              (period) => html`<label class="check">
                <input type="radio" name="period" value=${period} .checked=${this.period === period} @change=${() => this.choose({ period })} />
                <span>${ctx.t(PERIOD_KEY[period])}</span>
              </label>`,
            )}
          </div>
        </fieldset>
        ${this.period === 'custom' ? this.renderDates(filterDatesReversed(filter), ctx) : nothing}
        ${sources.length > 1
          ? html`<div class="field">
              <label for="source-filter">${ctx.t('filterSource')}</label>
              <select id="source-filter" @change=${(event: Event) => this.choose({ sourceId: (event.target as HTMLSelectElement).value })}>
                <option value="" ?selected=${this.sourceId === ''}>${ctx.t('allSources')}</option>
                ${sources.map(([value, name]) => html`<option value=${value} ?selected=${this.sourceId === value}>${name}</option>`)}
              </select>
            </div>`
          : nothing}
      </div>
      <p class="count" role="status" aria-live="polite">${ctx.t('showing', { shown: matching.length, total: items.length })}</p>
      ${matching.length === 0
        ? html`<p class="empty-filtered">${ctx.t('logEmptyFiltered')}</p>`
        : html`<ul part="list" class="log" aria-label=${ctx.t('logListLabel')}>
            ${shown.map((entry) => accessEntry(entry, ctx))}
          </ul>`}
      ${matching.length > shown.length
        ? html`<button type="button" class="button more" @click=${() => this.showMore()}>
            ${ctx.t('showMore', { count: Math.min(LOG_PAGE, matching.length - shown.length) })}
          </button>`
        : nothing}
    `;
  }

  private showMore(): void {
    this.limit += LOG_PAGE;
    this.host.requestUpdate();
  }

  private renderDates(reversed: boolean, ctx: AccessLogContext): TemplateResult {
    const onDate = (which: 'from' | 'to') => (event: Event) => this.choose({ [which]: (event.target as HTMLInputElement).value });
    const dateField = (which: 'from' | 'to') => html`<div class="field">
      <label for="date-${which}">${ctx.t(which)}</label>
      <input
        id="date-${which}"
        type="date"
        .value=${this[which]}
        aria-invalid=${reversed ? 'true' : 'false'}
        aria-describedby=${reversed ? 'date-error' : nothing}
        @change=${onDate(which)}
      />
    </div>`;
    return html`<div class="dates">
      ${dateField('from')} ${dateField('to')}
      ${reversed ? html`<p id="date-error" class="field-error">${ctx.t('dateOrderError')}</p>` : nothing}
    </div>`;
  }
}

/** The source filter's choices: the session's sources that have entries, then (bundle mode) the organisations the entries name, alphabetically. */
function sourceOptions(items: readonly AccessEntryView[], sessionSources: readonly Source[]): [string, string][] {
  const found = new Map<string, string>();
  for (const source of sessionSources) {
    if (items.some((i) => i.sourceId === source.id)) found.set(source.id, source.name);
  }
  const others = new Map<string, string>();
  for (const item of items) {
    const key = sourceKeyOf(item);
    if (key && !found.has(key)) others.set(key, item.sourceName);
  }
  return [...found.entries(), ...[...others.entries()].sort((a, b) => a[1].localeCompare(b[1], 'nb'))];
}

function accessEntry(entry: AccessEntryView, ctx: AccessLogContext): TemplateResult {
  const { t, locale } = ctx;
  const when = t('timeAt', { date: formatDateTime(entry.recorded, locale, 'long-date'), time: formatDateTime(entry.recorded, locale, 'time') });
  const purpose = entry.purpose;
  const keys = purpose?.kind ? PURPOSE_KEYS[purpose.kind] : undefined;
  // The source's own words (who, their role and workplace, why, what was read) are in the source's language.
  const lang = sourceLanguage(entry.resource.language, ctx.sourceOf?.(entry.sourceId));
  const whoLine = entry.who
    ? html`<span lang=${lang}>${[entry.who, entry.role].filter(Boolean).join(', ')}</span>`
    : html`${[t('unknownPerson'), entry.role].filter(Boolean).join(', ')}`;
  return html`<li part="item" class="entry ${entry.failed ? 'entry--failed' : ''}">
    <p class="entry-when"><time datetime=${entry.recorded.toISOString()}>${when}</time></p>
    <dl class="facts">
      <div>
        <dt>${t('who')}</dt>
        <dd>${whoLine}${entry.organization ? html`<br /><span class="muted" lang=${lang}>${entry.organization}</span>` : nothing}</dd>
      </div>
      <div>
        <dt>${t('why')}</dt>
        <dd>
          ${keys
            ? html`<strong>${t(keys[0])}</strong>${purpose?.text ? html` (<span lang=${lang}>${purpose.text}</span>)` : nothing}<br /><span class="muted">${t(keys[1])}</span>`
            : purpose?.text
              ? html`<span lang=${lang}>${purpose.text}</span>`
              : t('purposeUnknown')}
        </dd>
      </div>
      <div>
        <dt>${t('what')}</dt>
        <dd>${entry.what ? html`<span lang=${lang}>${entry.what}</span>` : t('wholeJournal')}</dd>
      </div>
    </dl>
    ${entry.failed ? html`<p class="failed">${t('failed')}</p>` : nothing}
    ${entry.sourceName && entry.sourceName !== entry.organization ? sourceLabel(locale, entry.sourceName, undefined, lang) : nothing}
  </li>`;
}
