// Builds the Session a story gives its component, from the Storybook toolbar globals.
// Only a type comes from core, so the helper does not pull core's runtime into the preview.
import type { Locale, PersonRef, Session } from '../packages/core/src/session.js';

export type RepresentationGlobal = 'self' | 'child' | 'power-of-attorney';

export const REPRESENTATIONS: readonly RepresentationGlobal[] = ['self', 'child', 'power-of-attorney'];

const kari: PersonRef = { reference: 'Patient/kari', name: 'Kari Nordmann' };
const ola: PersonRef = { reference: 'Patient/ola', name: 'Ola Nordmann' };
const per: PersonRef = { reference: 'Patient/per', name: 'Per Hansen' };

const LOCALES: readonly Locale[] = ['nb', 'nn', 'en'];

export function storyLocale(globals: Record<string, unknown>): Locale {
  const value = globals['locale'];
  return LOCALES.includes(value as Locale) ? (value as Locale) : 'nb';
}

export function storyRepresentation(globals: Record<string, unknown>): RepresentationGlobal {
  const value = globals['representation'];
  return REPRESENTATIONS.includes(value as RepresentationGlobal) ? (value as RepresentationGlobal) : 'self';
}

/**
 * The session for the toolbar's locale and representation: Kari Nordmann is logged in and
 * acts for herself, for her child Ola (all scopes) or for Per Hansen by power of attorney
 * (everything but the journal). `overrides` lets a story add sources or hand-off settings.
 */
export function storySession(globals: Record<string, unknown>, overrides: Partial<Session> = {}): Session {
  const base: Session = {
    actor: kari,
    patient: kari,
    locale: storyLocale(globals),
    sources: [],
    handoff: { allowedOrigins: ['https://vendor.example.org'] },
  };
  switch (storyRepresentation(globals)) {
    case 'child':
      base.patient = ola;
      base.representation = { person: ola, relation: 'parent', scopes: ['appointments', 'inbox', 'tools', 'journal'] };
      break;
    case 'power-of-attorney':
      base.patient = per;
      base.representation = { person: per, relation: 'power-of-attorney', scopes: ['appointments', 'inbox', 'tools'] };
      break;
    case 'self':
      break;
  }
  return { ...base, ...overrides };
}
