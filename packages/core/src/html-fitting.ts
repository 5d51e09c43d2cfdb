import { sanitizeHtml, sanitizeHtmlTrusted } from './sanitize.js';

/**
 * HTML from a source, sanitised by `sanitizeHtml` and then fitted into the pane that shows it,
 * ready for Lit's `unsafeHTML`:
 *
 * - Headings move under the pane's own: the source's highest heading becomes `baseLevel`, the rest
 *   keep their distance below it (capped at `h6`). A document whose headings start at `h2` does not
 *   leave a level out, and a page keeps one heading outline.
 * - An image the sanitiser left without a source (it drops every `src`: a remote image would tell
 *   the sender when the citizen read it) becomes its alt text, as text, or goes when it has none:
 *   a broken-image icon says nothing. An image that keeps a source but has no alt text is marked
 *   decorative (`alt=""`), so a screen reader does not read its file name.
 *
 * Markup that was changed is serialised again and so goes through the sanitiser once more.
 * Trusted Types: the only raw sink used here gets a TrustedHTML from core's policy.
 * Pure apart from the DOM it parses into; a caller that renders it often may cache the result.
 */
export function fitSourceHtml(dirty: string, baseLevel: number): string {
  const clean = sanitizeHtmlTrusted(dirty);
  const template = document.createElement('template');
  template.innerHTML = clean;
  const content = template.content;
  let changed = false;
  const base = Math.min(6, Math.max(1, Math.round(baseLevel) || 1));
  const headings = [...content.querySelectorAll('h1, h2, h3, h4, h5, h6')];
  const top = Math.min(...headings.map((heading) => Number(heading.localName[1])));
  for (const heading of headings) {
    const level = Math.min(6, base + Number(heading.localName[1]) - top);
    if (heading.localName === `h${level}`) continue;
    const moved = document.createElement(`h${level}`);
    for (const { name, value } of [...heading.attributes]) moved.setAttribute(name, value);
    moved.append(...heading.childNodes);
    heading.replaceWith(moved);
    changed = true;
  }
  for (const image of content.querySelectorAll('img')) {
    if (!image.getAttribute('src')) {
      const alt = image.getAttribute('alt')?.trim();
      image.replaceWith(...(alt ? [document.createTextNode(alt)] : []));
    } else if (!image.hasAttribute('alt')) image.setAttribute('alt', '');
    else continue;
    changed = true;
  }
  // Unchanged: the sanitiser's own output (a TrustedHTML's text where Trusted Types are on).
  return changed ? sanitizeHtml(template.innerHTML) : String(clean);
}
