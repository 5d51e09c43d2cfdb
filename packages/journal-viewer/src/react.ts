import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import {
  HnJournalViewer,
  type AuthRequiredDetail,
  type JournalDocumentDownloadDetail,
  type JournalDocumentOpenDetail,
  type JournalDocumentPrintDetail,
  type JournalViewChangeDetail,
} from './hn-journal-viewer.js';
import './define.js';

/** React wrapper: typed props and `onDocumentOpen`-style event props. */
export const JournalViewer = createComponent({
  tagName: 'hn-journal-viewer',
  elementClass: HnJournalViewer,
  react: React,
  events: {
    onDocumentOpen: 'hn-journal-document-open' as EventName<CustomEvent<JournalDocumentOpenDetail>>,
    onDocumentPrint: 'hn-journal-document-print' as EventName<CustomEvent<JournalDocumentPrintDetail>>,
    onDocumentDownload: 'hn-journal-document-download' as EventName<CustomEvent<JournalDocumentDownloadDetail>>,
    onViewChange: 'hn-journal-view-change' as EventName<CustomEvent<JournalViewChangeDetail>>,
    onAuthRequired: 'hn-auth-required' as EventName<CustomEvent<AuthRequiredDetail>>,
  },
});
