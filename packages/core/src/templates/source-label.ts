import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { coreMessages } from '../i18n/core-messages.js';
import { translate } from '../i18n/messages.js';
import type { Locale } from '../session.js';
import { DEFAULT_SOURCE_LANGUAGE } from '../i18n/source-language.js';
import { withSourceWords } from './source-words.js';

/**
 * Names the source system an item comes from ("Fra Helse Bergen"), rendered straight into the
 * caller's shadow root and styled by core's shared styles (`.source-label`). The template form of
 * `<hn-source-label>`, for list items (see statusBadge). The words around the name are the
 * component's; the name is the source's, marked with `lang` (its language, see `sourceLanguage`;
 * bokmål when not given), so "From Helse Bergen" reads the name with a Norwegian voice.
 */
export function sourceLabel(locale: Locale, name: string, part?: string, lang: string = DEFAULT_SOURCE_LANGUAGE): TemplateResult {
  return html`<span part=${ifDefined(part)} class="source-label">${fromSource(locale, name, lang)}</span>`;
}

/** "Fra Helse Bergen" as inline content: the component's words, the source's name in its language. */
export function fromSource(locale: Locale, name: string, lang: string = DEFAULT_SOURCE_LANGUAGE): TemplateResult {
  return withSourceWords((params) => translate(coreMessages, locale, 'source', params), { name }, ['name'], lang);
}
