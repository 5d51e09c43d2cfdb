import type { ReactiveControllerHost } from 'lit';
import { LoadController, type Locale } from '@hn-elements/core';
import { loadExplanations } from './explanations/load.js';
import type { Explanation } from './explanations/explain.js';
import type { KnownTest } from './codes.js';
import type { InterpretationLevel } from './interpretation.js';

/** Where the explanations come from. A module object, so a test can make the load fail. */
export const explanationSource = { load: loadExplanations };

/** A loaded language's explanation of a result of `test` at `level` (explain.ts, loaded with the texts). */
export type Explain = (test: KnownTest, level: InterpretationLevel | undefined) => Explanation;

/** The explanations of one language as the element shows them: loaded, on the way, or failed. */
export type ExplanationsState = { status: 'ready'; explain: Explain } | { status: 'loading' } | { status: 'failed' };

/**
 * Loads "Hva betyr svaret?" of the element's language when an explanation is open, through core's
 * LoadController (one load at a time; a change of language drops the old one; unmount stops it).
 * Nothing is loaded before a citizen opens one, and a failed load stays failed until `retry`.
 */
export class ExplanationsController {
  private readonly load: LoadController<Explain>;
  /** The language of the last load started: loaded, on the way, failed, or stopped by unmount. */
  private locale: Locale | undefined;

  constructor(host: ReactiveControllerHost) {
    this.load = new LoadController(host);
  }

  /** What the element shows for `locale`. */
  state(locale: Locale): ExplanationsState {
    const state = this.locale === locale ? this.load.state : undefined;
    if (state?.status === 'ready') return { status: 'ready', explain: state.value };
    return { status: state?.status === 'error' ? 'failed' : 'loading' };
  }

  /** Starts loading `locale` unless it is loaded, on the way or has failed (a load stopped by unmount starts again). */
  request(locale: Locale): void {
    if (this.locale !== locale || this.load.state.status === 'idle') this.start(locale);
  }

  /** Tries a failed language again. */
  retry(locale: Locale): void {
    if (this.state(locale).status === 'failed') this.start(locale);
  }

  /** Resolves when no load is running and the host has rendered the outcome. Never rejects. */
  settled(): Promise<void> {
    return this.load.settled();
  }

  private start(locale: Locale): void {
    this.locale = locale;
    void this.load.run(async () => {
      // The texts, and the code that picks from them: neither is needed before an explanation is opened.
      const [texts, { explainResult }] = await Promise.all([explanationSource.load(locale), import('./explanations/explain.js')]);
      return (test, level) => explainResult(test, level, locale, texts);
    });
  }
}
