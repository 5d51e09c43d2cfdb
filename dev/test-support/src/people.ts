import type { PersonRef, Representation, Session, Source } from '@hn-elements/core';

/** The synthetic people of the embedded FHIR server's seed. */
export const KARI: PersonRef = { reference: 'Patient/kari', name: 'Kari Nordmann' };
export const OLA: PersonRef = { reference: 'Patient/ola', name: 'Ola Nordmann' };
export const PER: PersonRef = { reference: 'Patient/per', name: 'Per Hansen' };

/** The embedded server's three sources, as the test runner serves them. */
export const SOURCES: Source[] = [
  { id: 'helse-bergen', name: 'Helse Bergen', fhirBase: '/fhir/helse-bergen' },
  { id: 'fastlegen', name: 'Legesenteret i Sentrum', fhirBase: '/fhir/fastlegen' },
  { id: 'bergen-kommune', name: 'Bergen kommune', fhirBase: '/fhir/bergen-kommune' },
];

/** The embedded server's sources, each configured to write in `language` (`Source.language`). */
export function sourcesIn(language: string): Source[] {
  return SOURCES.map((source) => ({ ...source, language }));
}

/** Kari, logged in, acting for herself, with every source. */
export function session(overrides: Partial<Session> = {}): Session {
  return {
    actor: KARI,
    patient: KARI,
    locale: 'nb',
    sources: SOURCES,
    handoff: { allowedOrigins: ['https://vendor.example.org'] },
    ...overrides,
  };
}

/** The session fields for acting on behalf of someone. */
export function onBehalfOf(person: PersonRef, relation: Representation['relation'], scopes: Representation['scopes']): Partial<Session> {
  return { patient: person, representation: { person, relation, scopes } };
}

/** Ola, Kari's child: everything. */
export const onBehalfOfOla = (): Partial<Session> => onBehalfOf(OLA, 'parent', ['appointments', 'inbox', 'tools', 'journal']);

/** Per Hansen's power of attorney as the seed gives it: appointments, inbox and tools, not the journal. */
export const onBehalfOfPer = (): Partial<Session> => onBehalfOf(PER, 'power-of-attorney', ['appointments', 'inbox', 'tools']);
