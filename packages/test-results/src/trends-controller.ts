import type { ReactiveControllerHost } from 'lit';
import { LoadController } from '@hn-elements/core';

type TrendsModule = typeof import('./templates/trends-section.js');

/** Where the trends' module comes from. A module object, so a test can make the load fail. */
export const trendsSource = { load: (): Promise<TrendsModule> => import('./templates/trends-section.js') };

/**
 * Loads the trends (series, chart geometry and template) once the answers are shown in full,
 * through core's LoadController (unmount stops it). Until then, and if it fails, the answers work
 * without them; `failed` lets the element say so and offer to try again.
 */
export class TrendsController {
  private readonly load: LoadController<TrendsModule>;

  constructor(host: ReactiveControllerHost) {
    this.load = new LoadController(host);
  }

  /** The module once loaded. */
  get module(): TrendsModule | undefined {
    return this.load.value;
  }

  get failed(): boolean {
    return this.load.state.status === 'error';
  }

  /** Starts loading unless it is loaded, on the way or has failed (`retry` tries again). */
  request(): void {
    if (this.load.state.status === 'idle') this.retry();
  }

  retry(): void {
    if (!this.load.pending && !this.module) void this.load.run(() => trendsSource.load());
  }

  /** Resolves when no load is running and the host has rendered the outcome. Never rejects. */
  settled(): Promise<void> {
    return this.load.settled();
  }
}
