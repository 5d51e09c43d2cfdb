import '@hn-elements/core/define.js';
// The tag and event maps (HTMLElementTagNameMap, HTMLElementEventMap) for this element.
import './dom-types.js';
import { defineElement } from '@hn-elements/core';
import { HnJournalViewer } from './hn-journal-viewer.js';

defineElement('hn-journal-viewer', HnJournalViewer);
