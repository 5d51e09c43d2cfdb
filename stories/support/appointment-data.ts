// Synthetic appointments for stories, with dates relative to today so "upcoming" stays upcoming.
import type { Appointment, Bundle, Resource } from '@medplum/fhirtypes';

const DAY = 24 * 60 * 60 * 1000;

function at(daysFromNow: number, hour: number, minutes = 0): string {
  const date = new Date(Date.now() + daysFromNow * DAY);
  date.setUTCHours(hour - 1, minutes, 0, 0);
  return date.toISOString();
}

function appointment(id: string, days: number, hour: number, fields: Partial<Appointment>): Appointment {
  return {
    resourceType: 'Appointment',
    id,
    status: 'booked',
    start: at(days, hour),
    end: at(days, hour, 30),
    participant: [
      { actor: { reference: 'Patient/kari' }, status: 'accepted' },
      { actor: { reference: 'Location/poliklinikk' }, status: 'accepted' },
      { actor: { reference: 'Practitioner/berg' }, status: 'accepted' },
      { actor: { reference: 'HealthcareService/oye' }, status: 'accepted' },
    ],
    ...fields,
  };
}

const shared: Resource[] = [
  { resourceType: 'Practitioner', id: 'berg', name: [{ given: ['Ingrid'], family: 'Berg' }] },
  { resourceType: 'Organization', id: 'hus', name: 'Haukeland universitetssjukehus' },
  {
    resourceType: 'Location',
    id: 'poliklinikk',
    name: 'Øyepoliklinikken, inngang B',
    address: { line: ['Jonas Lies vei 72'], postalCode: '5021', city: 'Bergen' },
    managingOrganization: { reference: 'Organization/hus' },
  },
  {
    resourceType: 'Location',
    id: 'video',
    name: 'Videorom',
    physicalType: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/location-physical-type', code: 'vi' }] },
    telecom: [{ system: 'url', value: 'https://video.example.org/room/abc123' }],
  },
  { resourceType: 'HealthcareService', id: 'oye', name: 'Øyeavdelingen', providedBy: { reference: 'Organization/hus' } },
];

const bundle = (resources: unknown[]): Bundle => ({
  resourceType: 'Bundle',
  type: 'searchset',
  entry: resources.map((resource) => ({ resource: resource as Resource })),
});

export const hospitalAppointments = (): Bundle =>
  bundle([
    appointment('kontroll', 3, 10, {
      serviceType: [{ text: 'Kontroll hos øyelege' }],
      // "Endre time": a deep link into the hospital's booking, performed as a seamless hand-off.
      extension: [
        {
          url: 'https://hn-elements.example.org/fhir/StructureDefinition/appointment-change-link',
          extension: [{ url: 'link', valueUrl: 'https://vendor.example.org/booking/kontroll/change' }],
        },
      ],
      patientInstruction: 'Møt 15 minutter før. Ta med oversikt over medisinene dine. Du får øyedråper og kan ikke kjøre bil etterpå.',
    }),
    appointment('video', 9, 13, {
      serviceType: [{ text: 'Samtale om behandlingen' }],
      appointmentType: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationMode', code: 'VIDEOCONF' }] },
      participant: [
        { actor: { reference: 'Patient/kari' }, status: 'accepted' },
        { actor: { reference: 'Location/video' }, status: 'accepted' },
        { actor: { reference: 'Practitioner/berg' }, status: 'accepted' },
      ],
    }),
    appointment('venter', 21, 8, { status: 'pending', serviceType: [{ text: 'Operasjon, grå stær' }] }),
    appointment('avlyst', 5, 9, { status: 'cancelled', serviceType: [{ text: 'Blodprøve' }] }),
    appointment('gjennomfort', -20, 11, { status: 'fulfilled', serviceType: [{ text: 'Første time hos øyelege' }] }),
    appointment('ikke-mott', -60, 14, { status: 'noshow', serviceType: [{ text: 'Synstest' }] }),
    ...shared,
  ]);

export const gpAppointments = (): Bundle =>
  bundle([
    {
      resourceType: 'Appointment',
      id: 'fastlege',
      status: 'booked',
      start: at(6, 8, 15),
      end: at(6, 8, 35),
      serviceType: [{ text: 'Time hos fastlegen' }],
      appointmentType: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationMode', code: 'PHONE' }] },
      participant: [
        { actor: { reference: 'Patient/kari' }, status: 'accepted' },
        { actor: { reference: 'Practitioner/lie' }, status: 'accepted' },
      ],
    },
    { resourceType: 'Practitioner', id: 'lie', name: [{ text: 'Fastlege Jonas Lie' }] },
  ]);

export const emptyBundle = (): Bundle => bundle([]);

export const partlyBrokenBundle = (): Bundle =>
  bundle([
    ...(hospitalAppointments().entry ?? []).map((e) => e.resource),
    null,
    { resourceType: 'Appointment', id: 'uten-tid', status: 'booked' },
    { resourceType: 'Appointment', id: 'rar-status', status: 'kanskje', start: at(2, 9) },
  ]);

export const hostileBundle = (): Bundle =>
  bundle([
    appointment('fiendtlig', 4, 12, {
      serviceType: [{ text: '<img src=x onerror="alert(1)"> Kontroll' }],
      patientInstruction: '<script>alert("xss")</script> Ta med legitimasjon.',
    }),
    {
      resourceType: 'Location',
      id: 'poliklinikk',
      name: '<b onmouseover=alert(1)>Poliklinikk</b>',
      telecom: [{ system: 'url', value: 'javascript:alert(1)' }],
    },
  ]);
