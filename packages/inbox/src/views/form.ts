import { html, nothing, type TemplateResult } from 'lit';
import { formatDateTime, formatList, statusBadge, withSourceWords, type BadgeTone } from '@hn-elements/core';
import type { InboxView } from '../context.js';
import type { InboxMessageKey } from '../messages.js';
import type { FormItem, FormStatus, QuestionView } from '../model.js';
import { itemLang, itemSource, paneHeading, subHeading } from './parts.js';
import { launcherTemplate } from '@hn-elements/handoff-launcher';

export const FORM_STATUS_KEY: Record<FormStatus, InboxMessageKey> = {
  'not-started': 'formNotStarted',
  started: 'formStarted',
  done: 'formDone',
  cancelled: 'formCancelled',
};

export const FORM_STATUS_TONE: Record<FormStatus, BadgeTone> = {
  'not-started': 'info',
  started: 'warning',
  done: 'success',
  cancelled: 'neutral',
};

/** A form task in the reading pane: facts, a summary of its questions, and "open the form" by hand-off. */
export function formTemplate(view: InboxView, form: FormItem) {
  const locale = view.locale;
  const open = form.status === 'not-started' || form.status === 'started';
  const destination = form.sourceName || form.from;
  const lang = itemLang(view, form);
  return html`
    ${paneHeading(view, form.title || view.t('kindForm'), form.title ? lang : undefined)}
    <div class="pane-meta">
      ${view.t('kindForm')}
      ${statusBadge(FORM_STATUS_TONE[form.status], view.t(FORM_STATUS_KEY[form.status]))}
      ${itemSource(view, form)}
    </div>
    <dl class="facts">
      ${form.from ? html`<div><dt>${view.t('requestedBy')}</dt><dd lang=${lang}>${form.from}</dd></div>` : nothing}
      <div><dt>${view.t('date')}</dt><dd>${formatDateTime(form.date, locale, 'date')}</dd></div>
      ${form.due ? html`<div><dt>${view.t('dueLabel')}</dt><dd>${formatDateTime(form.due, locale, 'long-date')}</dd></div>` : nothing}
      ${form.statusReason ? html`<div><dt>${view.t('reason')}</dt><dd lang=${lang}>${form.statusReason}</dd></div>` : nothing}
    </dl>
    ${form.questionnaire?.description ? html`<p lang=${lang}>${form.questionnaire.description}</p>` : nothing}
    ${open
      ? form.link
        ? html`<div class="form-open">
            ${launcherTemplate({ link: { href: form.link.href, smart: false }, label: view.t('openForm'), destination, variant: 'primary', locale, session: view.session })}
          </div>`
        : html`<p class="muted">${view.t('formNoLink', { source: destination || view.t('unknownSender') })}</p>`
      : nothing}
    ${form.questionnaire && form.questionnaire.items.length
      ? html`<section class="questions" aria-labelledby="questions-heading">
          ${subHeading(view, 'questions-heading', form.questionnaire.title ? html`${view.t('formQuestions')}: <span lang=${lang}>${form.questionnaire.title}</span>` : view.t('formQuestions'))}
          <p class="muted">${view.t('formQuestionsNote')}</p>
          ${questionsTemplate(view, form.questionnaire.items, lang)}
        </section>`
      : nothing}
  `;
}

function questionsTemplate(view: InboxView, items: readonly QuestionView[], lang: string): TemplateResult {
  return html`<ol class="question-list">
    ${items.map(
      (q) => html`<li>
        <span class="question" lang=${lang}>${q.text}</span>${q.required ? html` <span class="muted">(${view.t('required')})</span>` : nothing}
        ${q.options.length ? html`<span class="options">${optionsText(view, q.options, lang)}</span>` : nothing}
        ${q.items.length ? questionsTemplate(view, q.items, lang) : nothing}
      </li>`,
    )}
  </ol>`;
}

/** "Svaralternativer: Ja, Nei": the inbox's words, the options in the source's language. */
function optionsText(view: InboxView, options: readonly string[], lang: string) {
  return withSourceWords((params) => view.t('options', params), { list: formatList(options, view.locale) }, ['list'], lang);
}
