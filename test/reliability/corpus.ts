// Malformed FHIR: values that claim to be, or contain, FHIR and are not what the models expect.

const huge = 'x'.repeat(200_000);
const deep = (levels: number): unknown => (levels === 0 ? { resourceType: 'Bundle' } : { nested: deep(levels - 1), entry: [deep(levels - 1)] });

/** Whole values given as `.bundle`. */
export const NOT_BUNDLES: [string, unknown][] = [
  ['null', null],
  ['a number', 42],
  ['a string', 'Bundle'],
  ['an array', [{ resourceType: 'Bundle' }]],
  ['an empty object', {}],
  ['another resource type', { resourceType: 'Patient', id: 'p' }],
  ['a Bundle with entry as a string', { resourceType: 'Bundle', entry: 'entries' }],
  ['a Bundle with entry as an object', { resourceType: 'Bundle', entry: { resource: {} } }],
  ['JSON that is not FHIR', { data: [{ id: 1, name: 'x' }], meta: { page: 1 } }],
  ['deeply nested junk', deep(12)],
];

/** Entries that break every field the components read, inside an otherwise valid Bundle. */
export function brokenEntries(): unknown[] {
  const wrongTypes = {
    id: 'wrong-types',
    status: 5,
    start: { when: 'soon' },
    end: ['later'],
    sent: 'yesterday',
    date: '31.12.2026',
    recorded: -1,
    title: ['a', 'title'],
    description: { text: 'x' },
    participant: 'everyone',
    payload: 7,
    content: [{ attachment: { contentType: 'application/pdf', data: '%%% not base64 %%%' } }],
    section: 'sections',
    topic: 'learning',
    extension: 'ext',
    category: [null, 'x', { coding: 'y' }],
    subject: 'Patient/kari',
    author: [{ reference: 17 }],
    agent: null,
  };
  const entries: unknown[] = [null, 1, 'text', [], { resource: null }, { resource: 'Appointment' }, { resource: { id: 'no-type' } }];
  for (const resourceType of ['Appointment', 'Communication', 'Task', 'DocumentReference', 'Composition', 'AuditEvent', 'ActivityDefinition', 'CarePlan']) {
    entries.push({ resource: { resourceType, ...wrongTypes } });
    entries.push({ resource: { resourceType, id: 'bad/id with spaces' } });
    entries.push({ resource: { resourceType, id: `huge-${resourceType}`, status: 'active', title: huge, description: huge } });
    entries.push({ resource: { resourceType, id: `ref-${resourceType}`, status: 'booked', subject: { reference: 'Patient/nobody' }, participant: [{ actor: { reference: `${resourceType}/ref-${resourceType}` } }] } });
  }
  return entries;
}
