import { html, nothing, type PropertyValues } from 'lit';
import { DEFAULT_SOURCE_LANGUAGE, HnElement, withSourceWords, type RepresentationRelation } from '@hn-elements/core';
import { defaultUserActivation, type UserActivationCheck } from './activation.js';
import { defaultNavigate } from './navigate.js';
import { focusIsWithinOrLost, whoFor, type Offer } from './offer.js';
import { ERROR_KEY, launcherMessages, RETRYABLE, type LauncherMessageKey } from './messages.js';
import { checkHandoffTarget, checkIssuer, isOpaqueLaunchId, smartLaunchUrl, type HandoffErrorReason, type TargetCheck } from './target.js';
import styles from './hn-handoff-launcher.css.js';

export type { HandoffErrorReason } from './target.js';
export { defaultUserActivation, type UserActivationCheck } from './activation.js';
export { defaultNavigate } from './navigate.js';

/** Who the citizen acts for, in `hn-handoff-start`. Never sent anywhere by the element. */
export interface HandoffOnBehalfOf {
  reference: string;
  name: string;
  relation: RepresentationRelation;
}

/** `detail` of `hn-handoff-start` (cancelable: call preventDefault and navigate to `href` yourself). */
export interface HandoffStartDetail {
  /** Where the browser goes: the deep link, with `iss` and `launch` added in SMART mode. */
  href: string;
  /** The pre-registered deep link as given in `href` (normalised), without launch parameters. */
  target: string;
  destination: string;
  newTab: boolean;
  smart: boolean;
  onBehalfOf?: HandoffOnBehalfOf;
}

/** `detail` of `hn-handoff-error`. `href` is the attribute as given: text, never a link to follow. */
export interface HandoffErrorDetail {
  href: string;
  reason: HandoffErrorReason;
}

/**
 * Performs the navigation. Return `false` (or throw) when it could not: the launcher then shows
 * "navigation-failed" with a retry. Tests replace it to watch hand-offs without leaving the page.
 */
export type HandoffNavigate = (url: string, newTab: boolean) => boolean | void;

export type LauncherVariant = 'secondary' | 'primary' | 'link';

/**
 * A link-like control for a seamless hand-off (sømløst uthopp): it says where the citizen goes and
 * on whose behalf, checks the target against the session's allowlist, and navigates — once per
 * activation, however often it is clicked. In SMART App Launch mode it first asks the portal for
 * an opaque, single-use launch id and adds `iss` and `launch` to the deep link.
 *
 * @summary Seamless hand-off to an allowlisted service.
 * @attr href - The pre-registered deep link (absolute https URL; its origin must be in session.handoff.allowedOrigins).
 * @attr destination - Plain-language name of where the citizen goes, e.g. "Helse Bergen".
 * @attr label - Visible text of the control. Default: "Gå til {destination}".
 * @attr subject - What the control acts on (a tool's name, an appointment's title): heard after the label, not shown, so controls with the same label have different names.
 * @attr subject-lang - The language of `subject`, a source's words (default bokmål), so it is read with the right voice.
 * @attr destination-lang - The language of `destination` when it is a source's name: the name is then marked with it in the launcher's sentences.
 * @attr new-tab - Open in a new tab (always with noopener and noreferrer).
 * @attr launch - "smart" for SMART App Launch: adds iss and an opaque launch id from session.handoff.issueTicket.
 * @attr iss - SMART mode: the FHIR base URL the app is launched against.
 * @attr source-id - SMART mode: the source the launch concerns, passed to issueTicket.
 * @attr variant - Look: secondary (default), primary or link.
 * @fires hn-handoff-start - A hand-off begins. Cancelable: the host then navigates itself. Detail: HandoffStartDetail.
 * @fires hn-handoff-error - A hand-off was refused or failed; nothing navigated. Detail: HandoffErrorDetail.
 * @csspart control - The link (or, for a refused target, the button) the citizen activates.
 * @csspart label - The visible label.
 * @csspart detail - Where to and on whose behalf.
 * @csspart error - The error message with its retry.
 * @csspart offer-link - "Open {destination} in a new tab": shown when the browser could not open the new tab by itself.
 * @cssprop --hn-color-primary - Border and, for variant="primary", background.
 * @cssprop --hn-color-primary-text - Text of the secondary variant.
 * @cssprop --hn-color-danger - Error accent.
 */
