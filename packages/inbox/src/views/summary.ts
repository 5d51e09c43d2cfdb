import { html, type TemplateResult } from 'lit';
import { formatDateTime, statusBadge, summaryList, summaryPlaceholder, type NavigateDetail, type SummaryRow } from '@hn-elements/core';
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

export interface SummaryLinks {
  /** The inbox's own page (`all-href`). */
  allHref: string;
  /** Offers a followed link to the host as `hn-navigate`. */
  emit: (detail: NavigateDetail) => boolean;
}

/**
 * The inbox's summary for an overview page (`max-items` with `all-href`): the newest `limit` items
 * (the inbox's own order, no filter) as one link each, then "Vis alle N i innboksen" when some are
 * left out, else "Gå til innboksen". No search, no reading pane: nothing is opened, nothing marked read.
 */
export function summaryTemplate(view: InboxView, items: readonly InboxItem[], limit: number, links: SummaryLinks): TemplateResult {
  return summaryList(
    items.slice(0, limit).map((item) => inboxSummaryRow(item, view)),
    {
      ...links,
      label: view.t('listLabel'),
      allText: items.length > limit ? view.t('showAll', { count: items.length }) : view.t('openPage'),
      empty: html`<hn-state kind="empty" locale=${view.locale} .message=${view.t('empty')}></hn-state>`,
    },
  );
}

/**
 * The summary while the inbox loads (core's `summaryPlaceholder`): `loadingWords` for screen
 * readers, `limit` placeholder rows of the rows' height, and "Gå til innboksen", so nothing below
 * moves when the items come.
 */
export function summaryLoadingTemplate(view: InboxView, limit: number, loadingWords: string, links: SummaryLinks): TemplateResult {
  return summaryPlaceholder(limit, loadingWords, { ...links, allText: view.t('openPage') });
}
