import {
  LOAD_ERROR,
  MOUNTED,
  addErrorHandler,
  getAppStatus,
  getMountedApps,
  navigateToUrl,
  registerApplication,
  removeErrorHandler,
  start,
  triggerAppChange,
  unloadApplication,
  unregisterApplication,
  type RegisterApplicationConfig,
} from 'single-spa';
import { constructApplications, constructLayoutEngine, constructRoutes } from 'single-spa-layout';
import { ContextProvider } from '@lit/context';
import { isLocale, itemLimit, sessionContext, type Locale, type Session } from '@hn-elements/core';
import './define.js';
import {
  DEFAULT_TIMEOUTS,
  assertMicroFrontend,
  freshUrl,
  nativeImport,
  runLifecycle,
  withTimeout,
  type Lifecycles,
  type MicroFrontendModule,
} from './app-loader.js';
import { containerId, elementPropsFor, placeOf, type Place } from './app-props.js';
import { renderChrome, renderRegions, type Chrome } from './chrome.js';
import { clearPlaceholder, isBroken, loadingParcel, showTile, tileIn } from './error-tiles.js';
import type { HnShellHeader } from './hn-shell-header.js';
import type { HnShellRegion } from './hn-shell-region.js';
import { REGION_TAG, buildLayout, joinPath, validateApps } from './routes.js';
import { SessionStore, simulatedLogin } from './session-store.js';
import type { AppErrorInfo, Shell, ShellApp, ShellCustomProps, ShellOptions } from './types.js';

type AppError = Error & { appOrParcelName: string };
type AppConfig = RegisterApplicationConfig<ShellCustomProps>;

export const MAIN_ID = 'hn-main';
export { containerId };

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

let running: ShellController | undefined;

/**
 * Starts the single-spa root config: renders the header and the main region into
 * `rootElement`, registers one single-spa application per entry in `apps` through
 * single-spa-layout, and starts single-spa. One shell per page.
 */
export function startShell(options: ShellOptions): Shell {
  if (running) throw new Error('The shell is already running on this page; call destroy() first.');
  running = new ShellController(options);
  return running;
}

class ShellController implements Shell {
  readonly #options: ShellOptions;
  readonly #apps: Map<string, ShellApp>;
  readonly #store: SessionStore;
  readonly #header: HnShellHeader;
  readonly #main: HTMLElement;
  readonly #base: string;
  readonly #title: string;
  readonly #importModule: (url: string) => Promise<unknown>;
  readonly #configs = new Map<string, AppConfig>();
  /** Loaded modules, so the shell can call `update` itself (single-spa only updates parcels). */
  readonly #modules = new Map<string, MicroFrontendModule>();
  /** The session each mounted app last received. */
  readonly #delivered = new Map<string, Session>();
  /** Where each mounted app with `overviewProps` last got its element properties for. */
  readonly #deliveredPlace = new Map<string, Place>();
  /** Module URL that loaded last, per app; a failed load makes the next one fresh. */
  readonly #urls = new Map<string, string>();
  readonly #loadAttempts = new Map<string, number>();
  readonly #loadFailedAt = new Map<string, number>();
  readonly #retries = new Map<string, Promise<void>>();
  readonly #layout: ReturnType<typeof constructLayoutEngine>;
  readonly #context: ContextProvider<typeof sessionContext>;
  readonly #chrome: Chrome;
  #routing = false;
  #focusAfterRouting = false;
  #queue: Promise<void> = Promise.resolve();
  #destroyed = false;

