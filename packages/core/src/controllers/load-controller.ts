import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbort } from '../fhir/errors.js';

export type LoadState<T> =
  | { status: 'idle' }
  | { status: 'loading'; previous?: T }
  | { status: 'ready'; value: T }
  | { status: 'error'; error: unknown; previous?: T };

/**
 * Runs one async load at a time for an element. A new run aborts the one before; disconnecting
 * the host aborts whatever is under way, so nothing keeps running after unmount.
 */
export class LoadController<T> implements ReactiveController {
  state: LoadState<T> = { status: 'idle' };
  protected readonly host: ReactiveControllerHost;
  private current?: AbortController;
  private readonly onChange?: (state: LoadState<T>) => void;
  /** Callers of `settled()` waiting for the running load to end. */
  private idleWaiters: Array<() => void> = [];

  constructor(host: ReactiveControllerHost, onChange?: (state: LoadState<T>) => void) {
    this.host = host;
    this.onChange = onChange;
    host.addController(this);
  }

  get value(): T | undefined {
    const state = this.state;
    if (state.status === 'ready') return state.value;
    if (state.status === 'loading' || state.status === 'error') return state.previous;
    return undefined;
  }

  /** Starts `loader`; resolves when it settles (never rejects). Stale results are dropped. */
  async run(loader: (signal: AbortSignal) => Promise<T>): Promise<void> {
    this.current?.abort();
    const controller = new AbortController();
    this.current = controller;
    this.set({ status: 'loading', previous: this.value });
    try {
      const value = await loader(controller.signal);
      if (this.current !== controller) return;
      this.set({ status: 'ready', value });
    } catch (error) {
      if (this.current !== controller || isAbort(error)) return;
      this.set({ status: 'error', error, previous: this.value });
    } finally {
      if (this.current === controller) {
        this.current = undefined;
        this.wakeIdleWaiters();
      }
    }
  }

  /**
   * Resolves once the host has finished its pending update and no load is running: the load that
   * update started (if any) has ended — with a value, an error, or aborted — and the host has
   * rendered the outcome. Never rejects. Loops, so a load started by the render of a result is
   * waited for too. This is what elements expose as `loadComplete`: a signal to wait on instead
   * of elapsed time.
   */
  async settled(): Promise<void> {
    for (;;) {
      await this.host.updateComplete;
      if (!this.current) return;
      await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
    }
  }

  /** Sets a value directly (e.g. from a host-supplied bundle), aborting any running load. */
  setValue(value: T): void {
    this.cancel();
    this.set({ status: 'ready', value });
  }

  /** Sets an error directly (e.g. a host-supplied value that cannot be used), aborting any running load. */
  setError(error: unknown): void {
    this.cancel();
    this.set({ status: 'error', error, previous: this.value });
  }

  /**
   * Stops the running load. Its result will be dropped, so the state leaves `loading`: back to the
   * previous value when there was one, else `idle`.
   */
  abort(): void {
    const wasRunning = this.cancel();
    if (!wasRunning || this.state.status !== 'loading') return;
    const previous = this.state.previous;
    this.set(previous !== undefined ? { status: 'ready', value: previous } : { status: 'idle' });
  }

  private cancel(): boolean {
    const running = this.current;
    this.current = undefined;
    running?.abort();
    if (running) this.wakeIdleWaiters();
    return running !== undefined;
  }

  /** True while a load runs: lets tests and the leak check see nothing is pending. */
  get pending(): boolean {
    return this.current !== undefined;
  }

  hostDisconnected(): void {
    if (this.cancel() && this.state.status === 'loading') this.set({ status: 'idle' });
  }

  private wakeIdleWaiters(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const wake of waiters) wake();
  }

  private set(state: LoadState<T>): void {
    this.state = state;
    this.onChange?.(state);
    this.host.requestUpdate();
  }
}
