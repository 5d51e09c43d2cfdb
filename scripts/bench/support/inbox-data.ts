// The same synthetic inbox for the four sides of inbox-compare.mjs: exactly `count` list items (one
// message per thread, about 70 % of them read), the generator the inbox's tests and inbox.mjs use.
// And the view model every side but <hn-inbox> (which does it itself) builds from it: the inbox's
// pure mapping and order (toInboxItems, sortInbox), and the row's date as the element formats it.
import { sortInbox, toInboxItems, type InboxItem } from '@hn-elements/inbox';
import { formatDateTime } from '@hn-elements/core';
import type { Bundle } from '@medplum/fhirtypes';
import { generateThreads } from '../../../packages/inbox/test/generate.js';

export const inboxBundle = (count: number): Bundle => generateThreads(count);

/** What a row shows: who from, when, the subject, whether it is unread. */
export interface InboxRow {
  key: string;
  from: string;
  date: string;
  title: string;
  unread: boolean;
}

export function inboxRows(bundle: Bundle): InboxRow[] {
  const resources = (bundle.entry ?? []).map((e) => e.resource!);
  return sortInbox(toInboxItems(resources, undefined).items).map((item: InboxItem) => ({
    key: item.key,
    from: item.from || 'Ukjent avsender',
    date: formatDateTime(item.date, 'nb', 'date'),
    title: item.title || 'Melding',
    unread: item.unread,
  }));
}

declare global {
  interface Window {
    renderList(count: number): Promise<number>;
  }
}
