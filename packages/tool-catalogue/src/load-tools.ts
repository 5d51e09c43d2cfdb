import { FhirError, incompleteSources, readBundle, searchSources, type ResourceProblem, type Session, type Source, type SourceFailure, AllSourcesFailedError } from '@hn-elements/core';
import { sortTools, toToolViews, type ToolView } from './model.js';

/** What the catalogue shows after a load. */
export interface ToolData {
  /** Whose assignments these are (live mode), so another person's are never shown during a reload. */
  patient?: string;
  tools: ToolView[];
  skipped: number;
  failures: SourceFailure[];
  /** Sources that answered, but not with everything (their paging stopped early). */
  incomplete: Source[];
}

export { AllSourcesFailedError };

function toolProblems(problems: readonly ResourceProblem[]): number {
  return problems.filter((p) => p.resourceType === undefined || p.resourceType === 'ActivityDefinition').length;
}

/** A host-supplied Bundle (ActivityDefinitions, and CarePlans for the assignments). */
export function toolsFromBundle(bundle: unknown, locale: string): ToolData {
  let contents;
  try {
    contents = readBundle(bundle);
  } catch (cause) {
    throw new FhirError('malformed', 'bundle', 'The bundle is not a FHIR Bundle', { cause });
  }
  const mapped = toToolViews(contents.resources, undefined);
  return { tools: sortTools(mapped.tools, locale), skipped: toolProblems(contents.problems) + mapped.problems.length, failures: [], incomplete: [] };
}

export interface LiveLoadOptions {
  signal: AbortSignal;
  locale: string;
  timeoutMs?: number;
}

/**
 * Every source's catalogue and the patient's active care plans, in parallel. A source counts as
 * failed when either search fails there, so an assignment is never shown without its tool.
 */
export async function toolsFromSources(session: Session, options: LiveLoadOptions): Promise<ToolData> {
  const call = { signal: options.signal, timeoutMs: options.timeoutMs };
  const [catalogues, plans] = await Promise.all([
    searchSources(session.sources, 'ActivityDefinition', { status: 'active', _count: 100 }, call),
    searchSources(session.sources, 'CarePlan', { subject: session.patient.reference, status: 'active', _count: 100 }, call),
  ]);
  const tools: ToolView[] = [];
  const failures: SourceFailure[] = [];
  let skipped = 0;
  catalogues.forEach((catalogue, index) => {
    const plan = plans[index]!;
    if (!catalogue.ok) return void failures.push(catalogue);
    if (!plan.ok) return void failures.push(plan);
    const mapped = toToolViews([...catalogue.resources, ...plan.resources], catalogue.source);
    tools.push(...mapped.tools);
    skipped += toolProblems(catalogue.problems) + mapped.problems.length;
  });
  if (catalogues.length > 0 && failures.length === catalogues.length) throw new AllSourcesFailedError(failures);
  const failed = new Set(failures.map((f) => f.source.id));
  const incomplete = incompleteSources([...catalogues, ...plans]).filter((source) => !failed.has(source.id));
  return { patient: session.patient.reference, tools: sortTools(tools, options.locale), skipped, failures, incomplete };
}
