import { nothing, type TemplateResult } from 'lit';
import { formatDateTime, sourceLanguage, statusBadge, type Locale, type Source } from '@hn-elements/core';
import type { JournalMessageKey } from './messages.js';
import type { DocumentProblem } from './attachments-model.js';
import type { JournalDocumentView } from './documents-model.js';

/**
 * What the journal's view templates (document list, reading pane, access log) share: the
 * context they render in, the words for a document's problems, its status badge and facts. (The
 * states, notices and error text of a load are core's data-component frame.)
 */

export interface JournalViewContext {
  /** A string from the journal's catalogue in the element's locale. */
  t(key: JournalMessageKey, params?: Record<string, string | number>): string;
  locale: Locale;
  /** ARIA level of the source headings and the reading pane's title (1–5). */
  level: number;
  /** The live source a document came from (its configured language); undefined in bundle mode. */
  sourceOf?: (sourceId: string) => Source | undefined;
}

/** The language of a document's own text (title, body): its `language`, else its source's, else bokmål. */
export function documentLang(item: JournalDocumentView, ctx: JournalViewContext): string {
  return sourceLanguage(item.resource.language, ctx.sourceOf?.(item.sourceId));
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

/**
 * Label and value pairs that describe a document: type, date, author, source. The third element is
 * the value's language when the value is the source's words (a type, a name), not the journal's.
 */
export function documentFacts(item: JournalDocumentView, ctx: JournalViewContext): [string, string, string?][] {
  const lang = documentLang(item, ctx);
  const facts: [string, string, string?][] = [];
  if (item.typeText) facts.push([ctx.t('factType'), item.typeText, lang]);
  facts.push([ctx.t('factDate'), item.date ? formatDateTime(item.date, ctx.locale, 'long-date') : ctx.t('missingDate')]);
  if (item.author) facts.push([ctx.t('factAuthor'), item.author, lang]);
  const from = [item.organization, item.sourceName].filter((v, i, all) => v && all.indexOf(v) === i).join(', ');
  facts.push(from ? [ctx.t('factSource'), from, lang] : [ctx.t('factSource'), ctx.t('unknownSource')]);
  return facts;
}
