import { FhirError, osloDayKey, sanitizeHtml, sanitizeHtmlTrusted, type FhirErrorKind, type Source } from '@hn-elements/core';
import type { AttachmentView, DocumentProblem, JournalDocumentView, SectionView } from './model.js';

/**
 * Turns a document's content into something safe to show: text as text, HTML only through the
 * sanitiser, a PDF only when its bytes really are a PDF. Decoding happens when a document is
 * opened, never for the whole list, and yields to the browser between chunks so a large document
 * does not freeze the page.
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

/** Largest attachment fetched by URL. */
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

/** True when the bytes start like a PDF file (`%PDF-` within the first 1024 bytes, as readers accept). */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

/**
 * Sanitised HTML with its headings moved under the reading pane's heading (`h1` in a source
 * document becomes `baseLevel`), so the page keeps one heading outline; images without a source
 * removed, images without alt text marked decorative.
 */
export function prepareHtml(dirty: string, baseLevel: number): string {
  // A TrustedHTML where Trusted Types are enforced; its text is the sanitiser's output.
  const clean = sanitizeHtmlTrusted(dirty);
  const template = document.createElement('template');
  template.innerHTML = clean;
  let changed = false;
  for (const heading of template.content.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    const level = Math.min(6, baseLevel + Number(heading.localName.slice(1)) - 1);
    if (`h${level}` === heading.localName) continue;
    const replacement = document.createElement(`h${level}`);
    for (const attribute of heading.attributes) replacement.setAttribute(attribute.name, attribute.value);
    replacement.append(...heading.childNodes);
    heading.replaceWith(replacement);
    changed = true;
  }
  // An image the sanitiser left without a source shows nothing; one without alt text is taken as
  // decorative (the source gave no words for it), so screen readers do not read its file name.
  for (const image of template.content.querySelectorAll('img')) {
    if (!image.getAttribute('src')) image.remove();
    else if (!image.hasAttribute('alt')) image.setAttribute('alt', '');
    else continue;
    changed = true;
  }
  // Markup that was changed and re-serialised goes through the sanitiser once more.
  return changed ? sanitizeHtml(template.innerHTML) : String(clean);
}

function sectionsFor(sections: readonly SectionView[], level: number): RenderedSection[] {
  return sections.map((section) => ({
    title: section.title,
    level: Math.min(6, level),
    html: section.xhtml ? prepareHtml(section.xhtml, Math.min(6, level + 1)) : undefined,
    sections: sectionsFor(section.sections, level + 1),
  }));
}

function kindForStatus(status: number): FhirErrorKind {
  if (status === 401) return 'auth';
  if (status === 403) return 'forbidden';
  if (status === 404 || status === 410) return 'not-found';
  if (status >= 500) return 'server';
  return 'http';
}

export interface FetchOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/**
 * Fetches an attachment by URL. The source's token goes only to the source's own origin, and then
 * no redirect is followed. A FHIR `Binary` answer (JSON) is unwrapped.
 */
export async function fetchAttachment(attachment: AttachmentView, source: Source | undefined, options: FetchOptions = {}): Promise<Uint8Array> {
  const sourceId = source?.id ?? '';
  const url = attachment.url;
  if (!url) throw new FhirError('malformed', sourceId, 'No URL');
  const headers: Record<string, string> = { Accept: `${attachment.contentType.split(';')[0]}, application/fhir+json;q=0.9, */*;q=0.1` };
  const withToken = attachment.sameOriginAsSource && source?.getAccessToken !== undefined;
  if (withToken) {
    try {
      headers['Authorization'] = `Bearer ${await source!.getAccessToken!()}`;
    } catch (cause) {
      throw new FhirError('auth', sourceId, `${sourceId}: no access token`, { cause });
    }
  }
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 15_000);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  let response: Response;
  try {
    response = await fetchImpl(url, {
      headers,
      signal,
      credentials: attachment.sameOriginAsSource ? 'same-origin' : 'omit',
      redirect: withToken ? 'error' : 'follow',
      referrerPolicy: 'no-referrer',
    });
  } catch (cause) {
    if (options.signal?.aborted) throw new FhirError('aborted', sourceId, 'Aborted', { cause });
    if (timeout.aborted) throw new FhirError('timeout', sourceId, `${sourceId}: no answer in time`, { cause });
    throw new FhirError('network', sourceId, `${sourceId}: could not connect`, { cause });
  }
  if (!response.ok) throw new FhirError(kindForStatus(response.status), sourceId, `${sourceId}: HTTP ${response.status}`, { status: response.status });
  const declared = Number(response.headers.get('Content-Length'));
  if (Number.isFinite(declared) && declared > MAX_FETCH_BYTES) throw new FhirError('malformed', sourceId, 'Attachment too large');
  let buffer: ArrayBuffer;
  try {
    buffer = await response.arrayBuffer();
  } catch (cause) {
    if (options.signal?.aborted) throw new FhirError('aborted', sourceId, 'Aborted', { cause });
    throw new FhirError('network', sourceId, `${sourceId}: connection broke`, { cause });
  }
  if (buffer.byteLength > MAX_FETCH_BYTES) throw new FhirError('malformed', sourceId, 'Attachment too large');
  const bytes = new Uint8Array(buffer);
  const type = (response.headers.get('Content-Type') ?? '').toLowerCase();
  if (type.includes('json')) {
    let binary: unknown;
    try {
      binary = JSON.parse(new TextDecoder().decode(bytes));
    } catch (cause) {
      throw new FhirError('malformed', sourceId, `${sourceId}: answer is not JSON`, { cause });
    }
    const record = binary as { resourceType?: unknown; data?: unknown };
    if (record?.resourceType !== 'Binary' || typeof record.data !== 'string') {
      throw new FhirError('malformed', sourceId, `${sourceId}: answer is not a Binary with data`);
    }
    const clean = record.data.replace(/\s+/g, '');
    try {
      return await decodeBase64(clean, options.signal);
    } catch (cause) {
      if (options.signal?.aborted) throw cause;
      throw new FhirError('malformed', sourceId, `${sourceId}: Binary data is not base64`, { cause });
    }
  }
  return bytes;
}

