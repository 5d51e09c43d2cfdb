import type { TemplateResult } from 'lit';
import type { AuthRequiredDetail, HnElement } from '../hn-element.js';
import { loadErrorWords } from '../templates/source-errors.js';
import { authRequiredSources } from '../fhir/errors.js';
import { sessionAllows, type RepresentationScope, type Session, type Source } from '../session.js';
import { loadErrorState, loadingState, loadNotices, noAccessState, onBehalfBanner } from '../templates/data-frame.js';
import { itemLimit } from '../item-limit.js';
import { reflectBusy, SourcesLoadController, type SourcesData, type SourcesLoadInput, type SourcesLoadOptions } from './sources-load-controller.js';

/** A list with a short form (`max-items`): its loading state reserves that many items' height. */
interface ShortFormHost {
  maxItems?: number;
}

/** What a data component's frame needs of its data (besides what it shows itself). */
export interface FrameData extends SourcesData {
  /** Whose data it is, when loaded live: another person's is never shown. */
  patient?: string;
  /** Entries that could not be shown. */
  skipped: number;
  /** Sources that answered, but not with everything. */
  incomplete: readonly Source[];
}

export interface DataFrameOptions<T extends FrameData> extends Omit<SourcesLoadOptions<T>, 'reportErrors'> {
  /** The representation scope that covers this component (`sessionAllows`). */
  scope: RepresentationScope;
  /**
   * A further rule the session must meet besides the scope (e.g. core's `parentalReach` for health
   * information a child has a say over). While it says no, the component shows no access and fetches nothing.
   */
  covers?: (session: Session | undefined) => boolean;
  /**
   * Whether this frame's data is what the component shows now (default: always). Only the frame on
   * show sets `aria-busy`: a component with a frame per view (the journal) says which is on show.
   */
  onShow?: () => boolean;
  /**
   * Told the data a retry (`reload()`) brought, once it is there, so the component can say so: a
   * screen-reader user who pressed "Prøv igjen" otherwise hears only where focus landed.
   */
  afterRetry?: (data: T) => void;
}

/** The component's words and its own rendering of the data, for `DataFrameController.render`. */
export interface FrameView<T> {
  /** The no-access state's message (and heading, if any). */
  noAccess: string;
  noAccessHeading?: string;
  /** Heading of the error state. */
  errorHeading: string;
  /** What failed to load, when it was not one source ("the appointment list"). */
  subject: string;
  /** The line for `count` entries that could not be shown. */
  skipped: (count: number) => string;
  /** Retry (from the error state and the sources notice): usually the element's `reload()`. */
  retry: () => void;
  /** The component's own view of its data; `notices` go where it wants them (above the list). */
  content: (data: T, notices: TemplateResult) => unknown;
  /**
   * Shown while there is nothing to show yet, instead of the loading state: a view that holds its
   * own place while it loads (a summary's placeholder rows, `summaryPlaceholder`).
   */
  loading?: () => unknown;
}

/**
 * The data-component frame: a `SourcesLoadController` that also knows its host element, so every
 * data component gets the same rules from one place:
 *
 * - `syncHost(bundle)` (from `willUpdate`) loads for the host's session, and nothing while the
 *   representation does not cover the component (`allowed`, from `scope`) or the host is detached;
 * - `aria-busy` on the host follows `busy`, after every update (one rule);
 * - `reload()` is the retry: forget and update; what it brings goes to `afterRetry` (to be said);
 * - each source that answered 401 is reported once per load as `hn-auth-required`;
 * - `shownValue` is the data, never another person's while theirs loads;
 * - `banner()` and `render(view)`: the on-behalf banner, then no access, the error, loading (with
 *   one placeholder row per item when the host has `maxItems`, the short form), or the component's
 *   view of its data with the notices.
 */
export class DataFrameController<T extends FrameData> extends SourcesLoadController<T> {
  private readonly element: HnElement;
  private readonly scope: RepresentationScope;
  private readonly covers: (session: Session | undefined) => boolean;
  private readonly onShow: () => boolean;
  /** Whether the last sync was given a host's bundle (its data is shown whoever the session's patient is). */
  private fromBundle = false;

  /** A retry is running, for these inputs; its outcome goes to `afterRetry`. */
  private retrying = false;
  private retryInput: Pick<SourcesLoadInput, 'bundle' | 'session'> | undefined;
  /** The inputs of the last sync. */
  private lastInput: SourcesLoadInput | undefined;

  constructor(host: HnElement, options: DataFrameOptions<T>) {
    const { scope, covers, onShow, afterRetry, onChange, ...load } = options;
    const frame: { self?: DataFrameController<T> } = {};
    super(host, {
      ...load,
      onChange: (state) => {
        onChange?.(state);
        const self = frame.self;
        if (!self?.retrying || state.status === 'loading' || state.status === 'idle') return;
        self.retrying = false;
        if (state.status === 'ready') afterRetry?.(state.value);
      },
      reportErrors: (errors) => {
        for (const sourceId of authRequiredSources(errors)) host.emit<AuthRequiredDetail>('hn-auth-required', { sourceId });
      },
    });
    frame.self = this;
    this.element = host;
    this.scope = scope;
    this.covers = covers ?? (() => true);
    this.onShow = onShow ?? (() => true);
  }

  /** Whether the session's representation (if any) covers this component: its scope, and `covers` when given. */
  get allowed(): boolean {
    const session = this.element.currentSession;
    return sessionAllows(session, this.scope) && this.covers(session);
  }

  /** Syncs with the host's inputs: its session, whether it is covered, and `bundle`. Nothing while detached. */
  syncHost(bundle: unknown): boolean {
    if (!this.element.isConnected) return false;
    return this.sync({ bundle, session: this.element.currentSession, allowed: this.allowed });
  }

  override sync(input: SourcesLoadInput): boolean {
    this.fromBundle = input.bundle !== undefined;
    this.lastInput = input;
    // Another person's session or another bundle before the retry ended: what comes is a new load, not the retry.
    if (this.retrying && (input.session !== this.retryInput?.session || input.bundle !== this.retryInput?.bundle)) this.retrying = false;
    return super.sync(input);
  }

  /** The data to show: a bundle's whoever the patient, live data only when it is the session patient's. */
  get shownValue(): T | undefined {
    const value = this.value;
    if (!value || this.fromBundle || value.patient === undefined) return value;
    return value.patient === this.element.currentSession?.patient.reference ? value : undefined;
  }

  /** Fetches again from the sources, or re-reads the bundle. */
  reload(): void {
    this.retrying = true;
    this.retryInput = { bundle: this.lastInput?.bundle, session: this.lastInput?.session };
    this.forget();
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (this.onShow()) reflectBusy(this.element, this.busy);
  }

  /** `<hn-on-behalf-banner>` while the citizen acts for someone else. */
  banner() {
    return onBehalfBanner(this.element.currentSession, this.element.currentLocale);
  }

  /**
   * No access (not covered), the error (with retry), loading (nothing to show yet, or only another
   * person's), or `view.content(data, notices)`.
   */
  render(view: FrameView<T>): unknown {
    const locale = this.element.currentLocale;
    if (!this.allowed) return noAccessState(locale, view.noAccess, view.noAccessHeading);
    const state = this.state;
    if (state.status === 'error') return loadErrorState(locale, view.errorHeading, loadErrorWords(state.error, view.subject, locale), view.retry);
    const data = this.shownValue;
    if (!data) return view.loading ? view.loading() : loadingState(locale, itemLimit((this.element as ShortFormHost).maxItems));
    return view.content(data, loadNotices(data, locale, view.skipped, view.retry));
  }
}
