import type { ActivityDefinition, Bundle, CarePlan, CarePlanActivityDetail, Resource } from '@medplum/fhirtypes';
import { TOOL_CATEGORY_SYSTEM, TOOL_LAUNCH, type ToolCategory } from '../src/model.js';

export function tool(id: string, fields: Partial<ActivityDefinition> & { category?: ToolCategory; link?: string; smart?: boolean } = {}): ActivityDefinition {
  const { category = 'learning', link = `https://vendor.example.org/tools/${id}`, smart = false, ...rest } = fields;
  return {
    resourceType: 'ActivityDefinition',
    id,
    url: `https://helse-bergen.example.org/fhir/ActivityDefinition/${id}`,
    status: 'active',
    title: `Verktøy ${id}`,
    description: `Beskrivelse av ${id}.`,
    publisher: 'Helse Bergen',
    topic: [{ coding: [{ system: TOOL_CATEGORY_SYSTEM, code: category }] }],
    extension: [{ url: TOOL_LAUNCH, extension: [{ url: 'link', valueUrl: link }, ...(smart ? [{ url: 'launch', valueCode: 'smart' }] : [])] }],
    ...rest,
  };
}

export function plan(id: string, activities: { canonical: string; status: string; due?: string; note?: string }[], fields: Partial<CarePlan> = {}): CarePlan {
  return {
    resourceType: 'CarePlan',
    id,
    status: 'active',
    intent: 'plan',
    title: 'Pakkeforløp for hjertesykdom',
    subject: { reference: 'Patient/kari' },
    author: { display: 'Hjertepoliklinikken' },
    activity: activities.map(({ canonical, status, due, note }) => ({
      detail: {
        instantiatesCanonical: [canonical],
        status: status as CarePlanActivityDetail['status'],
        ...(due ? { scheduledPeriod: { end: due } } : {}),
        ...(note ? { description: note } : {}),
      },
    })),
    ...fields,
  };
}

export function bundleOf(resources: unknown[]): Bundle {
  return { resourceType: 'Bundle', type: 'collection', entry: resources.map((resource) => ({ resource: resource as Resource })) };
}

export const catalogueBundle = (): Bundle =>
  bundleOf([
    tool('hjerteskolen', { title: 'Hjerteskolen', category: 'learning', description: 'Lær om hjertet ditt.' }),
    tool('smertedagbok', { title: 'Smertedagbok', category: 'mapping', description: 'Skriv ned smertene dine hver dag.' }),
    tool('angst', { title: 'Mestring av angst', category: 'treatment', description: 'Nettbehandling med behandler.', smart: true }),
    tool('sovn', { title: 'Bedre søvn', category: 'learning', description: 'Råd for god søvn.' }),
    plan(
      'p1',
      [
        { canonical: 'https://helse-bergen.example.org/fhir/ActivityDefinition/smertedagbok', status: 'in-progress' },
        { canonical: 'https://helse-bergen.example.org/fhir/ActivityDefinition/hjerteskolen|2', status: 'not-started', due: '2026-12-06', note: 'Gjør de tre første delene.' },
      ],
      { created: '2026-11-20T09:30:00+01:00' },
    ),
  ]);

/** Hand-off targets that must never get a launch control. */
export const HOSTILE_TARGETS = [
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '/relative/path',
  '//evil.example/x',
  'http://evil.example/x',
  'java\tscript:alert(1)',
  'javascript://vendor.example.org/%0aalert(1)',
  'https://user:pass@vendor.example.org/x',
  'https://vendor.example.org@evil.example/x',
  'http://localhost.evil.example/x',
  'blob:https://vendor.example.org/uuid',
  'not a url',
];
