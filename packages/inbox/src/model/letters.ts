import type { DocumentReference, Resource } from '@hn-elements/core';
import { conceptText, documentKind, isRecord, readText, referenceDisplay } from '@hn-elements/core';
import { attachmentView } from './attachments.js';
import { keyPrefix } from './shared.js';
import type { AttachmentView, LetterItem, SourceInfo } from './types.js';

// Letters (DocumentReference): which documents are letters (core's rule, shared with the journal
// viewer), and what the inbox shows of one.

/** A letter for the inbox: core's `documentKind` rule, shared with the journal viewer. */
export function isLetter(document: DocumentReference): boolean {
  return documentKind(document) === 'letter';
}

export function letterItem(document: DocumentReference, date: Date, index: ReadonlyMap<string, Resource>, source: SourceInfo | undefined): LetterItem {
  const prefix = `${keyPrefix(source)}/letter/${document.id}`;
  const contents = Array.isArray(document.content) ? document.content : [];
  const attachments = contents
    .map((c, position) => attachmentView(`${prefix}/${position}`, isRecord(c) ? c.attachment : undefined))
    .filter((a): a is AttachmentView => a !== undefined);
  const type = conceptText(document.type);
  const title = readText(document.description) ?? attachments[0]?.title ?? type ?? '';
  const author = Array.isArray(document.author) ? document.author[0] : undefined;
  const from = referenceDisplay(author, index, document) ?? referenceDisplay(document.custodian, index, document) ?? '';
  const sourceName = source?.name ?? referenceDisplay(document.custodian, index, document) ?? '';
  return {
    key: prefix,
    kind: 'letter',
    id: document.id!,
    sourceId: source?.id ?? '',
    sourceName,
    title,
    from,
    date,
    unread: false,
    attachmentCount: attachments.length,
    searchText: [title, type ?? '', from, sourceName, ...attachments.map((a) => a.title)].join(' ').toLowerCase(),
    ...(type && type !== title ? { type } : {}),
    attachments,
    resource: document,
  };
}
