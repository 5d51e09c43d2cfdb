import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * What a component's polite live region says (render `announcer.text` inside an element with
 * `role="status"`). One way to announce for every component:
 *
 * - `announce(text)` empties the region first and sets the words a moment later, so a screen reader
 *   reads them even when they are the same words as last time ("Svaret er sendt." twice);
 * - `later(words, delayMs)` announces what `words()` says once calls have paused for `delayMs`
 *   (the result count while the citizen types: one announcement per burst, not per key);
 * - `clear()` empties the region and drops what was waiting (a new load, another person).
 *
 * Timers end with the host: nothing is announced after it is disconnected.
 */
export class Announcer implements ReactiveController {
  /** What the live region says now. */
  text = '';
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

  announce(text: string): void {
    clearTimeout(this.timer);
    this.text = '';
    this.host.requestUpdate();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.text = text;
      this.host.requestUpdate();
    }, this.delayMs);
  }

  /** Announces what `words()` says then, `delayMs` after the last call (earlier calls are dropped); nothing when it gives nothing. */
  later(words: () => string | undefined, delayMs: number): void {
    clearTimeout(this.laterTimer);
    this.laterTimer = setTimeout(() => {
      this.laterTimer = undefined;
      const text = words();
      if (text) this.announce(text);
    }, delayMs);
  }

  clear(): void {
    clearTimeout(this.timer);
    clearTimeout(this.laterTimer);
    this.timer = this.laterTimer = undefined;
    if (this.text === '') return;
    this.text = '';
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    clearTimeout(this.laterTimer);
    this.timer = this.laterTimer = undefined;
  }
}