export class HnHandoffLauncher extends HnElement {
  static override styles = [...HnElement.styles, styles];

  /** Navigation for every launcher on the page (replace in tests). An instance's `navigate` wins. */
  static navigate: HandoffNavigate = defaultNavigate;

  /** Whether a new tab may still open by itself (replace in tests). An instance's `userActivation` wins. */
  static userActivation: UserActivationCheck = defaultUserActivation;

  /** How long the guard against double activation holds when the page stays (ms). */
  static rearmAfter = { sameTab: 10_000, newTab: 2_000, hostTookOver: 2_000 };

  /**
   * How long an offered link keeps its launch id (ms). Helsenorge's launch ids live 2 min; the
   * margin leaves time for the vendor's redirects before the id is redeemed. Used later than this,
   * the link asks for a new launch id instead of sending a dead one.
   */
  static offerLifetime = 100_000;

  static override properties = {
    ...HnElement.properties,
    href: { type: String },
    destination: { type: String },
    label: { type: String },
    subject: { type: String },
    subjectLang: { type: String, attribute: 'subject-lang' },
    destinationLang: { type: String, attribute: 'destination-lang' },
    newTab: { type: Boolean, attribute: 'new-tab' },
    launch: { type: String },
    iss: { type: String },
    sourceId: { type: String, attribute: 'source-id' },
    variant: { type: String, reflect: true },
    navigate: { attribute: false },
    userActivation: { attribute: false },
    busy: { state: true },
    failure: { state: true },
    offer: { state: true },
  };

  /** The pre-registered deep link. */
  declare href: string | undefined;
  /** Plain-language name of where the citizen goes. */
  declare destination: string | undefined;
  /** Visible text; defaults to "Gå til {destination}". */
  declare label: string | undefined;
  /** What the control acts on; heard after the label ("Start verktøyet – Søvndagbok"), not shown. */
  declare subject: string | undefined;
  /** The language of `subject`, a source's words (default bokmål). */
  declare subjectLang: string | undefined;
  /** The language of `destination` when it is a source's name: it is then marked with it in the launcher's sentences. */
  declare destinationLang: string | undefined;
  /** Open in a new tab (noopener, noreferrer). */
  declare newTab: boolean;
  /** `smart` for SMART App Launch mode. */
  declare launch: 'smart' | undefined;
  /** SMART mode: the FHIR base URL (`iss`). */
  declare iss: string | undefined;
  /** SMART mode: the source the launch concerns. */
  declare sourceId: string | undefined;
  /** Look of the control. */
  declare variant: LauncherVariant;
  /** Navigation for this launcher only; defaults to `HnHandoffLauncher.navigate`. */
  declare navigate: HandoffNavigate | undefined;
  /** Activation check for this launcher only; defaults to `HnHandoffLauncher.userActivation`. */
  declare userActivation: UserActivationCheck | undefined;

  declare private busy: boolean;
  declare private failure: { reason: HandoffErrorReason; host?: string } | undefined;
  declare private offer: Offer | undefined;

  private rearmTimer: ReturnType<typeof setTimeout> | undefined;
  private offerTimer: ReturnType<typeof setTimeout> | undefined;
  private attempt = 0;

  constructor() {
    super();
    this.newTab = false;
    this.variant = 'secondary';
    this.busy = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back from the target (back/forward cache or a fresh load): the launcher works again.
    window.addEventListener('pageshow', this.onPageShow);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pageshow', this.onPageShow);
    this.clearRearm();
    this.clearOffer();
    this.attempt += 1; // a ticket that arrives after removal is dropped
    this.busy = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new target is a new start: an old error or offered link does not belong to it.
    if (changed.has('href') || changed.has('iss') || changed.has('launch') || changed.has('newTab')) {
      this.failure = undefined;
      this.clearOffer();
    }
    // A launch id names whom the citizen acts for: another choice must not use this one.
    if (this.offer && this.offer.who !== this.who()) this.clearOffer();
  }

