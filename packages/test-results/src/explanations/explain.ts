import type { Locale } from '@hn-elements/core';
import { knownTestOf, type KnownTest } from '../codes.js';
import { isCritical, type InterpretationLevel } from '../interpretation.js';
import { testName } from './names.js';
import type { LanguageTexts } from './types.js';

// Loaded with the first explanation a citizen opens (explanations-controller.ts), not at mount.

/** "What it means" for one result: the test, what it measures, what this result means, what to do next. */
export interface Explanation {
  test: KnownTest;
  name: string;
  about: string;
  /** What this result means; absent when the result cannot be judged (no interpretation). */
  meaning?: string;
  next: string;
}

/**
 * The plain-language explanation of a result of a common test (`test`, from its code), for the level
 * the result has, from `texts` (the loaded explanations of `locale`). A critical result says the
 * doctor will be in touch, whatever the test.
 */
export function explainResult(test: KnownTest, level: InterpretationLevel | undefined, locale: Locale, texts: LanguageTexts): Explanation {
  const words = texts.tests[test];
  const { shared } = texts;
  let meaning: string | undefined;
  if (level === 'normal') meaning = words.normal;
  else if (level === 'high' || level === 'critical-high') meaning = words.high ?? shared.outside;
  else if (level === 'low' || level === 'critical-low') meaning = words.low ?? shared.outside;
  else if (level === 'abnormal' || level === 'critical') meaning = shared.outside;
  const next =
    level === undefined ? shared.nextUnknown
    : isCritical(level) ? shared.nextCritical
    : level === 'normal' ? shared.nextNormal
    : words.nextOutside ?? shared.nextOutside;
  return { test, name: testName(test, locale), about: words.about, ...(meaning ? { meaning } : {}), next };
}

/** The explanation for a result coded by `concept` (an Observation's `code`), when it names a common test. */
export function explainCoded(concept: unknown, level: InterpretationLevel | undefined, locale: Locale, texts: LanguageTexts): Explanation | undefined {
  const test = knownTestOf(concept);
  return test ? explainResult(test, level, locale, texts) : undefined;
}
