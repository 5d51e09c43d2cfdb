import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The text of the polite live region. Each announcement clears it first and sets it a moment later,
 * so the same words are read again; `later` waits until typing has paused (search results).
 */
export class Announcer implements ReactiveController {
  /** What the live region says now. */
  text = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private laterTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly delayMs = 50,
  ) {
    host.addController(this);
  }

  announce(text: string): void {
    this.text = '';
    this.host.requestUpdate();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.text = text;
      this.host.requestUpdate();
    }, this.delayMs);
  }

  /** Announces what `words()` says then, `delayMs` after the last call (earlier calls are dropped). */
  later(words: () => string, delayMs: number): void {
    clearTimeout(this.laterTimer);
    this.laterTimer = setTimeout(() => this.announce(words()), delayMs);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    clearTimeout(this.laterTimer);
  }
}
