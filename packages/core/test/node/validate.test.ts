import { describe, it } from 'node:test';
import { expect } from 'chai';
import type { Location, Practitioner, Resource } from '@medplum/fhirtypes';
import { indexByReference, isRecord, listOf, readBundle, referenceKey, referenceType, resolveReference, resourceShapeProblem } from '../../src/fhir/validate.js';

describe('readBundle', () => {
  it('reads a searchset: resources in order, the next link and the total', () => {
    const contents = readBundle({
      resourceType: 'Bundle',
      type: 'searchset',
      total: 12,
      link: [
        { relation: 'self', url: 'https://x.example/fhir/Appointment?_count=2' },
        { relation: 'next', url: 'https://x.example/fhir/Appointment?_count=2&page=2' },
      ],
      entry: [
        { resource: { resourceType: 'Appointment', id: 'a1' }, search: { mode: 'match' } },
        { resource: { resourceType: 'Location', id: 'l1' }, search: { mode: 'include' } },
      ],
    });
    expect(contents.resources.map((r) => `${r.resourceType}/${r.id}`)).to.deep.equal(['Appointment/a1', 'Location/l1']);
    expect(contents.problems).to.deep.equal([]);
    expect(contents.nextUrl).to.equal('https://x.example/fhir/Appointment?_count=2&page=2');
    expect(contents.total).to.equal(12);
  });

  it('turns every malformed entry into a problem with its index, and keeps the good ones, without throwing', () => {
    const entries: unknown[] = [
      null,
      [],
      'Appointment/a1',
      42,
      {},
      { resource: null },
      { resource: [] },
      { resource: { id: 'no-type' } },
      { resource: { resourceType: 42, id: 'x' } },
      { resource: { resourceType: 'appointment', id: 'lower' } },
      { resource: { resourceType: '', id: 'empty' } },
      { resource: { resourceType: 'Appointment', id: 'has space' } },
      { resource: { resourceType: 'Appointment', id: 'a'.repeat(65) } },
      { resource: { resourceType: 'Appointment', id: 7 } },
      { resource: { resourceType: 'Appointment', id: '' } },
      { resource: { resourceType: 'Appointment', id: '../../etc' } },
      { resource: { resourceType: 'Appointment', id: 'ok-1.2' } },
      { resource: { resourceType: 'Appointment' } },
    ];
    const bundle = { resourceType: 'Bundle', type: 'collection', entry: entries };
    let contents!: ReturnType<typeof readBundle>;
    expect(() => {
      contents = readBundle(bundle);
    }).not.to.throw();
    expect(contents.resources.map((r) => r.id)).to.deep.equal(['ok-1.2', undefined]);
    expect(contents.problems.map((p) => p.index)).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    const byIndex = new Map(contents.problems.map((p) => [p.index, p]));
    expect(byIndex.get(0)!.reason).to.equal('not an object');
    expect(byIndex.get(6)!.reason).to.equal('not an object');
    expect(byIndex.get(7)!.reason).to.equal('missing resourceType');
    expect(byIndex.get(7)!.id).to.equal('no-type');
    expect(byIndex.get(8)!.resourceType).to.equal(undefined);
    expect(byIndex.get(9)!.reason).to.equal('missing resourceType');
    expect(byIndex.get(11)).to.include({ reason: 'invalid id', resourceType: 'Appointment', id: 'has space' });
    expect(byIndex.get(12)!.reason).to.equal('invalid id');
    expect(byIndex.get(13)).to.include({ reason: 'invalid id', resourceType: 'Appointment', id: undefined });
    expect(byIndex.get(15)!.reason).to.equal('invalid id');
  });

  it('throws when entry is there but not a list: a broken answer must not read as "nothing to show"', () => {
    for (const entry of ['nope', {}, 3, null]) {
      expect(() => readBundle({ resourceType: 'Bundle', entry }), JSON.stringify(entry)).to.throw(TypeError, /entry/);
    }
  });

  it('tolerates a missing entry, a non-array link and a non-number total', () => {
    for (const shape of [
      { resourceType: 'Bundle' },
      { resourceType: 'Bundle', link: 'nope', total: '3' },
      { resourceType: 'Bundle', entry: [], link: [null, 3, { relation: 'next' }, { relation: 'next', url: 5 }] },
    ]) {
      const contents = readBundle(shape);
      expect(contents.resources).to.deep.equal([]);
      expect(contents.nextUrl).to.equal(undefined);
      expect(contents.total).to.equal(undefined);
    }
  });

  it('throws for anything that is not a Bundle', () => {
    for (const value of [undefined, null, 'Bundle', 3, [], [{ resourceType: 'Bundle' }], {}, { resourceType: 'OperationOutcome', issue: [] }]) {
      expect(() => readBundle(value), JSON.stringify(value)).to.throw(TypeError, /Bundle/);
    }
  });
});

