import type { Bundle, Resource } from '@medplum/fhirtypes';

/** A resource that could not be used, and why, so it can be reported per item. */
export interface ResourceProblem {
  /** Index of the entry in the bundle. */
  index: number;
  resourceType?: string;
  id?: string;
  reason: string;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const ID_PATTERN = /^[A-Za-z0-9\-.]{1,64}$/;

/** The minimum every resource must have to be used at all: a known type name and, if present, a valid id. */
export function resourceShapeProblem(value: unknown): string | undefined {
  if (!isRecord(value)) return 'not an object';
  if (typeof value['resourceType'] !== 'string' || !/^[A-Z][A-Za-z]+$/.test(value['resourceType'])) return 'missing resourceType';
  if (value['id'] !== undefined && (typeof value['id'] !== 'string' || !ID_PATTERN.test(value['id']))) return 'invalid id';
  return undefined;
}

export interface BundleContents {
  resources: Resource[];
  /** Entries marked `search.mode = include` (or without a mode) are part of `resources` too. */
  problems: ResourceProblem[];
  nextUrl?: string;
  total?: number;
}

/**
 * Checks a value claimed to be a FHIR Bundle. Throws only when the whole thing is unusable
 * (not a Bundle); single bad entries become problems and are left out.
 */
export function readBundle(value: unknown): BundleContents {
  if (!isRecord(value) || value['resourceType'] !== 'Bundle') {
    throw new TypeError('Not a FHIR Bundle');
  }
  const bundle = value as unknown as Bundle;
  // No `entry` is an empty result; an `entry` that is not a list is a broken answer, never "nothing to show".
  if (bundle.entry !== undefined && !Array.isArray(bundle.entry)) throw new TypeError('Bundle.entry is not a list');
  const entries = bundle.entry ?? [];
  const resources: Resource[] = [];
  const problems: ResourceProblem[] = [];
  entries.forEach((entry, index) => {
    const resource = isRecord(entry) ? entry.resource : undefined;
    const problem = resourceShapeProblem(resource);
    if (problem) {
      const record = isRecord(resource) ? resource : {};
      problems.push({
        index,
        reason: problem,
        resourceType: typeof record['resourceType'] === 'string' ? record['resourceType'] : undefined,
        id: typeof record['id'] === 'string' ? record['id'] : undefined,
      });
      return;
    }
    resources.push(resource as Resource);
  });
  const links = Array.isArray(bundle.link) ? bundle.link : [];
  const next = links.find((link) => isRecord(link) && link.relation === 'next' && typeof link.url === 'string');
  return {
    resources,
    problems,
    nextUrl: next?.url,
    total: typeof bundle.total === 'number' ? bundle.total : undefined,
  };
}

/** `Type/id` of a resource, the key used to resolve references. */
export function referenceKey(resource: Resource): string | undefined {
  return resource.id ? `${resource.resourceType}/${resource.id}` : undefined;
}

/** Maps resources by `Type/id` for resolving references inside one source. */
export function indexByReference(resources: readonly Resource[]): Map<string, Resource> {
  const map = new Map<string, Resource>();
  for (const resource of resources) {
    const key = referenceKey(resource);
    if (key) map.set(key, resource);
  }
  return map;
}

/** Resolves a relative (`Type/id`) or absolute reference that ends in `Type/id`. */
export function resolveReference<T extends Resource>(
  index: ReadonlyMap<string, Resource>,
  reference: string | undefined,
  type: T['resourceType'],
): T | undefined {
  if (!reference) return undefined;
  const match = /([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[^/]+)?$/.exec(reference);
  if (!match || match[1] !== type) return undefined;
  const found = index.get(`${match[1]}/${match[2]}`);
  return found?.resourceType === type ? (found as T) : undefined;
}
