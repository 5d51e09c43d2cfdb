import type { ActivityDefinition, CarePlan, Resource } from '@hn-elements/core';
import { isRecord, parseFhirDateTime, readText, readHandoffLink, type HandoffLink, type ResourceProblem } from '@hn-elements/core';

export const TOOL_CATEGORY_SYSTEM = 'urn:hn-elements:tool-category';
export const TOOL_LAUNCH = 'https://hn-elements.example.org/fhir/StructureDefinition/tool-launch';

export type ToolCategory = 'learning' | 'mapping' | 'treatment';
export const TOOL_CATEGORIES: readonly ToolCategory[] = ['learning', 'mapping', 'treatment'];

export type AssignmentStatus = 'not-started' | 'in-progress' | 'completed' | 'cancelled';

/** A tool given to the citizen in a care pathway. */
export interface AssignmentView {
  /** The care pathway's name, e.g. "Pakkeforløp for hjertesykdom". */
  plan: string;
  /** Who assigned it, in words. */
  by?: string;
  status: AssignmentStatus;
  /** When it was assigned: `CarePlan.created`, else the start of `CarePlan.period`. */
  assigned?: Date;
  due?: Date;
  note?: string;
}

export interface ToolView {
  /** Unique across sources: `<sourceId>/<id>`. */
  key: string;
  id: string;
  sourceId: string;
  /** Who offers the tool, for attribution. */
  sourceName: string;
  title: string;
  description?: string;
  /** The definition's own `language`, as the source gives it (the element checks it: core's `sourceLanguage`). */
  language?: string;
  category?: ToolCategory;
  /** Where "Start" goes: only a usable link; the launcher also checks the allowlist. */
  launch?: HandoffLink;
  /** The data named a launch target that cannot be used (javascript:, relative, ...). */
  launchRefused: boolean;
  assignment?: AssignmentView;
  /** Lower-case text the search looks in. */
  searchText: string;
}

export interface SourceInfo {
  id: string;
  name: string;
}

export interface MappedTools {
  tools: ToolView[];
  problems: ResourceProblem[];
}


function categoryOf(definition: ActivityDefinition): ToolCategory | undefined {
  const topics = Array.isArray(definition.topic) ? definition.topic : [];
  for (const topic of topics) {
    const codings = isRecord(topic) && Array.isArray(topic.coding) ? topic.coding : [];
    for (const coding of codings) {
      if (isRecord(coding) && coding.system === TOOL_CATEGORY_SYSTEM && TOOL_CATEGORIES.includes(coding.code as ToolCategory)) {
        return coding.code as ToolCategory;
      }
    }
  }
  return undefined;
}

const ASSIGNMENT_STATUS: Record<string, AssignmentStatus> = {
  'not-started': 'not-started',
  scheduled: 'not-started',
  'on-hold': 'not-started',
  'in-progress': 'in-progress',
  completed: 'completed',
  cancelled: 'cancelled',
  stopped: 'cancelled',
};

/** Which tool an activity points at: `instantiatesCanonical` (matched on the definition's url, version ignored) or `ActivityDefinition/<id>`. */
function canonicalKeys(definition: ActivityDefinition): string[] {
  return [readText(definition.url), definition.id ? `ActivityDefinition/${definition.id}` : undefined].filter((k): k is string => !!k);
}

/** Assignments by tool (canonical url or ActivityDefinition/id), from the citizen's active care plans. */
function assignmentsOf(resources: readonly Resource[]): Map<string, AssignmentView> {
  const assignments = new Map<string, AssignmentView>();
  for (const resource of resources) {
    if (resource.resourceType !== 'CarePlan') continue;
    const plan = resource as CarePlan;
    if (plan.status !== 'active') continue;
    const activities = Array.isArray(plan.activity) ? plan.activity : [];
    for (const activity of activities) {
      const detail = isRecord(activity) && isRecord(activity.detail) ? activity.detail : undefined;
      if (!detail) continue;
      const status = ASSIGNMENT_STATUS[String(detail.status)];
      if (!status || status === 'cancelled') continue;
      const canonicals = Array.isArray(detail.instantiatesCanonical) ? detail.instantiatesCanonical.filter((c): c is string => typeof c === 'string') : [];
      for (const canonical of canonicals) {
        const key = canonical.split('|')[0]!;
        if (assignments.has(key)) continue;
        const scheduled = isRecord(detail.scheduledPeriod) ? detail.scheduledPeriod : undefined;
        assignments.set(key, {
          plan: readText(plan.title) ?? readText(plan.description) ?? '',
          by: readText(isRecord(plan.author) ? plan.author.display : undefined),
          status,
          assigned: parseFhirDateTime(plan.created) ?? parseFhirDateTime(isRecord(plan.period) ? plan.period.start : undefined),
          due: parseFhirDateTime(scheduled?.end),
          note: readText(detail.description),
        });
      }
    }
  }
  return assignments;
}

