import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Appointment, Source } from '@hn-elements/core';
import { cancelAppointment } from './cancel-appointment.js';
import type { AppointmentView } from './model.js';

/** Why the last cancellation failed, kept as the error itself so its text follows the locale. */
export interface CancelFailure {
  error: unknown;
  source: Source;
}

export interface CancelControllerOptions {
  /**
   * The citizen confirmed: asks the host (the element emits the cancelable `hn-appointment-cancel`).
   * False means the host takes over: nothing is sent and the dialog closes.
   */
  confirmed: (item: AppointmentView) => boolean;
  /** The source to write to; undefined when the element does not write itself (bundle mode). */
  sourceFor: (item: AppointmentView) => Source | undefined;
  /** Per-request timeout in ms, read at the time of the write. */
  timeoutMs: () => number;
  /** The server accepted the cancellation; `saved` is its answer. */
  cancelled: (item: AppointmentView, saved: Appointment) => void;
  /** The write failed (after the failure is set), e.g. to report a 401. */
  failed?: (failure: CancelFailure) => void;
  /** The write itself; tests may pass their own. */
  write?: typeof cancelAppointment;
}

/**
 * The cancel dialog's state and the write behind it: which appointment the citizen is about to
 * cancel (`pending`), whether the write is under way (`busy`), and why it failed (`failure`, the
 * dialog stays open and may be confirmed again). The element renders this state and emits the
 * events; the write lives in `cancelAppointment`. A write under way is aborted when the host is
 * removed, and its result is then dropped.
 */
export class CancelController implements ReactiveController {
  pending: AppointmentView | undefined;
  /** The appointment the dialog was last opened for, kept after it closes: focus returns to it. */
  subject: AppointmentView | undefined;
  busy = false;
  failure: CancelFailure | undefined;
  private readonly host: ReactiveControllerHost;
  private readonly options: CancelControllerOptions;
  private abort?: AbortController;

  constructor(host: ReactiveControllerHost, options: CancelControllerOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** Opens the dialog for `item`. */
  open(item: AppointmentView): void {
    this.pending = item;
    this.subject = item;
    this.failure = undefined;
    this.busy = false;
    this.host.requestUpdate();
  }

  /** Closes the dialog, unless the write is under way. */
  close(): void {
    if (this.busy) return;
    this.pending = undefined;
    this.failure = undefined;
    this.host.requestUpdate();
  }

  /** The citizen confirmed: asks the host, then cancels on the source. Resolves when it is done. */
  async confirm(): Promise<void> {
    const item = this.pending;
    if (!item || this.busy) return;
    const proceed = this.options.confirmed(item);
    const source = this.options.sourceFor(item);
    if (!proceed || !source) {
      this.pending = undefined;
      this.host.requestUpdate();
      return;
    }
    this.busy = true;
    this.failure = undefined;
    this.host.requestUpdate();
    const abort = new AbortController();
    this.abort = abort;
    const write = this.options.write ?? cancelAppointment;
    try {
      const saved = await write(source, item.id, { signal: abort.signal, timeoutMs: this.options.timeoutMs() });
      if (abort.signal.aborted) return;
      this.busy = false;
      this.pending = undefined;
      this.options.cancelled(item, saved);
    } catch (error) {
      this.busy = false;
      if (abort.signal.aborted) return;
      this.failure = { error, source };
      this.options.failed?.(this.failure);
    } finally {
      if (this.abort === abort) this.abort = undefined;
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.abort = undefined;
  }
}
