import { html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { noteNewTabLinks, withSourceWords } from '@hn-elements/core';
import type { InboxView } from '../context.js';
import type { AttachmentsController } from '../controllers/attachments-controller.js';
import { sizeParts } from '../files.js';
import { prepareHtml } from '../html.js';
import type { InboxMessageKey } from '../messages.js';
import { itemLang } from './parts.js';
import { decodeBase64Text, type AttachmentView, type InboxItem } from '../model.js';

const TYPE_KEY: Record<AttachmentView['format'], InboxMessageKey> = {
  pdf: 'typePdf',
  html: 'typeHtml',
  text: 'typeText',
  image: 'typeImage',
  other: 'typeOther',
};

/** HTML from a source, fitted under the heading at `level`; a note when it had images (none are loaded). */
export function sourceHtml(view: InboxView, dirty: string, level: number, extraClass = '', lang?: string) {
  const prepared = prepareHtml(dirty, Math.min(6, level));
  return html`<div class="html-body ${extraClass}" lang=${ifDefined(lang)}>${unsafeHTML(noteNewTabLinks(prepared.html, view.locale))}</div>
    ${prepared.images ? html`<p class="images-note muted">${view.t('imagesNotLoaded')}</p>` : nothing}`;
}

function sizeText(view: InboxView, bytes: number | undefined): string {
  if (bytes === undefined) return '';
  const { unit, n } = sizeParts(bytes, view.locale);
  return view.t(unit, { n });
}

function describe(view: InboxView, attachment: AttachmentView): string {
  return [view.t(TYPE_KEY[attachment.format]), sizeText(view, attachment.size)].filter(Boolean).join(', ');
}

/** Attachments of a message (shown on request) or the contents of a letter (shown at once, `inPlace`). */
export function attachmentsTemplate(view: InboxView, files: AttachmentsController, item: InboxItem, attachments: readonly AttachmentView[], inPlace: boolean) {
  return html`<div class="attachments">
    ${inPlace ? nothing : html`<p class="attachments-label">${view.t('attachments')}</p>`}
    <ul class="attachment-list">
      ${attachments.map((attachment) => html`<li class="attachment">${attachmentTemplate(view, files, item, attachment, inPlace)}</li>`)}
    </ul>
  </div>`;
}

function attachmentTemplate(view: InboxView, files: AttachmentsController, item: InboxItem, attachment: AttachmentView, inPlace: boolean) {
  const name = attachment.title || view.t('untitledFile');
  // The file's title is the source's words; a file without one gets the inbox's own.
  const lang = itemLang(view, item);
  const state = files.state(item, attachment);
  const head = html`<p class="attachment-name"><span class="file-name" lang=${ifDefined(attachment.title ? lang : undefined)}>${name}</span> <span class="muted">(${describe(view, attachment)})</span></p>`;
  switch (state.kind) {
    case 'loading':
      return html`${head}<p class="muted" role="status">${view.t('loadingAttachment')}</p>`;
    case 'failed':
      return html`${head}<p class="attachment-error">${withSourceWords((params) => view.t('attachmentFailed', params), { reason: state.reason }, [], '')}</p>`;
    case 'external':
      return html`${head}<a class="button" href=${state.href} target="_blank" rel="noopener noreferrer">${view.t('openExternal', { name })}</a>`;
    case 'insecure':
      return html`${head}<p class="attachment-error">${view.t('attachmentInsecure')}</p>`;
    case 'not-pdf':
      return html`${head}<p class="attachment-error">${view.t('attachmentNotPdf')}</p>`;
    case 'unavailable':
      return html`${head}<p class="muted">${view.t('attachmentUnavailable')}</p>`;
  }
  const { url, fileName, data } = state;
  const shown = inPlace || files.isExpanded(attachment.id);
  return html`${head}
    <div class="attachment-actions">
      ${state.viewable && !inPlace
        ? html`<button type="button" class="button" aria-expanded=${shown ? 'true' : 'false'} @click=${() => files.toggle(attachment.id)}>
            ${view.t(shown ? 'hide' : 'show', { name })}
          </button>`
        : nothing}
      ${url ? html`<a class="button" href=${url} download=${fileName}>${view.t('download', { name })}</a>` : nothing}
    </div>
    ${state.viewable && shown ? viewerTemplate(view, attachment, data, url, name, fileName, inPlace ? 1 : 2, lang) : nothing}`;
}

/**
 * In place: a PDF in the browser's viewer (an iframe of a blob typed application/pdf; `object.data`
 * would be a Trusted Types sink, `iframe.src` with a blob: URL is not), with the download beside it
 * for browsers that cannot show PDFs; HTML sanitised; text as text.
 */
function viewerTemplate(view: InboxView, attachment: AttachmentView, data: string, url: string | undefined, name: string, file: string, depth: number, lang: string) {
  if (attachment.format === 'pdf') {
    if (!url) return nothing;
    // The title is the file's name behind "PDF:": the source's words, so the frame carries their language
    // (an attribute cannot mark part of itself; "PDF" reads the same in every language).
    return html`<iframe class="pdf" src=${url} title=${view.t('pdfTitle', { name })} lang=${lang}></iframe>
      <p class="pdf-fallback muted">${view.t('pdfFallback')} <a href=${url} download=${file}>${view.t('download', { name })}</a></p>`;
  }
  const text = decodeBase64Text(data);
  if (text === undefined) return nothing;
  if (attachment.format === 'html') return sourceHtml(view, text, view.level + depth, 'viewer', lang);
  return html`<div class="text-viewer viewer" lang=${lang}>${text}</div>`;
}
