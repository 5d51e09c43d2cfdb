import type { ReactiveControllerHost } from 'lit';
import { AllSourcesFailedError, type SourceFailure } from '../fhir/multi-source.js';
import type { Session } from '../session.js';
import { LoadController, type LoadState } from './load-controller.js';

/** What a data component loads: whatever it shows, plus the sources that failed. */
export interface SourcesData {
  failures: readonly SourceFailure[];
}

export interface SourcesLoadOptions<T extends SourcesData> {
  /** A host-supplied `.bundle` -> data. May throw; the error becomes the error state. */
  fromBundle: (bundle: unknown) => T;
  /** Fetches from the session's sources. */
  fromSources: (session: Session, signal: AbortSignal) => Promise<T>;
  /** Told the errors of every load (sources that failed, or all of them), to report 401s. */
  reportErrors: (errors: readonly unknown[]) => void;
  onChange?: (state: LoadState<T>) => void;
}

/** What `sync` is given: the element's current inputs. */
export interface SourcesLoadInput {
  bundle: unknown;
  session: Session | undefined;
  /** Whether the representation covers this component. When false nothing is fetched. */
  allowed: boolean;
}

/** Identifies a live load: whose data, from which servers. */
export function sessionSourcesKey(session: Session): string {
  return JSON.stringify([session.patient.reference, session.sources.map((s) => [s.id, s.fhirBase])]);
}

const NO_BUNDLE = Symbol('no bundle');

/**
 * The data of a component that shows either a host-supplied `.bundle` or what the session's
 * sources answer. `sync` (from `willUpdate`) loads once per bundle, or once per person and set
 * of sources; a representation that does not cover the component stops any load and fetches
 * nothing. `forget` makes the next `sync` load again (retry).
 */
export class SourcesLoadController<T extends SourcesData> extends LoadController<T> {
  private readonly options: SourcesLoadOptions<T>;
  private loadedBundle: unknown = NO_BUNDLE;
  private loadedKey: string | undefined;
  /** Whether the last sync was told the representation covers the component. */
  private allowedAtSync = false;

  constructor(host: ReactiveControllerHost, options: SourcesLoadOptions<T>) {
    super(host, options.onChange);
    this.options = options;
  }

  /** Starts what the inputs call for. True when it started a load or took a new bundle. */
  sync({ bundle, session, allowed }: SourcesLoadInput): boolean {
    this.allowedAtSync = allowed;
    if (!allowed) {
      this.abort();
      this.forget();
      return false;
    }
    if (bundle !== undefined) {
      if (bundle === this.loadedBundle) return false;
      this.loadedBundle = bundle;
      this.loadedKey = undefined;
      try {
        this.setValue(this.options.fromBundle(bundle));
      } catch (error) {
        this.setError(error);
      }
      return true;
    }
    if (!session) {
      // No one to load for: a load for the session before is not wanted any more.
      this.abort();
      this.loadedKey = undefined;
      return false;
    }
    const key = sessionSourcesKey(session);
    if (key === this.loadedKey) return false;
    this.loadedKey = key;
    this.loadedBundle = NO_BUNDLE;
    void this.run((signal) => this.loadReporting(session, signal));
    return true;
  }

  /**
   * Whether the component is busy for assistive technology (`aria-busy="true"` on the host, see
   * `reflectBusy`): the representation covers it and it has nothing to show yet for its current
   * inputs — before the first load and while one runs. Not while an error or data is shown, and
   * never for a component the representation does not cover (it shows why, at once).
   */
  get busy(): boolean {
    return this.allowedAtSync && (this.state.status === 'loading' || this.state.status === 'idle');
  }

  /** The next `sync` loads again, even with the same bundle or session. */
  forget(): void {
    this.loadedBundle = NO_BUNDLE;
    this.loadedKey = undefined;
  }

  /** A live load is stopped on disconnect, so it starts again on reconnect; a bundle is kept. */
  override hostDisconnected(): void {
    super.hostDisconnected();
    this.loadedKey = undefined;
  }

  /** After a re-attach (moved in the DOM, mounted again) the host's next update syncs and loads. */
  hostConnected(): void {
    this.host.requestUpdate();
  }

  private async loadReporting(session: Session, signal: AbortSignal): Promise<T> {
    try {
      const data = await this.options.fromSources(session, signal);
      this.options.reportErrors(data.failures.map((f) => f.error));
      return data;
    } catch (error) {
      if (error instanceof AllSourcesFailedError) this.options.reportErrors(error.failures.map((f) => f.error));
      throw error;
    }
  }
}

/** Sets or removes `aria-busy="true"` on a data component's host: one rule, `SourcesLoadController.busy`. */
export function reflectBusy(host: Element, busy: boolean): void {
  if (busy) host.setAttribute('aria-busy', 'true');
  else host.removeAttribute('aria-busy');
}
