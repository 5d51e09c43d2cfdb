import { sanitizeHtml, sanitizeHtmlTrusted } from '@hn-elements/core';

/**
 * HTML from a source, ready for `unsafeHTML`: sanitised by core (DOMPurify), then fitted into the
 * reading pane. Headings move under the pane's own (the source's first level becomes `baseLevel`),
 * so the page keeps one outline; an image the sanitiser left without a source is dropped (it would
 * show nothing), and one without alt text is marked decorative (the source gave it no words).
 * Trusted Types: the only HTML sink used here gets a TrustedHTML from core's policy.
 */
export function prepareHtml(dirty: string, baseLevel: number): string {
  const cacheKey = `${baseLevel}\u0000${dirty}`;
  const cached = cache.get(cacheKey);
  if (cached !== undefined) return cached;
  const template = document.createElement('template');
  template.innerHTML = sanitizeHtmlTrusted(dirty);
  const content = template.content;
  let changed = false;
  const headings = [...content.querySelectorAll('h1, h2, h3, h4, h5, h6')];
  const top = Math.min(...headings.map((h) => Number(h.localName[1])));
  for (const heading of headings) {
    const level = Math.min(6, Math.max(1, baseLevel + Number(heading.localName[1]) - top));
    if (heading.localName === `h${level}`) continue;
    const moved = document.createElement(`h${level}`);
    for (const { name, value } of [...heading.attributes]) moved.setAttribute(name, value);
    moved.append(...heading.childNodes);
    heading.replaceWith(moved);
    changed = true;
  }
  for (const image of content.querySelectorAll('img')) {
    if (!image.getAttribute('src')) image.remove();
    else if (!image.hasAttribute('alt')) image.setAttribute('alt', '');
    else continue;
    changed = true;
  }
  // Changed markup is serialised again, so it goes through the sanitiser once more.
  const result = changed ? sanitizeHtml(template.innerHTML) : sanitizeHtml(dirty);
  if (cache.size > 50) cache.clear();
  cache.set(cacheKey, result);
  return result;
}

const cache = new Map<string, string>();
