import { html, nothing } from 'lit';
import { HnElement } from '../hn-element.js';
import { fhirErrorDiagnostics, fhirErrorKey } from '../fhir/error-message.js';
import { FhirError } from '../fhir/errors.js';
import { coreMessages, type CoreMessageKey } from '../i18n/core-messages.js';
import { formatList } from '../i18n/locale-format.js';
import { sourceLanguage } from '../i18n/source-language.js';
import type { Source } from '../session.js';
import { withSourceWords } from '../templates/source-words.js';
import styles from './hn-sources-notice.css.js';

/** A source that failed and why: `SourceFailure` from `searchSources` fits as it is. */
export interface SourceNoticeFailure {
  /** The source; its `language` marks its name and words (bokmål when not given). */
  source: Pick<Source, 'name'> & Partial<Pick<Source, 'language'>>;
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

  /** The sources that answered, but not with everything: their names, or the sources (whose `language` marks the name). */
  declare incomplete: readonly (string | Pick<Source, 'name' | 'language'>)[];

  constructor() {
    super();
    this.failures = [];
    this.failed = [];
    this.incomplete = [];
  }

  /** One of core's sentences naming several sources (`key`'s parameter `param`), each name in its own language. */
  private naming(key: CoreMessageKey, param: string, sources: readonly Named[]) {
    const keys = sources.map((_, i) => `s${i}`);
    const say = (params: Record<string, string | number>) =>
      this.msg(coreMessages, key, { [param]: formatList(keys.map((k) => String(params[k])), this.currentLocale) });
    const params = Object.fromEntries(sources.map((source, i) => [keys[i]!, source.name]));
    return withSourceWords(say, params, keys, (k) => sources[keys.indexOf(k)]!.lang);
  }

  override render() {
    const failures = failuresOf(this.failures, this.failed);
    const incomplete = namesOf(this.incomplete);
    if (failures.length === 0 && incomplete.length === 0) return nothing;
    const groups = NOTICE_KEYS.map((key) => failures.filter((f) => noticeKey(f.error) === key)).filter((group) => group.length > 0);
    return html`<div part="notice" class="notice" role="alert">
      <div class="text">
        ${groups.map((group, index) => {
          const sentence = this.naming(noticeKey(group[0]!.error), 'source', group);
          const said = group.flatMap((f) => {
            const text = fhirErrorDiagnostics(f.error);
            const say = (params: Record<string, string | number>) => this.msg(coreMessages, 'sourceSaid', params);
            return text ? [withSourceWords(say, { source: f.name, text }, ['source', 'text'], f.lang)] : [];
          });
          const last = index === groups.length - 1 ? [this.msg(coreMessages, 'partialNote')] : [];
          return html`<p>${[sentence, ...said, ...last].map((part, i) => html`${i ? ' ' : ''}${part}`)}</p>`;
        })}
        ${incomplete.length ? html`<p>${this.naming('incompleteSources', 'sources', incomplete)}</p>` : nothing}
      </div>
      ${failures.length
        ? html`<button class="button" type="button" @click=${() => this.emit('hn-retry', {})}>${this.msg(coreMessages, 'retry')}</button>`
        : nothing}
    </div>`;
  }
}

/** A source as the notice names it: its name and the language to mark it with. */
interface Named {
  name: string;
  lang: string;
}

const usableName = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** The sources a host gave (names, or sources with a name), without anything that has no name. */
function namesOf(value: unknown): Named[] {
  if (!Array.isArray(value)) return [];
  return (value as unknown[]).flatMap((entry) => {
    if (usableName(entry)) return [{ name: entry, lang: sourceLanguage(undefined) }];
    const source = entry as { name?: unknown; language?: unknown } | null;
    return usableName(source?.name) ? [{ name: source.name, lang: sourceLanguage(undefined, source as Pick<Source, 'language'>) }] : [];
  });
}

/** The failures with a usable source name, then the bare names not among them, each source once. */
function failuresOf(failures: unknown, failed: unknown): Array<Named & { error: unknown }> {
  const list: Array<Named & { error: unknown }> = [];
  for (const failure of Array.isArray(failures) ? (failures as unknown[]) : []) {
    const [source] = namesOf([(failure as { source?: unknown } | null)?.source]);
    if (source && !list.some((f) => f.name === source.name)) list.push({ ...source, error: (failure as SourceNoticeFailure).error });
  }
  const bare = Array.isArray(failed) ? (failed as unknown[]).filter(usableName) : [];
  for (const named of namesOf(bare)) if (!list.some((f) => f.name === named.name)) list.push({ ...named, error: undefined });
  return list;
}
