/**
 * What a DocumentReference is for the citizen: a letter (the inbox shows it) or a journal
 * document (the journal viewer shows it). One rule, so every document is shown by exactly one
 * of the two components:
 *
 * 1. a category coded `journal` in DOCUMENT_CATEGORY_SYSTEM is a journal document, whatever else;
 * 2. otherwise a category coded `letter` or `brev` (in any system, any letter case), or a category
 *    whose text is "Brev" or "Letter" (any case, spaces around ignored), makes it a letter;
 * 3. anything else, also a document without a category, is a journal document.
 */

/** The project's own category system for documents that must be told apart explicitly. */
export const DOCUMENT_CATEGORY_SYSTEM = 'urn:hn-elements:document-category';

/** Category codes that mark a letter, as a FHIR search sends them (`category=letter,brev`). */
export const LETTER_CATEGORY_CODES: readonly string[] = ['letter', 'brev'];

export type DocumentKind = 'letter' | 'journal';

function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => !!v && typeof v === 'object') : [];
}

/** The kind of a DocumentReference (or anything shaped like one) by the rule above. */
export function documentKind(document: { category?: unknown }): DocumentKind {
  const categories = records(document?.category);
  const codings = categories.flatMap((category) => records(category['coding']));
  if (codings.some((c) => c['system'] === DOCUMENT_CATEGORY_SYSTEM && c['code'] === 'journal')) return 'journal';
  const isLetterWord = (value: unknown): boolean =>
    typeof value === 'string' && LETTER_CATEGORY_CODES.includes(value.trim().toLowerCase());
  if (codings.some((c) => isLetterWord(c['code']))) return 'letter';
  if (categories.some((c) => isLetterWord(c['text']))) return 'letter';
  return 'journal';
}
