import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Tells whether the host is at least `minRem` root-em wide (a container query in script: the
 * reading pane sits beside the list only when the element itself has room, whatever the window).
 * Observes the host while connected; stops on disconnect.
 */
export class WidthController implements ReactiveController {
  /** True when the host is wide enough for the two-column layout. */
  wide = false;
  private readonly host: ReactiveElement;
  private readonly minRem: number;
  private observer?: ResizeObserver;
  private frame = 0;

  constructor(host: ReactiveElement, minRem: number) {
    this.host = host;
    this.minRem = minRem;
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const width = entries[entries.length - 1]?.contentRect.width ?? 0;
      // Re-rendering inside the observer's callback would resize the host again in the same
      // frame (a "ResizeObserver loop"); the change waits for the next frame instead.
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.set(width));
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    cancelAnimationFrame(this.frame);
  }

  private set(width: number): void {
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const wide = width >= this.minRem * rem;
    if (wide === this.wide) return;
    this.wide = wide;
    this.host.requestUpdate();
  }
}
