import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { attachmentLocation, sourceErrorWords, looksLikePdf, readAttachment, safeHttpsUrl, type AttachmentLocation, type Source } from '@hn-elements/core';
import type { InboxContext } from '../context.js';
import { BlobUrls, downloadName } from '../files.js';
import { decodeBase64, type AttachmentView, type InboxItem } from '../model.js';

/** What can be done with one attachment now; views/attachments.ts shows it. */
export type AttachmentState =
  | { kind: 'loading' }
  /** Fetching it from the source failed; `reason` says why, in words. */
  | { kind: 'failed'; reason: TemplateResult }
  /** It is on another server, over https: offered as a link that opens in a new tab. */
  | { kind: 'external'; href: string }
  /** It is on another server over plain http: not opened, and the citizen is told why. */
  | { kind: 'insecure' }
  /** Nothing to show: no content, or an address we cannot use. */
  | { kind: 'unavailable' }
  /** Called a PDF, but the bytes are not one: not opened. */
  | { kind: 'not-pdf' }
  | {
      kind: 'ready';
      data: string;
      /** Blob URL for the download (and the PDF viewer); undefined while disconnected. */
      url: string | undefined;
      fileName: string;
      /** PDF, HTML and text can be shown in place. */
      viewable: boolean;
    };

type RemoteAttachment =
  | { status: 'loading' }
  | { status: 'ready'; data: string }
  /** What went wrong, kept as it is: the words are made when shown, in the language of that moment. */
  | { status: 'error'; error: unknown; source: Source };

/** Base64 characters for the first 1024 bytes, where a PDF's header must be. */
const PDF_HEAD_CHARS = 1368;

function isHttp(url: string): boolean {
  try {
    return new URL(url).protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * The attachments of the item on show: fetches those that live on the source's server (a Binary
 * below its FHIR base; a token never goes elsewhere), holds their blob URLs and which are shown in
 * place, checks that a "PDF" is one before it is shown as one, and forgets it all when another item
 * opens or the element is removed (requests aborted, blob URLs revoked).
 */
export class AttachmentsController implements ReactiveController {
  private remote = new Map<string, RemoteAttachment>();
  private expanded: ReadonlySet<string> = new Set();
  private readonly blobs = new BlobUrls();
  private readonly pdfChecked = new Map<string, boolean>();
  private work?: AbortController;

  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly ctx: InboxContext;

  constructor(host: ReactiveControllerHost & HTMLElement, ctx: InboxContext) {
    this.host = host;
    this.ctx = ctx;
    host.addController(this);
  }

  /** Another item is on show: nothing of the previous one is kept. */
  reset(): void {
    this.stop();
    this.expanded = new Set();
    this.pdfChecked.clear();
  }

  /** Starts fetching the attachments of the item just opened that live on its source's server. */
  open(item: InboxItem): void {
    this.work?.abort();
    this.work = new AbortController();
    const attachments = item.kind === 'message' ? item.messages.flatMap((m) => m.attachments) : item.kind === 'letter' ? item.attachments : [];
    const source = this.ctx.sourceOf(item);
    for (const attachment of attachments) {
      if (attachment.data || !attachment.url || !source) continue;
      const location = attachmentLocation(attachment.url, source);
      if (location) void this.fetch(source, attachment, location, this.work.signal);
    }
  }

  isExpanded(id: string): boolean {
    return this.expanded.has(id);
  }

  toggle(id: string): void {
    const next = new Set(this.expanded);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.expanded = next;
    this.host.requestUpdate();
  }

  state(item: InboxItem, attachment: AttachmentView): AttachmentState {
    const remote = this.remote.get(attachment.id);
    const data = attachment.data ?? (remote?.status === 'ready' ? remote.data : undefined);
    if (!data) {
      if (remote?.status === 'loading') return { kind: 'loading' };
      if (remote?.status === 'error') return { kind: 'failed', reason: sourceErrorWords(remote.error, remote.source, this.ctx.locale) };
      if (attachment.url && !this.isFetchable(item, attachment)) {
        const external = safeHttpsUrl(attachment.url);
        if (external) return { kind: 'external', href: external };
        if (isHttp(attachment.url)) return { kind: 'insecure' };
      }
      return { kind: 'unavailable' };
    }
    if (attachment.format === 'pdf' && !this.isPdf(attachment.id, data)) return { kind: 'not-pdf' };
    return {
      kind: 'ready',
      data,
      // Not while disconnected: a render after removal would make a URL nobody revokes.
      url: this.host.isConnected ? this.blobs.get(attachment.id, data, attachment.format) : undefined,
      fileName: downloadName(attachment.title, attachment.format, this.ctx.t('untitledFile')),
      viewable: attachment.format === 'pdf' || attachment.format === 'html' || attachment.format === 'text',
    };
  }

  hostDisconnected(): void {
    this.stop();
  }

  private stop(): void {
    this.work?.abort();
    this.work = undefined;
    this.blobs.revokeAll();
    this.remote = new Map();
  }

  private isFetchable(item: InboxItem, attachment: AttachmentView): boolean {
    const source = this.ctx.sourceOf(item);
    return !!(source && attachmentLocation(attachment.url, source));
  }

  /** Core's rule (the journal's too): `%PDF-` in the first 1024 bytes. Worked out once per attachment. */
  private isPdf(id: string, data: string): boolean {
    let pdf = this.pdfChecked.get(id);
    if (pdf === undefined) {
      const head = decodeBase64(data.slice(0, PDF_HEAD_CHARS * 2).replace(/\s/g, '').slice(0, PDF_HEAD_CHARS));
      pdf = !!head && looksLikePdf(head);
      this.pdfChecked.set(id, pdf);
    }
    return pdf;
  }

  /** Reads the Binary by core's attachment rule (the journal's too): token only below the source's base. */
  private async fetch(source: Source, attachment: AttachmentView, location: AttachmentLocation, signal: AbortSignal): Promise<void> {
    this.remote = new Map(this.remote).set(attachment.id, { status: 'loading' });
    this.host.requestUpdate();
    try {
      const { data } = await readAttachment(location, source, { signal, timeoutMs: this.ctx.requestTimeout });
      if (signal.aborted) return;
      this.remote = new Map(this.remote).set(attachment.id, { status: 'ready', data });
    } catch (error) {
      if (signal.aborted) return;
      this.ctx.reportAuthRequired([error]);
      this.remote = new Map(this.remote).set(attachment.id, { status: 'error', error, source });
    }
    this.host.requestUpdate();
  }
}
