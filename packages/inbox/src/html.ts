import { sanitizeHtml, sanitizeHtmlTrusted } from '@hn-elements/core';

export interface PreparedHtml {
  /** Sanitised markup for `unsafeHTML`. */
  html: string;
  /** Images the source put in, none of them loaded. */
  images: number;
}

/**
 * HTML from a source, ready for `unsafeHTML`: sanitised by core (DOMPurify), then fitted into the
 * reading pane. Headings move under the pane's own (the source's first level becomes `baseLevel`),
 * so the page keeps one outline.
 *
 * Images are never loaded: core's sanitiser drops every image source, because an image from the
 * sender's server tells them when the message was read. An image with alt text is shown as that
 * text (`imageText(alt)`, e.g. "Bildet vises ikke: Logo"); one without is left out.
 * Trusted Types: the only HTML sink used here gets a TrustedHTML from core's policy.
 */
export function prepareHtml(dirty: string, baseLevel: number, imageText: (alt: string) => string): PreparedHtml {
  const marker = imageText('\u0000');
  const cacheKey = `${baseLevel}\u0000${marker}\u0000${dirty}`;
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
  const images = [...content.querySelectorAll('img')];
  for (const image of images) {
    const alt = image.getAttribute('alt')?.trim();
    if (alt) {
      const text = document.createElement('span');
      text.className = 'blocked-image';
      text.textContent = imageText(alt);
      image.replaceWith(text);
    } else {
      image.remove();
    }
    changed = true;
  }
  // Changed markup is serialised again, so it goes through the sanitiser once more.
  const result = { html: changed ? sanitizeHtml(template.innerHTML) : sanitizeHtml(dirty), images: images.length };
  if (cache.size > 50) cache.clear();
  cache.set(cacheKey, result);
  return result;
}

const cache = new Map<string, PreparedHtml>();