export interface OpenOptions extends FetchOptions {
  source?: Source;
  /** ARIA level the document's own headings start at (one below the reading pane's title). */
  headingLevel: number;
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
      bytes = await fetchAttachment(attachment, options.source, options);
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
  return { kind: 'html', html: prepareHtml(text, options.headingLevel), language: attachment.language };
}

// ---- files and printing --------------------------------------------------------------------------

const TRANSLITERATE: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a', Æ: 'ae', Ø: 'o', Å: 'a', ß: 'ss' };

/** A file name that is safe on every system: `YYYY-MM-DD-title.ext`, ASCII, at most 80 characters before the extension. */
export function safeFileName(title: string | undefined, date: Date | undefined, extension: 'pdf' | 'txt' | 'html', fallback = 'dokument'): string {
  const slug = (title ?? '')
    .replace(/[æøåÆØÅß]/g, (c) => TRANSLITERATE[c] ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 69)
    .replace(/-+$/g, '');
  const day = date ? osloDayKey(date) : '';
  const name = [day, slug || fallback].filter(Boolean).join('-');
  return `${name}.${extension}`;
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function sectionsHtml(sections: readonly RenderedSection[]): string {
  return sections
    .map((section) => {
      const heading = section.title ? `<h${section.level}>${escapeHtml(section.title)}</h${section.level}>` : '';
      return `<section>${heading}${section.html ?? ''}${sectionsHtml(section.sections)}</section>`;
    })
    .join('');
}

export interface StandaloneDocument {
  title: string;
  lang: string;
  /** Label and value pairs shown under the title (type, date, author, source). */
  facts: readonly (readonly [string, string])[];
  footer?: string;
  body: Extract<OpenedBody, { kind: 'text' | 'html' | 'sections' }>;
}

const PRINT_CSS = `body{font:12pt/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2cm;color:#000;background:#fff}
h1{font-size:18pt;margin:0 0 .5em}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em;margin:0 0 1.5em}
dt{font-weight:600}dd{margin:0}pre{white-space:pre-wrap;overflow-wrap:anywhere;font:inherit}
table{border-collapse:collapse}th,td{border:1px solid #000;padding:.2em .5em;text-align:left}
img{max-width:100%}footer{margin-top:2em;font-size:10pt}`;

/**
 * A whole HTML file for printing or saving: only escaped text and already sanitised HTML, and a
 * Content-Security-Policy that forbids scripts, frames, forms and outside requests except https images.
 */
export function standaloneHtml(doc: StandaloneDocument): string {
  let body: string;
  if (doc.body.kind === 'text') body = `<pre${doc.body.language ? ` lang="${escapeHtml(doc.body.language)}"` : ''}>${escapeHtml(doc.body.text)}</pre>`;
  else if (doc.body.kind === 'html') body = `<div${doc.body.language ? ` lang="${escapeHtml(doc.body.language)}"` : ''}>${doc.body.html}</div>`;
  else body = sectionsHtml(doc.body.sections);
  const facts = doc.facts.map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`).join('');
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(doc.lang)}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src https: data:; form-action 'none'; base-uri 'none'">`,
    `<title>${escapeHtml(doc.title)}</title><style>${PRINT_CSS}</style></head><body>`,
    `<h1>${escapeHtml(doc.title)}</h1>`,
    facts ? `<dl>${facts}</dl>` : '',
    `<main>${body}</main>`,
    doc.footer ? `<footer>${escapeHtml(doc.footer)}</footer>` : '',
    '</body></html>',
  ].join('');
}

/**
 * Prints a file (the standalone HTML or a PDF) from a hidden frame, so only the document is
 * printed. HTML is framed with a sandbox that allows no scripts. Resolves when the print dialog
 * has been asked for; the frame is removed afterwards.
 */
export function printInFrame(container: Node & ParentNode, blob: Blob, timeoutMs = 10_000): { done: Promise<void>; cancel: () => void } {
  const url = URL.createObjectURL(blob);
  const frame = document.createElement('iframe');
  if (blob.type !== 'application/pdf') frame.setAttribute('sandbox', 'allow-modals allow-same-origin');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.title = '';
  frame.className = 'print-frame';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cleanup = () => {
    clearTimeout(timer);
    frame.remove();
    URL.revokeObjectURL(url);
  };
  const done = new Promise<void>((resolve, reject) => {
    frame.addEventListener(
      'load',
      () => {
        try {
          frame.contentWindow?.print();
          resolve();
        } catch (error) {
          reject(error);
        } finally {
          // Some browsers print asynchronously: keep the frame until the dialog had time to take it.
          timer = setTimeout(cleanup, 1000);
        }
      },
      { once: true },
    );
    timer = setTimeout(() => {
      cleanup();
      reject(new Error('print frame did not load'));
    }, timeoutMs);
  });
  frame.src = url;
  container.append(frame);
  return { done, cancel: cleanup };
}

/** Saves a blob under a file name through a temporary link. */
export function saveBlob(container: Node & ParentNode, blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  container.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
