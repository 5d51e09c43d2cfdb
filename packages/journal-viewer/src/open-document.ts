import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Source } from '@hn-elements/core';
import { openDocumentBody, type OpenedBody } from './document-content.js';
import type { JournalDocumentView } from './documents-model.js';

/** The document in the reading pane. */
export interface OpenedDocument {
  key: string;
  /** Undefined while the body is being prepared. */
  body?: OpenedBody;
  /** blob: URL of a PDF body, revoked when the document closes. */
  pdfUrl?: string;
}

export interface OpenDocumentOptions {
  /** The source a document came from (live mode), its ARIA base level and the request timeout. */
  settings(item: JournalDocumentView): { source?: Source; headingLevel: number; timeoutMs: number };
  /** The content could not be fetched (the element reports a 401 as `hn-auth-required`). */
  onFetchFailed(error: unknown): void;
}

/**
 * Opens one document at a time: prepares its body (document-content.ts), keeps the PDF's blob:
 * URL, and on close (or when another document opens, or the element is removed) aborts what is
 * still being fetched or decoded and revokes the URL. Nothing is left behind on disconnect.
 */
export class OpenDocumentController implements ReactiveController {
  /** The open document, or undefined. */
  opened: OpenedDocument | undefined;
  private readonly host: ReactiveControllerHost;
  private readonly options: OpenDocumentOptions;
  private abort?: AbortController;

  constructor(host: ReactiveControllerHost, options: OpenDocumentOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.close();
  }

  /** Opens `item` (again, when it is already open: the retry after a failed fetch). */
  open(item: JournalDocumentView): void {
    this.close();
    const abort = new AbortController();
    this.abort = abort;
    this.set({ key: item.key });
    openDocumentBody(item, { ...this.options.settings(item), signal: abort.signal })
      .then((body) => {
        if (abort.signal.aborted || this.opened?.key !== item.key) return;
        if (body.kind === 'fetch-failed') this.options.onFetchFailed(body.error);
        this.set({ key: item.key, body, pdfUrl: body.kind === 'pdf' ? URL.createObjectURL(body.blob) : undefined });
      })
      .catch(() => {
        // Aborted: another document was opened, or the element went away.
      });
  }

  /** Closes the open document, if any. */
  close(): void {
    this.abort?.abort();
    this.abort = undefined;
    if (this.opened?.pdfUrl) URL.revokeObjectURL(this.opened.pdfUrl);
    if (this.opened) this.set(undefined);
  }

  private set(opened: OpenedDocument | undefined): void {
    this.opened = opened;
    this.host.requestUpdate();
  }
}
