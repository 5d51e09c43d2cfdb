import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * `printing` is true while the page is printed (or print media is emulated), so a virtualised list
 * can render every row for paper. `beforeprint` comes before the browser lays the page out for
 * print: the host renders at once, in the handler (`renderNow`). A change of
 * `matchMedia('print')` covers print media without those events (emulation in DevTools and tests).
 * Listens only while the host is connected.
 */
export class PrintController implements ReactiveController {
  printing = false;
  private readonly host: ReactiveControllerHost;
  private readonly renderNow: () => void;
  private media?: MediaQueryList;

  constructor(host: ReactiveControllerHost, renderNow: () => void) {
    this.host = host;
    this.renderNow = renderNow;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    this.media = window.matchMedia('print');
    this.media.addEventListener('change', this.onMediaChange);
    if (this.media.matches) this.set(true);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.media?.removeEventListener('change', this.onMediaChange);
    this.media = undefined;
    this.printing = false;
  }

  private set(printing: boolean): boolean {
    if (printing === this.printing) return false;
    this.printing = printing;
    this.host.requestUpdate();
    return true;
  }

  private readonly onBeforePrint = (): void => {
    if (this.set(true)) this.renderNow();
  };

  private readonly onAfterPrint = (): void => {
    this.set(this.media?.matches ?? false);
  };

  private readonly onMediaChange = (event: MediaQueryListEvent): void => {
    this.set(event.matches);
  };
}
