import { html, nothing } from 'lit';
import { HnElement } from '../hn-element.js';
import { fhirErrorDiagnostics, fhirErrorKey } from '../fhir/error-message.js';
import { FhirError } from '../fhir/errors.js';
import { coreMessages, type CoreMessageKey } from '../i18n/core-messages.js';
import { formatList } from '../i18n/locale-format.js';
import styles from './hn-sources-notice.css.js';

/** A source that failed and why: `SourceFailure` from `searchSources` fits as it is. */
export interface SourceNoticeFailure {
  source: { name: string };
  /** A `FhirError` says what happened; anything else (or nothing) reads as "could not reach". */
  error?: unknown;
}

/** One sentence per kind of failure; the rarer kinds a search can give read as "answered with an error". */
const NOTICE_KEYS: readonly CoreMessageKey[] = ['errorNetwork', 'errorAuth', 'errorForbidden', 'errorServer', 'errorMalformed'];

function noticeKey(error: unknown): CoreMessageKey {
  if (!(error instanceof FhirError)) return 'errorNetwork';
  const key = fhirErrorKey(error);
  if (key === 'errorTimeout') return 'errorNetwork';
  return NOTICE_KEYS.includes(key) ? key : 'errorServer';
}

/**
 * Says which sources failed and what happened to each — could not be reached, refused access
 * (401: log in again; 403: no access to this), answered with an error (with the server's own
 * explanation as plain text), or gave an answer that could not be read — and which answered with
 * less than everything (their paging stopped early), while the rest is shown. Retry is offered for
 * the sources that failed.
 *
 * @summary Partial-data notice naming the failed and the incomplete sources.
 * @fires {EmptyDetail} hn-retry - The citizen asked to try the failed sources again.
 * @csspart notice - The notice box.
 */
export class HnSourcesNotice extends HnElement {
  static override styles = [...HnElement.styles, styles];

  static override properties = {
    ...HnElement.properties,
    failures: { attribute: false },
    failed: { attribute: false },
    incomplete: { attribute: false },
  };

  /** The sources that failed, each with its error, so the notice can say what happened. */
  declare failures: readonly SourceNoticeFailure[];

  /** Names of sources that failed without a known reason (read as "could not reach"). */
  declare failed: readonly string[];

  /** Names of the sources that answered, but not with everything. */
  declare incomplete: readonly string[];

  constructor() {
    super();
    this.failures = [];
    this.failed = [];
    this.incomplete = [];
  }

  override render() {
    const failures = failuresOf(this.failures, this.failed);
    const incomplete = namesOf(this.incomplete);
    if (failures.length === 0 && incomplete.length === 0) return nothing;
    const locale = this.currentLocale;
    const groups = NOTICE_KEYS.map((key) => failures.filter((f) => noticeKey(f.error) === key)).filter((group) => group.length > 0);
    return html`<div part="notice" class="notice" role="alert">
      <div class="text">
        ${groups.map((group, index) => {
          const sentence = this.msg(coreMessages, noticeKey(group[0]!.error), { source: formatList(group.map((f) => f.name), locale) });
          const said = group.flatMap((f) => {
            const text = fhirErrorDiagnostics(f.error);
            return text ? [this.msg(coreMessages, 'sourceSaid', { source: f.name, text })] : [];
          });
          const last = index === groups.length - 1 ? [this.msg(coreMessages, 'partialNote')] : [];
          return html`<p>${[sentence, ...said, ...last].join(' ')}</p>`;
        })}
        ${incomplete.length ? html`<p>${this.msg(coreMessages, 'incompleteSources', { sources: formatList(incomplete, locale) })}</p>` : nothing}
      </div>
      ${failures.length
        ? html`<button class="button" type="button" @click=${() => this.emit('hn-retry', {})}>${this.msg(coreMessages, 'retry')}</button>`
        : nothing}
    </div>`;
  }
}

/** The names a host gave, without anything that is not a non-empty string. */
function namesOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((name): name is string => typeof name === 'string' && name.trim() !== '') : [];
}

/** The failures with a usable source name, then the bare names not among them, each source once. */
function failuresOf(failures: unknown, failed: unknown): Array<{ name: string; error: unknown }> {
  const list: Array<{ name: string; error: unknown }> = [];
  for (const failure of Array.isArray(failures) ? (failures as unknown[]) : []) {
    const source = (failure as { source?: { name?: unknown } } | null)?.source;
    const name = typeof source?.name === 'string' && source.name.trim() !== '' ? source.name : undefined;
    if (name && !list.some((f) => f.name === name)) list.push({ name, error: (failure as SourceNoticeFailure).error });
  }
  for (const name of namesOf(failed)) if (!list.some((f) => f.name === name)) list.push({ name, error: undefined });
  return list;
}
