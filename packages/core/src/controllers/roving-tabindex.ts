import type { ReactiveController, ReactiveElement } from 'lit';

export interface RovingTabindexOptions {
  /** The items that take part, in order (already rendered). */
  items: () => HTMLElement[];
  /** 'vertical' uses Up/Down, 'horizontal' Left/Right, 'both' all four. */
  direction?: 'vertical' | 'horizontal' | 'both';
}

/**
 * One tab stop for a list: Tab enters at the last active item, arrows move, Home/End jump.
 * Listens on the host's shadow root and removes the listener on disconnect.
 */
export class RovingTabindexController implements ReactiveController {
  private readonly host: ReactiveElement;
  private readonly options: RovingTabindexOptions;
  private activeIndex = 0;
  private root?: ShadowRoot | HTMLElement;

  constructor(host: ReactiveElement, options: RovingTabindexOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.root = this.host.shadowRoot ?? this.host;
    this.root.addEventListener('keydown', this.onKeyDown as EventListener);
    this.root.addEventListener('focusin', this.onFocusIn as EventListener);
  }

  hostDisconnected(): void {
    this.root?.removeEventListener('keydown', this.onKeyDown as EventListener);
    this.root?.removeEventListener('focusin', this.onFocusIn as EventListener);
  }

  hostUpdated(): void {
    this.sync();
  }

  /** Makes exactly one item tabbable. */
  sync(): void {
    const items = this.options.items();
    if (items.length === 0) return;
    if (this.activeIndex >= items.length) this.activeIndex = items.length - 1;
    items.forEach((item, index) => {
      item.tabIndex = index === this.activeIndex ? 0 : -1;
    });
  }

  focus(index: number): void {
    const items = this.options.items();
    if (items.length === 0) return;
    this.activeIndex = Math.max(0, Math.min(index, items.length - 1));
    this.sync();
    items[this.activeIndex]?.focus();
  }

  private readonly onFocusIn = (event: FocusEvent) => {
    const items = this.options.items();
    const index = items.indexOf(event.target as HTMLElement);
    if (index >= 0 && index !== this.activeIndex) {
      this.activeIndex = index;
      this.sync();
    }
  };

  private readonly onKeyDown = (event: KeyboardEvent) => {
    const items = this.options.items();
    const index = items.indexOf(event.target as HTMLElement);
    if (index < 0) return;
    const direction = this.options.direction ?? 'vertical';
    const next = direction !== 'horizontal' ? 'ArrowDown' : 'ArrowRight';
    const prev = direction !== 'horizontal' ? 'ArrowUp' : 'ArrowLeft';
    let target: number | undefined;
    if (event.key === next || (direction === 'both' && event.key === 'ArrowRight')) target = index + 1;
    else if (event.key === prev || (direction === 'both' && event.key === 'ArrowLeft')) target = index - 1;
    else if (event.key === 'Home') target = 0;
    else if (event.key === 'End') target = items.length - 1;
    if (target === undefined) return;
    event.preventDefault();
    this.focus(target);
  };
}
