import type { Bundle, Resource } from '@medplum/fhirtypes';

/** A resource that could not be used, and why, so it can be reported per item. */
export interface ResourceProblem {
  /** Index of the entry in the bundle. */
  index: number;
  /**
   * The resource's type, when it is a well-formed type name. A type that is not one (`appointment`,
   * `42`) is left undefined: nobody can tell what the entry was meant to be, so every component that
   * reads the bundle counts it as one of its own that could not be shown.
   */
  resourceType?: string;
  /** The `resourceType` as the source sent it, when it was a string but not a type name (for logs). */
  claimedType?: string;
  id?: string;
  reason: string;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A repeating element of a resource as read from JSON: its items when it is an array, else none. */
export function listOf(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

const ID_PATTERN = /^[A-Za-z0-9\-.]{1,64}$/;
const TYPE_PATTERN = /^[A-Z][A-Za-z]+$/;

/** How `category` is typed, by resource type: in FHIR R4 it is a list of CodeableConcepts unless named here. */
const CATEGORY_SHAPE: Readonly<Record<string, 'one concept' | 'codes'>> = {
  Procedure: 'one concept',
  MedicationStatement: 'one concept',
  MedicationAdministration: 'one concept',
  MedicationDispense: 'one concept',
  SupplyRequest: 'one concept',
  AllergyIntolerance: 'codes',
};

function categoryProblem(resourceType: string, category: unknown): string | undefined {
  if (category === undefined) return undefined;
  const shape = CATEGORY_SHAPE[resourceType];
  if (shape === 'one concept') return isRecord(category) ? undefined : 'invalid category';
  if (!Array.isArray(category)) return 'invalid category';
  const fits = shape === 'codes' ? (item: unknown) => typeof item === 'string' : isRecord;
  return category.every(fits) ? undefined : 'invalid category';
}

/**
 * The minimum every resource must have to be used at all: a type name (`Appointment`, never
 * `appointment`), and, when present, a valid id, a `status` that is a code (a non-empty string, as
 * every R4 `status` is) and a `category` of the type FHIR gives it. A resource that fails is a
 * problem: left out and counted, never dropped unseen.
 */
export function resourceShapeProblem(value: unknown): string | undefined {
  if (!isRecord(value)) return 'not an object';
  const type = value['resourceType'];
  if (typeof type !== 'string' || !TYPE_PATTERN.test(type)) return 'missing resourceType';
  if (value['id'] !== undefined && (typeof value['id'] !== 'string' || !ID_PATTERN.test(value['id']))) return 'invalid id';
  if (value['status'] !== undefined && (typeof value['status'] !== 'string' || value['status'].trim() === '')) return 'invalid status';
  return categoryProblem(type, value['category']);
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
      const type = record['resourceType'];
      problems.push({
        index,
        reason: problem,
        resourceType: typeof type === 'string' && TYPE_PATTERN.test(type) ? type : undefined,
        ...(typeof type === 'string' && !TYPE_PATTERN.test(type) ? { claimedType: type } : {}),
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

/**
 * A relative (`Type/id`) or absolute reference that ends in `Type/id` (a version may follow). The
 * type starts the reference or follows a `/`, so `xPatient/1` names no type.
 */
const TYPED_REFERENCE = /(?:^|\/)([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[^/]+)?$/;

/** The resource type a reference names (`Practitioner` of `…/Practitioner/7`), or undefined. */
export function referenceType(reference: string | undefined): string | undefined {
  return reference ? TYPED_REFERENCE.exec(reference)?.[1] : undefined;
}

/** Resolves a relative (`Type/id`) or absolute reference that ends in `Type/id`. */
export function resolveReference<T extends Resource>(
  index: ReadonlyMap<string, Resource>,
  reference: string | undefined,
  type: T['resourceType'],
): T | undefined {
  if (!reference) return undefined;
  const match = TYPED_REFERENCE.exec(reference);
  if (!match || match[1] !== type) return undefined;
  const found = index.get(`${match[1]}/${match[2]}`);
  return found?.resourceType === type ? (found as T) : undefined;
}
