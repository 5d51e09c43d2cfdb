import { html, nothing } from 'lit';
import { formatDateTime, type Locale, type Session, type Source } from '@hn-elements/core';
import { launcherTemplate } from '@hn-elements/handoff-launcher';
import type { ReferralMessageKey } from './messages.js';
import type { ReferralView } from './model.js';

/** The text of one of the element's messages in its locale. */
export type Translate = (key: ReferralMessageKey, params?: Record<string, string | number>) => string;

/** What the rights and actions of one referral need from the element. */
export interface RightsContext {
  t: Translate;
  locale: Locale;
  session: Session | undefined;
  /** The referral's source (live mode), the `iss` of a SMART hand-off. */
  source: Source | undefined;
  /** The ARIA level of the sub-headings ("Dine rettigheter"). */
  level: number;
  lang: string;
}

const WAIT_KEY = { days: 'waitDays', weeks: 'waitWeeks', months: 'waitMonths' } as const;

/**
 * The outcome of the assessment in plain words: the right and its deadline (or that a deadline
 * exists but cannot be shown), or no right and why, with how to complain; the expected waiting time.
 */
export function rightsTemplate(item: ReferralView, ctx: RightsContext) {
  const { t, locale } = ctx;
  const assessment = item.assessment;
  const wait = item.expectedWait ? t(WAIT_KEY[item.expectedWait.unit], { count: item.expectedWait.value }) : undefined;
  if (!assessment && !wait) return nothing;
  let body: unknown = nothing;
  if (assessment?.right) {
    const date = assessment.deadline ? formatDateTime(assessment.deadline, locale, 'long-date') : undefined;
    body = html`<p>${t('right')}</p>
      ${date ? html`<p>${assessment.deadlinePassed ? t('deadlinePassed', { date }) : t('deadline', { date })}</p>` : nothing}
      ${assessment.deadlineUnreadable ? html`<p>${t('deadlineUnreadable')}</p>` : nothing}`;
  } else if (assessment) {
    body = html`<p>${t('noRight')}</p>
      ${assessment.reasonCode ? html`<p>${t(assessment.reasonCode === 'no-need' ? 'noRightNoNeed' : 'noRightOtherService')}</p>` : nothing}
      ${assessment.reasonText ? html`<p><strong>${t('noRightSourceReason')}:</strong> <span lang=${ctx.lang}>${assessment.reasonText}</span></p>` : nothing}
      <p>${t('noRightComplain')}</p>`;
  }
  return html`<div class="rights" part="rights">
    <p class="rights-heading" role="heading" aria-level=${ctx.level}>${t('rightsHeading')}</p>
    ${body} ${wait ? html`<p>${wait}</p>` : nothing}
  </div>`;
}

/**
 * What the citizen can do: when the deadline is broken, Helfo's help (a hand-off when the source
 * gives the link, else how to reach Helfo); free choice of treatment place, with its hand-off.
 * Each launcher checks its link against the session's allowlist and refuses the rest visibly.
 */
export function actionsTemplate(item: ReferralView, ctx: RightsContext) {
  const { t, actions } = { t: ctx.t, actions: item.actions };
  const subject = item.title ?? t('untitled');
  const launcher = (link: NonNullable<typeof actions.deadlineHelp>, part: string, label: string, destination: string) =>
    launcherTemplate({ link, source: ctx.source, part, label, subject, lang: item.title ? ctx.lang : ctx.locale, destination, locale: ctx.locale, session: ctx.session });
  return html`${actions.deadlineBroken
    ? html`<div class="deadline-broken" part="deadline-broken">
        <p class="sub-heading" role="heading" aria-level=${ctx.level}>${t('deadlineBrokenHeading')}</p>
        <p>${t('deadlineBroken')}</p>
        ${actions.deadlineHelp
          ? html`<div class="actions">${launcher(actions.deadlineHelp, 'deadline-help', t('deadlineHelpAction'), t('helfo'))}</div>`
          : html`<p>${t('deadlineHelpMissing')}</p>`}
      </div>`
    : nothing}
  ${actions.freeChoice && actions.freeChoiceLink
    ? html`<div class="free-choice">
        <p class="sub-heading" role="heading" aria-level=${ctx.level}>${t('freeChoiceHeading')}</p>
        <p>${t('freeChoice')}</p>
        <div class="actions">${launcher(actions.freeChoiceLink, 'free-choice', t('freeChoiceAction'), t('freeChoiceService'))}</div>
      </div>`
    : nothing}`;
}
