import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from '../session.js';
import type { Message, PartialCatalogue } from './messages.js';

/** One language's words of a component: every key, as in a catalogue. */
export type Words<K extends string> = Readonly<Record<K, Message>>;

/**
 * A component's words with only bokmål (the default) in the module that mounts it: nynorsk and
 * English are modules of their own, loaded the first time an element shows that language. Made once
 * per component at module level and shared by all its elements, so a language loads once a page.
 * `catalogue` holds every language loaded so far; give it to `translate` or HnElement's `msg`
 * (a language not yet loaded reads as bokmål there, so nothing renders blank).
 */
export class LocaleMessages<K extends string> {
  readonly catalogue: PartialCatalogue<K>;
  readonly #loaders: Readonly<Record<Exclude<Locale, 'nb'>, () => Promise<Words<K>>>>;
  readonly #loading = new Map<Locale, Promise<void>>();

  /** `nb`: the bokmål words; `loaders`: for nn and en, usually `() => import('./nn.js').then((m) => m.nn)`. */
  constructor(nb: Words<K>, loaders: Readonly<Record<Exclude<Locale, 'nb'>, () => Promise<Words<K>>>>) {
    this.catalogue = { nb };
    this.#loaders = loaders;
  }

  /** Whether the words of `locale` are here. */
  has(locale: Locale): boolean {
    return this.catalogue[locale] !== undefined;
  }

  /**
   * Loads the words of `locale` unless they are here; calls while a load is under way share it.
   * Rejects when the module could not be loaded; a later call tries again.
   */
  load(locale: Locale): Promise<void> {
    if (this.has(locale) || locale === 'nb') return Promise.resolve();
    let pending = this.#loading.get(locale);
    if (!pending) {
      pending = this.#loaders[locale]()
        .then((words) => {
          this.catalogue[locale] = words;
        })
        .finally(() => this.#loading.delete(locale));
      this.#loading.set(locale, pending);
    }
    return pending;
  }
}

interface LocaleHost extends ReactiveControllerHost {
  readonly currentLocale: Locale;
}

/**
 * An element's side of LocaleMessages: `ready()` says whether the words of the element's language
 * are here, and when not starts loading them and updates the host once they are. The element shows
 * its loading state until then, so its content is never drawn in a language it was not asked for.
 * A language whose module could not be loaded is ready in bokmål (the catalogue's fallback) until
 * the element is connected again, when it is tried anew.
 */
export class LocaleMessagesController<K extends string> implements ReactiveController {
  readonly #host: LocaleHost;
  readonly #messages: LocaleMessages<K>;
  readonly #failed = new Set<Locale>();
  #pending: Promise<void> | undefined;

  constructor(host: LocaleHost, messages: LocaleMessages<K>) {
    this.#host = host;
    this.#messages = messages;
    host.addController(this);
  }

  /** True when the words of `locale` (default: the host's) can be shown; otherwise loads them. */
  ready(locale: Locale = this.#host.currentLocale): boolean {
    if (this.#messages.has(locale) || this.#failed.has(locale)) return true;
    if (!this.#pending) {
      const pending = this.#messages
        .load(locale)
        .catch(() => {
          this.#failed.add(locale);
        })
        .finally(() => {
          if (this.#pending === pending) this.#pending = undefined;
          this.#host.requestUpdate();
        });
      this.#pending = pending;
    }
    return false;
  }

  /** Resolves when no load is under way and the host has rendered. Never rejects. */
  async settled(): Promise<void> {
    for (;;) {
      await this.#host.updateComplete;
      if (!this.#pending) return;
      await this.#pending;
    }
  }

  hostConnected(): void {
    this.#failed.clear();
  }
}
