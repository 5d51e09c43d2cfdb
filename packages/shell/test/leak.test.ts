// Unmount leaves nothing behind: 60 mount/unmount cycles (CYCLES) of the real micro-frontends through the shell (single-spa routing, single-spa-layout containers, the shell's update bookkeeping), the
// apps taking turns. Most cycles wait until the element has rendered its data from the embedded
// FHIR server before the route changes away; every fifth leaves at once, while the requests run.
// Then, after garbage collection (the runner starts Chromium with --js-flags=--expose-gc):
//
//   - no unmounted element is alive (a WeakRef to every element mounted, every one checked),
//   - listeners on window, document and media queries are exactly as many as before the cycles,
//   - no interval runs, and pending timeouts and animation frames are back to where they were
//     (a timer that re-arms itself after unmount never gets back there).
//
// The counters wrap the globals before the shell starts, so they see every registration by
// single-spa, the shell and the components. `npm run bench` (shell-cycles.mjs) runs 500 cycles with
// the same checks and adds heap and DOM counters.
import { expect } from '@open-wc/testing';
import { getAppStatus } from 'single-spa';
import { startShell, type Shell, type ShellApp } from '../src/index.js';
import { collectUntil, nextTask } from '@hn-elements/test-support';
import { container, go, root } from './helpers.js';

/**
 * Each cycle is checked on its own (a WeakRef to every element), so a leak shows in the first
 * cycle that leaks: 60 take each of the six apps through its page 10 times, leaving early in every
 * fifth (twice per app). A fixed count, so the test does the same work on a quiet and a busy machine.
 */
const CYCLES = 60;
/** Cycles before the baseline, so first-use work (module loads, caches, single-spa's own listeners) is done. */
const WARM_UP = 8;
/** Every n-th cycle unmounts while the element is still loading. */
const LEAVE_EARLY_EVERY = 5;
/** Components whose micro-frontend renders data from the session's sources. */
const COMPONENTS = ['appointment-list', 'inbox', 'journal-viewer', 'tool-catalogue', 'test-results', 'referrals'];
const SINGLE_SPA = /\/node_modules\/single-spa\//;

declare global {
  interface Window {
    gc?: () => void;
  }
}

interface Counts {
  listeners: number;
  timeouts: number;
  intervals: number;
  frames: number;
  /** single-spa's lifecycle watchdogs still pending, and the longest delay among them. */
  watchdogs: number;
  longestWatchdog: number;
}

/**
 * From now on, counts live listeners on window, document and MediaQueryLists, and pending timers.
 * Returns the counters and a `sleep` on timers it does not count (the test's own waiting).
 */
