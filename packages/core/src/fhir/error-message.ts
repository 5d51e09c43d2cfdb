import type { Locale } from '../session.js';
import { coreMessages, type CoreMessageKey } from '../i18n/core-messages.js';
import { translate } from '../i18n/messages.js';
import { FhirError, type FhirErrorKind } from './errors.js';

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

/** A plain-language sentence for the citizen that names the source and what went wrong. */
export function fhirErrorMessage(error: unknown, sourceName: string, locale: Locale): string {
  const kind: FhirErrorKind = error instanceof FhirError ? error.kind : 'network';
  return translate(coreMessages, locale, KEY_BY_KIND[kind], { source: sourceName });
}
