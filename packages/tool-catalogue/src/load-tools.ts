import { combineSearches, itemsFromBundle, itemsFromOutcomes, searchSources, type ResourceReading, type Session, type Source, type SourceFailure, AllSourcesFailedError } from '@hn-elements/core';
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

/** Tools from ActivityDefinitions, with the assignments of the CarePlans among the same resources. */
const TOOL_READING: ResourceReading<ToolView> = {
  types: ['ActivityDefinition'],
  read: (resources, source) => {
    const mapped = toToolViews(resources, source);
    return { items: mapped.tools, problems: mapped.problems };
  },
};

/** A host-supplied Bundle (ActivityDefinitions, and CarePlans for the assignments). */
export function toolsFromBundle(bundle: unknown, locale: string): ToolData {
  const { items, skipped, failures, incomplete } = itemsFromBundle(bundle, TOOL_READING);
  return { tools: sortTools(items, locale), skipped, failures, incomplete };
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
  const { items, skipped, failures, incomplete } = itemsFromOutcomes(combineSearches([catalogues, plans]), TOOL_READING);
  return { patient: session.patient.reference, tools: sortTools(items, options.locale), skipped, failures, incomplete };
}