function trackGlobals(): { counts: () => Counts; sleep: (ms: number) => Promise<void> } {
  const proto = EventTarget.prototype;
  const add = proto.addEventListener;
  const remove = proto.removeEventListener;
  /** target -> "type|capture" -> listeners; the browser's own de-duplication rule. */
  const live = new Map<EventTarget, Map<string, Set<unknown>>>();
  const watched = (target: EventTarget) => target === window || target === document || target instanceof MediaQueryList;
  const captureOf = (options: boolean | EventListenerOptions | undefined) => (typeof options === 'boolean' ? options : Boolean(options?.capture));
  const forget = (target: EventTarget, key: string, listener: unknown) => live.get(target)?.get(key)?.delete(listener);

  proto.addEventListener = function (
    this: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ) {
    add.call(this, type, listener, options);
    const opts = typeof options === 'object' ? options : undefined;
    if (!listener || !watched(this) || opts?.signal?.aborted) return;
    const key = `${type}|${captureOf(options)}`;
    const byKey = live.get(this) ?? live.set(this, new Map()).get(this)!;
    const listeners = byKey.get(key) ?? byKey.set(key, new Set()).get(key)!;
    if (listeners.has(listener)) return;
    listeners.add(listener);
    // The browser drops a `once` listener when it fires, and a listener whose signal aborts.
    if (opts?.once) add.call(this, type, () => forget(this, key, listener), { once: true, capture: captureOf(options) });
    if (opts?.signal) add.call(opts.signal, 'abort', () => forget(this, key, listener), { once: true });
  };
  proto.removeEventListener = function (
    this: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ) {
    remove.call(this, type, listener, options);
    if (listener && watched(this)) forget(this, `${type}|${captureOf(options)}`, listener);
  };

  const timeouts = new Set<number>();
  const watchdogs = new Map<number, number>();
  const intervals = new Set<number>();
  const frames = new Set<number>();
  const { setTimeout: setT, clearTimeout: clearT, setInterval: setI, clearInterval: clearI } = window;
  const { requestAnimationFrame: raf, cancelAnimationFrame: caf } = window;
  const clear = (id: unknown) => {
    if (typeof id !== 'number') return;
    timeouts.delete(id);
    watchdogs.delete(id);
    intervals.delete(id);
  };
  window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    const id: number = setT(
      (...callArgs: unknown[]) => {
        timeouts.delete(id);
        watchdogs.delete(id);
        if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...callArgs);
      },
      delay,
      ...args,
    );
    // single-spa's lifecycle watchdogs (a warning after 3 s, the time-out after 10 s) are never
    // cleared: each fires once and finds its lifecycle finished. Counted apart, with their delays.
    if (SINGLE_SPA.test(new Error().stack ?? '')) watchdogs.set(id, delay ?? 0);
    else timeouts.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.setInterval = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
    const id = setI(handler, delay, ...args);
    intervals.add(id);
    return id;
  }) as typeof window.setInterval;
  window.clearTimeout = ((id?: number) => {
    clear(id);
    clearT(id);
  }) as typeof window.clearTimeout;
  window.clearInterval = ((id?: number) => {
    clear(id);
    clearI(id);
  }) as typeof window.clearInterval;
  window.requestAnimationFrame = (callback: FrameRequestCallback) => {
    const id = raf((time) => {
      frames.delete(id);
      callback(time);
    });
    frames.add(id);
    return id;
  };
  window.cancelAnimationFrame = (id: number) => {
    frames.delete(id);
    caf(id);
  };

  return {
    counts() {
      let listeners = 0;
      for (const byKey of live.values()) for (const set of byKey.values()) listeners += set.size;
      return {
        listeners,
        timeouts: timeouts.size,
        intervals: intervals.size,
        frames: frames.size,
        watchdogs: watchdogs.size,
        longestWatchdog: Math.max(0, ...watchdogs.values()),
      };
    },
    sleep: (ms) => new Promise((resolve) => setT(resolve, ms)),
  };
}

const { counts, sleep } = trackGlobals();

/** Polls `predicate` (on uncounted timers) until it returns something truthy; fails after `timeout` ms. */
async function poll<T>(predicate: () => T | null | undefined | false, message: () => string, timeout = 4000): Promise<T> {
  const end = performance.now() + timeout;
  for (;;) {
    const value = predicate();
    if (value) return value;
    if (performance.now() > end) throw new Error(`Timeout: ${message()}`);
    await sleep(4);
  }
}

function element(name: string): HTMLElement | null {
  return container(name)?.querySelector<HTMLElement>(`hn-${name}`) ?? null;
}

/** The element once it has rendered something other than its loading state. */
function rendered(name: string): HTMLElement | null {
  const el = element(name);
  return el?.shadowRoot?.firstElementChild && !el.hasAttribute('aria-busy') ? el : null;
}

/** Full collections a task apart, so that work queued by the last unmount can finish first. */
async function collect(): Promise<void> {
  for (let i = 0; i < 4; i += 1) {
    await nextTask();
    window.gc!();
  }
}

