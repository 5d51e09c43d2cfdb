import { translate, type Locale } from '@hn-elements/core';
import type { KnownTest } from '../codes.js';
import { testResultMessages } from '../messages.js';

/**
 * The everyday name of `test` in `locale`, with the abbreviation people see on the answer: the test
 * filter, the search and the "Hva betyr svaret på …?" buttons name tests before any explanation is
 * loaded. The names are among the element's words (messages.ts), so nynorsk and English come with
 * that language's words; a language not loaded yet reads as bokmål.
 */
export function testName(test: KnownTest, locale: Locale): string {
  return translate(testResultMessages.catalogue, locale, `name:${test}`);
}
