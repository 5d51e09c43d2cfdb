import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { sourceLabel, sourceLanguage } from '@hn-elements/core';
import type { InboxView } from '../context.js';
import type { InboxKind, InboxItem, MessageView } from '../model.js';
import type { InboxMessageKey } from '../messages.js';

// Small pieces every pane template uses.

export const KIND_KEY: Record<InboxKind, InboxMessageKey> = { message: 'kindMessage', form: 'kindForm', letter: 'kindLetter' };

/**
 * The language of an item's text from its source (sender, subject, body): the message's or the
 * resource's own `language`, else the source's, else bokmål (core's `sourceLanguage`).
 */
export function itemLang(view: Pick<InboxView, 'sourceOf'>, item: InboxItem, message?: MessageView): string {
  const resource = message?.resource ?? (item.kind === 'message' ? item.messages.at(-1)?.resource : item.resource);
  return sourceLanguage(resource?.language, view.sourceOf(item));
}

/**
 * The pane's heading: focused when an item opens (`#pane-heading`), at the host's heading level.
 * `lang` when the text is the source's (a subject), not one of the inbox's own words.
 */
export function paneHeading(view: InboxView, text: string, lang?: string) {
  return html`<p id="pane-heading" class="pane-heading" role="heading" aria-level=${view.level} tabindex="-1" lang=${ifDefined(lang)}>${text}</p>`;
}

/** A heading one level below the pane's. */
export function subHeading(view: InboxView, id: string, text: string | TemplateResult) {
  return html`<p id=${id} class="sub-heading" role="heading" aria-level=${Math.min(6, view.level + 1)}>${text}</p>`;
}

/** "Fra Helse Bergen", when the item's source has a name (the name in the source's language). */
export function itemSource(view: InboxView, item: InboxItem) {
  return item.sourceName ? sourceLabel(view.locale, item.sourceName, undefined, itemLang(view, item)) : nothing;
}
