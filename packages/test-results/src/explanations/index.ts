import type { Locale } from '@hn-elements/core';
import { KNOWN_TESTS, type KnownTest } from '../codes.js';
import { testResultMessages } from '../messages.js';
import { nn } from '../messages-nn.js';
import { en } from '../messages-en.js';

export type { LanguageTexts, SharedText, TestText } from './types.js';
export { testName } from './names.js';
export { loadExplanations } from './load.js';
export { explainResult, explainCoded, type Explanation } from './explain.js';

/**
 * The everyday name of each common test in every language, for code outside the element. The
 * element itself names tests through `testName`, whose nynorsk and English load on demand.
 */
export const TEST_NAMES: Readonly<Record<Locale, Readonly<Record<KnownTest, string>>>> = /* @__PURE__ */ (() => {
  const words = { nb: testResultMessages.catalogue.nb, nn, en };
  const names = (locale: Locale) => Object.fromEntries(KNOWN_TESTS.map((test) => [test, words[locale][`name:${test}`] as string])) as Record<KnownTest, string>;
  return { nb: names('nb'), nn: names('nn'), en: names('en') };
})();
