import type { ReactiveController, ReactiveControllerHost } from 'lit';
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
export class ExplanationsController implements ReactiveController {
  private readonly load: LoadController<{ locale: Locale; explain: Explain }>;
  /** The language being loaded now, and the one whose last load failed. */
  private loadingLocale: Locale | undefined;
  private failedLocale: Locale | undefined;

  constructor(host: ReactiveControllerHost) {
    this.load = new LoadController(host);
    host.addController(this);
  }

  /** What the element shows for `locale`. */
  state(locale: Locale): ExplanationsState {
    const loaded = this.load.state.status === 'ready' ? this.load.state.value : undefined;
    if (loaded?.locale === locale) return { status: 'ready', explain: loaded.explain };
    return this.failedLocale === locale ? { status: 'failed' } : { status: 'loading' };
  }

  /** Starts loading `locale` unless it is loaded, on the way or has failed. */
  request(locale: Locale): void {
    if (this.loadingLocale === locale || this.failedLocale === locale || this.state(locale).status === 'ready') return;
    this.start(locale);
  }

  /** Tries a failed language again. */
  retry(locale: Locale): void {
    if (this.failedLocale === locale) this.start(locale);
  }

  /** Resolves when no load is running and the host has rendered the outcome. Never rejects. */
  settled(): Promise<void> {
    return this.load.settled();
  }

  private start(locale: Locale): void {
    this.loadingLocale = locale;
    this.failedLocale = undefined;
    void this.load.run(async () => {
      try {
        // The texts, and the code that picks from them: neither is needed before an explanation is opened.
        const [texts, { explainResult }] = await Promise.all([explanationSource.load(locale), import('./explanations/explain.js')]);
        return { locale, explain: (test, level) => explainResult(test, level, locale, texts) };
      } catch (error) {
        // Only the current load's failure counts: a language left behind is simply loaded again.
        if (this.loadingLocale === locale) this.failedLocale = locale;
        throw error;
      } finally {
        if (this.loadingLocale === locale) this.loadingLocale = undefined;
      }
    });
  }

  hostDisconnected(): void {
    // core's LoadController stops the running load; it starts again when an open explanation renders.
    this.loadingLocale = undefined;
  }
}
