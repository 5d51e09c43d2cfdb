import { html, nothing } from 'lit';
import { formatDateTime } from '@hn-elements/core';
import type { InboxView } from '../context.js';
import type { AttachmentsController } from '../controllers/attachments-controller.js';
import type { LetterItem } from '../model.js';
import { attachmentsTemplate } from './attachments.js';
import { itemLang, itemSource, paneHeading } from './parts.js';

/** A letter in the reading pane: facts, then its contents shown in place (a PDF in the browser's viewer). */
export function letterTemplate(view: InboxView, files: AttachmentsController, letter: LetterItem) {
  const lang = itemLang(view, letter);
  return html`
    ${paneHeading(view, letter.title || view.t('kindLetter'), letter.title ? lang : undefined)}
    <div class="pane-meta">${view.t('kindLetter')} ${itemSource(view, letter)}</div>
    <dl class="facts">
      ${letter.from ? html`<div><dt>${view.t('sender')}</dt><dd lang=${lang}>${letter.from}</dd></div>` : nothing}
      <div><dt>${view.t('date')}</dt><dd>${formatDateTime(letter.date, view.locale, 'long-date')}</dd></div>
      ${letter.type ? html`<div><dt>${view.t('type')}</dt><dd lang=${lang}>${letter.type}</dd></div>` : nothing}
    </dl>
    ${letter.attachments.length ? attachmentsTemplate(view, files, letter, letter.attachments, true) : html`<p class="muted">${view.t('letterEmpty')}</p>`}
  `;
}
