// The tag and event maps (HTMLElementTagNameMap, HTMLElementEventMap) of <hn-journal-viewer>.
export type { JournalViewerEventMap } from './dom-types.js';
export * from './hn-journal-viewer.js';
export * from './model.js';
export { openDocumentBody, decodeBase64, decodeText, type OpenedBody, type RenderedSection } from './document-content.js';
export { standaloneHtml, type StandaloneDocument } from './document-files.js';
export {
  documentsFromBundle,
  documentsFromSources,
  accessLogFromBundle,
  accessLogFromSources,
  AllSourcesFailedError,
  type DocumentsData,
  type AccessLogData,
} from './load-journal.js';
export { journalMessages } from './messages.js';
