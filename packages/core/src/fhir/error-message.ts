import type { Locale } from '../session.js';
import { coreMessages, type CoreMessageKey } from '../i18n/core-messages.js';
import { translate } from '../i18n/messages.js';
import { FhirError, type FhirErrorKind } from './errors.js';
import { AllSourcesFailedError } from './multi-source.js';
import { htmlToText } from '../html-text.js';

/**
 * What happened, in the words the citizen is told, by error kind:
 * - could not reach: no connection, no answer in time;
 * - refused: 401 (the login is no longer accepted: log in again) and 403 (no access to this, e.g. in
 *   this representation);
 * - answered with an error: 5xx and the other HTTP errors (the server's own words are added, see
 *   `fhirErrorDiagnostics`);
 * - could not read the answer: not JSON, not a Bundle, not the resource asked for.
 */
const KEY_BY_KIND: Record<FhirErrorKind, CoreMessageKey> = {
  network: 'errorNetwork',
  timeout: 'errorTimeout',
  server: 'errorServer',
  auth: 'errorAuth',
  forbidden: 'errorForbidden',
  'not-found': 'errorNotFound',
  conflict: 'errorConflict',
  malformed: 'errorMalformed',
  http: 'errorServer',
  aborted: 'errorNetwork',
};

/** The catalogue key of the sentence for an error (anything that is not a FhirError: could not reach). */
export function fhirErrorKey(error: unknown): CoreMessageKey {
  return KEY_BY_KIND[error instanceof FhirError ? error.kind : 'network'];
}

/**
 * FHIR's issue type codes (OperationOutcome.issue.code). A client falls back to the code when an
 * issue has no text; a bare code ("login", "transient") explains nothing to a citizen, so it is not shown.
 */
const ISSUE_TYPE_CODES: ReadonlySet<string> = new Set(
  ('invalid structure required value invariant security login unknown expired forbidden suppressed processing ' +
    'not-supported duplicate multiple-matches not-found deleted too-long code-invalid extension too-costly ' +
    'business-rule conflict transient lock-error no-store exception timeout incomplete throttled informational').split(' '),
);

/** Longest text from a server's OperationOutcome that is shown, in characters. */
export const MAX_DIAGNOSTICS_LENGTH = 160;

/**
 * The server's own explanation (its OperationOutcome's diagnostics or details text) as plain text
 * fit to show: only for an answer the server gave (an HTTP error), without bare issue codes, with
 * control and bidirectional formatting characters removed (so it cannot reorder the text around
 * it), markup read as text (`htmlToText`), white space collapsed, and cut at a word to at most
 * `MAX_DIAGNOSTICS_LENGTH` characters with "…". Undefined when there is nothing readable left.
 */
export function fhirErrorDiagnostics(error: unknown): string | undefined {
  if (!(error instanceof FhirError) || error.status === undefined || typeof error.diagnostics !== 'string') return undefined;
  const kept = error.diagnostics
    .split(';')
    .filter((part) => !ISSUE_TYPE_CODES.has(part.trim()))
    .join(';')
    // C0 and C1 controls; bidi embeddings, overrides, isolates and marks; zero-width characters.
    .replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, ' ');
  const text = htmlToText(kept);
  if (!/[\p{L}\p{N}]/u.test(text)) return undefined;
  if (text.length <= MAX_DIAGNOSTICS_LENGTH) return text;
  const cut = text.slice(0, MAX_DIAGNOSTICS_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_DIAGNOSTICS_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\s.,;:]+$/, '')}…`;
}

/** One sentence of an error message: its catalogue key, its parameters, and which of them are the source's words. */
export interface ErrorSentence {
  key: CoreMessageKey;
  params: Record<string, string>;
  /** The parameters that are a source's words (its name, its own explanation), to be marked with its language. */
  sourceKeys: readonly string[];
}

/**
 * The sentences that say what went wrong with a source: what happened, naming the source, then the
 * source's own explanation when it gave one ("Melding fra Helse Bergen: «…»"). The one rule behind
 * `fhirErrorMessage` (text) and core's `sourceErrorWords` (with the source's words marked).
 */
export function fhirErrorSentences(error: unknown, sourceName: string): ErrorSentence[] {
  const said = fhirErrorDiagnostics(error);
  return [
    { key: fhirErrorKey(error), params: { source: sourceName }, sourceKeys: ['source'] },
    ...(said ? [{ key: 'sourceSaid' as const, params: { source: sourceName, text: said }, sourceKeys: ['source', 'text'] }] : []),
  ];
}

/**
 * A plain-language sentence for the citizen that names the source and what went wrong, followed
 * by the source's own explanation when it gave one ("Melding fra Helse Bergen: «…»").
 */
export function fhirErrorMessage(error: unknown, sourceName: string, locale: Locale): string {
  return fhirErrorSentences(error, sourceName)
    .map((sentence) => translate(coreMessages, locale, sentence.key, sentence.params))
    .join(' ');
}

/**
 * Why a component's load failed, for its error state: when no source answered, each source named
 * with what happened to it; otherwise (e.g. a host's bundle that is not a Bundle) what failed is
 * `subject`, the component's name for what it shows ("the appointment list").
 */
export function loadErrorMessage(error: unknown, subject: string, locale: Locale): string {
  if (error instanceof AllSourcesFailedError) return error.failures.map((f) => fhirErrorMessage(f.error, f.source.name, locale)).join(' ');
  return fhirErrorMessage(error, subject, locale);
}