describe('shell: unmount leaves nothing behind', () => {
  let shell: Shell;
  let mochaOnError: OnErrorEventHandler = null;
  const consoleError = console.error;
  const isResizeObserverNotice = (message: unknown) => /ResizeObserver loop/.test(String(message));
  const apps: ShellApp[] = COMPONENTS.map((name) => ({
    name,
    specifier: new URL(`/packages/${name}/src/mfe.ts`, location.origin).href,
    path: `/${name}`,
    label: name,
  }));

  before(async () => {
    // The inbox's virtualiser lays rows out a frame after a resize, and Chromium reports
    // "ResizeObserver loop completed with undelivered notifications": a browser notice, not an
    // error. Mocha's window.onerror would fail the test with it, and the runner's error listener
    // would log its missing error object as "null"; only that notice is let through, unlogged.
    mochaOnError = window.onerror;
    window.onerror = (message, ...rest) => (isResizeObserverNotice(message) ? true : (mochaOnError?.call(window, message, ...rest) ?? false));
    console.error = (...args: unknown[]) => {
      const event = window.event;
      if (args.length === 1 && args[0] == null && event instanceof ErrorEvent && isResizeObserverNotice(event.message)) return;
      consoleError.apply(console, args);
    };
    expect(window.gc, 'the test runner exposes gc (--js-flags=--expose-gc)').to.be.a('function');
    history.replaceState(null, '', '/');
    shell = startShell({
      rootElement: root(),
      sources: [
        { id: 'helse-bergen', name: 'Helse Bergen', fhirBase: '/fhir/helse-bergen' },
        { id: 'fastlegen', name: 'Fastlegen', fhirBase: '/fhir/fastlegen' },
      ],
      allowedOrigins: [location.origin],
      apps,
    });
    await shell.settled();
  });

  after(async () => {
    await shell?.destroy();
    window.onerror = mochaOnError;
    console.error = consoleError;
  });

  it(`${CYCLES} mount/unmount cycles: no element survives, no listener or timer is left`, async function () {
    // The timeout only catches a hang.
    this.timeout(120_000);
    /** Mounts the app on its own page, waits (or not) for its data, goes back to the overview. */
    const cycle = async (i: number): Promise<HTMLElement> => {
      const app = apps[i % apps.length]!;
      await go(shell, app.path);
      const el =
        i % LEAVE_EARLY_EVERY === LEAVE_EARLY_EVERY - 1
          ? await poll(() => element(app.name), () => `${app.name} mounted`)
          : await poll(() => rendered(app.name), () => `${app.name} rendered its data`);
      await go(shell, '/');
      expect(getAppStatus(app.name), `${app.name} after cycle ${i}`).to.equal('NOT_MOUNTED');
      return el;
    };

    for (let i = 0; i < WARM_UP; i += 1) await cycle(i);
    await collect();
    const before = counts();

    const started = performance.now();
    const refs: WeakRef<HTMLElement>[] = [];
    let cycles = 0;
    for (; cycles < CYCLES; cycles += 1) refs.push(new WeakRef(await cycle(cycles)));
    const seconds = (performance.now() - started) / 1000;
    const rightAfter = counts();
    for (const name of COMPONENTS) expect(document.querySelector(`hn-${name}`), `hn-${name} in the document`).to.equal(null);

    await poll(
      () => counts().timeouts <= before.timeouts && counts().frames <= before.frames,
      () => `pending timeouts and frames go back to where they were: before ${JSON.stringify(before)}, now ${JSON.stringify(counts())}`,
      3000,
    );
    // Collections until every element is gone, each after a rendering update and idle time (a
    // busy machine tears a removed element's frames and observers down later; a leak survives all).
    await collectUntil(window.gc!, () => refs.filter((ref) => ref.deref() !== undefined).length, 0);
    const survivors = refs.map((ref) => ref.deref()?.localName).filter((name) => name !== undefined);
    const after = counts();
    const report =
      `${cycles} cycles in ${seconds.toFixed(1)} s; before ${JSON.stringify(before)}; right after ${JSON.stringify(rightAfter)}; ` +
      `settled ${JSON.stringify(after)}; alive: ${survivors.length ? survivors.join(', ') : 'none'}`;

    expect(survivors.length, `unmounted elements alive after garbage collection (${report})`).to.equal(0);
    expect(after.listeners, `listeners on window, document and media queries (${report})`).to.equal(before.listeners);
    expect(after.intervals, `intervals (${report})`).to.equal(before.intervals);
    expect(after.timeouts, `pending timeouts (${report})`).to.be.at.most(before.timeouts);
    expect(after.frames, `pending animation frames (${report})`).to.be.at.most(before.frames);
    // single-spa's watchdogs are bounded: each fires once, at most 10 s after its lifecycle began.
    expect(after.longestWatchdog, `longest single-spa watchdog, ms (${report})`).to.be.at.most(10_000);
  });
});
