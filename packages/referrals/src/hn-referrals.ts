import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Bundle, RepresentationScope } from '@hn-elements/core';
import { Announcer, DataFrameController, FocusRescueController, FragmentTargetController, HnElement, isItemTarget, itemLimit, listHint, LIST_HINT_ID, offerNavigation, parentalReach, RovingTabindexController, SummaryForm, type FragmentReveal, type ItemTarget, type NavigateDetail, type ParentalReach } from '@hn-elements/core';
import { referralMessages, type ReferralMessageKey } from './messages.js';
import type { ReferralView } from './model.js';
import { referralsFromBundle, referralsFromSources, type ReferralData } from './load-referrals.js';
import { referralItem, type ItemContext } from './referral-item.js';
import { referralSummaryRow } from './referral-summary.js';
import styles from './hn-referrals.css.js';

export type { AuthRequiredDetail, NavigateDetail } from '@hn-elements/core';

/**
 * The representation scope that covers referrals. A referral and its assessment are part of the
 * health record, so a representation covers them when it covers the journal (the same rule as for
 * test results; docs/data-model.md, "Referrals").
 */
export const REFERRALS_SCOPE: RepresentationScope = 'journal';

/**
 * The citizen's referrals from every source, merged: who referred them and to whom, why, where each
 * is in its life and when each step happened; the right to necessary specialist healthcare and its
 * deadline, or why there is none; what to do when the deadline is broken and free choice of
 * treatment place, each a seamless hand-off; the appointments and letters each is linked to.
 *
 * @summary Referrals (FHIR R4 ServiceRequest with the Task that carries its assessment).
 * @attr all-href - With `max-items`: the host's page with every referral. The list is then a summary for an overview page: the first referrals as one link each, to the referral on that page, then a link to the page.
 * @fires {AuthRequiredDetail} hn-auth-required - A source answered 401. Detail: { sourceId }.
 * @fires {HandoffStartDetail} hn-handoff-start - From a launcher (<hn-handoff-launcher>): a hand-off to Helfo or to choosing a treatment place begins. Cancelable.
 * @fires {HandoffErrorDetail} hn-handoff-error - From a launcher: the hand-off was refused or failed.
 * @fires {NavigateDetail} hn-navigate - A linked appointment or letter, or with `all-href` a link of the summary, was followed (Enter or a plain click). Detail: { href, reference?, sourceId? }. Cancelable: a host that routes itself (the shell) prevents the browser's navigation and shows `href` its own way.
 * @csspart item - One referral.
 * @csspart list - A list of referrals (under way, closed).
 * @csspart rights - The outcome of the assessment and the rights it gives.
 * @csspart deadline-broken - What the citizen can do when the deadline has passed.
 * @csspart deadline-help - The "Be Helfo om hjelp" launcher.
 * @csspart free-choice - The "Velg behandlingssted" launcher.
 * @csspart show-all - With `max-items`: the button that shows every referral; with `all-href` too, the link to the host's page.
 * @cssprop --hn-color-surface - Background of each referral.
 * @cssprop --hn-color-border - Border of each referral.
 * @cssprop --hn-color-warning-surface - Background of the broken-deadline notice.
 */
export class HnReferrals extends HnElement {
  static override styles = [...HnElement.styles, styles];

  static override properties = {
    ...HnElement.properties,
    bundle: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    now: { attribute: false },
    requestTimeout: { type: Number, attribute: 'request-timeout' },
    maxItems: { type: Number, attribute: 'max-items' },
    allHref: { type: String, attribute: 'all-href' },
    appointmentsHref: { attribute: 'appointments-href' },
    inboxHref: { attribute: 'inbox-href' },
    showAll: { state: true },
  };

