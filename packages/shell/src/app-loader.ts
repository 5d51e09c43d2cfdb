import type { LifeCycles } from 'single-spa';

type LifecycleFn = (props: Record<string, unknown>) => Promise<unknown>;
type LifecycleValue = LifecycleFn | readonly LifecycleFn[];

/** What a micro-frontend module exports (its single-spa lifecycles). */
export interface MicroFrontendModule {
  bootstrap?: LifecycleValue;
  mount: LifecycleValue;
  unmount: LifecycleValue;
  update?: LifecycleValue;
  unload?: LifecycleValue;
  timeouts?: Record<string, unknown>;
}

/** Runs a lifecycle (a function or an array of functions, as single-spa allows) in order. */
export async function runLifecycle(value: LifecycleValue | undefined, props: Record<string, unknown>): Promise<void> {
  if (!value) return;
  const fns = typeof value === 'function' ? [value] : value;
  for (const fn of fns) await fn(props);
}

function isLifecycle(value: unknown): value is LifecycleValue {
  return typeof value === 'function' || (Array.isArray(value) && value.every((v) => typeof v === 'function'));
}

export function assertMicroFrontend(value: unknown, name: string): asserts value is MicroFrontendModule {
  const mod = value as Partial<MicroFrontendModule> | null;
  if (!mod || typeof mod !== 'object' || !isLifecycle(mod.mount) || !isLifecycle(mod.unmount)) {
    throw new TypeError(`Micro-frontend "${name}" does not export mount and unmount lifecycles.`);
  }
}

/** The query parameter that makes a module URL fresh for a retry: `?hn-retry=<attempt>`. */
export const RETRY_PARAM = 'hn-retry';

/**
 * Whether one of the page's import maps declares an `integrity` for this module URL. Such a module
 * must only ever load from that URL: the browser checks the integrity of the URL the map names, and
 * would run the same file fetched from any other URL (one with a query added) unchecked.
 */
export function hasDeclaredIntegrity(url: string, doc: Document = document): boolean {
  return declaredIntegrity(url, doc) !== undefined;
}

/** The `integrity` one of the page's import maps declares for this module URL, if any. */
export function declaredIntegrity(url: string, doc: Document = document): string | undefined {
  for (const script of doc.querySelectorAll('script[type="importmap"]')) {
    let map: { integrity?: Record<string, unknown> };
    try {
      map = JSON.parse(script.textContent ?? '') as typeof map;
    } catch {
      continue;
    }
    for (const [key, value] of Object.entries(map.integrity ?? {})) {
      try {
        if (new URL(key, doc.baseURI).href === url && typeof value === 'string') return value;
      } catch {
        // Not a URL: the browser ignores the entry too.
      }
    }
  }
  return undefined;
}

/**
 * A URL that makes the browser fetch and evaluate the module again. Browsers keep a
 * module that failed to evaluate (and, in some, one that failed to fetch) in their
 * module map for the page's lifetime, so importing the same URL again fails again.
 * A module whose integrity the import map declares keeps its URL (`hasDeclaredIntegrity`) unless
 * the map declares the same integrity for the fresh URL too (the deployable shell's page does, for
 * the first attempts): a file refused for its integrity stays refused, also on a retry.
 */
export function freshUrl(specifier: string, attempt: number): string {
  let resolved: string;
  try {
    resolved = import.meta.resolve(specifier);
  } catch {
    return specifier;
  }
  const url = new URL(resolved);
  url.searchParams.set(RETRY_PARAM, String(attempt));
  if (hasDeclaredIntegrity(resolved) && !hasDeclaredIntegrity(url.href)) return resolved;
  return url.href;
}

export function withTimeout<T>(promise: Promise<T>, millis: number, message: string): Promise<T> {
  if (!Number.isFinite(millis) || millis <= 0) return promise;
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(message)), millis);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** Default: native dynamic import, so bare specifiers go through the page's import map. */
export const nativeImport = (url: string): Promise<unknown> => import(/* @vite-ignore */ url);

/** Default timeouts: a lifecycle that hangs counts as broken and gets an error tile. */
export const DEFAULT_TIMEOUTS = {
  bootstrap: { millis: 10_000, dieOnTimeout: true, warningMillis: 3_000 },
  mount: { millis: 10_000, dieOnTimeout: true, warningMillis: 3_000 },
  unmount: { millis: 10_000, dieOnTimeout: true, warningMillis: 3_000 },
  unload: { millis: 10_000, dieOnTimeout: true, warningMillis: 3_000 },
};

export type Lifecycles = LifeCycles & { unload?: LifecycleFn; timeouts?: Record<string, unknown> };
