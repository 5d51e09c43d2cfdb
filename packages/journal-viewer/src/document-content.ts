import { FhirError, fitSourceHtml, looksLikePdf, readAttachment, type Source } from '@hn-elements/core';
import type { DocumentProblem } from './attachments-model.js';
import type { JournalDocumentView, SectionView } from './documents-model.js';

/**
 * Turns a document's content into something safe to show: text as text, HTML only through core's
 * sanitiser and HTML fitting (`fitSourceHtml`), a PDF only when its bytes really are a PDF.
 * Content given by URL is read as a FHIR Binary through core's `readAttachment` (FhirClient:
 * timeouts, retries, abort, the source's token only below its base, 401 as an `auth` error).
 * Decoding happens when a document is opened, never for the whole list, and yields to the browser
 * between chunks so a large document does not freeze the page.
 */

export interface RenderedSection {
  title?: string;
  /** ARIA level of the section's heading. */
  level: number;
  /** Sanitised HTML. */
  html?: string;
  sections: RenderedSection[];
}

export type OpenedBody =
  | { kind: 'text'; text: string; language?: string }
  | { kind: 'html'; html: string; language?: string }
  | { kind: 'pdf'; blob: Blob }
  | { kind: 'sections'; sections: RenderedSection[] }
  | { kind: 'problem'; problem: DocumentProblem }
  | { kind: 'fetch-failed'; error: unknown };

/** Largest attachment read by URL, in bytes. */
export const MAX_FETCH_BYTES = 50 * 1024 * 1024;
const CHUNK_CHARS = 4 * 256 * 1024;
const TEXT_CHARSETS = new Set(['utf-8', 'utf8', 'iso-8859-1', 'latin1', 'windows-1252', 'us-ascii', 'iso-8859-15', 'utf-16le', 'utf-16be', 'utf-16']);

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new FhirError('aborted', '', 'Aborted');
}

/** Decodes base64 in chunks, letting the browser breathe between them. Throws on bad input. */
export async function decodeBase64(data: string, signal?: AbortSignal): Promise<Uint8Array> {
  const padding = data.endsWith('==') ? 2 : data.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((data.length / 4) * 3 - padding);
  let offset = 0;
  for (let start = 0; start < data.length; start += CHUNK_CHARS) {
    if (start > 0) {
      await nextTask();
      throwIfAborted(signal);
    }
    const binary = atob(data.slice(start, start + CHUNK_CHARS));
    for (let i = 0; i < binary.length; i += 1) bytes[offset + i] = binary.charCodeAt(i);
    offset += binary.length;
  }
  return bytes;
}

/** Text from bytes in the declared character set (UTF-8 when none or an unknown one is given). */
export function decodeText(bytes: Uint8Array, charset: string | undefined): string {
  const label = charset && TEXT_CHARSETS.has(charset) ? charset : 'utf-8';
  return new TextDecoder(label).decode(bytes);
}

function sectionsFor(sections: readonly SectionView[], level: number): RenderedSection[] {
  return sections.map((section) => ({
    title: section.title,
    level: Math.min(6, level),
    html: section.xhtml ? fitSourceHtml(section.xhtml, Math.min(6, level + 1)) : undefined,
    sections: sectionsFor(section.sections, level + 1),
  }));
}

export interface OpenOptions {
  signal?: AbortSignal;
  /** Per-request timeout for content read by URL. */
  timeoutMs?: number;
  /** The fetch the FhirClient uses (tests). */
  fetch?: typeof fetch;
  /** The document's source (live mode): a Binary below its base is read with its token. */
  source?: Source;
  /** ARIA level the document's own headings start at (one below the reading pane's title). */
  headingLevel: number;
}

/** The bytes of content given by URL: a Binary, read through core's FhirClient. */
async function readByUrl(view: JournalDocumentView, options: OpenOptions): Promise<Uint8Array> {
  const attachment = view.body.kind === 'attachment' ? view.body.attachment : undefined;
  const location = attachment?.location;
  if (!location) throw new FhirError('malformed', view.sourceId, 'No URL');
  // Without a session source (bundle mode) only a Binary elsewhere can be read, without a token.
  const source = options.source ?? { id: view.sourceId, name: view.sourceName, fhirBase: location.base };
  const content = await readAttachment(location, source, { signal: options.signal, timeoutMs: options.timeoutMs, fetch: options.fetch, maxBytes: MAX_FETCH_BYTES });
  return decodeBase64(content.data, options.signal);
}

/** Makes an opened document's body. Never throws except on abort: problems come back as bodies. */
export async function openDocumentBody(view: JournalDocumentView, options: OpenOptions): Promise<OpenedBody> {
  const body = view.body;
  // Let the "opening" state paint before any heavy work.
  await nextTask();
  throwIfAborted(options.signal);
  if (body.kind === 'problem') return { kind: 'problem', problem: body.problem };
  if (body.kind === 'sections') return { kind: 'sections', sections: sectionsFor(body.sections, options.headingLevel) };
  const attachment = body.attachment;
  let bytes: Uint8Array;
  if (attachment.data !== undefined) {
    try {
      bytes = await decodeBase64(attachment.data, options.signal);
    } catch {
      throwIfAborted(options.signal);
      return { kind: 'problem', problem: 'bad-data' };
    }
  } else {
    try {
      bytes = await readByUrl(view, options);
    } catch (error) {
      if (options.signal?.aborted) throw error;
      return { kind: 'fetch-failed', error };
    }
  }
  throwIfAborted(options.signal);
  if (attachment.format === 'pdf') {
    if (!looksLikePdf(bytes)) return { kind: 'problem', problem: 'not-pdf' };
    return { kind: 'pdf', blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }) };
  }
  const text = decodeText(bytes, attachment.charset);
  if (attachment.format === 'text') return { kind: 'text', text, language: attachment.language };
  await nextTask();
  throwIfAborted(options.signal);
  return { kind: 'html', html: fitSourceHtml(text, options.headingLevel), language: attachment.language };
}
