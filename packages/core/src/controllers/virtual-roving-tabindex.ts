import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface VirtualRovingTabindexOptions {
  /** How many items the list has, rendered or not. */
  count(): number;
  /** The list element (the virtualiser's host, or its scroller). */
  list(): HTMLElement | null;
  /** The focusable control of the row at `index`, when the virtualiser has it in the DOM. */
  control(index: number): HTMLElement | null;
  /** Brings the row at `index` into the DOM and into view (e.g. the virtualiser's `element(index).scrollIntoView()`). */
  scrollTo(index: number): void;
  /** Rows moved by Page Up / Page Down (default 10). */
  pageStep?: number;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * The roving tabindex by index, for virtualised lists: one tab stop (the active row), arrows,
 * Home/End and Page Up/Down move by index, also to rows that are not in the DOM yet (they are
 * scrolled to, then focused). RovingTabindexController (beside this file) is the same pattern for
 * lists whose items are all rendered.
 *
 * The row controls carry `data-index` and `tabindex=${tabindex(index)}`; the list binds
 * `onKeyDown`, `onFocus`, `onFocusIn`, `onVisibilityChanged` and (on `rangeChanged`) `checkTabStop`,
 * and is focusable itself (`tabindex=${listTabStop ? 0 : -1}`) while no row is in the DOM, so Tab
 * never skips the list.
 */
export class VirtualRovingTabindexController implements ReactiveController {
  private index = 0;
  private tabStop = false;
  private frame = 0;

  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: VirtualRovingTabindexOptions;

  constructor(host: ReactiveControllerHost & HTMLElement, options: VirtualRovingTabindexOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** The row that has the list's tab stop. */
  get activeIndex(): number {
    return this.index;
  }

  set activeIndex(index: number) {
    if (index === this.index) return;
    this.index = index;
    this.host.requestUpdate();
  }

  /** True while no row is in the DOM: the list itself is the tab stop, and focusing it moves to the row. */
  get listTabStop(): boolean {
    return this.tabStop;
  }

  tabindex(index: number): 0 | -1 {
    return index === this.index ? 0 : -1;
  }

  /** Moves the tab stop to `index`, scrolling the row into view and focusing it once rendered. */
  async focus(index: number): Promise<void> {
    const count = this.options.count();
    if (count === 0) return;
    const target = Math.max(0, Math.min(index, count - 1));
    this.activeIndex = target;
    await this.host.updateComplete;
    this.options.scrollTo(target);
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const control = this.options.control(target);
      if (control) {
        control.focus();
        return;
      }
      await nextFrame();
      await this.host.updateComplete;
    }
  }

  readonly onKeyDown = (event: KeyboardEvent): void => {
    const index = Number((event.target as HTMLElement).dataset['index']);
    if (!Number.isInteger(index)) return;
    const step = this.options.pageStep ?? 10;
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: this.options.count() - 1,
      PageDown: index + step,
      PageUp: index - step,
    };
    const next = moves[event.key];
    if (next === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    void this.focus(next);
  };

  readonly onFocusIn = (event: FocusEvent): void => {
    const index = Number((event.target as HTMLElement).dataset['index']);
    if (Number.isInteger(index)) this.activeIndex = index;
  };

  readonly onFocus = (event: FocusEvent): void => {
    if (event.target === event.currentTarget) void this.focus(this.index);
  };

  /** Keeps a tab stop in the list: when the active row scrolls out of the DOM, the first visible row takes over. */
  readonly onVisibilityChanged = (event: Event): void => {
    this.checkTabStop();
    const { first, last } = event as Event & { first: number; last: number };
    const focusInList = this.host.shadowRoot?.activeElement && this.options.list()?.contains(this.host.shadowRoot.activeElement);
    if (focusInList || first < 0) return;
    if (this.index < first || this.index > last) this.activeIndex = first;
  };

  /** After the virtualiser has rendered: is there a row to tab to? If not, the list is the tab stop. */
  readonly checkTabStop = (): void => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => {
      const list = this.options.list();
      const wanted = !!list && !list.querySelector('[data-index][tabindex="0"]');
      if (wanted !== this.tabStop) {
        this.tabStop = wanted;
        this.host.requestUpdate();
      }
    });
  };

  hostUpdated(): void {
    this.checkTabStop();
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
  }
}