  /** True while a hand-off is under way (the control ignores further activation). */
  get pending(): boolean {
    return this.busy;
  }

  /**
   * True while a new-tab hand-off is ready but waits for the citizen to open it: the browser would
   * not have opened the tab by itself (the launch id came too late after the click), so the element
   * shows the reason and an "Open … in a new tab" link.
   */
  get awaitingCitizen(): boolean {
    return this.offer !== undefined;
  }

  /** The check of `href` against the session's allowlist, as the element sees it now. */
  get targetCheck(): TargetCheck {
    return checkHandoffTarget(this.href, this.currentSession?.handoff?.allowedOrigins);
  }

  /**
   * Starts the hand-off, as a click does. Resolves true when it navigated (or the host took over),
   * false when it was refused, failed or another hand-off was already under way.
   */
  async handoff(options: { newTab?: boolean } = {}): Promise<boolean> {
    const activatedAt = performance.now();
    if (this.busy) return false;
    const offer = this.offer;
    if (offer) {
      // A ready hand-off is waiting: this activation uses it (the same launch id), if it still may;
      // in the same tab when that is what this activation asks for (a plain click on a same-tab launcher).
      if (this.usable(offer)) {
        if (!this.newTab && options.newTab !== true) return this.go(offer.url, { ...offer.detail, newTab: false });
        if (this.mayOpenTab(activatedAt)) return this.go(offer.url, offer.detail);
        this.focusOffer();
        return false;
      }
      this.clearOffer();
    }
    const check = this.targetCheck;
    if (!check.ok) {
      this.fail(check.reason, check.host);
      return false;
    }
    const newTab = this.newTab || options.newTab === true;
    const smart = this.launch === 'smart';
    this.busy = true;
    this.failure = undefined;
    this.clearRearm();
    const attempt = ++this.attempt;
    const who = this.who();
    let url = check.url.href;

    if (smart) {
      const iss = checkIssuer(this.iss);
      if (!iss) {
        this.fail('invalid-url');
        return false;
      }
      const issueTicket = this.currentSession?.handoff?.issueTicket;
      let launchId: unknown;
      try {
        if (!issueTicket) throw new Error('no issueTicket in the session');
        launchId = await issueTicket({ target: check.url.href, ...(this.sourceId ? { sourceId: this.sourceId } : {}) });
      } catch {
        launchId = undefined;
      }
      if (attempt !== this.attempt) return false; // removed or superseded while waiting
      // The launch id names whom the citizen acted for when it was asked for: if they chose
      // someone else meanwhile, it must not be used (a retry asks for one for the new choice).
      if (!isOpaqueLaunchId(launchId) || this.who() !== who) {
        this.fail('ticket-failed');
        return false;
      }
      url = smartLaunchUrl(check.url, iss, launchId);
    }

    const representation = this.currentSession?.representation;
    const detail: HandoffStartDetail = {
      href: url,
      target: check.url.href,
      destination: this.destinationName(),
      newTab,
      smart,
      ...(representation
        ? { onBehalfOf: { reference: representation.person.reference, name: representation.person.name, relation: representation.relation } }
        : {}),
    };
    // Too late after the click for a new tab: the popup blocker would stop it without a word
    // (and with noopener nobody could tell). Offer the citizen a link to open it instead.
    if (newTab && !this.mayOpenTab(activatedAt)) {
      this.makeOffer(url, detail, who);
      return false;
    }
    return this.go(url, detail);
  }

  /** Fires `hn-handoff-start` and navigates, once; an offered link is used up when it navigated. */
  private go(url: string, detail: HandoffStartDetail): boolean {
    this.busy = true;
    this.failure = undefined;
    if (!this.emit<HandoffStartDetail>('hn-handoff-start', detail, { cancelable: true })) {
      this.clearOffer();
      this.rearm(HnHandoffLauncher.rearmAfter.hostTookOver);
      return true;
    }
    let navigated: boolean;
    try {
      navigated = (this.navigate ?? HnHandoffLauncher.navigate)(url, detail.newTab) !== false;
    } catch {
      navigated = false;
    }
    if (!navigated) {
      // An offered link stays for the retry: its launch id has not been used.
      this.fail('navigation-failed');
      return false;
    }
    this.clearOffer();
    this.rearm(detail.newTab ? HnHandoffLauncher.rearmAfter.newTab : HnHandoffLauncher.rearmAfter.sameTab);
    return true;
  }

