// Synthetic data for the GP office: Legesenteret i Sentrum (fastlege).
// Names, addresses, phone numbers and booking ids are made up.

import { sourceBuilder, refTo } from './builders.mjs';
import { people } from './people.mjs';

/**
 * @param {Date} now  the seed moment; appointments are placed relative to it
 * @returns {import('@medplum/fhirtypes').Resource[]}
 */
export function seedFastlegen(now) {
  /** @type {import('@medplum/fhirtypes').Organization} */
  const organizationResource = {
    resourceType: 'Organization',
    id: 'gp-org',
    active: true,
    type: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/organization-type', code: 'prov', display: 'Healthcare Provider' }] }],
    name: 'Legesenteret i Sentrum (fastlege)',
    alias: ['Legesenteret i Sentrum'],
    telecom: [{ system: 'phone', value: '+47 55 00 01 00', use: 'work' }],
    address: [{ use: 'work', text: 'Torgallmenningen 99, 5014 Bergen', line: ['Torgallmenningen 99'], postalCode: '5014', city: 'Bergen', country: 'NO' }],
  };
  const organization = refTo(organizationResource);
  const b = sourceBuilder({ now, code: 'GP', organization });

  const lunde = b.practitioner('gp-pr-lunde', { given: 'Tor', family: 'Lunde', title: 'Fastlege, spesialist i allmennmedisin' });
  const dahl = b.practitioner('gp-pr-dahl', { given: 'Marte', family: 'Dahl', title: 'Sykepleier' });
  const nilsen = b.practitioner('gp-pr-nilsen', { given: 'Ida', family: 'Nilsen', title: 'Lege i spesialisering' });

  const office = b.location('gp-loc-kontor', {
    name: 'Legesenteret i Sentrum, 2. etasje',
    line: 'Torgallmenningen 99',
    postalCode: '5014',
    description: 'Inngang fra gågata. Heis til 2. etasje. Meld deg i skranken eller i automaten.',
    physicalType: 'bu',
  });
  const lab = b.location('gp-loc-lab', { name: 'Laboratoriet, Legesenteret i Sentrum', line: 'Torgallmenningen 99', postalCode: '5014', physicalType: 'ro' });
  const video = b.videoRoom('gp-loc-video', { name: 'Videokonsultasjon hos fastlegen', url: 'https://video.example.org/room/gp-7f3k2' });

  const gpService = b.service('gp-hs-fastlege', { name: 'Fastlegetime', type: 'Allmennmedisin', phone: '+47 55 00 01 00', locations: ['Location/gp-loc-kontor', 'Location/gp-loc-video'] });
  const labService = b.service('gp-hs-lab', { name: 'Blodprøver og andre prøver', type: 'Laboratorietjenester', phone: '+47 55 00 01 00', locations: ['Location/gp-loc-lab'] });
  const vaccine = b.service('gp-hs-vaksine', { name: 'Vaksinasjon', type: 'Vaksinasjon', phone: '+47 55 00 01 00', locations: ['Location/gp-loc-kontor'] });

  const appointments = [
    b.appointment({
      id: 'gp-appt-01', patient: 'kari', status: 'booked', when: { day: 5, time: '10:00' }, minutes: 20, mode: 'in-person',
      serviceType: 'Fastlegetime', description: 'Oppfølging av blodtrykk',
      practitioner: refTo(lunde), location: refTo(office), service: refTo(gpService),
      instruction: 'Møt 15 minutter før. Ta med oversikt over medisinene dine.',
    }),
    b.appointment({
      id: 'gp-appt-02', patient: 'kari', status: 'booked', when: { day: 2, time: '14:30' }, minutes: 15, mode: 'video',
      serviceType: 'Fastlegetime', description: 'Videosamtale om sykmelding',
      practitioner: refTo(lunde), location: refTo(video), service: refTo(gpService),
      instruction: 'Logg inn 5 minutter før. Sitt et rolig sted med god nettforbindelse.', createdDaysAgo: 3,
    }),
    b.appointment({
      id: 'gp-appt-03', patient: 'kari', status: 'pending', when: { day: 12, time: '08:40' }, minutes: 10, mode: 'phone',
      serviceType: 'Telefontime', description: 'Svar på blodprøver',
      practitioner: refTo(nilsen), service: refTo(gpService), instruction: 'Legen ringer deg. Ha telefonen på.', createdDaysAgo: 1,
    }),
    b.appointment({
      id: 'gp-appt-04', patient: 'kari', status: 'proposed', when: { day: 20, time: '12:15' }, minutes: 20, mode: 'in-person',
      serviceType: 'Fastlegetime', description: 'Årlig kontroll. Passer denne tiden for deg?',
      practitioner: refTo(lunde), location: refTo(office), service: refTo(gpService), createdDaysAgo: 1,
    }),
    b.appointment({
      id: 'gp-appt-05', patient: 'kari', status: 'fulfilled', when: { day: -7, time: '08:10' }, minutes: 10, mode: 'in-person',
      serviceType: 'Blodprøver og andre prøver', description: 'Blodprøve',
      practitioner: refTo(dahl), location: refTo(lab), service: refTo(labService),
    }),
    b.appointment({
      id: 'gp-appt-06', patient: 'kari', status: 'cancelled', when: { day: -30, time: '09:20' }, minutes: 20, mode: 'in-person',
      serviceType: 'Fastlegetime', description: 'Vondt i ryggen',
      practitioner: refTo(lunde), location: refTo(office), service: refTo(gpService), cancelReason: 'Du avbestilte timen selv.',
    }),
    b.appointment({
      id: 'gp-appt-07', patient: 'kari', status: 'noshow', when: { day: -90, time: '15:00' }, minutes: 10, mode: 'in-person',
      serviceType: 'Vaksinasjon', description: 'Influensavaksine',
      practitioner: refTo(dahl), location: refTo(office), service: refTo(vaccine), createdDaysAgo: 120,
    }),
    b.appointment({
      id: 'gp-appt-08', patient: 'ola', status: 'booked', when: { day: 9, time: '15:20' }, minutes: 20, mode: 'in-person',
      serviceType: 'Fastlegetime', description: 'Kontroll av øret etter ørebetennelse',
      practitioner: refTo(lunde), location: refTo(office), service: refTo(gpService),
      instruction: 'Barnet må ha med en forelder. Ta med vaksinasjonskortet.',
    }),
    b.appointment({
      id: 'gp-appt-09', patient: 'ola', status: 'fulfilled', when: { day: -25, time: '16:00' }, minutes: 20, mode: 'in-person',
      serviceType: 'Fastlegetime', description: 'Vondt i øret',
      practitioner: refTo(nilsen), location: refTo(office), service: refTo(gpService), createdDaysAgo: 26,
    }),
    b.appointment({
      id: 'gp-appt-10', patient: 'per', status: 'booked', when: { day: 16, time: '11:40' }, minutes: 40, mode: 'in-person',
      serviceType: 'Fastlegetime', description: 'Gjennomgang av alle medisinene dine',
      practitioner: refTo(lunde), location: refTo(office), service: refTo(gpService),
      instruction: 'Ta med alle medisinene du bruker, også de du kjøper uten resept.',
    }),
  ];

  const kari = { reference: people.kari.reference, display: people.kari.name };
  const messages = [
    b.message({
      id: 'gp-msg-01', thread: 'gp-thread-1', topic: 'Fornye resept', from: kari, to: refTo(lunde), sentDaysAgo: 6, read: true,
      text: 'Hei. Kan du fornye resepten på blodtrykksmedisinen min?',
    }),
    b.message({
      id: 'gp-msg-02', thread: 'gp-thread-1', topic: 'Fornye resept', from: refTo(lunde), to: kari, sentDaysAgo: 5, read: true, inResponseTo: 'gp-msg-01',
      text: 'Resepten er fornyet. Du kan hente medisinen på apoteket.',
    }),
    b.message({
      id: 'gp-msg-03', thread: 'gp-thread-2', topic: 'Prøvesvar', from: refTo(nilsen), to: kari, sentDaysAgo: 2, read: false,
      text: 'Prøvesvarene dine er klare. Vi går gjennom dem på telefontimen.', attachment: 'DocumentReference/gp-doc-03',
    }),
  ];

  const documents = [
    b.document({
      id: 'gp-doc-01', type: 'Henvisning', loinc: '57133-1', title: 'Henvisning til hjertepoliklinikken', daysAgo: 45, author: refTo(lunde), format: 'text',
      text: ['Henvisning til Helse Bergen, Hjertepoliklinikken.', 'Spørsmål: Brystsmerter ved anstrengelse. Ønsker vurdering.'],
    }),
    b.document({
      id: 'gp-doc-02', type: 'Brev', title: 'Bekreftelse på time hos fastlegen', daysAgo: 3, author: refTo(dahl), format: 'pdf',
      text: ['Kari Nordmann', 'Du har time hos fastlegen Tor Lunde.', 'Møt 15 minutter før. Ta med oversikt over medisinene dine.', 'Legesenteret i Sentrum (syntetiske testdata)'],
    }),
    b.document({
      id: 'gp-doc-03', type: 'Prøvesvar', loinc: '11502-2', title: 'Svar på blodprøver', daysAgo: 2, author: refTo(nilsen), format: 'html',
      text: ['<h1>Blodprøver</h1>', '<table><tr><th>Prøve</th><th>Svar</th></tr><tr><td>Hemoglobin</td><td>13,4 g/dL</td></tr><tr><td>Kolesterol</td><td>5,1 mmol/L</td></tr></table>'],
    }),
  ];

  const accessLog = [
    b.access({ id: 'gp-audit-01', who: 'Tor Lunde', role: 'Fastlege', daysAgo: 5, time: '08:05', system: 'Legesenteret i Sentrum journal' }),
    b.access({ id: 'gp-audit-02', who: 'Ida Nilsen', role: 'Lege', daysAgo: 2, time: '11:15', system: 'Legesenteret i Sentrum journal' }),
    b.access({ id: 'gp-audit-03', who: 'Marte Dahl', role: 'Sykepleier', daysAgo: 7, time: '08:12', system: 'Legesenteret i Sentrum journal' }),
  ];

  return [
    organizationResource,
    lunde, dahl, nilsen,
    office, lab, video,
    gpService, labService, vaccine,
    ...appointments,
    ...messages,
    ...documents,
    ...accessLog,
  ];
}
