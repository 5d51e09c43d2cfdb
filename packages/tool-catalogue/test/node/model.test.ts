import { describe, it } from 'node:test';
import { expect } from 'chai';
import type { Resource } from '@medplum/fhirtypes';
import { filterTools, sortTools, toToolViews } from '../../src/model.js';
import { toolsFromBundle } from '../../src/load-tools.js';
import { bundleOf, catalogueBundle, HOSTILE_TARGETS, plan, tool } from '../fixtures.js';

const SOURCE = { id: 'helse-bergen', name: 'Helse Bergen' };
const resources = () => catalogueBundle().entry!.map((e) => e.resource!) as Resource[];

describe('toToolViews', () => {
  it('maps title, description, category, source and launch link', () => {
    const { tools, problems } = toToolViews(resources(), SOURCE);
    expect(problems).to.deep.equal([]);
    const school = tools.find((t) => t.id === 'hjerteskolen')!;
    expect(school).to.include({ key: 'helse-bergen/hjerteskolen', title: 'Hjerteskolen', category: 'learning', sourceName: 'Helse Bergen', launchRefused: false });
    expect(school.launch).to.deep.equal({ href: 'https://vendor.example.org/tools/hjerteskolen', smart: false });
    expect(tools.find((t) => t.id === 'angst')!.launch!.smart).to.equal(true);
  });

  it('attaches assignments from active care plans by canonical url (version ignored)', () => {
    const { tools } = toToolViews(resources(), SOURCE);
    const school = tools.find((t) => t.id === 'hjerteskolen')!;
    expect(school.assignment).to.include({ plan: 'Pakkeforløp for hjertesykdom', by: 'Hjertepoliklinikken', status: 'not-started', note: 'Gjør de tre første delene.' });
    expect(school.assignment!.due!.toISOString().slice(0, 10)).to.equal('2026-12-06');
    expect(school.assignment!.assigned!.toISOString()).to.equal('2026-11-20T08:30:00.000Z');
    expect(tools.find((t) => t.id === 'smertedagbok')!.assignment!.status).to.equal('in-progress');
    expect(tools.find((t) => t.id === 'sovn')!.assignment).to.equal(undefined);
  });

  it('takes the assignment date from CarePlan.created, else the start of its period', () => {
    const canonical = 'https://helse-bergen.example.org/fhir/ActivityDefinition/a';
    const withPeriod = toToolViews([tool('a'), plan('p', [{ canonical, status: 'not-started' }], { period: { start: '2026-10-01' } })], SOURCE).tools[0]!;
    expect(withPeriod.assignment!.assigned!.toISOString().slice(0, 10)).to.equal('2026-10-01');
    const neither = toToolViews([tool('a'), plan('p', [{ canonical, status: 'not-started' }], { author: 'x' as never, created: 'yesterday' })], SOURCE).tools[0]!;
    expect(neither.assignment).to.include({ assigned: undefined, by: undefined, plan: 'Pakkeforløp for hjertesykdom' });
  });

  it('ignores care plans that are not active and activities that were cancelled', () => {
    const { tools } = toToolViews(
      [
        tool('a'),
        tool('b'),
        plan('old', [{ canonical: 'https://helse-bergen.example.org/fhir/ActivityDefinition/a', status: 'in-progress' }], { status: 'completed' }),
        plan('stopped', [{ canonical: 'https://helse-bergen.example.org/fhir/ActivityDefinition/b', status: 'cancelled' }]),
      ],
      SOURCE,
    );
    expect(tools.map((t) => t.assignment)).to.deep.equal([undefined, undefined]);
  });

  it('drops every hostile launch target and marks the tool as not startable', () => {
    for (const target of HOSTILE_TARGETS) {
      const [view] = toToolViews([tool('x', { link: target })], SOURCE).tools;
      expect(view!.launch, target).to.equal(undefined);
      expect(view!.launchRefused, target).to.equal(true);
    }
    const [missing] = toToolViews([tool('y', { extension: [] })], SOURCE).tools;
    expect(missing!.launch).to.equal(undefined);
  });

  it('turns tools it cannot show truthfully into problems, and leaves out retired ones', () => {
    const { tools, problems } = toToolViews(
      [tool('ok'), { ...tool('no-id'), id: undefined }, tool('no-title', { title: '  ' }), tool('retired', { status: 'retired' }), tool('draft', { status: 'draft' })] as Resource[],
      SOURCE,
    );
    expect(tools.map((t) => t.id)).to.deep.equal(['ok']);
    expect(problems.map((p) => p.reason)).to.deep.equal(['missing id', 'missing title']);
  });

  it('shows a definition that appears twice once', () => {
    expect(toToolViews([tool('a'), tool('a'), tool('b')], SOURCE).tools.map((t) => t.id)).to.deep.equal(['a', 'b']);
  });

  it('survives fields of the wrong shape', () => {
    const odd = { ...tool('odd'), topic: 'learning', extension: [null, 5, { url: 'x' }], description: 42 } as unknown as Resource;
    const weirdPlan = { ...plan('p', []), activity: [null, { detail: null }, { detail: { instantiatesCanonical: 'not-a-list', status: 'in-progress' } }] } as unknown as Resource;
    const { tools } = toToolViews([odd, weirdPlan], SOURCE);
    expect(tools).to.have.length(1);
    expect(tools[0]).to.include({ category: undefined, description: undefined, launchRefused: true });
  });
});

