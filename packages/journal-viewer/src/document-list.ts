import { html, nothing, type TemplateResult } from 'lit';
import { formatDateTime, intlLocale, listHint, LIST_HINT_ID, sourceLanguage, TIME_ZONE, type Locale } from '@hn-elements/core';
import { groupDocuments, type JournalDocumentView, type SourceGroup } from './documents-model.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { documentLang, documentStatus, domId, PROBLEM_KEY, type JournalViewContext } from './view-parts.js';

/**
 * The document list: documents grouped by source (a heading at the element's level), then by
 * month (one below), each a button that opens it, with its type, date, author, status and what is
 * wrong with it. One tab stop: the element's roving tabindex moves between the `.item-open` buttons.
 */

export interface DocumentListContext extends JournalViewContext {
  /** Key of the document open in the reading pane. */
  openKey: string | undefined;
  /** The citizen chose a document. */
  onOpen(item: JournalDocumentView): void;
}

const monthFormats = new Map<Locale, Intl.DateTimeFormat>();

/** "November 2026", capitalised, in Oslo time. */
export function monthName(date: Date, locale: Locale): string {
  let format = monthFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(locale), { month: 'long', year: 'numeric', timeZone: TIME_ZONE });
    monthFormats.set(locale, format);
  }
  const text = format.format(date);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The list of documents, sources in the session's order. */
export function documentList(items: readonly JournalDocumentView[], sourceOrder: readonly string[], ctx: DocumentListContext): TemplateResult {
  // The hint describes every document: one tab stop, the arrows between them (core's listHint).
  return html`${listHint(ctx.locale, ctx.t('listItems'))}${groupDocuments(items, sourceOrder).map((group) => sourceGroup(group, ctx))}`;
}

function sourceGroup(group: SourceGroup, ctx: DocumentListContext): TemplateResult {
  const groupId = `source-${domId(group.sourceId || group.sourceName || 'unknown')}`;
  return html`<section class="group" aria-labelledby=${groupId}>
    <p id=${groupId} class="group-heading" role="heading" aria-level=${ctx.level} lang=${ifDefined(group.sourceName ? sourceLanguage(undefined, ctx.sourceOf?.(group.sourceId)) : undefined)}>${group.sourceName || ctx.t('unknownSource')}</p>
    ${group.months.map((month) => {
      const monthId = `${groupId}-${month.key}`;
      return html`<p id=${monthId} class="month-heading" role="heading" aria-level=${ctx.level + 1}>
          ${month.month ? monthName(month.month, ctx.locale) : ctx.t('undated')}
        </p>
        <ul part="list" class="list" aria-labelledby="${groupId} ${monthId}">
          ${month.items.map((item) => documentItem(item, ctx))}
        </ul>`;
    })}
  </section>`;
}

/** What the list says is wrong with a document, or undefined. */
function itemProblem(item: JournalDocumentView, ctx: JournalViewContext): string | undefined {
  const parts: string[] = [];
  if (item.body.kind === 'problem') parts.push(ctx.t(PROBLEM_KEY[item.body.problem]));
  if (!item.date) parts.push(ctx.t('missingDate'));
  return parts.length ? parts.join(' ') : undefined;
}

function documentItem(item: JournalDocumentView, ctx: DocumentListContext): TemplateResult {
  const id = domId(item.key);
  const current = ctx.openKey === item.key;
  // The type and the author are the source's words, in its language; the date is the journal's.
  const lang = documentLang(item, ctx);
  const meta = [
    item.typeText && item.typeText !== item.title ? html`<span lang=${lang}>${item.typeText}</span>` : undefined,
    item.date ? formatDateTime(item.date, ctx.locale, 'long-date') : undefined,
    item.author ? html`<span lang=${lang}>${item.author}</span>` : undefined,
  ].filter(Boolean);
  const problem = itemProblem(item, ctx);
  const described = [meta.length ? `meta-${id}` : '', problem ? `problem-${id}` : '', LIST_HINT_ID].filter(Boolean).join(' ');
  return html`<li part="item" class="item ${current ? 'item--current' : ''} ${problem ? 'item--problem' : ''}">
    <button
      type="button"
      class="item-open"
      data-key=${item.key}
      aria-current=${current ? 'true' : 'false'}
      aria-describedby=${described || nothing}
      @click=${() => ctx.onOpen(item)}
    >
      <span class="item-title" lang=${ifDefined(item.title !== undefined ? documentLang(item, ctx) : undefined)}>${item.title ?? ctx.t('untitled')}</span>
    </button>
    ${meta.length ? html`<p id="meta-${id}" class="item-meta">${meta.map((part, i) => (i ? html` · ${part}` : part))}</p>` : nothing}
    ${documentStatus(item, ctx)}
    ${problem ? html`<p id="problem-${id}" class="item-problem">${problem}</p>` : nothing}
  </li>`;
}