/**
 * FHIR resources from one source (ActivityDefinitions and the citizen's CarePlans) -> tools.
 * A definition without an id or a title cannot be shown truthfully and becomes a problem;
 * retired and draft tools are not offered.
 */
export function toToolViews(resources: readonly Resource[], source: SourceInfo | undefined): MappedTools {
  const assignments = assignmentsOf(resources);
  const tools: ToolView[] = [];
  const problems: ResourceProblem[] = [];
  const seen = new Set<string>();
  resources.forEach((resource, index) => {
    if (resource.resourceType !== 'ActivityDefinition') return;
    const definition = resource as ActivityDefinition;
    if (typeof definition.id !== 'string') return void problems.push({ index, resourceType: 'ActivityDefinition', reason: 'missing id' });
    // The same definition twice (e.g. returned by both searches) is one tool.
    if (seen.has(definition.id)) return;
    seen.add(definition.id);
    if (definition.status !== 'active') return;
    const title = readText(definition.title) ?? readText(definition.name);
    if (!title) return void problems.push({ index, resourceType: 'ActivityDefinition', id: definition.id, reason: 'missing title' });
    const { link, refused } = readHandoffLink(definition, TOOL_LAUNCH);
    const description = readText(definition.description);
    const sourceName = source?.name ?? readText(definition.publisher) ?? '';
    const assignment = canonicalKeys(definition).map((key) => assignments.get(key)).find(Boolean);
    tools.push({
      key: `${source?.id ?? 'bundle'}/${definition.id}`,
      id: definition.id,
      sourceId: source?.id ?? '',
      sourceName,
      title,
      description,
      language: typeof definition.language === 'string' ? definition.language : undefined,
      category: categoryOf(definition),
      launch: link,
      launchRefused: refused === true || !link,
      assignment,
      searchText: [title, description ?? '', sourceName, assignment?.plan ?? ''].join(' ').toLowerCase(),
    });
  });
  return { tools, problems };
}

/** Assigned tools first (unfinished before finished, soonest due first), then by title. */
export function sortTools(tools: readonly ToolView[], locale: string): ToolView[] {
  const rank = (t: ToolView) => (!t.assignment ? 2 : t.assignment.status === 'completed' ? 1 : 0);
  return [...tools].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.assignment?.due?.getTime() ?? Infinity) - (b.assignment?.due?.getTime() ?? Infinity) ||
      a.title.localeCompare(b.title, locale),
  );
}

export interface ToolFilter {
  query: string;
  category: ToolCategory | 'all';
  assignedOnly: boolean;
  /** The category names in the citizen's language, so "kartlegging" finds the mapping tools. */
  categoryNames?: Readonly<Record<ToolCategory, string>>;
}

/** The tools that match the search words (all of them, anywhere in the text) and filters. */
export function filterTools(tools: readonly ToolView[], filter: ToolFilter): ToolView[] {
  const words = filter.query.toLowerCase().split(/\s+/).filter(Boolean);
  return tools.filter((tool) => {
    if (filter.category !== 'all' && tool.category !== filter.category) return false;
    if (filter.assignedOnly && tool.assignment === undefined) return false;
    const categoryName = tool.category && filter.categoryNames ? filter.categoryNames[tool.category].toLowerCase() : '';
    const haystack = categoryName ? `${tool.searchText} ${categoryName}` : tool.searchText;
    return words.every((word) => haystack.includes(word));
  });
}
