// The three fictional people in the synthetic data, and the Patient and
// RelatedPerson resources that every source holds for them.
//
// Simplification: every source uses the SAME logical ids (Patient/kari, Patient/ola,
// Patient/per). Real systems each have their own ids and are matched on the national
// identity number; here a component can use one reference against all sources.

/** Tag on every seeded resource, so nobody mistakes the data for real people. */
export const SYNTHETIC_TAG = Object.freeze({
  system: 'urn:hn-elements:data',
  code: 'synthetic',
  display: 'Syntetiske testdata (oppdiktede personer)',
});

/** Identifier system for the fictional people (not a real national id). */
export const PERSON_ID_SYSTEM = 'urn:hn-elements:synthetic-person';

/**
 * The people the components act for. Kari is the logged-in citizen; she is the
 * parent of Ola and has power of attorney for Per.
 */
export const people = Object.freeze({
  kari: Object.freeze({ reference: 'Patient/kari', name: 'Kari Nordmann', birthDate: '1985-04-12' }),
  ola: Object.freeze({ reference: 'Patient/ola', name: 'Ola Nordmann', birthDate: '2015-09-03' }),
  per: Object.freeze({ reference: 'Patient/per', name: 'Per Hansen', birthDate: '1942-02-20' }),
});

/** @typedef {keyof typeof people} PersonKey */

const ROLE_CODE = 'http://terminology.hl7.org/CodeSystem/v3-RoleCode';

/**
 * Patient and RelatedPerson resources for the three people.
 * @param {{ organization: string }} source  reference to the source's own Organization
 * @returns {import('@medplum/fhirtypes').Resource[]}
 */
export function peopleResources({ organization }) {
  /** @type {import('@medplum/fhirtypes').Resource[]} */
  const resources = [
    {
      resourceType: 'Patient',
      id: 'kari',
      identifier: [{ system: PERSON_ID_SYSTEM, value: 'kari' }],
      active: true,
      name: [{ use: 'official', text: 'Kari Nordmann', family: 'Nordmann', given: ['Kari'] }],
      gender: 'female',
      birthDate: people.kari.birthDate,
      address: [{ use: 'home', text: 'Eksempelveien 1, 5003 Bergen', line: ['Eksempelveien 1'], postalCode: '5003', city: 'Bergen', country: 'NO' }],
      communication: [{ language: { coding: [{ system: 'urn:ietf:bcp:47', code: 'nb', display: 'Norsk bokmål' }] }, preferred: true }],
      managingOrganization: { reference: organization },
    },
    {
      resourceType: 'Patient',
      id: 'ola',
      identifier: [{ system: PERSON_ID_SYSTEM, value: 'ola' }],
      active: true,
      name: [{ use: 'official', text: 'Ola Nordmann', family: 'Nordmann', given: ['Ola'] }],
      gender: 'male',
      birthDate: people.ola.birthDate,
      address: [{ use: 'home', text: 'Eksempelveien 1, 5003 Bergen', line: ['Eksempelveien 1'], postalCode: '5003', city: 'Bergen', country: 'NO' }],
      contact: [
        {
          relationship: [{ coding: [{ system: ROLE_CODE, code: 'MTH', display: 'mother' }], text: 'Mor' }],
          name: { text: 'Kari Nordmann', family: 'Nordmann', given: ['Kari'] },
        },
      ],
      managingOrganization: { reference: organization },
    },
    {
      resourceType: 'Patient',
      id: 'per',
      identifier: [{ system: PERSON_ID_SYSTEM, value: 'per' }],
      active: true,
      name: [{ use: 'official', text: 'Per Hansen', family: 'Hansen', given: ['Per'] }],
      gender: 'male',
      birthDate: people.per.birthDate,
      address: [{ use: 'home', text: 'Prøveveien 7, 5009 Bergen', line: ['Prøveveien 7'], postalCode: '5009', city: 'Bergen', country: 'NO' }],
      contact: [
        {
          relationship: [{ coding: [{ system: ROLE_CODE, code: 'POWATT', display: 'power of attorney' }], text: 'Fullmektig' }],
          name: { text: 'Kari Nordmann', family: 'Nordmann', given: ['Kari'] },
        },
      ],
      managingOrganization: { reference: organization },
    },
    {
      resourceType: 'RelatedPerson',
      id: 'kari-for-ola',
      identifier: [{ system: PERSON_ID_SYSTEM, value: 'kari' }],
      active: true,
      patient: { reference: people.ola.reference, display: people.ola.name },
      relationship: [{ coding: [{ system: ROLE_CODE, code: 'MTH', display: 'mother' }], text: 'Mor (foreldreansvar)' }],
      name: [{ text: 'Kari Nordmann', family: 'Nordmann', given: ['Kari'] }],
    },
    {
      resourceType: 'RelatedPerson',
      id: 'kari-for-per',
      identifier: [{ system: PERSON_ID_SYSTEM, value: 'kari' }],
      active: true,
      patient: { reference: people.per.reference, display: people.per.name },
      relationship: [{ coding: [{ system: ROLE_CODE, code: 'POWATT', display: 'power of attorney' }], text: 'Fullmektig' }],
      name: [{ text: 'Kari Nordmann', family: 'Nordmann', given: ['Kari'] }],
    },
  ];
  return resources;
}
