import { html, nothing } from 'lit';
import { HnElement, LOCALES, WidthController, formatList, isLocale, offerNavigation, type Locale, type PersonRef, type Representation } from '@hn-elements/core';
import { localeNames, strings } from './strings.js';
import styles from './hn-shell-header.css.js';

export interface NavItem {
  href: string;
  label: string;
}

export interface LocaleChangeDetail {
  locale: Locale;
}

export interface RepresentationChangeDetail {
  /** `null` when the citizen acts for themself. */
  reference: string | null;
}

export interface ShellNavigateDetail {
  href: string;
}

/**
 * The shell's banner: who is logged in, whom they act for, the language, and the main menu.
 * It only shows state and reports choices; the shell owns the state.
 *
 * @summary Shell header with the "act on behalf of" and language switchers and the main navigation.
 * @attr product-name - Name in the top bar; links to `home-href`.
 * @attr home-href - Address of the overview page. Default `/`.
 * @attr main-id - id of the page's main region, the skip link's target. Default `hn-main`.
 * @attr current-path - Path of the page shown now; its menu link gets `aria-current="page"`.
 * @attr locale - Language of the header's text: `nb`, `nn` or `en`.
 * @fires {LocaleChangeDetail} hn-locale-change - Another language was chosen and confirmed with the button beside the select. `detail: { locale }`.
 * @fires {RepresentationChangeDetail} hn-representation-change - Someone else to act for was chosen and confirmed with the button beside the select. `detail: { reference }`, `null` for oneself.
 * @fires {ShellNavigateDetail} hn-shell-navigate - A menu link was followed. Cancelable: a host that routes itself calls
 *   `preventDefault()` and the browser does not load the page. `detail: { href }`.
 * Narrower than 36rem (Helsenorge's sm breakpoint, 564 px) the login line and the switchers go into
 * an expander ("Språk og person") beside the product name, and the menu is one row that scrolls
 * sideways, never wrapping, so the header stays a few lines high on a phone.
 *
 * @csspart banner - The top bar.
 * @csspart nav - The main menu.
 * @csspart notice - The "you act on behalf of" line.
 */
export class HnShellHeader extends HnElement {
  static override styles = [...HnElement.styles, styles];

  static override properties = {
    ...HnElement.properties,
    productName: { type: String, attribute: 'product-name' },
    homeHref: { type: String, attribute: 'home-href' },
    mainId: { type: String, attribute: 'main-id' },
    actor: { attribute: false },
    representations: { attribute: false },
    actingFor: { attribute: false },
    navItems: { attribute: false },
    currentPath: { type: String, attribute: 'current-path' },
  };

  declare productName: string;
  declare homeHref: string;
  /** id of the page's main region, the skip link's target. */
  declare mainId: string;
  declare actor: PersonRef | undefined;
  declare representations: readonly Representation[];
  /** `reference` of the person acted for; `null` for oneself. */
  declare actingFor: string | null;
  declare navItems: readonly NavItem[];
  declare currentPath: string;

  /** Wide enough for the login line and the switchers beside the product name. */
  readonly #width = new WidthController(this, { minRem: 36 });

  constructor() {
    super();
    this.productName = 'Helsenorge';
    this.homeHref = '/';
    this.mainId = 'hn-main';
    this.actor = undefined;
    this.representations = [];
    this.actingFor = null;
    this.navItems = [];
    this.currentPath = '/';
  }

  // WCAG 3.2.2 (on input): choosing in a select changes nothing by itself. Chromium changes a
  // closed select's value, and fires `change`, on every arrow key, so a citizen arrowing through
  // the languages or the people would reload the page at each step. The choice takes effect on the
  // button beside the select.