  /** A FHIR R4 Bundle the host fetched itself. When set, the element fetches nothing. */
  declare bundle: Bundle | undefined;
  /** ARIA level of the two group headings ("Henvisninger som er i gang", "Avsluttede henvisninger"); each referral's heading is one below (default 2). */
  declare headingLevel: number;
  /** The moment that decides whether a deadline has passed. Defaults to the time of each load. */
  declare now: Date | undefined;
  /** Per-request timeout in ms for live mode. */
  declare requestTimeout: number;
  /**
   * The short form (e.g. on an overview): list only the first `maxItems` referrals (those under way
   * first) and a button that shows the rest. Unset, 0 or not a number: everything.
   */
  declare maxItems: number | undefined;
  /**
   * With `max-items`: the host's page that shows every referral (a path or an `https:` URL). The
   * list is then a summary for an overview page: the first referrals (those under way first) as one
   * link each, to that referral on that page, then a link to the page; no rights, actions or links.
   */
  declare allHref: string | undefined;
  /**
   * The host's page with the appointment list. When set, each appointment linked to a referral is a
   * link there, naming the appointment in the fragment: `<page>#<source id>/Appointment/<id>`. A
   * path or an https URL; anything else gives no link.
   */
  declare appointmentsHref: string | undefined;
  /** The host's page with the inbox: each linked letter or message links there (`<page>#<source id>/DocumentReference/<id>`, `…/Communication/<id>`). */
  declare inboxHref: string | undefined;

  declare private showAll: boolean;
  private readonly announcer = new Announcer(this);

  /** Loading, its states, banner and notices, aria-busy and 401s: core's data-component frame. */
  private readonly data = new DataFrameController<ReferralData>(this, {
    scope: REFERRALS_SCOPE,
    covers: (session) => parentalReach(session, this.moment) === 'full',
    fromBundle: (bundle) => referralsFromBundle(bundle, this.moment),
    fromSources: (session, signal) => referralsFromSources(session, { signal, now: this.moment, timeoutMs: this.requestTimeout }),
    afterRetry: () => this.announcer.announce(() => this.t('retried')),
  });
  private readonly roving = new RovingTabindexController(this, {
    items: () => [...this.renderRoot.querySelectorAll<HTMLElement>('article[data-key]')],
  });
  /** When the focused control goes (a retry, a notice whose source is back): the first referral, else the state's message. */
  private readonly focusRescue = new FocusRescueController(this, {
    target: () => this.renderRoot.querySelector<HTMLElement>('article[data-key]') ?? this.renderRoot.querySelector<HTMLElement>('hn-state'),
  });

  /** The referral a link named in the page's fragment (`#<source>/ServiceRequest/<id>`): listed, in sight, focused. */
  private readonly fragmentTarget = new FragmentTargetController(this, { reveal: (target, moveFocus) => this.reveal(target, moveFocus) });

  constructor() {
    super();
    this.headingLevel = 2;
    this.requestTimeout = 10_000;
    this.showAll = false;
  }

  private get moment(): Date {
    return this.now ?? new Date();
  }

  /** Fetches again from the sources, or re-reads the bundle. */
  reload(): void {
    this.data.reload();
  }

  /**
   * Resolves when the element has finished loading: its pending update has run, and the load that
   * update started (live fetch or bundle) has ended — with data, an error or stopped — and is
   * rendered. Never rejects. Wait on it instead of on time.
   */
  get loadComplete(): Promise<void> {
    return this.data.settled();
  }

