import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatDateTime, sourceLabel, statusBadge, type BadgeTone, type Locale, type Session, type Source } from '@hn-elements/core';
import { STATE_TEXT } from './messages.js';
import { linked, type LinkTargets } from './linked.js';
import type { ReferralState, ReferralStep, ReferralView } from './model.js';
import { actionsTemplate, rightsTemplate, type Translate } from './rights.js';

const STATE_TONE: Record<ReferralState, BadgeTone> = {
  sent: 'info',
  received: 'info',
  'in-assessment': 'info',
  assessed: 'success',
  'appointment-given': 'success',
  completed: 'neutral',
  rejected: 'danger',
  withdrawn: 'neutral',
};

/** The referral's state as a badge: its word in the locale, its tone. */
export function stateBadgeOf(item: ReferralView, t: Translate, id?: string) {
  return statusBadge(STATE_TONE[item.state], t(STATE_TEXT[item.state].label), undefined, id);
}

/** What one referral's template needs from the element. */
export interface ItemContext {
  t: Translate;
  locale: Locale;
  session: Session | undefined;
  /** Live mode: the element fetched the data from the session's sources (no `.bundle`). */
  live: boolean;
  /** ARIA level of the referral's heading (2–6); its parts one below. */
  headingLevel: number;
  /** Id of the list's hint, which describes every referral. */
  hintId: string;
  /** Where the linked appointments and letters go (linked.ts). */
  links: LinkTargets;
}

const day = (date: Date, locale: Locale) => formatDateTime(date, locale, 'long-date');

function fact(label: string, value: unknown, lang?: string) {
  return html`<div><dt>${label}</dt><dd lang=${ifDefined(lang)}>${value}</dd></div>`;
}

/** The timeline: each step with its date, the current one marked as such (`aria-current="step"`). */
function timeline(steps: readonly ReferralStep[], t: Translate, locale: Locale) {
  return html`<details class="timeline">
    <summary>${t('timeline')}</summary>
    <ol>
      ${steps.map(
        (step) => html`<li aria-current=${ifDefined(step.current ? 'step' : undefined)}>
          ${t(STATE_TEXT[step.state].label)}: ${step.date ? day(step.date, locale) : html`<span class="muted">${t('noDate')}</span>`}${step.current
            ? html` (${t('now')})`
            : nothing}
        </li>`,
      )}
    </ol>
  </details>`;
}

/** One referral: `part="item"`, an `<article data-key>` the roving tabindex moves between, its facts, rights and actions. */
export function referralItem(item: ReferralView, ctx: ItemContext) {
  const { t, locale } = ctx;
  const id = item.key.replace(/[^\w-]/g, '_');
  const lang = item.language ?? 'nb';
  const level = Math.min(6, Math.max(2, Math.round(ctx.headingLevel) || 3));
  const sub = Math.min(6, level + 1);
  const source: Source | undefined = ctx.live ? ctx.session?.sources.find((s) => s.id === item.sourceId) : undefined;
  const text = STATE_TEXT[item.state];
  return html`<li part="item" class="item ${item.open ? 'item--open' : 'item--closed'}">
    <article class="card ${item.open ? '' : 'card--quiet'}" data-key=${item.key} aria-labelledby="title-${id}" aria-describedby="state-${id} ${ctx.hintId}" tabindex="-1">
      <div class="card-head">
        <p id="title-${id}" class="title" role="heading" aria-level=${level} lang=${ifDefined(item.title ? lang : undefined)}>${item.title ?? t('untitled')}</p>
        ${stateBadgeOf(item, t, `state-${id}`)}
      </div>
      <p>${t(text.explain)}</p>
      <dl class="facts">
        ${item.referredBy ? fact(t('referredBy'), item.referredBy, lang) : nothing}
        ${item.referredTo ? fact(t('referredTo'), item.referredTo, lang) : nothing}
        ${item.reason ? fact(t('reason'), item.reason, lang) : nothing}
        ${item.sent ? fact(t('sent'), day(item.sent, locale)) : nothing}
      </dl>
      ${item.notes.map((note) => html`<p><strong>${t('notes')}:</strong> <span lang=${lang}>${note}</span></p>`)}
      ${rightsTemplate(item, { t, locale, session: ctx.session, source, level: sub, lang })}
      ${actionsTemplate(item, { t, locale, session: ctx.session, source, level: sub, lang })}
      ${linked(item, { t, locale, level: sub, lang, links: ctx.links })}
      ${timeline(item.steps, t, locale)}
      ${item.sourceName ? sourceLabel(locale, item.sourceName, undefined, lang) : nothing}
    </article>
  </li>`;
}
