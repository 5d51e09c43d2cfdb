// Malformed FHIR: answers that are not a Bundle at all, and Bundles whose entries break every field
// the components read. Whatever comes in, a component must show data, a per-item "could not be
// shown" notice or an alert — never a blank area, never an uncaught error.

/** 200,000 characters: a title or description nobody should have to read in full. */
export const HUGE = 'Veldig lang tekst '.repeat(11_200);

/** Junk nested `levels` deep (no shared parts), shaped a little like FHIR at every level. */
export function deepJunk(levels: number): unknown {
  let value: unknown = { resourceType: 'Bundle', entry: [] };
  for (let i = 0; i < levels; i += 1) value = i % 2 ? { resourceType: 'Bundle', entry: [{ resource: value }] } : { nested: [[value]] };
  // The outside is not a Bundle: the inside is only ever seen by code that walks too far.
  return { nested: value };
}

/** `key` nested `levels` deep: `{ [key]: [{ [key]: [...] }] }`, as sections nest in a Composition. */
export function deepList(key: string, levels: number, leaf: Record<string, unknown> = {}): Record<string, unknown> {
  let value: Record<string, unknown> = { title: 'Innerst', ...leaf };
  for (let i = 0; i < levels; i += 1) value = { title: `Nivå ${levels - i}`, [key]: [value] };
  return value;
}

/** Whole values given where a Bundle belongs (`.bundle`, or a search answer). */
export const NOT_BUNDLES: [what: string, value: unknown][] = [
  ['null', null],
  ['a number', 42],
  ['a boolean', true],
  ['a string', 'Bundle'],
  ['an empty string', ''],
  ['an array of Bundles', [{ resourceType: 'Bundle', entry: [] }]],
  ['an empty object', {}],
  ['another resource type', { resourceType: 'Patient', id: 'kari' }],
  ['an OperationOutcome with 200', { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'exception' }] }],
  ['resourceType in the wrong case', { resourceType: 'bundle', entry: [] }],
  ['resourceType as a number', { resourceType: 7, entry: [] }],
  ['a Bundle whose entry is a string', { resourceType: 'Bundle', entry: 'entries' }],
  ['a Bundle whose entry is an object', { resourceType: 'Bundle', entry: { resource: { resourceType: 'Appointment', id: 'a' } } }],
  ['a Bundle whose entry is null', { resourceType: 'Bundle', entry: null }],
  ['a Bundle whose entry is a number', { resourceType: 'Bundle', entry: 3 }],
  ['JSON that is not FHIR', { data: [{ id: 1, name: 'Kari' }], meta: { page: 1, next: '/api?page=2' } }],
  ['deeply nested junk', deepJunk(400)],
];

/** Values a field can have when it has the wrong type. */
export const WRONG_TYPES: [what: string, value: unknown][] = [
  ['null', null],
  ['a number', -1],
  ['NaN-ish', Number.MAX_SAFE_INTEGER],
  ['a boolean', false],
  ['a string', 'tekst'],
  ['an empty string', ''],
  ['an array of junk', [null, 7, 'x', [], {}]],
  ['an object', { unexpected: { deeper: [1, 2, 3] } }],
  ['a huge string', HUGE],
];

/** Strings that look like dates and are not, or are dates nobody expects. */
export const BAD_DATES = ['31.12.2026', '2026-13-45T25:61:00Z', '0000-00-00', 'i morgen', '2026-02-30', '+275760-09-13T00:00:00Z', '1969-12-31T23:59:59.999Z', '2026-11-20T09:00:00', ''];

/** Ids and references that are wrong in shape or point nowhere. */
export const BAD_IDS: unknown[] = [undefined, '', 'a/b', '../../Patient/kari', 'id with spaces', 'x'.repeat(300), 5, null, { id: 'x' }];

/** Keys whose values are data to show or use; the generator replaces each with every wrong type. */
const SKIP_KEYS = new Set(['resourceType']);

interface Json {
  [key: string]: unknown;
}

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every path (up to `depth` keys deep) of the resource's fields, with array indexes. */
function paths(value: unknown, depth: number, prefix: (string | number)[] = []): (string | number)[][] {
  if (depth === 0) return [];
  const found: (string | number)[][] = [];
  if (Array.isArray(value)) {
    value.slice(0, 2).forEach((item, index) => {
      found.push([...prefix, index]);
      found.push(...paths(item, depth - 1, [...prefix, index]));
    });
  } else if (isRecord(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (SKIP_KEYS.has(key)) continue;
      found.push([...prefix, key]);
      found.push(...paths(child, depth - 1, [...prefix, key]));
    }
  }
  return found;
}

function setPath(target: unknown, path: (string | number)[], value: unknown): void {
  let node = target as Json;
  for (const key of path.slice(0, -1)) node = node[key as string] as Json;
  node[path[path.length - 1] as string] = value;
}

/**
 * Copies of each resource, each with one field (at any depth up to `depth`) given a wrong type,
 * a bad date or a bad id. Every copy gets an id of its own (unless the id is what is broken), so
 * the good originals stay as they are. `limit` keeps the bundle to a size a test can render quickly.
 */
