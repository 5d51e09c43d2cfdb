import { coreMessages } from './i18n/core-messages.js';
import { translate } from './i18n/messages.js';
import { NEW_TAB_CLASS } from './sanitize.js';
import type { Locale } from './session.js';

const MARKER = `<span class="${NEW_TAB_CLASS}"></span>`;

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Sanitised HTML from a source (`sanitizeHtml`, `fitSourceHtml`) with every link saying that it
 * opens in a new tab: the sanitiser's empty marker at the end of each link gets core's words,
 * " (åpnes i en ny fane)", in `locale`, marked with that language (the link's own text is the
 * source's and sits inside the source's `lang`). The same words the components' own new-tab links
 * use. Only the marker is replaced: a string in, a string out, for Lit's `unsafeHTML`.
 */
export function noteNewTabLinks(cleanHtml: string, locale: Locale): string {
  if (!cleanHtml.includes(MARKER)) return cleanHtml;
  const note = `<span class="${NEW_TAB_CLASS}" lang="${locale}"> ${escapeText(translate(coreMessages, locale, 'newTab'))}</span>`;
  return cleanHtml.split(MARKER).join(note);
}
