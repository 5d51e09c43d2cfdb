import type { OpenedBody, RenderedSection } from './document-content.js';

/**
 * Files made from an open document, and what is done with them: a standalone HTML file (escaped text and already sanitised HTML behind a Content-Security-Policy), printing
 * from a hidden sandboxed frame, the name and saving are core's (`safeFileName`, `saveBlob`). The element's print and
 * download actions (events the host may take over) are in print-download.ts.
 */

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

