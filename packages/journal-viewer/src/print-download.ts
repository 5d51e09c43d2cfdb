import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatDateTime, safeFileName, saveBlob } from '@hn-elements/core';
import type { OpenedBody } from './document-content.js';
import { printInFrame, standaloneHtml, type StandaloneDocument } from './document-files.js';
import type { JournalDocumentView } from './documents-model.js';
import type { JournalDocumentDownloadDetail, JournalDocumentPrintDetail, JournalDocumentRef } from './events.js';
import { documentFacts, type JournalViewContext } from './view-parts.js';

export interface PrintDownloadHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  emit<T>(name: string, detail: T, options?: { cancelable?: boolean }): boolean;
}

export interface PrintDownloadOptions {
  /** The element's strings, locale and heading level now. */
  context(): JournalViewContext;
  /** Says something in the element's live region. */
  announce(text: string | (() => string)): void;
}

/** What identifies a document in events. */
export function documentRef(item: JournalDocumentView): JournalDocumentRef {
  return { key: item.key, id: item.id, sourceId: item.sourceId, resourceType: item.resourceType };
}

/**
 * Printing and downloading the open document. Each fires its cancelable event first
 * (`hn-journal-document-print`, `hn-journal-document-download`) with the file, so a host may take
 * over; otherwise the element prints from a hidden sandboxed frame, or saves the file and
 * announces it. Text is saved as text; HTML and sections as the sanitised standalone file; a PDF
 * as itself. A print that fails says so (`actionError`). The print frame goes on disconnect.
 */
export class PrintDownloadController implements ReactiveController {
  /** Why the last print failed, shown in the reading pane; cleared when the document changes. */
  actionError: string | undefined;
  private readonly host: PrintDownloadHost;
  private readonly options: PrintDownloadOptions;
  private printJob?: { cancel: () => void };

  constructor(host: PrintDownloadHost, options: PrintDownloadOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.printJob?.cancel();
    this.printJob = undefined;
  }

  /** Forgets the last error (another document opened, or it closed). */
  reset(): void {
    if (this.actionError === undefined) return;
    this.actionError = undefined;
    this.host.requestUpdate();
  }

  /** The name a download of this body gets, or undefined when it cannot be saved (a problem, a failed fetch). */
  fileNameOf(item: JournalDocumentView, body: OpenedBody): string | undefined {
    const extension = body.kind === 'pdf' ? 'pdf' : body.kind === 'text' ? 'txt' : body.kind === 'html' || body.kind === 'sections' ? 'html' : undefined;
    if (!extension) return undefined;
    return safeFileName(item.title ?? '', { extension, date: item.date, fallback: this.options.context().locale === 'en' ? 'document' : 'dokument' });
  }

  /** The file a download gives: text as text, HTML and sections as the standalone file, a PDF as itself. */
  fileOf(item: JournalDocumentView, body: OpenedBody): { blob: Blob; fileName: string } | undefined {
    const fileName = this.fileNameOf(item, body);
    if (fileName === undefined) return undefined;
    if (body.kind === 'pdf') return { blob: body.blob, fileName };
    if (body.kind === 'text') return { blob: new Blob([body.text], { type: 'text/plain;charset=utf-8' }), fileName };
    if (body.kind === 'html' || body.kind === 'sections') {
      return { blob: new Blob([standaloneHtml(this.standalone(item, body))], { type: 'text/html;charset=utf-8' }), fileName };
    }
    return undefined;
  }

  print(item: JournalDocumentView, body: OpenedBody): void {
    let blob: Blob;
    if (body.kind === 'pdf') blob = body.blob;
    else if (body.kind === 'text' || body.kind === 'html' || body.kind === 'sections') {
      blob = new Blob([standaloneHtml(this.standalone(item, body))], { type: 'text/html;charset=utf-8' });
    } else return;
    this.reset();
    const proceed = this.host.emit<JournalDocumentPrintDetail>('hn-journal-document-print', { ...documentRef(item), blob }, { cancelable: true });
    if (!proceed) return;
    this.printJob?.cancel();
    const job = printInFrame(this.host.renderRoot, blob);
    this.printJob = job;
    job.done.catch(() => {
      if (this.printJob !== job) return;
      this.actionError = this.options.context().t('printFailed');
      this.host.requestUpdate();
    });
  }

  download(item: JournalDocumentView, body: OpenedBody): void {
    const file = this.fileOf(item, body);
    if (!file) return;
    const proceed = this.host.emit<JournalDocumentDownloadDetail>('hn-journal-document-download', { ...documentRef(item), ...file }, { cancelable: true });
    if (!proceed) return;
    saveBlob(this.host.renderRoot, file.blob, file.fileName);
    this.options.announce(() => this.options.context().t('downloaded'));
  }

  private standalone(item: JournalDocumentView, body: StandaloneDocument['body']): StandaloneDocument {
    const ctx = this.options.context();
    const source = item.sourceName || ctx.t('unknownSource');
    return {
      title: item.title ?? ctx.t('untitled'),
      lang: ctx.locale,
      facts: documentFacts(item, ctx).map(([label, value]) => [label, value] as const),
      footer: ctx.t('printedFrom', { source, date: formatDateTime(new Date(), ctx.locale, 'date') }),
      body,
    };
  }
}