  /**
   * How far a parent's representation reaches (core's `parentalReach`, the frame's `covers`): a
   * referral is health information a child from 12 has a say over, so for a child aged 12 to 15, or
   * 16 and over, nothing is fetched or shown, and the citizen is told why.
   */
  private get reach(): ParentalReach {
    return parentalReach(this.currentSession, this.moment);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('maxItems')) this.showAll = false;
    this.data.syncHost(this.bundle);
  }

  /** How many referrals to list: all (undefined), or `maxItems` until the rest is asked for. */
  private get limit(): number | undefined {
    return this.showAll ? undefined : itemLimit(this.maxItems);
  }

  /** The summary for an overview page (`max-items` with `all-href`): core's one way of showing one. */
  private readonly summary = new SummaryForm(this, () => itemLimit(this.maxItems));

  /** Referrals under way first, then the closed ones: the order the list and the summary show them in. */
  private ordered(data: ReferralData): ReferralView[] {
    return [...data.items.filter((i) => i.open), ...data.items.filter((i) => !i.open)];
  }

  /**
   * Shows the referral `target` names: the whole list when a short form would leave it out,
   * scrolled into sight and, with `moveFocus`, focused.
   */
  private async reveal(target: ItemTarget, moveFocus: boolean): Promise<FragmentReveal> {
    const data = this.data.value;
    if (!data) return 'not-yet';
    const ordered = this.ordered(data);
    const index = ordered.findIndex((i) => isItemTarget(target, i.sourceId, `ServiceRequest/${i.id}`));
    // The summary lists no more than its first few, and leads to the page that shows the rest.
    if (index < 0 || this.summary.rows !== undefined) return 'absent';
    const limit = this.limit;
    if (limit !== undefined && index >= limit) {
      this.showAll = true;
      await this.updateComplete;
    }
    const article = this.renderRoot.querySelector<HTMLElement>(`article[data-key="${CSS.escape(ordered[index]!.key)}"]`);
    if (!article) return 'not-yet';
    article.scrollIntoView({ block: 'nearest' });
    if (moveFocus) this.roving.focus(index);
    return 'shown';
  }

  /** Lists the rest, and moves focus to the first referral that was not listed. */
  private async showRest(): Promise<void> {
    const firstNew = this.limit ?? 0;
    this.showAll = true;
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLElement>('article[data-key]')[firstNew]?.focus();
  }

  private t(key: ReferralMessageKey, params?: Record<string, string | number>): string {
    return this.msg(referralMessages, key, params);
  }

  override render() {
    return html`
      ${this.data.banner()}
      ${this.data.render({
        noAccess: this.noAccessText(),
        errorHeading: this.t('loadError'),
        subject: this.t('listLabel'),
        skipped: (count) => this.t('itemsSkipped', { count }),
        retry: () => this.reload(),
        content: (data, notices) => this.renderData(data, notices),
        // A summary holds its rows' place while it loads.
        ...(this.summary.rows !== undefined ? { loading: () => this.summary.placeholder(this.t('openPage')) } : {}),
      })}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcer.text}</div>
    `;
  }

  /** Why nothing shows: the representation does not cover the health record, or the child is 12 or more. */
  private noAccessText(): string {
    const reach = this.reach;
    if (reach === 'full') return this.t('noAccess');
    const name = this.currentSession?.representation?.person.name ?? '';
    return this.t(reach === 'ended' ? 'noAccessChildAdult' : 'noAccessChildTeen', { name });
  }

  private renderData(data: ReferralData, notices: TemplateResult) {
    if (this.summary.rows !== undefined) return html`${notices}${this.renderSummary(data)}`;
    if (data.items.length === 0) {
      return html`${notices}<hn-state kind="empty" locale=${this.currentLocale} .message=${this.t('empty')}></hn-state>`;
    }
    const level = Math.min(5, Math.max(1, Math.round(this.headingLevel) || 2));
    const context: ItemContext = {
      t: (key, params) => this.t(key, params),
      locale: this.currentLocale,
      session: this.currentSession,
      live: this.bundle === undefined,
      headingLevel: level + 1,
      hintId: LIST_HINT_ID,
      links: {
        appointments: this.appointmentsHref,
        inbox: this.inboxHref,
        navigate: (event, detail) => offerNavigation(event, (d) => this.emit<NavigateDetail>('hn-navigate', d, { cancelable: true }), detail),
      },
    };
    const group = (items: readonly ReferralView[], heading: ReferralMessageKey) =>
      items.length
        ? html`<p class="group-heading" role="heading" aria-level=${level}>${this.t(heading)}</p>
            <ul part="list" class="list card-list" aria-label=${this.t(heading)}>
              ${items.map((item) => referralItem(item, context))}
            </ul>`
        : nothing;
    const ordered = this.ordered(data);
    const limit = this.limit;
    const listed = limit === undefined ? ordered : ordered.slice(0, limit);
    return html`${notices}
      ${listHint(this.currentLocale, this.t('listItems'))}
      ${group(listed.filter((i) => i.open), 'openHeading')}
      ${group(listed.filter((i) => !i.open), 'closedHeading')}
      ${listed.length < ordered.length
        ? html`<button type="button" part="show-all" class="button show-all" @click=${this.showRest}>
            ${this.t('showAll', { count: ordered.length })}
          </button>`
        : nothing}`;
  }

  /** The summary for an overview page (`max-items` with `all-href`): the first referrals, as the short form lists them, and the way to the rest. */
  private renderSummary(data: ReferralData) {
    const t = (key: ReferralMessageKey, params?: Record<string, string | number>) => this.t(key, params);
    return this.summary.list(
      this.ordered(data),
      (item) => referralSummaryRow(item, t),
      { label: this.t('listLabel'), openPage: this.t('openPage'), showAll: (count) => this.t('showAll', { count }) },
      html`<hn-state kind="empty" locale=${this.currentLocale} .message=${this.t('empty')}></hn-state>`,
    );
  }

}
