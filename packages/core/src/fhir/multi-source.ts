import type { Resource } from '@medplum/fhirtypes';
import type { Source } from '../session.js';
import { FhirClient, type FhirClientOptions, type SearchParams } from './client.js';
import { FhirError } from './errors.js';
import type { ResourceProblem } from './validate.js';

export interface SourceSuccess {
  source: Source;
  ok: true;
  resources: Resource[];
  problems: ResourceProblem[];
  /** Paging stopped before the source's last page (see `SearchResult.truncated`): there may be more. */
  truncated: boolean;
}

export interface SourceFailure {
  source: Source;
  ok: false;
  error: FhirError;
}

export type SourceOutcome = SourceSuccess | SourceFailure;

/** No source gave an answer at all: the whole component is an error naming each source. */
export class AllSourcesFailedError extends Error {
  readonly failures: SourceFailure[];
  constructor(failures: SourceFailure[]) {
    super('No source could be reached');
    this.name = 'AllSourcesFailedError';
    this.failures = failures;
  }
}

export interface MultiSearchOptions extends FhirClientOptions {
  signal?: AbortSignal;
  /** Builds a client per source; tests and hosts may pass their own. */
  clientFor?: (source: Source) => FhirClient;
}

/**
 * Runs the same search against every source at once. One source failing never fails the rest:
 * each outcome says for itself whether it worked.
 */
export async function searchSources(
  sources: readonly Source[],
  resourceType: string,
  paramsFor: SearchParams | ((source: Source) => SearchParams),
  options: MultiSearchOptions = {},
): Promise<SourceOutcome[]> {
  const { signal, clientFor, ...clientOptions } = options;
  return Promise.all(
    sources.map(async (source): Promise<SourceOutcome> => {
      try {
        const params = typeof paramsFor === 'function' ? paramsFor(source) : paramsFor;
        const client = clientFor ? clientFor(source) : new FhirClient(source, clientOptions);
        const { resources, problems, truncated } = await client.search(resourceType, params, { signal });
        return { source, ok: true, resources, problems, truncated };
      } catch (error) {
        const fhirError =
          error instanceof FhirError ? error : new FhirError('network', source.id, String(error), { cause: error });
        return { source, ok: false, error: fhirError };
      }
    }),
  );
}

/**
 * The sources that answered but not with everything (paging stopped early), each once, in the
 * order given. A component shows what it got and says these may have more.
 */
export function incompleteSources(outcomes: readonly SourceOutcome[]): Source[] {
  const sources: Source[] = [];
  for (const outcome of outcomes) {
    if (outcome.ok && outcome.truncated && !sources.some((s) => s.id === outcome.source.id)) sources.push(outcome.source);
  }
  return sources;
}
