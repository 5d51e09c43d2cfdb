import { html, nothing, type TemplateResult } from 'lit';
import type { SourceFailure } from '../fhir/multi-source.js';
import type { Locale, Session, Source } from '../session.js';

/**
 * The parts of the frame every data component renders around its data, the same markup in each:
 * the on-behalf banner, the no-access, error and loading states, and the notices above the data
 * (sources that failed or gave only part, entries left out). Rendered into the component's own
 * shadow root; `DataFrameController.render` picks which one shows.
 */

/**
 * `<hn-on-behalf-banner>` while the citizen acts for someone else; nothing otherwise, and nothing
 * when the host page already says it for the whole page (`session.onBehalfShownByHost`, the shell).
 */
export function onBehalfBanner(session: Session | undefined, locale: Locale): TemplateResult | typeof nothing {
  return session?.representation && !session.onBehalfShownByHost ? html`<hn-on-behalf-banner .session=${session} locale=${locale}></hn-on-behalf-banner>` : nothing;
}

/** Why nothing shows: the representation does not cover this component. */
export function noAccessState(locale: Locale, message: string, heading?: string): TemplateResult {
  return html`<hn-state kind="empty" locale=${locale} .heading=${heading} .message=${message}></hn-state>`;
}

/** The load failed: what happened, and a retry. */
export function loadErrorState(locale: Locale, heading: string, message: string | TemplateResult, onRetry: () => void): TemplateResult {
  return html`<hn-state kind="error" locale=${locale} .heading=${heading} .message=${message} @hn-retry=${onRetry}></hn-state>`;
}

/**
 * Nothing to show yet: "Henter …", and with `items` (how many items the list will show, a short
 * form's `max-items`) that many placeholder rows holding the list's height, so its arrival moves
 * nothing below it.
 */
export function loadingState(locale: Locale, items?: number): TemplateResult {
  return html`<hn-state kind="loading" locale=${locale} .items=${items}></hn-state>`;
}

/** What the notices above the data are made from: a load's failures, incomplete sources and skipped count. */
export interface NoticeData {
  failures: readonly SourceFailure[];
  incomplete: readonly Source[];
  skipped: number;
}

/**
 * `<hn-sources-notice>` when a source failed or gave only part (its retry calls `onRetry`), and a
 * line saying how many entries were left out (`skippedText(count)`, in the component's words).
 */
export function loadNotices(data: NoticeData, locale: Locale, skippedText: (count: number) => string, onRetry: () => void): TemplateResult {
  const incomplete = data.incomplete;
  return html`${data.failures.length || incomplete.length
    ? html`<hn-sources-notice locale=${locale} .failures=${data.failures} .incomplete=${incomplete} @hn-retry=${onRetry}></hn-sources-notice>`
    : nothing}
  ${data.skipped ? html`<p class="skipped" role="status">${skippedText(data.skipped)}</p>` : nothing}`;
}
