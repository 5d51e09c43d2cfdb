// The same synthetic appointments for both sides of the comparison: a FHIR R4 Bundle of N
// appointments with a practitioner, a place and an organisation, dates relative to now.
import type { Bundle, Resource } from '@medplum/fhirtypes';

const STATUSES = ['booked', 'pending', 'booked', 'cancelled', 'booked', 'proposed'] as const;

export function appointmentBundle(count: number): Bundle {
  const now = Date.now();
  const resources: Resource[] = [
    { resourceType: 'Practitioner', id: 'lege', name: [{ given: ['Ingrid'], family: 'Berg' }] },
    { resourceType: 'Organization', id: 'hus', name: 'Haukeland universitetssjukehus' },
    { resourceType: 'Location', id: 'poliklinikk', name: 'Øyepoliklinikken', address: { line: ['Jonas Lies vei 72'], postalCode: '5021', city: 'Bergen' }, managingOrganization: { reference: 'Organization/hus' } },
  ];
  for (let i = 0; i < count; i += 1) {
    const start = new Date(now + (i + 1) * 3_600_000 * 7);
    resources.push({
      resourceType: 'Appointment',
      id: `a${i}`,
      status: STATUSES[i % STATUSES.length]!,
      start: start.toISOString(),
      end: new Date(start.getTime() + 30 * 60_000).toISOString(),
      serviceType: [{ text: `Kontroll nummer ${i + 1}` }],
      patientInstruction: i % 3 === 0 ? 'Møt 15 minutter før. Ta med oversikt over medisinene dine.' : undefined,
      participant: [
        { actor: { reference: 'Patient/kari' }, status: 'accepted' },
        { actor: { reference: 'Practitioner/lege' }, status: 'accepted' },
        { actor: { reference: 'Location/poliklinikk' }, status: 'accepted' },
      ],
    } as Resource);
  }
  return { resourceType: 'Bundle', type: 'searchset', entry: resources.map((resource) => ({ resource })) };
}