  private mayOpenTab(activatedAt: number): boolean {
    try {
      return (this.userActivation ?? HnHandoffLauncher.userActivation)(activatedAt) === true;
    } catch {
      return false;
    }
  }

  private who(): string {
    return whoFor(this.currentSession);
  }

  private usable(offer: Offer): boolean {
    return !offer.expired && performance.now() - offer.madeAt < HnHandoffLauncher.offerLifetime && offer.who === this.who();
  }

  private makeOffer(url: string, detail: HandoffStartDetail, who: string): void {
    // Focus follows to the link only from this launcher (or from nowhere): never away from
    // something else the citizen went on to while waiting.
    const moveFocus = focusIsWithinOrLost(this);
    this.clearOffer();
    this.clearRearm();
    this.busy = false;
    const offer: Offer = { url, detail, madeAt: performance.now(), who, expired: false };
    this.offer = offer;
    this.offerTimer = setTimeout(() => {
      this.offerTimer = undefined;
      if (this.offer === offer) this.offer = { ...offer, expired: true };
    }, HnHandoffLauncher.offerLifetime);
    if (moveFocus) this.focusOffer();
  }

  /** Drops the offered link; focus on it goes back to the control, never to <body>. */
  private clearOffer(): void {
    if (this.offerTimer !== undefined) clearTimeout(this.offerTimer);
    this.offerTimer = undefined;
    if (!this.offer) return;
    this.offer = undefined;
    this.focusControlIfOnOffer();
  }

  private focusControlIfOnOffer(): void {
    const root = this.shadowRoot;
    if (root?.activeElement?.getAttribute('part') === 'offer-link') root.querySelector<HTMLElement>('[part="control"]')?.focus();
  }

