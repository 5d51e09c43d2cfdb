// The attachments' files: blob URLs for the item on show, the names they are offered under, sizes in words.
import { formatNumber, safeFileName, type Locale } from '@hn-elements/core';
import { decodeBase64, type AttachmentFormat } from './model.js';

/**
 * Blob URLs for the attachments of the item on show. Only a PDF gets its own type (the browser's
 * PDF viewer shows it); everything else is `application/octet-stream`, so a blob of HTML can never
 * be opened as a page on our origin. All URLs are revoked when the item changes and on disconnect.
 */
export class BlobUrls {
  private readonly urls = new Map<string, string>();

  get(id: string, data: string, format: AttachmentFormat): string | undefined {
    const held = this.urls.get(id);
    if (held) return held;
    const bytes = decodeBase64(data);
    if (!bytes) return undefined;
    const type = format === 'pdf' ? 'application/pdf' : 'application/octet-stream';
    const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
    this.urls.set(id, url);
    return url;
  }

  revokeAll(): void {
    for (const url of this.urls.values()) URL.revokeObjectURL(url);
    this.urls.clear();
  }

  get size(): number {
    return this.urls.size;
  }
}

const EXTENSION: Partial<Record<AttachmentFormat, string>> = { pdf: 'pdf', html: 'html', text: 'txt' };

/** The name an attachment is offered under: core's rule (no path, control or bidi characters), with an extension for the type. */
export function downloadName(title: string, format: AttachmentFormat, fallback: string): string {
  return safeFileName(title, { extension: EXTENSION[format], fallback });
}

/** 1234 -> "1,2 kB" (nb) / "1.2 kB" (en). */
export function sizeParts(bytes: number, locale: Locale): { unit: 'bytes' | 'kilobytes' | 'megabytes'; n: string } {
  if (bytes < 1024) return { unit: 'bytes', n: formatNumber(bytes, locale, 1) };
  if (bytes < 1024 * 1024) return { unit: 'kilobytes', n: formatNumber(bytes / 1024, locale, 1) };
  return { unit: 'megabytes', n: formatNumber(bytes / (1024 * 1024), locale, 1) };
}