describe('resourceShapeProblem: what makes a resource unusable (one row per case)', () => {
  const rows: Array<[what: string, resource: unknown, problem: string | undefined]> = [
    ['the minimum', { resourceType: 'Appointment' }, undefined],
    ['a valid id, status and list of categories', { resourceType: 'Communication', id: 'c1', status: 'completed', category: [{ text: 'Brev' }] }, undefined],
    ['an empty category list', { resourceType: 'DocumentReference', category: [] }, undefined],
    ['lower-case resourceType', { resourceType: 'appointment', id: 'a1' }, 'missing resourceType'],
    ['resourceType with a space', { resourceType: 'Pa tient' }, 'missing resourceType'],
    ['resourceType a number', { resourceType: 7 }, 'missing resourceType'],
    ['status a number', { resourceType: 'Appointment', id: 'a1', status: 3 }, 'invalid status'],
    ['status an object', { resourceType: 'Appointment', id: 'a1', status: { code: 'booked' } }, 'invalid status'],
    ['status a list', { resourceType: 'Task', status: ['requested'] }, 'invalid status'],
    ['status empty', { resourceType: 'Task', status: ' ' }, 'invalid status'],
    ['status null', { resourceType: 'Task', status: null }, 'invalid status'],
    ['category a number', { resourceType: 'DocumentReference', id: 'd1', category: 5 }, 'invalid category'],
    ['category a string', { resourceType: 'DocumentReference', category: 'brev' }, 'invalid category'],
    ['category one object where R4 has a list', { resourceType: 'Communication', category: { text: 'Brev' } }, 'invalid category'],
    ['category a list with a string in it', { resourceType: 'Observation', category: [{ text: 'Lab' }, 'lab'] }, 'invalid category'],
    ['category one concept, as Procedure has it', { resourceType: 'Procedure', category: { text: 'Kirurgi' } }, undefined],
    ['category a list where Procedure has one concept', { resourceType: 'Procedure', category: [{ text: 'Kirurgi' }] }, 'invalid category'],
    ['category codes, as AllergyIntolerance has them', { resourceType: 'AllergyIntolerance', category: ['food'] }, undefined],
    ['category concepts where AllergyIntolerance has codes', { resourceType: 'AllergyIntolerance', category: [{ text: 'Mat' }] }, 'invalid category'],
    ['an invalid id before anything else', { resourceType: 'Patient', id: 'k/ari', status: 3 }, 'invalid id'],
    ['not an object', 'x', 'not an object'],
  ];
  for (const [what, resource, problem] of rows) {
    it(`${what}: ${problem ?? 'usable'}`, () => {
      expect(resourceShapeProblem(resource)).to.equal(problem);
    });
  }

  it('readBundle leaves each of them out and counts it, with its type only when that is a type name', () => {
    const bad = rows.filter(([, , problem]) => problem !== undefined).map(([, resource]) => resource);
    const contents = readBundle({ resourceType: 'Bundle', entry: bad.map((resource) => ({ resource })) });
    expect(contents.resources).to.deep.equal([]);
    expect(contents.problems).to.have.length(bad.length);
    expect(contents.problems[0]).to.deep.equal({ index: 0, reason: 'missing resourceType', resourceType: undefined, claimedType: 'appointment', id: 'a1' });
    expect(contents.problems[2]!.resourceType, 'a number is no type').to.equal(undefined);
    expect(contents.problems[3]).to.include({ reason: 'invalid status', resourceType: 'Appointment', id: 'a1' });
  });
});