  private focusOffer(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part="offer-link"]')?.focus());
  }

  private fail(reason: HandoffErrorReason, host?: string): void {
    this.clearRearm();
    this.focusControlIfOnOffer(); // the offered link is hidden while the error shows
    this.busy = false;
    this.failure = { reason, ...(host ? { host } : {}) };
    this.emit<HandoffErrorDetail>('hn-handoff-error', { href: typeof this.href === 'string' ? this.href : '', reason });
  }

  private rearm(ms: number): void {
    this.clearRearm();
    this.rearmTimer = setTimeout(() => {
      this.rearmTimer = undefined;
      this.busy = false;
    }, ms);
  }

  private clearRearm(): void {
    if (this.rearmTimer !== undefined) clearTimeout(this.rearmTimer);
    this.rearmTimer = undefined;
  }

  private readonly onPageShow = (): void => {
    this.clearRearm();
    this.clearOffer();
    this.attempt += 1;
    this.busy = false;
  };

  private onActivate(event: MouseEvent): void {
    // The element navigates itself (checks, guard, ticket, events): the browser's default never runs.
    event.preventDefault();
    if (event.type === 'auxclick' && event.button !== 1) return;
    const newTab = event.type === 'auxclick' || event.ctrlKey || event.metaKey || event.shiftKey;
    void this.handoff({ newTab });
  }

  /** The offered link: the citizen's own click, so the new tab may open now. */
  private onOfferActivate(event: MouseEvent): void {
    event.preventDefault();
    if (event.type === 'auxclick' && event.button !== 1) return;
    const offer = this.offer;
    if (!offer || this.busy) return;
    if (this.usable(offer)) {
      this.go(offer.url, offer.detail);
      return;
    }
    // Its launch id is too old (or no longer the citizen's choice): ask for a new one, never use a dead one.
    this.clearOffer();
    void this.handoff({ newTab: true });
  }

  private onRetry(): void {
    // Focus goes back to the control before the message (and its button) disappears.
    this.renderRoot.querySelector<HTMLElement>('[part="control"]')?.focus();
    void this.handoff();
  }

  private t(key: LauncherMessageKey, params?: Record<string, string | number>): string {
    return this.msg(launcherMessages, key, params);
  }

  /** One of the launcher's sentences naming the destination, marked with `destination-lang` when given (WCAG 3.1.2). */
  private said(key: LauncherMessageKey, params: Record<string, string>) {
    const lang = this.destinationLang?.trim();
    return lang ? withSourceWords((p) => this.t(key, p), params, ['destination'], lang) : this.t(key, params);
  }

  private destinationName(): string {
    const given = typeof this.destination === 'string' ? this.destination.trim() : '';
    if (given) return given;
    const check = this.targetCheck;
    if (check.ok) return check.url.hostname;
    return this.t('unknownDestination');
  }

  override render() {
    const destination = this.destinationName();
    const representation = this.currentSession?.representation;
    const customLabel = typeof this.label === 'string' ? this.label.trim() : '';
    const label = customLabel || this.said('defaultLabel', { destination });
    let detail: unknown;
    if (representation) {
      detail = customLabel
        ? this.said('goesToOnBehalf', { destination, name: representation.person.name })
        : this.t('onBehalf', { name: representation.person.name });
    } else if (customLabel) {
      detail = this.said('goesTo', { destination });
    }
    const check = this.targetCheck;
    const variant = (['primary', 'secondary', 'link'] as const).includes(this.variant) ? this.variant : 'secondary';
    // Core's buttons give the primary and secondary looks; the link variant stays a link.
    const look = `control control--${variant}${variant === 'link' ? '' : variant === 'primary' ? ' button button--primary' : ' button'}`;
    const subject = typeof this.subject === 'string' ? this.subject.trim() : '';
    const content = html`<span part="label" class="label">${label}${subject ? html`<span class="visually-hidden"> – <span lang=${this.subjectLang?.trim() || DEFAULT_SOURCE_LANGUAGE}>${subject}</span></span>` : nothing}<span class="icon" aria-hidden="true">${this.newTab ? '↗' : '→'}</span></span>
      ${detail ? html`<span part="detail" class="detail">${detail}</span>` : nothing}
      ${this.newTab ? html`<span class="detail">${this.t('newTab')}</span>` : nothing}`;
    // A target that fails the checks is never put in an href: the control is a button that explains.
    const control = check.ok
      ? html`<a
          part="control"
          class=${look}
          href=${check.url.href}
          target=${this.newTab ? '_blank' : '_self'}
          rel="noopener noreferrer"
          referrerpolicy="no-referrer"
          aria-disabled=${this.busy ? 'true' : 'false'}
          @click=${this.onActivate}
          @auxclick=${this.onActivate}
          >${content}</a
        >`
      : html`<button part="control" type="button" class=${look} @click=${this.onActivate}>${content}</button>`;
    const failure = this.failure;
    const offer = check.ok && !failure ? this.offer : undefined;
    const plainHref = check.ok ? check.url.href : '';
    const status = offer ? this.said('popupBlocked', { destination }) : this.busy ? this.said('starting', { destination }) : '';
    // The offered link is a real link (a middle click or the context menu work too); a click is
    // handled by the element, which uses the launch id in hand or, if it is too old, gets a new one.
    // Once too old, its href no longer carries the dead launch id.
    const offerLink = offer
      ? html`<a
          part="offer-link"
          class="control control--primary button button--primary offer"
          href=${offer.expired ? plainHref : offer.url}
          target="_blank"
          rel="noopener noreferrer"
          referrerpolicy="no-referrer"
          aria-describedby="status"
          @click=${this.onOfferActivate}
          @auxclick=${this.onOfferActivate}
          ><span class="label">${this.said('openInNewTab', { destination })}<span class="icon" aria-hidden="true">↗</span></span></a
        >`
      : nothing;
    return html`${control}
      <p class="status" id="status" role="status">${status}</p>
      ${offerLink}
      ${failure
        ? html`<div part="error" class="error" role="alert">
            <p>${this.said(ERROR_KEY[failure.reason], { destination, host: failure.host ?? '' })}</p>
            ${RETRYABLE.includes(failure.reason)
              ? html`<button type="button" class="button retry" @click=${this.onRetry}>${this.t('retry')}</button>`
              : nothing}
          </div>`
        : nothing}`;
  }
}
