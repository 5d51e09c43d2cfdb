import { html, type TemplateResult } from 'lit';
import { formatDateTime, statusBadge, type SummaryForm, type SummaryRow } from '@hn-elements/core';
import type { InboxView } from '../context.js';
import { itemReferences, type InboxItem } from '../model.js';
import { FORM_STATUS_KEY, FORM_STATUS_TONE } from './form.js';
import { KIND_KEY, itemLang } from './parts.js';

/**
 * The resource a summary row links to: a conversation's newest message (`Communication/<id>`), a
 * form's `Task/<id>`, a letter's `DocumentReference/<id>` (the last of `itemReferences`: messages
 * are oldest first).
 */
function summaryReference(item: InboxItem): string {
  return itemReferences(item).at(-1)!;
}

/**
 * One item as a row of the overview's summary: its title (the source's words, in the source's
 * language), from whom and when, and a status word where it needs the citizen: "Ulest" for an
 * unread conversation, the form's state while it waits for an answer. The row links to the item
 * on the inbox's own page. Pure: the same item and words give the same row.
 */
export function inboxSummaryRow(item: InboxItem, view: Pick<InboxView, 'locale' | 't' | 'sourceOf'>): SummaryRow {
  const needsAnswer = item.kind === 'form' && (item.status === 'not-started' || item.status === 'started');
  const badge = needsAnswer ? statusBadge(FORM_STATUS_TONE[item.status], view.t(FORM_STATUS_KEY[item.status])) : item.unread ? statusBadge('info', view.t('unread')) : undefined;
  return {
    key: item.key,
    // In bundle mode the items have no source of their own: the fragment names the resource only.
    target: { ...(view.sourceOf(item) ? { sourceId: item.sourceId } : {}), reference: summaryReference(item) },
    title: item.title || view.t(KIND_KEY[item.kind]),
    lang: item.title ? itemLang(view, item) : undefined,
    meta: [item.from || view.t('unknownSender'), formatDateTime(item.date, view.locale, 'date')],
    badge,
    strong: item.unread || needsAnswer,
  };
}

/**
 * The inbox's summary for an overview page (`max-items` with `all-href`): the newest items (the
 * inbox's own order, no filter) as one link each, then "Vis alle N i innboksen" when some are left
 * out, else "Gå til innboksen". No search, no reading pane: nothing is opened, nothing marked read.
 */
export function summaryTemplate(view: InboxView, items: readonly InboxItem[], summary: SummaryForm): TemplateResult {
  return summary.list(
    items,
    (item) => inboxSummaryRow(item, view),
    { label: view.t('listLabel'), openPage: view.t('openPage'), showAll: (count) => view.t('showAll', { count }) },
    html`<hn-state kind="empty" locale=${view.locale} .message=${view.t('empty')}></hn-state>`,
  );
}
