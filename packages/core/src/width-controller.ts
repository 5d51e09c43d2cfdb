import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface WidthControllerOptions {
  /** The least width, in root ems (the page's `rem`), that counts as wide. */
  minRem: number;
  /** Called after `wide` changed and the host was asked to update. */
  onChange?: (wide: boolean) => void;
}

/**
 * Tells whether the host element is at least `minRem` root ems wide: a container query in script,
 * for layouts that depend on the element's own width, not the window's (a list and a reading pane
 * side by side only when the element has room for both). lit-analyzer's CSS checker does not know
 * `@container`, and a component may also need the answer in its template (a "Close" or "Back" label).
 *
 * The first width is measured when the host connects, so a wide page never paints the narrow
 * layout first. Later changes come from a ResizeObserver and are applied in the next animation
 * frame: re-rendering inside the observer's callback would resize the host again in the frame that
 * is being delivered (a "ResizeObserver loop" error, also for other observers such as a virtualiser).
 * Observes only while connected; nothing is left behind on disconnect.
 */
export class WidthController implements ReactiveController {
  /** True when the host is at least `minRem` wide. */
  wide = false;
  /** The host's last measured content width in CSS pixels (0 until measured). */
  width = 0;
  private readonly host: ReactiveControllerHost & Element;
  private readonly options: WidthControllerOptions;
  private observer?: ResizeObserver;
  private frame = 0;

  constructor(host: ReactiveControllerHost & Element, options: WidthControllerOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const width = entries[entries.length - 1]?.contentRect.width;
      if (width === undefined) return;
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.set(width));
    });
    this.observer.observe(this.host);
    const width = this.host.getBoundingClientRect().width;
    if (width > 0) this.set(width);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    cancelAnimationFrame(this.frame);
  }

  private set(width: number): void {
    this.width = width;
    const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
    const wide = width >= this.options.minRem * rem;
    if (wide === this.wide) return;
    this.wide = wide;
    this.host.requestUpdate();
    this.options.onChange?.(wide);
  }
}
