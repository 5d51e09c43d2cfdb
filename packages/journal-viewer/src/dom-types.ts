// The DOM's own type maps learn <hn-journal-viewer> and its events, so `querySelector('hn-journal-viewer')` and
// `addEventListener('<event>', e => e.detail)` are typed in any TypeScript host. index.ts and
// define.ts import this file, so its declarations travel with every entry point's .d.ts.
// scripts/manifest.mjs checks the element's `@fires` detail types against the event map.
import type { HnJournalViewer, JournalDocumentDownloadDetail, JournalDocumentOpenDetail, JournalDocumentPrintDetail, JournalViewChangeDetail } from './hn-journal-viewer.js';

/** The events this package's elements fire, with their `detail` types. */
export interface JournalViewerEventMap {
  /** The citizen opened a document. Cancelable: the host shows it itself. */
  'hn-journal-document-open': CustomEvent<JournalDocumentOpenDetail>;
  /** The citizen asked to print. Cancelable: the host prints `detail.blob`. */
  'hn-journal-document-print': CustomEvent<JournalDocumentPrintDetail>;
  /** The citizen asked to download. Cancelable: the host saves `detail.blob`. */
  'hn-journal-document-download': CustomEvent<JournalDocumentDownloadDetail>;
  /** The citizen switched between documents and access log. */
  'hn-journal-view-change': CustomEvent<JournalViewChangeDetail>;
}

declare global {
  interface HTMLElementTagNameMap {
    'hn-journal-viewer': HnJournalViewer;
  }
  // On the element, and on document and window, which they reach too (they bubble and are composed).
  interface HTMLElementEventMap extends JournalViewerEventMap {}
  interface DocumentEventMap extends JournalViewerEventMap {}
  interface WindowEventMap extends JournalViewerEventMap {}
}
