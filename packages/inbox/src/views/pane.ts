import { html } from 'lit';
import type { InboxItem } from '../model.js';
import { formTemplate } from './form.js';
import { letterTemplate } from './letter.js';
import { threadTemplate, type ThreadParts } from './thread.js';

/** The reading pane's content for the open item: "back to the list", then the thread, form or letter. */
export function paneTemplate(parts: ThreadParts, item: InboxItem, back: () => void) {
  const { view } = parts;
  return html`
    <button type="button" class="button back" @click=${back}>
      <span aria-hidden="true">←</span> ${view.t('back')}
    </button>
    ${item.kind === 'message' ? threadTemplate(parts, item) : item.kind === 'form' ? formTemplate(view, item) : letterTemplate(view, parts.files, item)}
  `;
}
