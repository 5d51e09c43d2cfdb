import { fitSourceHtml, sanitizeHtmlToString } from '@hn-elements/core';

export interface PreparedHtml {
  /** Sanitised markup for `unsafeHTML`, fitted under the pane's heading. */
  html: string;
  /** Images the source put in: none is loaded (each shows as its alt text). */
  images: number;
}

/**
 * HTML from a source, ready for `unsafeHTML`: core's `fitSourceHtml` (sanitised; headings moved
 * under the pane's; images never loaded, because an image from the sender's server tells them
 * when the message was read: each becomes its alt text). Also counts the images, so the pane can
 * say why they are not there. Cached: the pane renders the same bodies again and again.
 */
export function prepareHtml(dirty: string, baseLevel: number): PreparedHtml {
  const cacheKey = `${baseLevel}\u0000${dirty}`;
  const cached = cache.get(cacheKey);
  if (cached !== undefined) return cached;
  // In sanitised markup a `<img` is always a tag: text has its `<` escaped.
  const images = sanitizeHtmlToString(dirty).match(/<img\b/gi)?.length ?? 0;
  const result = { html: fitSourceHtml(dirty, baseLevel), images };
  if (cache.size > 50) cache.clear();
  cache.set(cacheKey, result);
  return result;
}

const cache = new Map<string, PreparedHtml>();