  constructor(options: ShellOptions) {
    validateApps(options.apps);
    this.#options = options;
    this.#apps = new Map(options.apps.map((app) => [app.name, app]));
    this.#base = options.base ?? '/';
    this.#title = options.title ?? 'Helsenorge';
    this.#importModule = options.importModule ?? nativeImport;

    const htmlLang = document.documentElement.lang;
    this.#store = new SessionStore({
      login: options.login ?? simulatedLogin,
      sources: options.sources,
      allowedOrigins: options.allowedOrigins,
      issueTicket: options.issueTicket,
      locale: options.locale ?? (isLocale(htmlLang) ? htmlLang : 'nb'),
    });

    this.#header = document.createElement('hn-shell-header');
    this.#header.productName = this.#title;
    this.#header.homeHref = joinPath(this.#base, '/');
    this.#header.mainId = MAIN_ID;
    this.#header.actor = this.#store.actor;
    this.#header.representations = this.#store.representations;
    this.#main = document.createElement('main');
    this.#main.id = MAIN_ID;
    this.#main.tabIndex = -1;
    this.#main.className = 'hn-shell-main';
    // Components inside the shell also get the session from context (a property still wins).
    this.#context = new ContextProvider(this.#main, { context: sessionContext, initialValue: this.#store.session });
    options.rootElement.replaceChildren(this.#header, this.#main);
    this.#chrome = { header: this.#header, main: this.#main, apps: this.#apps, base: this.#base, title: this.#title };

    this.#header.addEventListener('hn-locale-change', this.#onLocaleChange);
    this.#header.addEventListener('hn-representation-change', this.#onRepresentationChange);
    this.#header.addEventListener('hn-shell-navigate', this.#onNavigate);
    // A component's link to another page (hn-referrals' appointments and letters) is routed like a menu link.
    this.#main.addEventListener('hn-navigate', this.#onNavigate);
    this.#main.addEventListener('hn-error-retry', this.#onRetry);
    this.#store.addEventListener('change', this.#onSessionChange);
    window.addEventListener('single-spa:before-routing-event', this.#onBeforeRouting);
    window.addEventListener('single-spa:before-mount-routing-event', this.#onBeforeMount);
    window.addEventListener('single-spa:routing-event', this.#onRouted);
    addErrorHandler(this.#onAppError);

    this.#renderChrome();

    const routes = constructRoutes(buildLayout(options.apps, this.#main, this.#base, loadingParcel(() => this.#store.locale, (name) => this.#loadingItems(name))));
    const applications = constructApplications({
      routes,
      loadApp: ({ name }) => this.#load(name) as never,
    });
    this.#layout = constructLayoutEngine({ routes, applications, active: false });
    for (const application of applications) {
      const routeProps = application.customProps;
      const config = {
        ...application,
        customProps: (name: string, location: Location): ShellCustomProps => ({
          ...(typeof routeProps === 'function' ? routeProps(name, location) : routeProps),
          ...this.#customProps(name),
        }),
      } as unknown as AppConfig;
      this.#configs.set(application.name, config);
    }
    this.#layout.activate();
    for (const config of this.#configs.values()) registerApplication(config);
    start({ urlRerouteOnly: true });
  }

  get session(): Session {
    return this.#store.session;
  }

  setLocale(locale: Locale): void {
    this.#store.setLocale(locale);
  }

  setRepresentation(reference: string | null): void {
    this.#store.setRepresentation(reference);
  }

  async settled(): Promise<void> {
    for (;;) {
      // A reroute starts in a microtask after navigation, and single-spa schedules some
      // (after unloadApplication) with setTimeout: give them a task to begin.
      await nextTask();
      if (this.#routing) {
        await new Promise((resolve) => window.addEventListener('single-spa:routing-event', resolve, { once: true }));
        continue;
      }
      const queue = this.#queue;
      const retries = [...this.#retries.values()];
      await queue;
      await Promise.all(retries);
      await nextTask();
      if (!this.#routing && queue === this.#queue && this.#retries.size === 0) return;
    }
  }

  /**
   * Loads a failed micro-frontend again.
   * - LOAD_ERROR: single-spa retries loading on the next reroute; `triggerAppChange()` starts one,
   *   and the loader imports a fresh module URL.
   * - SKIP_BECAUSE_BROKEN (bootstrap/mount threw or timed out): single-spa never leaves this status
   *   and cannot unload such an app, so the shell unregisters it and registers the same config again.
   */
  retry(name: string): Promise<void> {
    const pending = this.#retries.get(name);
    if (pending) return pending;
    const status = getAppStatus(name);
    if (!isBroken(status)) return Promise.resolve();
    const tile = tileIn(name);
    const tileHadFocus = tile?.matches(':focus-within') ?? false;
    if (tile) tile.busy = true;
    const run = (async () => {
      if (status === LOAD_ERROR) {
        // single-spa waits 200 ms after a failed load before it tries again.
        const wait = 200 - (Date.now() - (this.#loadFailedAt.get(name) ?? 0));
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait + 10));
        await triggerAppChange();
      } else {
        const config = this.#configs.get(name);
        if (!config) return;
        await unregisterApplication(name);
        registerApplication(config);
        await triggerAppChange();
      }
    })()
      .catch((error: unknown) => console.error(error))
      .finally(() => {
        this.#retries.delete(name);
        this.#showTiles();
        const again = tileIn(name);
        if (again) {
          again.busy = false;
          // Failed again: the (possibly new) tile's button keeps the keyboard focus.
          if (tileHadFocus && !again.matches(':focus-within')) void again.updateComplete.then(() => again.focus());
        } else if (tileHadFocus && tile?.isConnected === false) {
          // The focused tile is gone because the app mounted: keep the keyboard user in place.
          this.#focusRegionOf(name);
        }
      });
    this.#retries.set(name, run);
    return run;
  }

  async destroy(): Promise<void> {
    if (this.#destroyed) return;
    this.#destroyed = true;
    window.removeEventListener('single-spa:before-routing-event', this.#onBeforeRouting);
    window.removeEventListener('single-spa:before-mount-routing-event', this.#onBeforeMount);
    window.removeEventListener('single-spa:routing-event', this.#onRouted);
    this.#store.removeEventListener('change', this.#onSessionChange);
    this.#layout.deactivate();
    // Unregistering reroutes, and single-spa would try failed apps once more: #load answers
    // with inert lifecycles from now on, so nothing is fetched or reported.
    await Promise.allSettled([...this.#configs.keys()].map((name) => unregisterApplication(name)));
    removeErrorHandler(this.#onAppError);
    this.#options.rootElement.replaceChildren();
    if (running === this) running = undefined;
  }

  // ---- micro-frontend loading -------------------------------------------------------------

  #customProps(name: string): ShellCustomProps {
    const domElement = document.getElementById(containerId(name));
    const elementProps = elementPropsFor(this.#apps.get(name), name, this.#base);
    return {
      session: this.#store.session,
      locale: this.#store.locale,
      ...(domElement ? { domElement } : {}),
      ...(elementProps ? { elementProps } : {}),
    };
  }

  async #load(name: string): Promise<Lifecycles> {
    if (this.#destroyed) return { bootstrap: async () => {}, mount: async () => {}, unmount: async () => {} };
    const app = this.#apps.get(name);
    if (!app) throw new Error(`No micro-frontend named "${name}" in the shell registry.`);
    const attempt = this.#loadAttempts.get(name) ?? 0;
    const url = this.#urls.get(name) ?? (attempt > 0 ? freshUrl(app.specifier, attempt) : app.specifier);
    let mod: unknown;
    try {
      mod = await withTimeout(
        this.#importModule(url),
        this.#options.loadTimeout ?? 15_000,
        `Micro-frontend "${name}" did not load in time.`,
      );
      assertMicroFrontend(mod, name);
    } catch (error) {
      this.#urls.delete(name);
      this.#loadAttempts.set(name, attempt + 1);
      this.#loadFailedAt.set(name, Date.now());
      throw error;
    }
    this.#urls.set(name, url);
    this.#modules.set(name, mod);
    return this.#wrap(name, mod);
  }

  /** Lifecycles handed to single-spa: the app's own, plus the shell's bookkeeping. */
  #wrap(name: string, mod: MicroFrontendModule): Lifecycles {
    return {
      bootstrap: (props) => runLifecycle(mod.bootstrap, props),
      mount: async (props) => {
        const release = clearPlaceholder(name);
        const session = (props as unknown as ShellCustomProps).session;
        try {
          await runLifecycle(mod.mount, props);
          await (document.getElementById(containerId(name))?.firstElementChild as { updateComplete?: Promise<unknown> } | null)?.updateComplete;
        } finally {
          release();
        }
        this.#delivered.set(name, session);
        this.#deliveredPlace.set(name, this.#placeOf(name));
      },
      unmount: async (props) => {
        this.#delivered.delete(name);
        this.#deliveredPlace.delete(name);
        await runLifecycle(mod.unmount, props);
      },
      ...(mod.unload ? { unload: (props: Record<string, unknown>) => runLifecycle(mod.unload, props) } : {}),
      timeouts: { ...DEFAULT_TIMEOUTS, ...(mod.timeouts ?? {}) },
    } as Lifecycles;
  }

  // ---- error containment ------------------------------------------------------------------

  #onAppError = (error: AppError): void => {
    const name = error.appOrParcelName;
    if (this.#destroyed || !this.#apps.has(name)) return; // a parcel (e.g. the loading line): nothing to contain
    const status = getAppStatus(name) ?? 'UNKNOWN';
    const info: AppErrorInfo = { name, status, error };
    this.#options.onAppError?.(info);
    window.dispatchEvent(new CustomEvent('hn-shell-app-error', { detail: info }));
    this.#showTile(name);
  };

  #showTile(name: string): void {
    const app = this.#apps.get(name);
    if (app) showTile(app, this.#store.locale, this.#retries.has(name));
  }

  /** Puts a tile in every active app's place that is broken (containers come and go with routes). */
  #showTiles(): void {
    for (const name of this.#apps.keys()) this.#showTile(name);
  }

  #onRetry = (event: HTMLElementEventMap['hn-error-retry']): void => {
    void this.retry(event.detail.app);
  };

  // ---- session ----------------------------------------------------------------------------

  #onLocaleChange = (event: HTMLElementEventMap['hn-locale-change']): void => {
    this.#store.setLocale(event.detail.locale);
  };

  #onRepresentationChange = (event: HTMLElementEventMap['hn-representation-change']): void => {
    this.#store.setRepresentation(event.detail.reference);
  };

  #onSessionChange = (): void => {
    this.#context.setValue(this.#store.session);
    this.#renderChrome();
    window.dispatchEvent(new CustomEvent('hn-session-change', { detail: { session: this.#store.session } }));
    this.#deliver();
  };

  /**
   * Gives every mounted app the current session, and the element properties for where it is
   * now (`overviewProps`). single-spa has no `update` for
   * applications (only for parcels), so the shell calls the app's own `update` lifecycle;
   * an app without one (or whose update throws) is re-mounted with `unloadApplication`.
   * Runs serially; apps that are mounting get the session when routing settles.
   */
  #deliver(): void {
    this.#queue = this.#queue.then(async () => {
      if (this.#routing || this.#destroyed) return;
      const session = this.#store.session;
      for (const name of getMountedApps()) {
        if (!this.#apps.has(name) || getAppStatus(name) !== MOUNTED) continue;
        const place = this.#placeOf(name);
        if (this.#delivered.get(name) === session && this.#deliveredPlace.get(name) === place) continue;
        this.#delivered.set(name, session);
        this.#deliveredPlace.set(name, place);
        const mod = this.#modules.get(name);
        const props = { ...this.#configProps(name), name };
        try {
          if (!mod?.update) throw new Error('no update lifecycle');
          await runLifecycle(mod.update, props);
        } catch (error) {
          if (mod?.update) console.error(error);
          this.#delivered.delete(name);
          this.#deliveredPlace.delete(name);
          await unloadApplication(name).catch((err: unknown) => console.error(err));
        }
      }
    });
  }

  #configProps(name: string): ShellCustomProps {
    const config = this.#configs.get(name);
    const customProps = config?.customProps;
    if (typeof customProps === 'function') return customProps(name, window.location);
    return customProps ?? this.#customProps(name);
  }

  // ---- routing and chrome -----------------------------------------------------------------

  #onNavigate = (event: HTMLElementEventMap['hn-shell-navigate'] | HTMLElementEventMap['hn-navigate']): void => {
    const url = new URL(event.detail.href, document.baseURI);
    if (url.origin !== window.location.origin) return;
    event.preventDefault();
    this.#focusAfterRouting = true;
    navigateToUrl(url.pathname + url.search + url.hash);
  };

  #onBeforeRouting = (): void => {
    this.#routing = true;
  };

  #onBeforeMount = (): void => {
    // single-spa-layout has just built this route's DOM: label its regions before apps render.
    this.#renderRegions();
  };

  #onRouted = (): void => {
    this.#routing = false;
    this.#renderChrome();
    this.#showTiles();
    if (this.#focusAfterRouting) {
      this.#focusAfterRouting = false;
      this.#main.querySelector<HnShellRegion>(`${REGION_TAG}[level="1"]`)?.focusHeading();
    }
    this.#deliver();
  };

  #focusRegionOf(name: string): void {
    const container = document.getElementById(containerId(name));
    container?.closest<HnShellRegion>(REGION_TAG)?.focusHeading();
  }

  #renderChrome(): void {
    renderChrome(this.#chrome, this.#store.locale, this.#store.representation?.person.reference ?? null);
    for (const name of this.#apps.keys()) if (tileIn(name)) this.#showTile(name);
  }

  #renderRegions(): void {
    renderRegions(this.#chrome, this.#store.locale);
  }

  /** Where an app is shown now, for its element properties (see app-props.ts). */
  /** How many items the app will list where it is shown (its short form on the overview), if it says. */
  #loadingItems(name: string): number | undefined {
    const max = this.#placeOf(name) === 'overview' ? this.#apps.get(name)?.overviewProps?.maxItems : undefined;
    return typeof max === 'number' ? itemLimit(max) : undefined;
  }

  #placeOf(name: string): Place {
    return placeOf(this.#apps.get(name), name);
  }
}