describe('resourceShapeProblem and isRecord', () => {
  it('accepts the minimum and names what is wrong otherwise', () => {
    expect(resourceShapeProblem({ resourceType: 'Patient', id: 'kari' })).to.equal(undefined);
    expect(resourceShapeProblem({ resourceType: 'Patient' })).to.equal(undefined);
    expect(resourceShapeProblem({ resourceType: 'Patient', id: 'k/ari' })).to.equal('invalid id');
    expect(resourceShapeProblem({ resourceType: 'Pa tient' })).to.equal('missing resourceType');
    expect(resourceShapeProblem('x')).to.equal('not an object');
  });

  it('isRecord is false for null, arrays and primitives', () => {
    expect(isRecord({})).to.equal(true);
    expect(isRecord(null)).to.equal(false);
    expect(isRecord([])).to.equal(false);
    expect(isRecord('x')).to.equal(false);
  });
});

describe('resolveReference', () => {
  const location: Location = { resourceType: 'Location', id: 'loc-1', name: 'Øyepoliklinikken' };
  const practitioner: Practitioner = { resourceType: 'Practitioner', id: 'pr.1' };
  const index = indexByReference([location, practitioner, { resourceType: 'Patient' } as Resource]);

  it('indexes by Type/id and skips resources without id', () => {
    expect([...index.keys()]).to.deep.equal(['Location/loc-1', 'Practitioner/pr.1']);
    expect(referenceKey(location)).to.equal('Location/loc-1');
    expect(referenceKey({ resourceType: 'Patient' })).to.equal(undefined);
  });

  it('resolves relative, absolute and versioned references', () => {
    expect(resolveReference<Location>(index, 'Location/loc-1', 'Location')).to.equal(location);
    expect(resolveReference<Location>(index, 'https://fhir.example.no/R4/Location/loc-1', 'Location')).to.equal(location);
    expect(resolveReference<Location>(index, 'https://Fhir.Example.no/Base/Location/loc-1', 'Location')).to.equal(location);
    expect(resolveReference<Location>(index, 'Location/loc-1/_history/3', 'Location')).to.equal(location);
    expect(resolveReference<Practitioner>(index, 'http://x/fhir/Practitioner/pr.1/_history/abc', 'Practitioner')).to.equal(practitioner);
  });

  it('gives undefined for the wrong type, unknown ids, contained and unreadable references', () => {
    expect(resolveReference<Practitioner>(index, 'Location/loc-1', 'Practitioner')).to.equal(undefined);
    expect(resolveReference<Location>(index, 'Location/loc-2', 'Location')).to.equal(undefined);
    expect(resolveReference<Location>(index, '#loc-1', 'Location')).to.equal(undefined);
    expect(resolveReference<Location>(index, undefined, 'Location')).to.equal(undefined);
    expect(resolveReference<Location>(index, '', 'Location')).to.equal(undefined);
    expect(resolveReference<Location>(index, 'Location/loc-1/extra', 'Location')).to.equal(undefined);
    expect(resolveReference<Location>(index, 'urn:uuid:1234', 'Location')).to.equal(undefined);
  });

  it('does not trust an index entry whose resource has another type than its key', () => {
    const lying = new Map<string, Resource>([['Location/loc-1', practitioner]]);
    expect(resolveReference<Location>(lying, 'Location/loc-1', 'Location')).to.equal(undefined);
  });
});

describe('referenceType: the type a reference names (one row per case)', () => {
  const cases: Array<[string | undefined, string | undefined]> = [
    ['Practitioner/7', 'Practitioner'],
    ['https://fhir.example.no/R4/Organization/org-1', 'Organization'],
    ['Device/pump.2/_history/4', 'Device'],
    ['xPatient/1', undefined],
    ['patient/1', undefined],
    ['#contained-1', undefined],
    ['urn:uuid:0f3c2b1a', undefined],
    ['Practitioner/7/extra', undefined],
    ['Practitioner/', undefined],
    ['', undefined],
    [undefined, undefined],
  ];
  for (const [reference, type] of cases) {
    it(`${JSON.stringify(reference)} -> ${type ?? 'no type'}`, () => {
      expect(referenceType(reference)).to.equal(type);
    });
  }
});

describe('listOf', () => {
  it("a repeating element's items when it is an array; nothing for anything else", () => {
    const items = [{ reference: 'Observation/1' }, 'x'];
    expect(listOf(items)).to.equal(items);
    for (const value of [undefined, null, 'Observation/1', 3, { reference: 'Observation/1' }]) expect(listOf(value), String(value)).to.deep.equal([]);
  });
});