export function mutations(resources: readonly unknown[], { depth = 3, limit = 600 } = {}): unknown[] {
  const out: unknown[] = [];
  let n = 0;
  for (const resource of resources) {
    if (!isRecord(resource)) continue;
    for (const path of paths(resource, depth)) {
      const key = path[path.length - 1];
      const isDate = typeof key === 'string' && /date|start|end|sent|received|recorded|authoredOn|period|lastModified|issued/i.test(key);
      const values: unknown[] = key === 'id' ? BAD_IDS : [...WRONG_TYPES.map(([, v]) => v), ...(isDate ? BAD_DATES : [])];
      for (const value of values) {
        const copy = structuredClone(resource);
        if (key !== 'id') copy['id'] = `${String(resource['id'])}-m${n}`;
        n += 1;
        if (value === undefined) delete (copy as Json)[key as string];
        else setPath(copy, path, value);
        out.push(copy);
      }
    }
  }
  // Spread the sample over all resources and fields rather than cutting off the last ones.
  if (out.length <= limit) return out;
  const step = out.length / limit;
  return Array.from({ length: limit }, (_, i) => out[Math.floor(i * step)]);
}

/**
 * Entries that are broken as entries (not as resources), plus references that go nowhere or in
 * circles, and the same id twice with different content. `resourceTypes` are the types the
 * component reads, so each gets its share.
 */
export function brokenEntries(resourceTypes: readonly string[]): unknown[] {
  // Entries that are not entries
  const entries: unknown[] = [null, 1, 'tekst', [], {}, { resource: null }, { resource: 'Appointment' }, { resource: [] }, { resource: { id: 'uten-type' } }, { resource: { resourceType: 'Ukjent', id: 'u' } }, { fullUrl: 42, resource: { resourceType: 'Patient' } }, { fullUrl: 'javascript:alert(1)', resource: { resourceType: 'Organization', id: 'js' } }];
  const resources: unknown[] = [];
  for (const type of resourceTypes) {
    resources.push(
      { resource: { resourceType: type } },
      { resource: { resourceType: type, id: 'a/b' } },
      { resource: { resourceType: type, id: `${type}-til-ingensteds`, status: 'booked', subject: { reference: 'Patient/finnes-ikke' }, patient: { reference: `Patient/${'x'.repeat(500)}` }, focus: { reference: 'Questionnaire/finnes-ikke' }, author: [{ reference: 'Practitioner/finnes-ikke' }], custodian: { reference: 'Organization/' }, participant: [{ actor: { reference: 'Location/finnes-ikke' } }], agent: [{ who: { reference: '#contained-finnes-ikke' } }] } },
      // References that point at themselves and at each other
      { resource: { resourceType: type, id: `${type}-sirkel-a`, partOf: [{ reference: `${type}/${type}-sirkel-b` }], inResponseTo: [{ reference: `${type}/${type}-sirkel-b` }], basedOn: [{ reference: `${type}/${type}-sirkel-a` }], relatesTo: [{ code: 'replaces', target: { reference: `${type}/${type}-sirkel-b` } }] } },
      { resource: { resourceType: type, id: `${type}-sirkel-b`, partOf: [{ reference: `${type}/${type}-sirkel-a` }], inResponseTo: [{ reference: `${type}/${type}-sirkel-a` }], focus: { reference: `${type}/${type}-sirkel-b` } } },
      // The same id twice, with different content
      { resource: { resourceType: type, id: `${type}-dobbel`, status: 'booked', title: 'Første' } },
      { resource: { resourceType: type, id: `${type}-dobbel`, status: 5, title: ['Andre'] } },
      // JSON-valid, FHIR-shaped, but every field the wrong type at once
      { resource: { resourceType: type, id: `${type}-alt-feil`, status: {}, title: 7, description: [], date: 'i går', start: true, end: null, sent: {}, recorded: [], period: 'hele tiden', participant: 'alle', payload: 'tekst', content: 'pdf', section: {}, agent: 3, topic: 'læring', extension: 'ext', activity: 'gjøre noe', category: [null, 'x', { coding: 'y' }], identifier: 'id', meta: 'meta', text: 'tekst', contained: {} } },
      // Deep nesting where the models walk recursively (sections, parts, activities, participants)
      { resource: { resourceType: type, id: `${type}-dyp`, status: 'final', ...deepList('section', 300), part: deepList('part', 300), activity: [deepList('activity', 300)] } },
      // A huge resource
      { resource: { resourceType: type, id: `${type}-stor`, status: 'active', title: HUGE, description: HUGE, text: { status: 'generated', div: `<div xmlns="http://www.w3.org/1999/xhtml">${HUGE}</div>` } } },
    );
  }
  return [...entries, ...resources];
}

/** Raw answers a live source might give, as the body of a 200 response. */
export const BROKEN_ANSWERS: [what: string, body: string, contentType: string][] = [
  ['not JSON', '{"resourceType":"Bundle","entry":[{"resource":', 'application/fhir+json'],
  ['an HTML login page', '<!doctype html><title>Logg inn</title><form action="/login"><input name="u"></form>', 'text/html'],
  ['an empty body', '', 'application/fhir+json'],
  ['a byte order mark and junk', '\ufeff\u0000\u0001{}', 'application/fhir+json'],
];
