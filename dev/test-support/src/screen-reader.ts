import { expect, waitUntil } from '@open-wc/testing';
import { Virtual } from '@guidepup/virtual-screen-reader';
import { SOURCES } from './people.js';

/**
 * A virtual screen reader over a component, for tests that assert what is spoken.
 *
 * `@guidepup/virtual-screen-reader` reads the accessibility tree it builds from the DOM (roles and
 * names as ARIA and HTML-AAM compute them) and logs what a screen reader would say: "heading,
 * Timer, level 2", "button, Avbestill time", "polite: Viser 3 av 12 timer". In the browser tests
 * it reads the flat tree, shadow roots included (scripts/wtr/flat-tree-reader-plugin.mjs patches
 * the reader as the test server serves it); here it is also given a MutationObserver that watches
 * every open shadow root, so changes to live regions inside components are heard.
 *
 * Reading moves a virtual cursor, not focus; acting is the test's (the harness, real key presses).
 * When focus moves, the reader follows and says where it landed.
 */
export interface Listener {
  /** Everything said so far, reading and announcements, in order. */
  phrases(): Promise<string[]>;
  /** The live-region announcements said so far, without their "polite: " or "assertive: " prefix. */
  announcements(): Promise<string[]>;
  /** Moves the cursor to the next item and returns what was said for it. */
  next(): Promise<string>;
  /** Reads on from the cursor until a phrase matches (at most `limit` steps); returns that phrase. */
  nextUntil(match: string | RegExp, limit?: number): Promise<string>;
  /**
   * Reads the whole container from the top, once round, and returns what was said on the way
   * (the log is cleared first, so afterwards it holds this reading and what was announced
   * meanwhile; the cursor is left on the first item).
   */
  readAll(limit?: number): Promise<string[]>;
  /** How many times a phrase matching `match` has been said since the log was last cleared. */
  count(match: string | RegExp): Promise<number>;
  /** Waits until a phrase matching `match` has been said (the log grows; no fixed wait). */
  heard(match: string | RegExp, timeout?: number): Promise<string>;
  /** Forgets what was said so far. */
  clear(): Promise<void>;
  /** Stops listening (call it in `afterEach`; a later `listen` starts afresh). */
  stop(): Promise<void>;
  /** The node under the cursor. */
  readonly activeNode: Node | null;
}

const LIVE_PREFIX = /^(polite|assertive): /;

function matches(phrase: string, match: string | RegExp): boolean {
  return typeof match === 'string' ? phrase === match : match.test(phrase);
}

/**
 * A MutationObserver that also watches every open shadow root below what it observes, including
 * shadow roots that appear later. The reader takes its observer from the `window` it is given.
 */
class DeepMutationObserver {
  readonly #callback: MutationCallback;
  readonly #observers = new Map<Node, MutationObserver>();
  #options: MutationObserverInit = {};
  /** Told of every shadow root watched, once (the reader's focus following listens there). */
  static onShadowRoot: ((root: ShadowRoot) => () => void) | undefined;
  readonly #forget: (() => void)[] = [];

  constructor(callback: MutationCallback) {
    this.#callback = callback;
  }

  observe(target: Node, options: MutationObserverInit = {}): void {
    this.#options = options;
    this.#watch(target);
  }

