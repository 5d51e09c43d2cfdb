import type { Attachment } from '@hn-elements/core';
import { base64Size, isRecord, readText } from '@hn-elements/core';
import type { AttachmentFormat, AttachmentView } from './types.js';

// A FHIR Attachment -> what the inbox shows of a file: name, type, size, inline bytes or a URL.


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
