import type { Resource } from '@medplum/fhirtypes';
import type { Source } from '../session.js';
import { FhirError } from './errors.js';
import { AllSourcesFailedError, incompleteSources, type SourceFailure, type SourceOutcome, type SourceSuccess } from './multi-source.js';
import { readBundle, type BundleContents, type ResourceProblem } from './validate.js';

/**
 * The loader frame: what every component's loader does around its own mapping. A host's bundle
 * becomes data (a value that is not a Bundle is a `malformed` FhirError); the sources' answers become
 * merged data, with the sources that failed, those that gave only part, the count of entries left
 * out, and `AllSourcesFailedError` when none answered. The component gives only its mapping
 * (`ResourceReading`) and sorts the result.
 */

/** How a component reads FHIR resources into the items it shows. */
export interface ResourceReading<I> {
  /**
   * The resource types it shows. A bad entry of one of these types, or of no readable type at all,
   * counts as one of its own it could not show; bad entries of other types (included resources) do not.
   */
  readonly types: readonly string[];
  /** One source's resources (`source` undefined: the host's bundle) -> items, and the problems met mapping them. */
  read(resources: Resource[], source: Source | undefined): { items: readonly I[]; problems: readonly unknown[] };
}

/** What a load gives a component: its items, merged, and what it must say about the rest. */
export interface LoadedItems<I> {
  items: I[];
  /** Entries that may have been items but could not be shown. */
  skipped: number;
  /** Sources that did not answer; the rest is shown. */
  failures: SourceFailure[];
  /** Sources that answered, but not with everything (their paging stopped early). */
  incomplete: Source[];
}

/** A host-supplied bundle's contents. A value that is not a Bundle throws a `malformed` FhirError. */
export function readHostBundle(bundle: unknown): BundleContents {
  try {
    return readBundle(bundle);
  } catch (cause) {
    throw new FhirError('malformed', 'bundle', 'The bundle is not a FHIR Bundle', { cause });
  }
}

/** How many of `problems` may have been one of `types`: those of these types and those of no readable type. */
export function problemsOfTypes(problems: readonly ResourceProblem[], types: readonly string[]): number {
  return problems.filter((p) => p.resourceType === undefined || types.includes(p.resourceType)).length;
}

function readAnswer<I>(resources: Resource[], problems: readonly ResourceProblem[], source: Source | undefined, reading: ResourceReading<I>) {
  const mapped = reading.read(resources, source);
  return { items: mapped.items, skipped: problemsOfTypes(problems, reading.types) + mapped.problems.length };
}

/** A host-supplied bundle -> items. A value that is not a Bundle throws a `malformed` FhirError. */
export function itemsFromBundle<I>(bundle: unknown, reading: ResourceReading<I>): LoadedItems<I> {
  const contents = readHostBundle(bundle);
  const { items, skipped } = readAnswer(contents.resources, contents.problems, undefined, reading);
  return { items: [...items], skipped, failures: [], incomplete: [] };
}

/**
 * Every source's answer -> items, merged in the order of the sources. A source that failed is among
 * `failures` and the rest is shown; when there were sources and every one failed, throws
 * `AllSourcesFailedError` naming each.
 */
export function itemsFromOutcomes<I>(outcomes: readonly SourceOutcome[], reading: ResourceReading<I>): LoadedItems<I> {
  const failures = outcomes.filter((o): o is SourceFailure => !o.ok);
  if (outcomes.length > 0 && failures.length === outcomes.length) throw new AllSourcesFailedError(failures);
  const items: I[] = [];
  let skipped = 0;
  for (const outcome of outcomes) {
    if (!outcome.ok) continue;
    const answer = readAnswer(outcome.resources, outcome.problems, outcome.source, reading);
    items.push(...answer.items);
    skipped += answer.skipped;
  }
  return { items, skipped, failures, incomplete: incompleteSources(outcomes) };
}

/**
 * Several searches run against the same sources (each a `searchSources` result, in the same source
 * order) -> one outcome per source. A source fails when any of its searches failed (the first
 * failure in the order of `searches` is the one reported), unless `absent` says that failure only
 * means the source has none of that type; then that search counts as an empty answer. A source that
 * answered gets every search's resources and problems, and is incomplete when any search was.
 */
export function combineSearches(
  searches: readonly (readonly SourceOutcome[])[],
  absent: (failure: SourceFailure, search: number) => boolean = () => false,
): SourceOutcome[] {
  const first = searches[0] ?? [];
  return first.map((outcome, index): SourceOutcome => {
    const parts = searches.map((search) => search[index]);
    if (parts.some((part) => part?.source.id !== outcome.source.id)) {
      throw new Error('combineSearches: the searches do not cover the same sources in the same order');
    }
    const answers = parts as SourceOutcome[];
    const failure = answers.find((part, search): part is SourceFailure => !part.ok && !absent(part, search));
    if (failure) return failure;
    const answered = answers.filter((part): part is SourceSuccess => part.ok);
    return {
      source: outcome.source,
      ok: true,
      resources: answered.flatMap((part) => part.resources),
      problems: answered.flatMap((part) => part.problems),
      truncated: answered.some((part) => part.truncated),
    };
  });
}
