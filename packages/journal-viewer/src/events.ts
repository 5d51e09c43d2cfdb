/** The journal viewer's views, and what its events carry. */

export type JournalView = 'documents' | 'access-log';

/** What identifies a document in events. */
export interface JournalDocumentRef {
  /** `<sourceId>/<resourceType>/<id>` */
  key: string;
  id: string;
  sourceId: string;
  resourceType: 'DocumentReference' | 'Composition';
}

/** `detail` of `hn-journal-document-open` (cancelable: the host shows the document itself). */
export type JournalDocumentOpenDetail = JournalDocumentRef;

/** `detail` of `hn-journal-document-print` (cancelable: the host prints `blob` itself). */
export interface JournalDocumentPrintDetail extends JournalDocumentRef {
  /** A standalone, sanitised HTML file, or the PDF. */
  blob: Blob;
}

/** `detail` of `hn-journal-document-download` (cancelable: the host saves `blob` itself). */
export interface JournalDocumentDownloadDetail extends JournalDocumentRef {
  fileName: string;
  blob: Blob;
}

export interface JournalViewChangeDetail {
  view: JournalView;
}

export type { AuthRequiredDetail } from '@hn-elements/core';
