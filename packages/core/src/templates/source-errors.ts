import { html, type TemplateResult } from 'lit';
import { AllSourcesFailedError } from '../fhir/multi-source.js';
import { fhirErrorMessage, fhirErrorSentences } from '../fhir/error-message.js';
import { coreMessages } from '../i18n/core-messages.js';
import { translate } from '../i18n/messages.js';
import { sourceLanguage } from '../i18n/source-language.js';
import type { Locale, Source } from '../session.js';
import { withSourceWords } from './source-words.js';

/**
 * `fhirErrorMessage` as content: the component's sentence in its language, the source's name and
 * its own explanation marked with the source's language (WCAG 3.1.2), so "We could not reach Helse
 * Bergen." reads the name with a Norwegian voice.
 */
export function sourceErrorWords(error: unknown, source: Pick<Source, 'name' | 'language'>, locale: Locale): TemplateResult {
  const lang = sourceLanguage(undefined, source);
  const sentences = fhirErrorSentences(error, source.name).map((sentence) =>
    withSourceWords((params) => translate(coreMessages, locale, sentence.key, params), sentence.params, sentence.sourceKeys, lang),
  );
  return html`${sentences.map((sentence, i) => (i ? html` ${sentence}` : sentence))}`;
}

/**
 * `loadErrorMessage` as content: when no source answered, each source named with what happened
 * to it, its name in its language; otherwise what failed is `subject`, the component's own words.
 */
export function loadErrorWords(error: unknown, subject: string, locale: Locale): TemplateResult | string {
  if (!(error instanceof AllSourcesFailedError)) return fhirErrorMessage(error, subject, locale);
  return html`${error.failures.map((failure, i) => html`${i ? ' ' : ''}${sourceErrorWords(failure.error, failure.source, locale)}`)}`;
}
