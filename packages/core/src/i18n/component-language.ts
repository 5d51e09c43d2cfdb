import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isLocale, type Locale } from '../session.js';

/**
 * The language a screen reader reads a component's own words in (WCAG 3.1.2, language of parts).
 * Text from a source carries its own `lang` (see `sourceLanguage`); the component's words take the
 * language around the component. When the component speaks another language than that (a host page
 * in bokmål with `<hn-inbox locale="en">`), its host element carries `lang` with its locale, so the
 * English words are read with an English voice. When they agree, or the host page's author set a
 * `lang` on the element themselves, the element's `lang` is left alone.
 */

/** The nearest `lang` around `element`, not its own: from its parent outwards, through shadow roots. */
export function languageAround(element: Element): string | undefined {
  let node: Element | null = element.parentElement ?? hostOf(element);
  while (node) {
    const withLang = node.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang') ?? undefined;
    node = hostOf(node);
  }
  return undefined;
}

function hostOf(node: Node): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The locale a `lang` value stands for, if it is one of ours: "nb-NO" and "no" are bokmål. */
export function localeOfLang(lang: string | undefined): Locale | undefined {
  const primary = lang?.trim().slice(0, 2).toLowerCase();
  if (primary === 'no') return 'nb';
  return isLocale(primary) ? primary : undefined;
}

interface LanguageHost extends ReactiveControllerHost, HTMLElement {
  readonly currentLocale: Locale;
}

/** Keeps the host's `lang` to its locale where that differs from the language around it (see above). */
export class ComponentLanguageController implements ReactiveController {
  readonly #host: LanguageHost;
  /** The value this controller put in the host's `lang`; undefined when it set none. */
  #set: string | undefined;

  constructor(host: LanguageHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The host's `lang` when the page's author set it (not this controller); undefined otherwise. */
  authorLang(): string | undefined {
    const own = this.#host.getAttribute('lang');
    return own !== null && own !== this.#set ? own : undefined;
  }

  hostUpdated(): void {
    const host = this.#host;
    if (this.authorLang() !== undefined) return;
    const locale = host.currentLocale;
    const wanted = localeOfLang(languageAround(host)) === locale ? undefined : locale;
    if (wanted === this.#set && (wanted === undefined || host.getAttribute('lang') === wanted)) return;
    this.#set = wanted;
    if (wanted === undefined) host.removeAttribute('lang');
    else host.setAttribute('lang', wanted);
  }
}
