import { html, nothing } from 'lit';
import { sourceLabel } from '@hn-elements/core';
import type { InboxView } from '../context.js';
import type { InboxKind, InboxItem } from '../model.js';
import type { InboxMessageKey } from '../messages.js';

// Small pieces every pane template uses.

export const KIND_KEY: Record<InboxKind, InboxMessageKey> = { message: 'kindMessage', form: 'kindForm', letter: 'kindLetter' };

/** The pane's heading: focused when an item opens (`#pane-heading`), at the host's heading level. */
export function paneHeading(view: InboxView, text: string) {
  return html`<p id="pane-heading" class="pane-heading" role="heading" aria-level=${view.level} tabindex="-1">${text}</p>`;
}

/** A heading one level below the pane's. */
export function subHeading(view: InboxView, id: string, text: string) {
  return html`<p id=${id} class="sub-heading" role="heading" aria-level=${Math.min(6, view.level + 1)}>${text}</p>`;
}

/** "Fra Helse Bergen", when the item's source has a name. */
export function itemSource(view: InboxView, item: InboxItem) {
  return item.sourceName ? sourceLabel(view.locale, item.sourceName) : nothing;
}
