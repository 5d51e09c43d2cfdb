import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Reports the host's width (a container query in JS: lit-analyzer's CSS checker predates @container). */
export class WidthController implements ReactiveController {
  private observer?: ResizeObserver;
  private frame = 0;
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onWidth: (width: number) => void,
  ) {
    host.addController(this);
  }
  hostConnected(): void {
    // The change is applied in the next frame, so the relayout it causes is not reported back to
    // ResizeObservers (ours, the virtualiser's) in the frame that is being delivered.
    this.observer = new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width;
      if (width === undefined) return;
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.onWidth(width));
    });
    this.observer.observe(this.host);
    // The first width at once, so a wide page never paints the narrow layout first.
    const width = this.host.getBoundingClientRect().width;
    if (width > 0) this.onWidth(width);
  }
  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    cancelAnimationFrame(this.frame);
  }
}