describe('filterTools and sortTools', () => {
  const tools = sortTools(toToolViews(resources(), SOURCE).tools, 'nb');

  it('puts unfinished assignments first (soonest due first), then the rest by title', () => {
    expect(tools.map((t) => t.id)).to.deep.equal(['hjerteskolen', 'smertedagbok', 'sovn', 'angst']);
  });

  it('filters by every search word, category and assignment', () => {
    const all = { query: '', category: 'all' as const, assignedOnly: false };
    expect(filterTools(tools, { ...all, query: 'SØVN' }).map((t) => t.id)).to.deep.equal(['sovn']);
    expect(filterTools(tools, { ...all, query: 'hjertet lær' }).map((t) => t.id)).to.deep.equal(['hjerteskolen']);
    expect(filterTools(tools, { ...all, query: 'helse bergen' })).to.have.length(4);
    expect(filterTools(tools, { ...all, category: 'learning' }).map((t) => t.id)).to.deep.equal(['hjerteskolen', 'sovn']);
    expect(filterTools(tools, { ...all, assignedOnly: true }).map((t) => t.id)).to.deep.equal(['hjerteskolen', 'smertedagbok']);
    expect(filterTools(tools, { ...all, query: 'finnes ikke' })).to.deep.equal([]);
    const categoryNames = { learning: 'Læring', mapping: 'Kartlegging', treatment: 'Behandling' };
    expect(filterTools(tools, { ...all, query: 'kartlegging', categoryNames }).map((t) => t.id)).to.deep.equal(['smertedagbok']);
    expect(filterTools(tools, { ...all, query: 'kartlegging' }), 'without names the kind is not searched').to.deep.equal([]);
  });
});

describe('toolsFromBundle', () => {
  it('throws for something that is not a Bundle, and counts bad entries', () => {
    for (const value of [null, 'Bundle', { resourceType: 'ActivityDefinition' }, []]) {
      expect(() => toolsFromBundle(value, 'nb')).to.throw(/not a FHIR Bundle/);
    }
    const data = toolsFromBundle(bundleOf([tool('good'), null, 7, { resourceType: 'ActivityDefinition', id: 'bad id!' }]), 'nb');
    expect(data.tools.map((t) => t.id)).to.deep.equal(['good']);
    expect(data.skipped).to.equal(3);
  });
});
