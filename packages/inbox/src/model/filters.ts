import type { InboxItem, InboxKind } from './types.js';

// The order of the list and what the search and filters leave in it.

/** Newest first; equal dates by key, so the order is stable. */
export function sortInbox(items: readonly InboxItem[]): InboxItem[] {
  return [...items].sort((a, b) => b.date.getTime() - a.date.getTime() || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
export interface InboxFilter {
  /** Free text; every word must occur (in any order). */
  query: string;
  unreadOnly: boolean;
  kind: InboxKind | 'all';
  sourceId: string | 'all';
}

export const NO_FILTER: InboxFilter = { query: '', unreadOnly: false, kind: 'all', sourceId: 'all' };

export function isFiltered(filter: InboxFilter): boolean {
  return filter.query.trim() !== '' || filter.unreadOnly || filter.kind !== 'all' || filter.sourceId !== 'all';
}

export function filterInbox(items: readonly InboxItem[], filter: InboxFilter): InboxItem[] {
  const words = filter.query.toLowerCase().split(/\s+/).filter(Boolean);
  return items.filter(
    (item) =>
      (!filter.unreadOnly || item.unread) &&
      (filter.kind === 'all' || item.kind === filter.kind) &&
      (filter.sourceId === 'all' || item.sourceId === filter.sourceId) &&
      words.every((word) => item.searchText.includes(word)),
  );
}

/**
 * The FHIR resources an item stands for, as `Type/id`: every message of a thread
 * (`Communication/…`), a form's `Task/…`, a letter's `DocumentReference/…`. A link to any of them
 * leads to the item.
 */
export function itemReferences(item: InboxItem): string[] {
  if (item.kind === 'message') return item.messages.map((message) => `Communication/${message.id}`);
  return [`${item.kind === 'form' ? 'Task' : 'DocumentReference'}/${item.id}`];
}
