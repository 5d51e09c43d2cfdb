import type { Representation, Session } from '../src/session.js';

export const KARI = { reference: 'Patient/kari', name: 'Kari Nordmann' };
export const PER = { reference: 'Patient/per', name: 'Per Nordmann' };
export const OLA = { reference: 'Patient/ola', name: 'Ola Nordmann' };

export function session(overrides: Partial<Session> = {}): Session {
  return {
    patient: KARI,
    actor: KARI,
    locale: 'nb',
    sources: [],
    handoff: { allowedOrigins: [] },
    ...overrides,
  };
}

export function onBehalfOf(person = PER, relation: Representation['relation'] = 'parent', overrides: Partial<Session> = {}): Session {
  return session({ patient: person, representation: { person, relation, scopes: ['appointments', 'inbox'] }, ...overrides });
}

/** The focused element, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
