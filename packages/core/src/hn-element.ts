import { LitElement } from 'lit';
import { ContextConsumer } from '@lit/context';
import { adoptTokens } from '@hn-elements/tokens';
import { DEFAULT_LOCALE, isLocale, sessionContext, type Locale, type Session } from './session.js';
import { translate, type PartialCatalogue } from './i18n/messages.js';
import { ComponentLanguageController, languageAround, localeOfLang } from './i18n/component-language.js';
import { authRequiredSources } from './fhir/errors.js';
import sharedStyles from './shared.css.js';
import controlStyles from './controls.css.js';
import fieldStyles from './fields.css.js';
import cardStyles from './card.css.js';
import summaryStyles from './summary.css.js';

export interface EmitOptions {
  cancelable?: boolean;
}

/** `detail` of `hn-auth-required`: the source whose login has run out. */
export interface AuthRequiredDetail {
  sourceId: string;
}

/**
 * Base of every hn-elements component: locale, session (from `.session` or the shell's context),
 * shared styles (core's controls, fields and card among them) and typed events.
 *
 * @attr locale - Language of the element's text: nb (default), nn or en.
 */
export class HnElement extends LitElement {
  static override styles = [sharedStyles, controlStyles, fieldStyles, cardStyles, summaryStyles];

  static override properties = {
    locale: { type: String, reflect: true },
    session: { attribute: false },
  };

  /** Language of the element's text: `nb` (default), `nn` or `en`. Overrides the session's. */
  declare locale: Locale | undefined;
  /** Set this on a standalone element; inside the shell the session comes from context. */
  declare session: Session | undefined;

  private contextSession: Session | undefined;
  /** The host's `lang` when its locale differs from the language around it (3.1.2). */
  readonly #language = new ComponentLanguageController(this);

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

  /**
   * The language in force: attribute, then session, then the page's `lang` (the nearest one, looking
   * out through shadow roots as the browser does for `:lang()`; the element's own `lang` counts
   * only when the page's author set it), then bokmål.
   */
  get currentLocale(): Locale {
    if (isLocale(this.locale)) return this.locale;
    const fromSession = this.currentSession?.locale;
    if (isLocale(fromSession)) return fromSession;
    return localeOfLang(this.#language?.authorLang() ?? languageAround(this)) ?? DEFAULT_LOCALE;
  }

  /** Translates with the current locale. */
  protected msg<K extends string>(catalogue: PartialCatalogue<K>, key: K, params?: Record<string, string | number>): string {
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
