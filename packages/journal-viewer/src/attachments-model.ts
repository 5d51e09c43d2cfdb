import type { DocumentReference } from '@hn-elements/core';
import { attachmentLocation, isRecord, type AttachmentLocation } from '@hn-elements/core';
import type { SourceInfo } from './model-readers.js';

/**
 * A DocumentReference's attachments -> what the reading pane can show: the content type and
 * character set, base64 data checked to be well-formed, or a URL where core's attachment rule
 * (`attachmentLocation`: a Binary below the source's base, or on another https FHIR server) says it
 * may be read. Pure: nothing is decoded or fetched here (see document-content.ts).
 */

export type ContentFormat = 'text' | 'html' | 'pdf';

/** Why a document cannot be shown, said per item. */
export type DocumentProblem = 'no-content' | 'bad-data' | 'unsupported-type' | 'unsafe-url' | 'not-pdf';

export interface AttachmentView {
  format: ContentFormat;
  /** As the source gave it, e.g. `text/plain; charset=utf-8`. */
  contentType: string;
  /** Character set for text, lower case; undefined means UTF-8. */
  charset?: string;
  /** Base64 (whitespace removed), already checked to be well-formed. */
  data?: string;
  /** Absolute URL of the Binary that holds the content (see `location`). */
  url?: string;
  /** Where the content is read from, and whether the source's token goes with it. */
  location?: AttachmentLocation;
  /** BCP 47 language of the content, when the source gives a well-formed one. */
  language?: string;
  /** Decoded size in bytes, when known. */
  size?: number;
}

/** What an attachment list gives the reading pane: content to show, or the reason there is none. */
export type AttachmentBody = { kind: 'attachment'; attachment: AttachmentView } | { kind: 'problem'; problem: DocumentProblem };

const LANGUAGE = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** `type/subtype` and parameters of a content type, lower case. */
export function parseContentType(value: unknown): { mime: string; charset?: string } | undefined {
  if (typeof value !== 'string') return undefined;
  const [mime, ...params] = value.split(';').map((part) => part.trim().toLowerCase());
  if (!mime || !/^[a-z0-9.+-]+\/[a-z0-9.+-]+$/.test(mime)) return undefined;
  const charset = params.map((p) => /^charset\s*=\s*"?([a-z0-9._-]+)"?$/.exec(p)?.[1]).find(Boolean);
  return { mime, charset };
}

export function formatOf(mime: string): ContentFormat | undefined {
  if (mime === 'text/plain') return 'text';
  if (mime === 'text/html' || mime === 'application/xhtml+xml') return 'html';
  if (mime === 'application/pdf') return 'pdf';
  return undefined;
}

/** Base64 with whitespace removed, or undefined when it is not well-formed base64. */
export function cleanBase64(value: string): string | undefined {
  const clean = value.replace(/\s+/g, '');
  if (clean.length % 4 !== 0 || !BASE64.test(clean)) return undefined;
  return clean;
}

export type RawAttachment = NonNullable<DocumentReference['content']>[number]['attachment'];

/** The first attachment in a format the pane can show, or why none can be shown. */
export function attachmentBody(attachments: RawAttachment[], source: SourceInfo | undefined): AttachmentBody {
  const usable = attachments.filter(isRecord);
  if (usable.length === 0) return { kind: 'problem', problem: 'no-content' };
  const withContent = usable.filter((a) => typeof a.data === 'string' || typeof a.url === 'string');
  if (withContent.length === 0) return { kind: 'problem', problem: 'no-content' };
  // The first one in a format we can show; a PDF and an HTML rendering of the same letter are common.
  const chosen = withContent.find((a) => {
    const type = parseContentType(a.contentType);
    return type !== undefined && formatOf(type.mime) !== undefined;
  });
  if (!chosen) return { kind: 'problem', problem: 'unsupported-type' };
  const type = parseContentType(chosen.contentType)!;
  const format = formatOf(type.mime)!;
  const language = typeof chosen.language === 'string' && LANGUAGE.test(chosen.language) ? chosen.language : undefined;
  const base = { format, contentType: String(chosen.contentType), charset: type.charset, language };
  if (typeof chosen.data === 'string') {
    const data = cleanBase64(chosen.data);
    if (data === undefined) return { kind: 'problem', problem: 'bad-data' };
    if (data.length === 0) return { kind: 'problem', problem: 'no-content' };
    const size = Math.floor((data.length * 3) / 4) - (data.endsWith('==') ? 2 : data.endsWith('=') ? 1 : 0);
    return { kind: 'attachment', attachment: { ...base, data, size } };
  }
  const location = attachmentLocation(chosen.url, source);
  if (!location) return { kind: 'problem', problem: 'unsafe-url' };
  const size = typeof chosen.size === 'number' && chosen.size >= 0 ? chosen.size : undefined;
  return { kind: 'attachment', attachment: { ...base, url: location.url, location, size } };
}
