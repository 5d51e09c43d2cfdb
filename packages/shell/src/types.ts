import type {
  HandoffSettings,
  Locale,
  PersonRef,
  Representation,
  RepresentationScope,
  Session,
  Source,
} from '@hn-elements/core';
import type { LocalizedText } from './strings.js';

/**
 * One micro-frontend in the shell's registry. Adding a component to the shell is one
 * entry like this (plus its import-map entry).
 */
export interface ShellApp {
  /** single-spa application name; also the id of its container: `single-spa-application:<name>`. */
  name: string;
  /**
   * Module specifier of the single-spa lifecycles, resolved by the page's import map,
   * e.g. `@hn-elements/appointment-list/mfe.js`. A URL works too.
   */
  specifier: string;
  /** Route (absolute path) of the app's own page, e.g. `/appointments`. */
  path: string;
  /** Plain-language name, shown in the navigation, the page heading and error tiles. */
  label: LocalizedText;
  /** Also shown on the overview page (`/`). */
  overview?: boolean;
  /**
   * Element properties while the app is shown on the overview, e.g. `{ maxItems: 3 }` for a short
   * appointment list there. On the app's own page each of them is set back to `undefined`. The
   * element stays mounted between the two: the shell hands them over through its `update` lifecycle.
   */
  overviewProps?: Readonly<Record<string, unknown>>;
  /**
   * The shell sets the element's `headingLevel` property to the level its first headings should
   * have where it is shown: 2 on its own page (below the page's h1), 3 on the overview (below the
   * app's h2). For components that take `heading-level` (every hn-elements data component does).
   * Like `overviewProps`, it is handed over through the `update` lifecycle when the app moves.
   */
  headingLevel?: boolean;
  /**
   * Element properties the app gets wherever it is shown, e.g. where its links go:
   * `{ appointmentsHref: '/appointments', inboxHref: '/inbox' }` for `hn-referrals`, whose links the
   * shell then routes (`hn-navigate`). `overviewProps` and `headingLevel` win over the same keys here.
   */
  props?: Readonly<Record<string, unknown>>;
  /** The representation scope the app's data belongs to (informative; components enforce it). */
  scope?: RepresentationScope;
  /**
   * URLs of the modules the app loads when it mounts (its lifecycles, its element, what they
   * import), for the deployable shell's page script to announce as `modulepreload` on a route that
   * shows the app, so the browser fetches them side by side instead of one import level after
   * another. The build writes them; without them the app loads as before, only later.
   */
  preload?: readonly string[];
}

/** The simulated login: who is logged in and whom they may act for. */
export interface ShellLogin {
  actor: PersonRef;
  representations: readonly Representation[];
}

export interface ShellOptions {
  apps: readonly ShellApp[];
  /** FHIR servers; a relative `fhirBase` is made absolute against the page. */
  sources: readonly Source[];
  /** Exact origins hand-offs may go to. */
  allowedOrigins: readonly string[];
  issueTicket?: HandoffSettings['issueTicket'];
  /** Where the shell renders its header and main region. */
  rootElement: HTMLElement;
  /** Simulated login. Defaults to Kari Nordmann with her child Ola and Per Hansen's power of attorney. */
  login?: ShellLogin;
  /** Starting locale; defaults to `<html lang>` when that is a supported locale, else `nb`. */
  locale?: Locale;
  /** Product name shown in the header and the document title. */
  title?: string;
  /** Path prefix the shell lives under; `/` by default. */
  base?: string;
  /** Loads a micro-frontend module. Defaults to native `import()` (import map aware). */
  importModule?: (url: string) => Promise<unknown>;
  /** Milliseconds before a module that has not loaded counts as failed. Default 15000. */
  loadTimeout?: number;
  /** Called for every micro-frontend error, for logging / telemetry. */
  onAppError?: (info: AppErrorInfo) => void;
}

export interface AppErrorInfo {
  name: string;
  /** single-spa status after the failure: `LOAD_ERROR` or `SKIP_BECAUSE_BROKEN`. */
  status: string;
  error: unknown;
}

/** The custom props every micro-frontend receives from single-spa. */
export interface ShellCustomProps {
  session: Session;
  locale: Locale;
  domElement?: HTMLElement;
  [key: string]: unknown;
}

export interface Shell {
  /** The current session, rebuilt (new object) on every change. */
  readonly session: Session;
  setLocale(locale: Locale): void;
  /** `null` acts as oneself; otherwise the `reference` of a person in `login.representations`. */
  setRepresentation(reference: string | null): void;
  /** Loads the named micro-frontend again after a failure. */
  retry(name: string): Promise<void>;
  /** Resolves when single-spa has settled and every mounted app has the current session. */
  settled(): Promise<void>;
  /** Unregisters the apps and removes the shell's DOM and listeners. */
  destroy(): Promise<void>;
}

declare global {
  interface WindowEventMap {
    /** The shell's session changed (locale or representation); `detail.session` is the new one. */
    'hn-session-change': CustomEvent<{ session: Session }>;
    /** A micro-frontend failed to load, bootstrap or mount; its place shows an error tile. */
    'hn-shell-app-error': CustomEvent<AppErrorInfo>;
  }
}
