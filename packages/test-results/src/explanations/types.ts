import type { KnownTest } from '../codes.js';

/** What one common test is and what its result means, in plain words, in one language (its name: names.ts). */
export interface TestText {
  /** What the test measures and why it is taken. */
  about: string;
  /** What a result inside the reference range means. */
  normal: string;
  /** What a result above it may mean. Without it, the shared words for "outside" are used. */
  high?: string;
  /** What a result below it may mean. */
  low?: string;
  /** What to do when the result is outside the range, when the test needs its own advice. */
  nextOutside?: string;
}

/** Words every test shares in one language. */
export interface SharedText {
  /** A result outside the range, for tests without their own words for that side. */
  outside: string;
  /** Next step for a normal result. */
  nextNormal: string;
  /** Next step for a result outside the range. */
  nextOutside: string;
  /** Next step for a critical result: the source will act. */
  nextCritical: string;
  /** Next step when no judgement can be made. */
  nextUnknown: string;
}

export interface LanguageTexts {
  shared: SharedText;
  tests: Readonly<Record<KnownTest, TestText>>;
}