  disconnect(): void {
    for (const observer of this.#observers.values()) observer.disconnect();
    this.#observers.clear();
    for (const forget of this.#forget.splice(0)) forget();
  }

  takeRecords(): MutationRecord[] {
    return [...this.#observers.values()].flatMap((observer) => observer.takeRecords());
  }

  #watch(root: Node): void {
    if (!this.#observers.has(root)) {
      const observer = new MutationObserver((records) => {
        for (const record of records) record.addedNodes.forEach((node) => this.#watchShadowRootsIn(node));
        this.#callback(records, observer);
      });
      observer.observe(root, this.#options);
      this.#observers.set(root, observer);
      const forget = root instanceof ShadowRoot ? (this.constructor as typeof DeepMutationObserver).onShadowRoot?.(root) : undefined;
      if (forget) this.#forget.push(forget);
    }
    this.#watchShadowRootsIn(root);
  }

  #watchShadowRootsIn(node: Node): void {
    if (node instanceof Element && node.shadowRoot) this.#watch(node.shadowRoot);
    if (!(node instanceof Element || node instanceof DocumentFragment)) return;
    for (const element of node.querySelectorAll('*')) {
      if (element.shadowRoot) this.#watch(element.shadowRoot);
    }
  }
}

/** Starts a virtual screen reader on `container` (an element, or the fixture's parent). */
export async function listen(container: Element): Promise<Listener> {
  const reader = new Virtual() as Virtual & { hnFollowFocus?: (event: FocusEvent) => void };
  // Focus moving inside one host never reaches the container (the DOM keeps that `focusin` inside
  // the shadow tree); the reader follows it from every shadow root instead. Repeats are harmless:
  // the reader says nothing new when focus lands where its cursor already is.
  const Observer = class extends DeepMutationObserver {};
  Observer.onShadowRoot = (root) => {
    const follow = (event: Event) => reader.hnFollowFocus?.(event as FocusEvent);
    root.addEventListener('focusin', follow);
    return () => root.removeEventListener('focusin', follow);
  };
  const window = { MutationObserver: Observer, document } as unknown as Window & typeof globalThis;
  await reader.start({ container, window });

  const phrases = () => reader.spokenPhraseLog();
  const last = async () => (await reader.lastSpokenPhrase()) ?? '';
  const next = async () => {
    await reader.next();
    return last();
  };

  return {
    phrases,
    async announcements() {
      return (await phrases()).filter((phrase) => LIVE_PREFIX.test(phrase)).map((phrase) => phrase.replace(LIVE_PREFIX, ''));
    },
    next,
    async nextUntil(match, limit = 400) {
      for (let step = 0; step < limit; step += 1) {
        const phrase = await next();
        if (matches(phrase, match)) return phrase;
      }
      throw new Error(`the screen reader did not reach ${String(match)} in ${limit} steps; it said: ${(await phrases()).slice(-30).join(' | ')}`);
    },
    async readAll(limit = 600) {
      // From the top: a fresh start puts the cursor on the first item (and forgets the log), even
      // when the item the cursor was on has gone.
      await reader.stop();
      await reader.start({ container, window });
      const start = reader.activeNode;
      const startPhrase = await last();
      for (let step = 0; step < limit; step += 1) {
        await reader.next();
        if (reader.activeNode === start && (await last()) === startPhrase) return (await phrases()).slice(0, -1);
      }
      throw new Error(`the screen reader did not come round in ${limit} steps`);
    },
    async count(match) {
      return (await phrases()).filter((phrase) => matches(phrase, match) || matches(phrase.replace(LIVE_PREFIX, ''), match)).length;
    },
    async heard(match, timeout = 8000) {
      let found = '';
      await waitUntil(
        async () => {
          const log = await phrases();
          found = log.find((phrase) => matches(phrase, match) || matches(phrase.replace(LIVE_PREFIX, ''), match)) ?? '';
          return Boolean(found);
        },
        `the screen reader never said ${String(match)}`,
        { timeout, interval: 20 },
      ).catch(async (error: Error) => {
        throw new Error(`${error.message}; it said: ${(await phrases()).slice(-30).join(' | ')}`);
      });
      return found;
    },
    clear: () => reader.clearSpokenPhraseLog(),
    stop: () => reader.stop(),
    get activeNode() {
      return reader.activeNode;
    },
  };
}

/**
 * For a `describe`: gives `listenTo(el)`, which starts a reader on the element's fixture (its
 * parent), and stops that reader after each test of the suite (an `afterEach` registered where it
 * is called, so it runs before the suite's own later `afterEach` hooks).
 */
export function readerForEachTest(): (el: Element) => Promise<Listener> {
  let reader: Listener | undefined;
  afterEach(async () => {
    await reader?.stop();
    reader = undefined;
  });
  return async (el) => {
    await reader?.stop();
    reader = await listen(el.parentElement!);
    return reader;
  };
}

/** How many phrases of `spoken` are `phrase`, to the letter. */
export function timesSaid(spoken: readonly string[], phrase: string): number {
  return spoken.filter((p) => p === phrase).length;
}

/** What the on-behalf banner says when Kari acts for her child Ola (the session's `onBehalfOfOla()`). */
export const ON_BEHALF_OF_OLA = 'Du ser nå informasjonen til Ola Nordmann. Du er forelder.';

/**
 * Fails unless `spoken` says why nothing came: every source of the embedded server named as down.
 * Each source's name is marked with its language, so the reader says it as a phrase of its own
 * ("Helse Bergen", "har en feil akkurat nå."): the phrases are read together.
 */
export function expectEverySourceSaidDown(spoken: readonly string[]): void {
  const said = spoken.join(' ').replace(/\s+/g, ' ');
  for (const source of SOURCES) expect(said, 'what is said about why nothing came').to.contain(`${source.name} har en feil akkurat nå.`);
}
