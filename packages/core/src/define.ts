// The tag and event maps (HTMLElementTagNameMap, HTMLElementEventMap) for these elements.
import './dom-types.js';
import { defineElement } from './define-element.js';
import { HnState } from './elements/hn-state.js';
import { HnSourcesNotice } from './elements/hn-sources-notice.js';
import { HnOnBehalfBanner } from './elements/hn-on-behalf-banner.js';
import { HnStatusBadge } from './elements/hn-status-badge.js';
import { HnSourceLabel } from './elements/hn-source-label.js';
import { HnConfirmDialog } from './elements/hn-confirm-dialog.js';

/** Registers the shared primitives. Every component's define.ts imports this first. */
defineElement('hn-state', HnState);
defineElement('hn-sources-notice', HnSourcesNotice);
defineElement('hn-on-behalf-banner', HnOnBehalfBanner);
defineElement('hn-status-badge', HnStatusBadge);
defineElement('hn-source-label', HnSourceLabel);
defineElement('hn-confirm-dialog', HnConfirmDialog);
