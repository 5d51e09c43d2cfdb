import '@hn-elements/core/define.js';
import { defineElement } from '@hn-elements/core';
import { HnJournalViewer } from './hn-journal-viewer.js';

defineElement('hn-journal-viewer', HnJournalViewer);

declare global {
  interface HTMLElementTagNameMap {
    'hn-journal-viewer': HnJournalViewer;
  }
}
