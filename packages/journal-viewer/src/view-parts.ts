import { html, nothing, type TemplateResult } from 'lit';
import { AllSourcesFailedError, fhirErrorMessage, formatDateTime, statusBadge, type Locale } from '@hn-elements/core';
import type { JournalMessageKey } from './messages.js';
import type { DocumentProblem } from './attachments-model.js';
import type { JournalDocumentView } from './documents-model.js';
import type { AccessLogData, DocumentsData } from './load-journal.js';

/**
 * What the journal's view templates (document list, reading pane, access log) share: the
 * context they render in, the words for a document's problems, its status badge and facts, and
 * the notices and error text of a load.
 */

export interface JournalViewContext {
  /** A string from the journal's catalogue in the element's locale. */
  t(key: JournalMessageKey, params?: Record<string, string | number>): string;
  locale: Locale;
  /** ARIA level of the source headings and the reading pane's title (1–5). */
  level: number;
}

export const PROBLEM_KEY: Record<DocumentProblem, JournalMessageKey> = {
  'no-content': 'problemNoContent',
  'bad-data': 'problemBadData',
  'unsupported-type': 'problemUnsupported',
  'unsafe-url': 'problemUnsafeUrl',
  'not-pdf': 'problemNotPdf',
};

/** A key made safe for an id attribute. */
export function domId(key: string): string {
  return key.replace(/[^\w-]/g, '_');
}

/** The status badge of a document that is not final. */
export function documentStatus(item: JournalDocumentView, ctx: JournalViewContext): TemplateResult | typeof nothing {
  if (item.status === 'final') return nothing;
  const preliminary = item.status === 'preliminary';
  return statusBadge(preliminary ? 'warning' : 'neutral', ctx.t(preliminary ? 'statusPreliminary' : 'statusAmended'));
}

/** Label and value pairs that describe a document: type, date, author, source. */
export function documentFacts(item: JournalDocumentView, ctx: JournalViewContext): [string, string][] {
  const facts: [string, string][] = [];
  if (item.typeText) facts.push([ctx.t('factType'), item.typeText]);
  facts.push([ctx.t('factDate'), item.date ? formatDateTime(item.date, ctx.locale, 'long-date') : ctx.t('missingDate')]);
  if (item.author) facts.push([ctx.t('factAuthor'), item.author]);
  const from = [item.organization, item.sourceName].filter((v, i, all) => v && all.indexOf(v) === i).join(', ');
  facts.push([ctx.t('factSource'), from || ctx.t('unknownSource')]);
  return facts;
}

/** Why a load failed, naming each source when none answered. */
export function loadErrorText(error: unknown, what: JournalMessageKey, ctx: JournalViewContext): string {
  if (error instanceof AllSourcesFailedError) {
    return error.failures.map((f) => fhirErrorMessage(f.error, f.source.name, ctx.locale)).join(' ');
  }
  return fhirErrorMessage(error, ctx.t(what), ctx.locale);
}

/** The notice naming sources that failed or gave only part, and the count of entries left out. */
export function loadNotices(data: DocumentsData | AccessLogData, skippedKey: JournalMessageKey, ctx: JournalViewContext, onRetry: () => void): TemplateResult {
  const incomplete = data.incomplete.map((source) => source.name);
  return html`
    ${data.failures.length || incomplete.length
      ? html`<hn-sources-notice locale=${ctx.locale} .failures=${data.failures} .incomplete=${incomplete} @hn-retry=${onRetry}></hn-sources-notice>`
      : nothing}
    ${data.skipped ? html`<p class="skipped" role="status">${ctx.t(skippedKey, { count: data.skipped })}</p>` : nothing}
  `;
}
