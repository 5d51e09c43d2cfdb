import { LitElement } from 'lit';
import { ContextConsumer } from '@lit/context';
import { adoptTokens } from '@hn-elements/tokens';
import { DEFAULT_LOCALE, isLocale, sessionContext, type Locale, type Session } from './session.js';
import { translate, type Catalogue } from './i18n/messages.js';
import { authRequiredSources } from './fhir/errors.js';
import sharedStyles from './shared.css.js';

export interface EmitOptions {
  cancelable?: boolean;
}

/** `detail` of `hn-auth-required`: the source whose login has run out. */
export interface AuthRequiredDetail {
  sourceId: string;
}

/**
 * Base of every hn-elements component: locale, session (from `.session` or the shell's context),
 * shared styles and typed events.
 *
 * @attr locale - Language of the element's text: nb (default), nn or en.
 */
export class HnElement extends LitElement {
  static override styles = [sharedStyles];

  static override properties = {
    locale: { type: String, reflect: true },
    session: { attribute: false },
  };

  /** Language of the element's text: `nb` (default), `nn` or `en`. Overrides the session's. */
  declare locale: Locale | undefined;
  /** Set this on a standalone element; inside the shell the session comes from context. */
  declare session: Session | undefined;

  private contextSession: Session | undefined;

  constructor() {
    super();
    new ContextConsumer(this, {
      context: sessionContext,
      subscribe: true,
      callback: (value) => {
        this.contextSession = value;
        this.requestUpdate();
      },
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptTokens(this.ownerDocument);
  }

  /** The session in force: the property wins over the context. */
  get currentSession(): Session | undefined {
    return this.session ?? this.contextSession;
  }

  /** The language in force: attribute, then session, then the page's `lang`, then bokmål. */
  get currentLocale(): Locale {
    if (isLocale(this.locale)) return this.locale;
    const fromSession = this.currentSession?.locale;
    if (isLocale(fromSession)) return fromSession;
    const pageLang = this.inheritedLang()?.slice(0, 2).toLowerCase();
    if (pageLang === 'no') return 'nb';
    return isLocale(pageLang) ? pageLang : DEFAULT_LOCALE;
  }

  /** The nearest `lang`, looking out through shadow roots (as the browser does for `:lang()`). */
  private inheritedLang(): string | undefined {
    let node: Element | null = this;
    while (node) {
      const withLang = node.closest('[lang]');
      if (withLang) return withLang.getAttribute('lang') ?? undefined;
      const root = node.getRootNode();
      node = root instanceof ShadowRoot ? root.host : null;
    }
    return undefined;
  }

  /** Translates with the current locale. */
  protected msg<K extends string>(catalogue: Catalogue<K>, key: K, params?: Record<string, string | number>): string {
    return translate(catalogue, this.currentLocale, key, params);
  }

  /** Dispatches `hn-auth-required` once per source among `errors` that answered 401. */
  protected reportAuthRequired(errors: readonly unknown[]): void {
    for (const sourceId of authRequiredSources(errors)) this.emit<AuthRequiredDetail>('hn-auth-required', { sourceId });
  }

  /** Dispatches a typed event that bubbles out of the shadow root. Returns false if a listener called preventDefault. */
  emit<T>(name: string, detail: T, options: EmitOptions = {}): boolean {
    const event = new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false });
    return this.dispatchEvent(event);
  }
}
