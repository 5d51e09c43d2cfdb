import type { Source } from '../session.js';

/** The language of text a source writes when neither the resource nor the source says: bokmål. */
export const DEFAULT_SOURCE_LANGUAGE = 'nb';

/** A well-formed BCP 47 tag, as far as `lang` needs: a 2–3 letter language, then subtags. */
const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*$/;

function wellFormed(value: unknown): string | undefined {
  return typeof value === 'string' && LANGUAGE_TAG.test(value.trim()) ? value.trim() : undefined;
}

/**
 * The language of text that comes from a source (a title, a message, a note), for its `lang`
 * attribute: the resource's own `language` when it gives a well-formed one, else the source's
 * configured `language`, else bokmål. The component's own strings follow the citizen's locale;
 * text from a health source is in the source's language whatever the locale, so a screen reader
 * reads "Blodprøve" in Norwegian inside an English page (WCAG 3.1.2, language of parts).
 */
export function sourceLanguage(resourceLanguage: unknown, source?: Pick<Source, 'language'> | undefined): string {
  return wellFormed(resourceLanguage) ?? wellFormed(source?.language) ?? DEFAULT_SOURCE_LANGUAGE;
}
