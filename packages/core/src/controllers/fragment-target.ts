import type { ReactiveController, ReactiveElement } from 'lit';
import { itemTargetFrom, type ItemTarget } from '../item-fragment.js';

export interface FragmentTargetOptions {
  /**
   * Shows the item `target` names: brings it into view (another view, the rest of a short list),
   * scrolls to it, and moves focus to it when `moveFocus`. Returns `'shown'`, `'absent'` (the data
   * has loaded and the item is not in it), or `'not-yet'` (no data yet: asked again after the
   * next render). May be async.
   */
  reveal: (target: ItemTarget, moveFocus: boolean) => FragmentReveal | Promise<FragmentReveal>;
}

export type FragmentReveal = 'shown' | 'absent' | 'not-yet';

/**
 * Follows the page address's fragment to one of the host's items, the way a browser follows
 * `#id` to an element (which it cannot do into a shadow root): when the page opens with a fragment
 * that names an item (`core/item-fragment`), or the fragment changes, the host is asked to reveal
 * that item once its data is there. Each fragment is followed once; a reload of the data does not
 * follow it again.
 *
 * Focus moves to the item only while the citizen has not done anything on the page since the
 * fragment was set (no key pressed, no pointer down): a link followed is a request to go to the
 * item, and late data never takes focus from someone who has moved on.
 */
export class FragmentTargetController implements ReactiveController {
  private readonly host: ReactiveElement;
  private readonly options: FragmentTargetOptions;
  private pending: ItemTarget | undefined;
  private acted = false;
  private revealing = false;

  constructor(host: ReactiveElement, options: FragmentTargetOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
    this.take();
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    this.stopWatching();
  }

  hostUpdated(): void {
    if (this.pending && !this.revealing) void this.reveal();
  }

  /** The item the fragment names now, if any: to be revealed after the next render. */
  private take(): void {
    this.pending = itemTargetFrom(window.location.hash);
    this.acted = false;
    if (this.pending) {
      this.startWatching();
      this.host.requestUpdate();
    }
  }

  private readonly onHashChange = (): void => this.take();

  private readonly onActed = (): void => {
    this.acted = true;
    this.stopWatching();
  };

  private startWatching(): void {
    document.addEventListener('keydown', this.onActed, { capture: true });
    document.addEventListener('pointerdown', this.onActed, { capture: true });
  }

  private stopWatching(): void {
    document.removeEventListener('keydown', this.onActed, { capture: true });
    document.removeEventListener('pointerdown', this.onActed, { capture: true });
  }

  private async reveal(): Promise<void> {
    const target = this.pending;
    if (!target) return;
    this.revealing = true;
    try {
      const result = await this.options.reveal(target, !this.acted);
      // A new fragment while this one was being revealed is revealed next.
      if (result !== 'not-yet' && this.pending === target) {
        this.pending = undefined;
        this.stopWatching();
      }
    } finally {
      this.revealing = false;
    }
    if (this.pending && this.pending !== target) this.host.requestUpdate();
  }
}
