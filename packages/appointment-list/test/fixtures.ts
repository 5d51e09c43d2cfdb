import type { Appointment, Bundle, Location, Organization, Practitioner, Resource, HealthcareService } from '@medplum/fhirtypes';
import type { Session } from '@hn-elements/core';
import { onBehalfOf, PER } from '@hn-elements/test-support/people.js';

export const NOW = new Date('2026-11-20T09:00:00Z');

export function appointment(overrides: Partial<Appointment> & { id: string }): Appointment {
  return {
    resourceType: 'Appointment',
    status: 'booked',
    start: '2026-11-24T09:00:00Z',
    end: '2026-11-24T09:30:00Z',
    serviceType: [{ text: 'Kontroll hos øyelege' }],
    participant: [
      { actor: { reference: 'Patient/kari' }, status: 'accepted' },
      { actor: { reference: 'Practitioner/lege1' }, status: 'accepted' },
      { actor: { reference: 'Location/poliklinikk' }, status: 'accepted' },
      { actor: { reference: 'HealthcareService/oye' }, status: 'accepted' },
    ],
    ...overrides,
  };
}

export const practitioner: Practitioner = {
  resourceType: 'Practitioner',
  id: 'lege1',
  name: [{ given: ['Ingrid'], family: 'Berg' }],
};

export const organization: Organization = { resourceType: 'Organization', id: 'hus', name: 'Haukeland universitetssjukehus' };

export const location: Location = {
  resourceType: 'Location',
  id: 'poliklinikk',
  name: 'Øyepoliklinikken',
  address: { line: ['Jonas Lies vei 72'], postalCode: '5021', city: 'Bergen' },
  managingOrganization: { reference: 'Organization/hus' },
};

export const videoRoom: Location = {
  resourceType: 'Location',
  id: 'video',
  name: 'Video',
  physicalType: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/location-physical-type', code: 'vi' }] },
  telecom: [{ system: 'url', value: 'https://video.example.org/room/abc123' }],
};

export const service: HealthcareService = {
  resourceType: 'HealthcareService',
  id: 'oye',
  name: 'Øyeavdelingen',
  providedBy: { reference: 'Organization/hus' },
};

export function bundleOf(resources: unknown[]): Bundle {
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    entry: resources.map((resource) => ({ resource: resource as Resource })),
  };
}

export const standardBundle = (): Bundle =>
  bundleOf([
    appointment({ id: 'a1', patientInstruction: 'Møt 15 minutter før. Ta med oversikt over medisinene dine.' }),
    appointment({
      id: 'a2',
      start: '2026-12-02T13:00:00Z',
      end: '2026-12-02T13:20:00Z',
      serviceType: [{ text: 'Samtale om behandling' }],
      appointmentType: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationMode', code: 'VIDEOCONF' }] },
      participant: [{ actor: { reference: 'Patient/kari' }, status: 'accepted' }, { actor: { reference: 'Location/video' }, status: 'accepted' }],
    }),
    appointment({ id: 'a3', status: 'fulfilled', start: '2026-10-01T08:00:00Z', end: '2026-10-01T08:30:00Z' }),
    appointment({ id: 'a4', status: 'cancelled', start: '2026-11-30T08:00:00Z', end: '2026-11-30T08:30:00Z', serviceType: [{ text: 'Blodprøve' }] }),
    practitioner,
    organization,
    location,
    videoRoom,
    service,
  ]);

export { SOURCES, session, onBehalfOfOla } from '@hn-elements/test-support/people.js';

/** A power of attorney that does not cover appointments (the list must fetch nothing). */
export const onBehalfOfPerWithoutAppointments = (): Partial<Session> => onBehalfOf(PER, 'power-of-attorney', ['inbox', 'tools']);