  #applyLocale(): void {
    const value = this.renderRoot.querySelector<HTMLSelectElement>('#locale')?.value;
    if (isLocale(value) && value !== this.currentLocale) this.emit<LocaleChangeDetail>('hn-locale-change', { locale: value });
  }

  #applyActingFor(): void {
    const value = this.renderRoot.querySelector<HTMLSelectElement>('#acting-for')?.value;
    if (value === undefined) return;
    const reference = value === '' ? null : value;
    const current = this.representations.some((r) => r.person.reference === this.actingFor) ? this.actingFor : null;
    if (reference !== current) this.emit<RepresentationChangeDetail>('hn-representation-change', { reference });
  }

  #onLink(event: MouseEvent): void {
    const link = event.currentTarget as HTMLAnchorElement;
    offerNavigation(event, ({ href }) => this.emit<ShellNavigateDetail>('hn-shell-navigate', { href }, { cancelable: true }), { href: link.href });
  }

  #onSkip(event: Event): void {
    const main = (this.getRootNode() as Document | ShadowRoot).getElementById?.(this.mainId)
      ?? document.getElementById(this.mainId);
    if (!main) return;
    event.preventDefault();
    if (!main.hasAttribute('tabindex')) main.setAttribute('tabindex', '-1');
    main.focus();
  }

  #isCurrent(href: string): boolean {
    const path = new URL(href, document.baseURI).pathname;
    const home = new URL(this.homeHref, document.baseURI).pathname;
    if (path === this.currentPath) return true;
    return path !== home && this.currentPath.startsWith(path.endsWith('/') ? path : `${path}/`);
  }

  /** Whom the citizen acts for and the language: each a select and the button that applies it. */
  #switchers(current: Representation | undefined) {
    const locale = this.currentLocale;
    const t = strings[locale];
    return html`<div class="switchers">
      ${this.actor && this.representations.length > 0
        ? html`<div class="field">
            <label for="acting-for">${t.actingForLabel}</label>
            <div class="choice">
            <select id="acting-for">
              <option value="" ?selected=${!current}>${t.self(this.actor.name)}</option>
              ${this.representations.map(
                (r) => html`<option value=${r.person.reference} ?selected=${r === current}>
                  ${t.relation[r.relation](r.person.name)}
                </option>`,
              )}
            </select>
            <button type="button" class="button" @click=${this.#applyActingFor}>${t.applyActingFor}</button>
            </div>
          </div>`
        : nothing}
      <div class="field">
        <label for="locale">${t.languageLabel}</label>
        <div class="choice">
          <select id="locale">
            ${LOCALES.map(
              (l) => html`<option value=${l} lang=${l} ?selected=${l === locale}>${localeNames[l]}</option>`,
            )}
          </select>
          <button type="button" class="button" @click=${this.#applyLocale}>${t.applyLocale}</button>
        </div>
      </div>
    </div>`;
  }

  override render() {
    const locale = this.currentLocale;
    const t = strings[locale];
    const current = this.representations.find((r) => r.person.reference === this.actingFor);
    const scopes = current?.relation === 'power-of-attorney'
      ? formatList(current.scopes.map((s) => t.scope[s]), locale)
      : '';
    const login = this.actor ? html`<p class="login">${t.loggedInAs} <strong>${this.actor.name}</strong></p>` : nothing;
    const wide = this.#width.wide;
    return html`
      <a class="skip" href="#${this.mainId}" @click=${this.#onSkip}>${t.skipLink}</a>
      <header part="banner" class="banner">
        <div class="identity">
          <a class="brand" href=${this.homeHref} @click=${this.#onLink}>${this.productName}</a>
          ${wide ? login : nothing}
        </div>
        ${wide
          ? this.#switchers(current)
          : html`<details class="settings">
              <summary>${t.settings}</summary>
              ${login}${this.#switchers(current)}
            </details>`}
      </header>
      ${this.navItems.length > 0
        ? html`<nav part="nav" aria-label=${t.navLabel}>
            <ul>
              ${this.navItems.map(
                (item) => html`<li>
                  <a
                    href=${item.href}
                    aria-current=${this.#isCurrent(item.href) ? 'page' : 'false'}
                    @click=${this.#onLink}
                    >${item.label}</a
                  >
                </li>`,
              )}
            </ul>
          </nav>`
        : nothing}
      <div part="notice" class="notice" role="status">${current
        ? html`${t.onBehalfOf(current.person.name)}${scopes ? html`<span>${t.scopesCover(scopes)}</span>` : nothing}`
        : nothing}</div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hn-shell-header': HnShellHeader;
  }
  interface HTMLElementEventMap {
    'hn-locale-change': CustomEvent<LocaleChangeDetail>;
    'hn-representation-change': CustomEvent<RepresentationChangeDetail>;
    'hn-shell-navigate': CustomEvent<ShellNavigateDetail>;
  }
}
