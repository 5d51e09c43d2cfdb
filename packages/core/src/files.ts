import { osloDayKey } from './i18n/locale-format.js';

/**
 * Files that come from a source: whether the bytes are what the source says they are, the name a
 * file is offered under, and saving one. One rule for every component.
 */

/** How far into a file a PDF reader looks for the `%PDF-` header. */
const PDF_HEADER_WINDOW = 1024;

/**
 * True when the bytes start like a PDF file: `%PDF-` within the first 1024 bytes, as PDF readers
 * accept. A file a source calls `application/pdf` is shown as a PDF only when this holds: anything
 * else (HTML, an executable, an empty file) is not handed to the browser's PDF viewer.
 */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const head = String.fromCharCode(...bytes.subarray(0, PDF_HEADER_WINDOW));
  return head.includes('%PDF-');
}

/** Characters no file system takes in a name (path separators among them) and control characters. */
const UNSAFE_IN_NAME = /[\\/:*?"<>|\u0000-\u001f\u007f]+/g;
/**
 * Direction marks, embeddings, overrides and isolates: in a file name they can make "fdp.exe"
 * read as "exe.pdf". A name has no use for them; they go.
 */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export interface FileNameOptions {
  /** The extension the file must have, without the dot (`pdf`); none when the type is unknown. */
  extension?: string;
  /** Used when the title is empty or nothing of it is left (e.g. the catalogue's "Untitled file"). */
  fallback: string;
  /** Longest name before the extension (default 120). */
  maxLength?: number;
  /**
   * The day the file is about (a document's date, an appointment's start): the name then starts
   * with it as `YYYY-MM-DD` in Oslo time, so files sort by date in a folder.
   */
  date?: Date;
}

function clean(name: string, maxLength: number): string {
  return name
    .replace(BIDI_CONTROLS, '')
    .replace(UNSAFE_IN_NAME, '-')
    .replace(/^[.\s-]+/, '')
    .slice(0, maxLength)
    .trim();
}

/**
 * The name to offer a file under, made from a title a source gave: no folders, no characters a
 * file system refuses, no control or bidi characters, no leading dots (no hidden files), at most
 * `maxLength` characters; the extension is added unless the name already ends with it (in any
 * case). Letters of every language stay as they are ("Svar på blodprøver.html").
 */
export function safeFileName(title: string, options: FileNameOptions): string {
  const maxLength = options.maxLength ?? 120;
  const named = clean(title, maxLength) || clean(options.fallback, maxLength) || 'file';
  const day = options.date && !Number.isNaN(options.date.getTime()) ? osloDayKey(options.date) : undefined;
  const base = day ? `${day} ${named}` : named;
  const extension = options.extension ? `.${options.extension.replace(/^\.+/, '').toLowerCase()}` : '';
  return extension && !base.toLowerCase().endsWith(extension) ? `${base}${extension}` : base;
}

/**
 * Saves a blob under a file name: a temporary link in `container` (a shadow root keeps it out of
 * the host page) is clicked and removed; its blob URL is revoked a task later, once the browser has
 * taken the download.
 */
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
