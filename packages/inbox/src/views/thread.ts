import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { coreMessages, formatDateTime, sourceLanguage, translate, withSourceWords } from '@hn-elements/core';
import type { InboxView } from '../context.js';
import type { AttachmentsController } from '../controllers/attachments-controller.js';
import type { ReadController } from '../controllers/read-controller.js';
import type { ReplyController } from '../controllers/reply-controller.js';
import type { MessageView, ThreadItem } from '../model.js';
import { attachmentsTemplate, sourceHtml } from './attachments.js';
import { itemLang, itemSource, paneHeading, subHeading } from './parts.js';

export interface ThreadParts {
  view: InboxView;
  files: AttachmentsController;
  read: ReadController;
  reply: ReplyController;
}

/** A thread in the reading pane: its messages, oldest first, then the reply form. */
export function threadTemplate(parts: ThreadParts, thread: ThreadItem) {
  const { view, read } = parts;
  const actor = view.session?.actor;
  return html`
    ${paneHeading(view, thread.title || view.t('kindMessage'), thread.title ? itemLang(view, thread) : undefined)}
    <div class="pane-meta">${view.t('kindMessage')} ${itemSource(view, thread)}</div>
    ${read.error
      ? html`<div class="error" role="alert">
          <p>${read.error()}</p>
          <button type="button" class="button" @click=${() => read.retry(thread)}>${translate(coreMessages, view.locale, 'retry')}</button>
        </div>`
      : nothing}
    <ol class="messages" aria-label=${view.t('threadMessages')}>
      ${thread.messages.map((message, index) => messageTemplate(parts, thread, message, index, actor?.name))}
    </ol>
    ${replyTemplate(parts, thread)}
  `;
}

function messageTemplate(parts: ThreadParts, thread: ThreadItem, message: MessageView, index: number, actorName: string | undefined) {
  const { view } = parts;
  const id = `message-${index}`;
  const mine = message.fromCitizen && (!message.from || message.from === actorName);
  const sender = mine ? view.t('you') : message.from || view.t('unknownSender');
  const lang = itemLang(view, thread, message);
  return html`<li class="message ${message.fromCitizen ? 'message--mine' : ''}">
    <article aria-labelledby=${id}>
      <header class="message-head">
        <p id=${id} class="sender" role="heading" aria-level=${Math.min(6, view.level + 1)}>
          ${!mine && message.from ? html`<span lang=${lang}>${sender}</span>` : sender}${message.unread ? html` <span class="new">${view.t('newMessage')}</span>` : nothing}
        </p>
        <p class="sent"><time datetime=${message.sent.toISOString()}>${view.t('sentAt', { date: formatDateTime(message.sent, view.locale, 'date-time') })}</time></p>
      </header>
      <div class="body" lang=${lang}>${message.body.map((part) => bodyPartTemplate(view, part))}</div>
      ${message.attachments.length ? attachmentsTemplate(view, parts.files, thread, message.attachments, false) : nothing}
    </article>
  </li>`;
}

function bodyPartTemplate(view: InboxView, part: MessageView['body'][number]) {
  if (part.kind === 'html') return sourceHtml(view, part.html, view.level + 2);
  return part.text.split(/\n{2,}/).map((paragraph) => html`<p class="text-body">${paragraph}</p>`);
}

/** The reply form (live mode only: a bundle cannot be written to). Its behaviour is ReplyController's. */
function replyTemplate(parts: ThreadParts, thread: ThreadItem) {
  const { view, reply } = parts;
  const session = view.session;
  const source = view.sourceOf(thread);
  if (!source || !session || !thread.replyTo) {
    return reply.notice ? html`<p class="notice">${reply.notice}</p>` : nothing;
  }
  const draft = reply.draft(thread);
  const busy = reply.isSending(thread);
  const error = reply.error(thread);
  const to = thread.replyTo.display ?? thread.from;
  const representation = session.representation;
  const onSubmit = (event: Event) => {
    event.preventDefault();
    void reply.send(thread);
  };
  return html`<form part="reply" class="reply" aria-labelledby="reply-heading" novalidate @submit=${onSubmit}>
    ${subHeading(view, 'reply-heading', view.t('replyHeading'))}
    ${reply.notice ? html`<p class="notice">${reply.notice}</p>` : nothing}
    <label for="reply-text">${to ? withSourceWords((params) => view.t('replyLabel', params), { name: to }, ['name'], itemLang(view, thread)) : view.t('replyLabel', { name: '' })}</label>
    <p id="reply-hint" class="hint">
      ${withSourceWords((params) => view.t('replyHint', params), { source: source.name }, ['source'], sourceLanguage(undefined, source))}
      ${representation ? html` ${view.t('replyOnBehalf', { name: representation.person.name })}` : nothing}
    </p>
    ${reply.invalid ? html`<p id="reply-invalid" class="field-error">${view.t('replyEmpty')}</p>` : nothing}
    <textarea
      id="reply-text"
      rows="5"
      aria-describedby=${reply.invalid ? 'reply-invalid reply-hint' : 'reply-hint'}
      aria-invalid=${reply.invalid ? 'true' : 'false'}
      .value=${live(draft?.text ?? '')}
      @input=${(e: Event) => reply.input(thread, (e.target as HTMLTextAreaElement).value)}
    ></textarea>
    ${error
      ? html`<div class="error" role="alert">
          <p>${error}</p>
          <button type="button" class="button" @click=${() => void reply.send(thread)}>${view.t('sendRetry')}</button>
        </div>`
      : nothing}
    <div class="reply-actions">
      <button type="submit" class="button button--primary" aria-disabled=${busy ? 'true' : 'false'}>${busy ? view.t('sending') : view.t('send')}</button>
    </div>
  </form>`;
}
