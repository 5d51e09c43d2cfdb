import { html, nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { fhirErrorMessage, noteNewTabLinks, sourceErrorWords, withSourceWords, type Locale } from '@hn-elements/core';
import type { RenderedSection } from './document-content.js';
import type { JournalDocumentView } from './documents-model.js';
import type { OpenedDocument } from './open-document.js';
import { documentFacts, documentLang, documentStatus, PROBLEM_KEY, type JournalViewContext } from './view-parts.js';

/**
 * The reading pane of the open document: back or close, its title (focused when it opens),
 * facts, print and download, and its body: preformatted text, sanitised HTML, a Composition's
 * sections, a PDF in a frame with a download link, or what is wrong with it (with a retry when
 * fetching failed). Escape closes it.
 */

export interface ReadingPaneContext extends JournalViewContext {
  opened: OpenedDocument | undefined;
  /** True when the pane sits beside the list ("Close"), false when it replaces it ("Back"). */
  wide: boolean;
  /** The name a downloaded file gets, when the body can be printed and downloaded. */
  fileName: string | undefined;
  /** An error of the last print, shown as an alert. */
  actionError: string | undefined;
  /** "Prøv igjen", from core's catalogue. */
  retryLabel: string;
  onClose(): void;
  onPrint(): void;
  onDownload(): void;
  onRetry(): void;
}

export function readingPane(item: JournalDocumentView, ctx: ReadingPaneContext): TemplateResult {
  const body = ctx.opened?.body;
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    ctx.onClose();
  };
  return html`<section part="reader" class="reader" aria-labelledby="reader-title" @keydown=${onKeydown}>
    <div class="reader-bar">
      <button type="button" class="button back" @click=${() => ctx.onClose()}>
        <span aria-hidden="true">←</span>
        <span>${ctx.t(ctx.wide ? 'close' : 'back')}</span>
      </button>
    </div>
    <p id="reader-title" class="reader-title" role="heading" aria-level=${ctx.level} tabindex="-1" lang=${ifDefined(item.title !== undefined ? documentLang(item, ctx) : undefined)}>${item.title ?? ctx.t('untitled')}</p>
    ${item.titleShortened ? html`<p class="muted">${ctx.t('titleShortened')}</p>` : nothing}
    ${documentStatus(item, ctx)}
    <dl class="facts">
      ${documentFacts(item, ctx).map(([label, value, lang]) => html`<div><dt>${label}</dt><dd lang=${ifDefined(lang)}>${value}</dd></div>`)}
    </dl>
    ${ctx.fileName !== undefined && body
      ? html`<div class="reader-actions">
          <button type="button" class="button" @click=${() => ctx.onPrint()}>${ctx.t('print')}</button>
          <button type="button" class="button" @click=${() => ctx.onDownload()}>${ctx.t('download')}</button>
        </div>`
      : nothing}
    ${ctx.actionError ? html`<p class="action-error" role="alert">${ctx.actionError}</p>` : nothing}
    <div class="doc-body">${documentBody(item, ctx)}</div>
  </section>`;
}

function documentBody(item: JournalDocumentView, ctx: ReadingPaneContext): TemplateResult {
  const body = ctx.opened?.body;
  if (!body) return html`<hn-state kind="loading" locale=${ctx.locale} .message=${ctx.t('opening')}></hn-state>`;
  const source = item.sourceName || ctx.t('unknownSource');
  // The document's text is the source's: the attachment's language, else the document's, else the source's.
  const lang = documentLang(item, ctx);
  switch (body.kind) {
    case 'text':
      return html`<pre class="doc-text" lang=${body.language ?? lang}>${body.text}</pre>`;
    case 'html':
      return html`<div class="doc-html" lang=${body.language ?? lang}>${unsafeHTML(noteNewTabLinks(body.html, ctx.locale))}</div>`;
    case 'sections':
      return html`<div class="doc-html" lang=${lang}>${sections(body.sections, ctx.locale)}</div>`;
    case 'pdf': {
      const url = ctx.opened?.pdfUrl ?? '';
      const label = ctx.t('pdfFrameTitle', { title: item.title ?? ctx.t('untitled') });
      // An iframe, not <object>: Chromium keeps a removed <object> PDF viewer (and the element) alive.
      // Where the browser cannot show PDFs inline, the download link below is the way in.
      // The title is the document's behind "PDF:": the source's words, so the frame carries their
      // language (an attribute cannot mark part of itself; "PDF" reads the same in every language).
      return html`<iframe class="doc-pdf" src=${url} title=${label} lang=${ifDefined(item.title ? lang : undefined)}></iframe>
        <p class="pdf-download">
          <span>${ctx.t('pdfFallback')}</span>
          <a class="button" href=${url} download=${ctx.fileName ?? 'dokument.pdf'}>${ctx.t('downloadPdf')}</a>
        </p>`;
    }
    case 'fetch-failed':
      return html`<div class="doc-problem">
        <p>${withSourceWords(
          (params) => ctx.t('problemFetch', params),
          // The source's name in its language (an unknown source is the journal's own words).
          { reason: item.sourceName ? sourceErrorWords(body.error, { name: source, language: ctx.sourceOf?.(item.sourceId)?.language }, ctx.locale) : fhirErrorMessage(body.error, source, ctx.locale) },
          [],
          lang,
        )}</p>
        <button type="button" class="button" @click=${() => ctx.onRetry()}>${ctx.retryLabel}</button>
      </div>`;
    case 'problem':
    default:
      return html`<div class="doc-problem">
        <p>${ctx.t(PROBLEM_KEY[body.problem])}</p>
        ${item.sourceName ? html`<p>${ctx.t('problemContact', { source: item.sourceName })}</p>` : nothing}
      </div>`;
  }
}

function sections(list: readonly RenderedSection[], locale: Locale): TemplateResult {
  return html`${list.map(
    (section) => html`<section class="doc-section">
      ${section.title ? html`<p class="doc-section-title" role="heading" aria-level=${section.level}>${section.title}</p>` : nothing}
      ${section.html ? unsafeHTML(noteNewTabLinks(section.html, locale)) : nothing} ${sections(section.sections, locale)}
    </section>`,
  )}`;
}
