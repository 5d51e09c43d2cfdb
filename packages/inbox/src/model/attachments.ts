import type { Attachment } from '@hn-elements/core';
import { isRecord, readText } from '@hn-elements/core';
import type { AttachmentFormat, AttachmentView } from './types.js';

// A FHIR Attachment -> what the inbox shows of a file: name, type, size, inline bytes or a URL.


/** Bytes in a base64 string, without decoding it. */
export function base64Size(data: string): number {
  const clean = data.replace(/\s/g, '');
  const padding = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0;
  return Math.max(0, Math.floor((clean.length * 3) / 4) - padding);
}

/** Base64 -> bytes; undefined when it is not base64. */
export function decodeBase64(data: string): Uint8Array | undefined {
  try {
    const binary = atob(data.replace(/\s/g, ''));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return undefined;
  }
}

/** Base64 -> text (UTF-8); undefined when it cannot be read. */
export function decodeBase64Text(data: string): string | undefined {
  const bytes = decodeBase64(data);
  if (!bytes) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  } catch {
    return undefined;
  }
}


function baseType(contentType: unknown): string {
  return typeof contentType === 'string' ? contentType.split(';')[0]!.trim().toLowerCase() : '';
}

function formatOf(contentType: string): AttachmentFormat {
  if (contentType === 'application/pdf') return 'pdf';
  if (contentType === 'text/html' || contentType === 'application/xhtml+xml') return 'html';
  if (contentType === 'text/plain') return 'text';
  if (contentType.startsWith('image/')) return 'image';
  return 'other';
}

export function attachmentView(id: string, attachment: Attachment | undefined, fallbackTitle?: string): AttachmentView | undefined {
  if (!isRecord(attachment)) return undefined;
  const contentType = baseType(attachment.contentType);
  const data = typeof attachment.data === 'string' && attachment.data ? attachment.data : undefined;
  const url = typeof attachment.url === 'string' && attachment.url.trim() ? attachment.url.trim() : undefined;
  const declared = typeof attachment.size === 'number' && Number.isFinite(attachment.size) && attachment.size >= 0 ? attachment.size : undefined;
  return {
    id,
    title: readText(attachment.title) ?? fallbackTitle ?? '',
    contentType,
    format: formatOf(contentType),
    size: declared ?? (data ? base64Size(data) : undefined),
    ...(data ? { data } : {}),
    ...(url ? { url } : {}),
    ...(!data && !url ? { unavailable: true } : {}),
  };
}
