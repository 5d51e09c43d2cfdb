import type { ReactiveController, ReactiveElement } from 'lit';
import { focusIsLost } from '../focus.js';

export interface FocusRescueOptions {
  /**
   * Where focus goes when the control that had it is gone: something that says what happened or
   * where the citizen now is (the item, the state's message, the view's toolbar). Read after the
   * host has rendered; undefined leaves focus where the browser put it.
   */
  target: () => HTMLElement | null | undefined;
}

interface Updatable {
  updateComplete?: Promise<unknown>;
}


/**
 * Keeps focus in the component when the focused control goes away under it: "Prøv igjen" that
 * starts a new load, a notice that disappears when its source is back, an action whose item
 * changed. The browser would drop focus to the page's `<body>`, and a keyboard or screen-reader
 * user would have to find their way back from the top. When the element that had focus inside the
 * host is removed (or hidden) and nothing else took focus, focus moves to `options.target()` once
 * the host has rendered. Focus the citizen moved elsewhere themselves is never taken back.
 */
export class FocusRescueController implements ReactiveController {
  private readonly host: ReactiveElement;
  private readonly options: FocusRescueOptions;
  private checking = false;

  constructor(host: ReactiveElement, options: FocusRescueOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('focusout', this.onFocusOut);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('focusout', this.onFocusOut);
  }

  private readonly onFocusOut = (event: FocusEvent): void => {
    // Focus that goes to another element was moved on purpose.
    if (event.relatedTarget) return;
    const lost = event.composedPath()[0];
    if (!(lost instanceof HTMLElement) || this.checking) return;
    this.checking = true;
    void this.rescue(lost).finally(() => {
      this.checking = false;
    });
  };

  private async rescue(lost: HTMLElement): Promise<void> {
    // Let the removal (and the host's render that caused it) finish.
    await this.host.updateComplete;
    for (let round = 0; round < 3; round += 1) {
      if (!this.host.isConnected || !focusIsLost(this.host.ownerDocument)) return;
      if (lost.isConnected && lost.getClientRects().length > 0) return; // the citizen moved focus away (a click outside)
      const target = this.options.target();
      if (!target) return;
      const pending = (target as Updatable).updateComplete;
      if (pending) await pending;
      if (!target.isConnected) continue; // replaced while it rendered: ask again
      target.focus({ preventScroll: false });
      return;
    }
  }

}
