import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * What a component's polite live region says (render `announcer.text` inside an element with
 * `role="status"`). One way to announce for every component:
 *
 * - `announce(text)` empties the region first and sets the words a moment later, so a screen reader
 *   reads them even when they are the same words as last time ("Svaret er sendt." twice). Pass a
 *   function (`() => this.t('loaded', …)`) and the words are read again on every render, so the
 *   region follows a change of language instead of keeping the old one;
 * - `later(words, delayMs)` announces what `words()` says once calls have paused for `delayMs`
 *   (the result count while the citizen types: one announcement per burst, not per key). `words()`
 *   may give a function (the count of that moment, in words of the language in force at each
 *   render), so a count said before a change of language is said in the new one afterwards;
 * - `clear()` empties the region and drops what was waiting (a new load, another person).
 *
 * Timers end with the host: nothing is announced after it is disconnected.
 */
export class Announcer implements ReactiveController {
  private words: () => string = () => '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private laterTimer: ReturnType<typeof setTimeout> | undefined;

  private readonly host: ReactiveControllerHost;
  /** Between emptying the region and setting the words; long enough for a screen reader to notice. */
  private readonly delayMs: number;

  constructor(host: ReactiveControllerHost, delayMs = 50) {
    this.host = host;
    this.delayMs = delayMs;
    host.addController(this);
  }

  /** What the live region says now (in the host's current language, when announced as a function). */
  get text(): string {
    return this.words();
  }

  announce(text: string | (() => string)): void {
    clearTimeout(this.timer);
    this.words = () => '';
    this.host.requestUpdate();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.words = typeof text === 'function' ? text : () => text;
      this.host.requestUpdate();
    }, this.delayMs);
  }

  /** Announces what `words()` says then, `delayMs` after the last call (earlier calls are dropped); nothing when it gives nothing. */
  later(words: () => string | (() => string) | undefined, delayMs: number): void {
    clearTimeout(this.laterTimer);
    this.laterTimer = setTimeout(() => {
      this.laterTimer = undefined;
      // The words of that moment: read again on every render, a count would change with each key.
      const text = words();
      if (text) this.announce(text);
    }, delayMs);
  }

  clear(): void {
    clearTimeout(this.timer);
    clearTimeout(this.laterTimer);
    this.timer = this.laterTimer = undefined;
    if (this.text === '') return;
    this.words = () => '';
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    clearTimeout(this.laterTimer);
    this.timer = this.laterTimer = undefined;
  }
}
