// Synthetic data for the municipality: Bergen kommune, helsestasjon og hjemmetjeneste.
// Names, addresses, phone numbers and booking ids are made up.

import { sourceBuilder, refTo } from './builders.mjs';
import { people } from './people.mjs';

/**
 * @param {Date} now  the seed moment; appointments are placed relative to it
 * @returns {import('@medplum/fhirtypes').Resource[]}
 */
export function seedBergenKommune(now) {
  /** @type {import('@medplum/fhirtypes').Organization} */
  const organizationResource = {
    resourceType: 'Organization',
    id: 'bk-org',
    active: true,
    type: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/organization-type', code: 'govt', display: 'Government' }] }],
    name: 'Bergen kommune, helsestasjon og hjemmetjeneste',
    alias: ['Bergen kommune'],
    telecom: [{ system: 'phone', value: '+47 55 00 02 00', use: 'work' }],
    address: [{ use: 'work', text: 'Rådhusgaten 99, 5014 Bergen', line: ['Rådhusgaten 99'], postalCode: '5014', city: 'Bergen', country: 'NO' }],
  };
  const organization = refTo(organizationResource);
  const b = sourceBuilder({ now, code: 'BK', organization });

  const aas = b.practitioner('bk-pr-aas', { given: 'Nina', family: 'Aas', title: 'Helsesykepleier' });
  const brekke = b.practitioner('bk-pr-brekke', { given: 'Leif', family: 'Brekke', title: 'Sykepleier, hjemmesykepleien' });
  const moe = b.practitioner('bk-pr-moe', { given: 'Sara', family: 'Moe', title: 'Ergoterapeut' });
  const holm = b.practitioner('bk-pr-holm', { given: 'Anders', family: 'Holm', title: 'Fysioterapeut' });

  const school = b.location('bk-loc-skole', {
    name: 'Helsesykepleier, Eksempel skole',
    line: 'Skoleveien 5',
    postalCode: '5006',
    description: 'Kontoret ligger ved siden av biblioteket.',
    physicalType: 'ro',
  });
  const physioPlace = b.location('bk-loc-fysio', { name: 'Fysioterapi, Sentrum helsehus', line: 'Helsehusveien 2', postalCode: '5015', physicalType: 'bu' });
  // Home visits happen at Per's home.
  const perHome = b.location('bk-loc-hjemme-per', {
    name: 'Hjemme hos Per Hansen',
    line: 'Prøveveien 7',
    postalCode: '5009',
    description: 'Hjemmebesøk. Vi ringer på døren.',
    physicalType: 'ho',
  });
  const video = b.videoRoom('bk-loc-video', { name: 'Videosamtale, Bergen kommune', url: 'https://video.example.org/room/bk-91qz4' });

  const schoolHealth = b.service('bk-hs-skolehelse', { name: 'Skolehelsetjenesten', type: 'Helsestasjon og skolehelsetjeneste', phone: '+47 55 00 02 10', locations: ['Location/bk-loc-skole'] });
  const homeNursing = b.service('bk-hs-hjemmesykepleie', {
    name: 'Hjemmesykepleien',
    type: 'Hjemmetjenester',
    phone: '+47 55 00 02 20',
    comment: 'Ring oss hvis du ikke er hjemme når vi kommer.',
  });
  const occupational = b.service('bk-hs-ergo', { name: 'Ergoterapi og hjelpemidler', type: 'Ergoterapi', phone: '+47 55 00 02 30' });
  const physio = b.service('bk-hs-fysio', { name: 'Fysioterapi', type: 'Fysioterapi', phone: '+47 55 00 02 40', locations: ['Location/bk-loc-fysio'] });
  const healthyLife = b.service('bk-hs-frisklivs', { name: 'Frisklivssentralen', type: 'Frisklivstjenester', phone: '+47 55 00 02 50', locations: ['Location/bk-loc-video'] });

  const appointments = [
    b.appointment({
      id: 'bk-appt-01', patient: 'per', status: 'booked', when: { day: 1, time: '08:00', weekdaysOnly: false }, minutes: 30, mode: 'in-person',
      serviceType: 'Hjemmesykepleien', description: 'Hjelp med medisiner og øyedråper',
      practitioner: refTo(brekke), location: refTo(perHome), service: refTo(homeNursing),
    }),
    b.appointment({
      id: 'bk-appt-02', patient: 'per', status: 'booked', when: { day: 1, time: '19:30', weekdaysOnly: false }, minutes: 20, mode: 'in-person',
      serviceType: 'Hjemmesykepleien', description: 'Kveldsbesøk: hjelp med medisiner',
      location: refTo(perHome), service: refTo(homeNursing),
    }),
    b.appointment({
      id: 'bk-appt-03', patient: 'per', status: 'fulfilled', when: { day: 0, time: '08:00', weekdaysOnly: false }, minutes: 30, mode: 'in-person',
      serviceType: 'Hjemmesykepleien', description: 'Morgenbesøk: hjelp med medisiner',
      practitioner: refTo(brekke), location: refTo(perHome), service: refTo(homeNursing), createdDaysAgo: 14,
    }),
    b.appointment({
      id: 'bk-appt-04', patient: 'per', status: 'pending', when: { day: 8, time: '13:00' }, minutes: 60, mode: 'in-person',
      serviceType: 'Ergoterapi og hjelpemidler', description: 'Vi kommer hjem til deg for å se om du trenger hjelpemidler',
      practitioner: refTo(moe), location: refTo(perHome), service: refTo(occupational),
      instruction: 'Det er fint om en pårørende kan være til stede.', createdDaysAgo: 3,
    }),
    b.appointment({
      id: 'bk-appt-05', patient: 'per', status: 'cancelled', when: { day: -3, time: '08:00', weekdaysOnly: false }, minutes: 30, mode: 'in-person',
      serviceType: 'Hjemmesykepleien', description: 'Morgenbesøk: hjelp med medisiner',
      location: refTo(perHome), service: refTo(homeNursing), cancelReason: 'Avlyst fordi du var innlagt på sykehus.',
    }),
    b.appointment({
      id: 'bk-appt-06', patient: 'kari', status: 'booked', when: { day: 4, time: '16:00' }, minutes: 45, mode: 'in-person',
      serviceType: 'Fysioterapi', description: 'Trening for kneet',
      practitioner: refTo(holm), location: refTo(physioPlace), service: refTo(physio),
      instruction: 'Ta på deg klær du kan bevege deg i. Ta med innesko.',
    }),
    b.appointment({
      id: 'bk-appt-07', patient: 'kari', status: 'fulfilled', when: { day: -10, time: '16:00' }, minutes: 45, mode: 'in-person',
      serviceType: 'Fysioterapi', description: 'Trening for kneet',
      practitioner: refTo(holm), location: refTo(physioPlace), service: refTo(physio),
    }),
    b.appointment({
      id: 'bk-appt-08', patient: 'kari', status: 'noshow', when: { day: -17, time: '16:00' }, minutes: 45, mode: 'in-person',
      serviceType: 'Fysioterapi', description: 'Trening for kneet',
      practitioner: refTo(holm), location: refTo(physioPlace), service: refTo(physio),
    }),
    b.appointment({
      id: 'bk-appt-09', patient: 'kari', status: 'booked', when: { day: 18, time: '12:00' }, minutes: 30, mode: 'video',
      serviceType: 'Frisklivssentralen', description: 'Samtale om mat, søvn og fysisk aktivitet',
      location: refTo(video), service: refTo(healthyLife), instruction: 'Logg inn 5 minutter før. Tenk gjerne gjennom hva du ønsker å endre.',
    }),
    b.appointment({
      id: 'bk-appt-10', patient: 'ola', status: 'booked', when: { day: 6, time: '10:15' }, minutes: 20, mode: 'in-person',
      serviceType: 'Skolehelsetjenesten', description: 'Vaksine og samtale med helsesykepleier',
      practitioner: refTo(aas), location: refTo(school), service: refTo(schoolHealth),
      instruction: 'Spis frokost før du kommer. Ha på en t-skjorte eller genser med vide ermer.',
    }),
    b.appointment({
      id: 'bk-appt-11', patient: 'ola', status: 'proposed', when: { day: 25, time: '11:00' }, minutes: 30, mode: 'phone',
      serviceType: 'Skolehelsetjenesten', description: 'Oppfølgingssamtale med foreldre',
      practitioner: refTo(aas), service: refTo(schoolHealth), createdDaysAgo: 1,
    }),
    b.appointment({
      id: 'bk-appt-12', patient: 'ola', status: 'arrived', when: { minutesFromNow: -5 }, minutes: 15, mode: 'in-person',
      serviceType: 'Skolehelsetjenesten', description: 'Måling av høyde og vekt',
      practitioner: refTo(aas), location: refTo(school), service: refTo(schoolHealth), createdDaysAgo: 20,
    }),
  ];

  const kari = { reference: people.kari.reference, display: people.kari.name };
  const messages = [
    b.message({
      id: 'bk-msg-01', thread: 'bk-thread-1', topic: 'Treningsprogram for kneet', from: refTo(holm), to: kari, sentDaysAgo: 10, read: true,
      text: 'Her er treningsprogrammet vi snakket om. Gjør øvelsene tre ganger i uken.', attachment: 'DocumentReference/bk-doc-01',
    }),
    b.message({
      id: 'bk-msg-02', thread: 'bk-thread-2', topic: 'Vedtak om hjemmesykepleie for Per Hansen', from: refTo(brekke), to: kari, sentDaysAgo: 4, read: false,
      text: 'Du får denne meldingen fordi du har fullmakt for Per Hansen. Vedtaket ligger som brev.', attachment: 'DocumentReference/bk-doc-02',
    }),
    b.message({
      id: 'bk-msg-03', thread: 'bk-thread-3', topic: 'Frisklivssentralen', from: kari, to: { reference: 'HealthcareService/bk-hs-frisklivs', display: 'Frisklivssentralen' }, sentDaysAgo: 3, read: true,
      text: 'Hei. Kan vi ha samtalen på video i stedet for oppmøte?',
    }),
  ];

  const documents = [
    b.document({
      id: 'bk-doc-01', type: 'Treningsprogram', title: 'Treningsprogram for kneet', daysAgo: 10, author: refTo(holm), format: 'text',
      text: ['1. Knebøy mot vegg, 3 x 10.', '2. Tåhev, 3 x 15.', '3. Sykkel, 10 minutter.'],
    }),
    b.document({
      id: 'bk-doc-02', type: 'Vedtak', title: 'Vedtak om hjemmesykepleie', daysAgo: 4, author: refTo(brekke), format: 'pdf',
      text: ['Bergen kommune', 'Vedtak om hjemmesykepleie for Per Hansen.', 'Per Hansen får hjelp med medisiner morgen og kveld.', 'Du kan klage på vedtaket innen tre uker.', '(syntetiske testdata)'],
    }),
    b.document({
      id: 'bk-doc-03', type: 'Notat', title: 'Oppsummering fra fysioterapi', daysAgo: 10, author: refTo(holm), format: 'html',
      text: ['<p>Kneet er bedre. Fortsett med <em>treningsprogrammet</em>.</p>'],
    }),
  ];

  const accessLog = [
    b.access({ id: 'bk-audit-01', who: 'Anders Holm', role: 'Fysioterapeut', daysAgo: 10, time: '15:50', system: 'Bergen kommune journal' }),
    b.access({ id: 'bk-audit-02', who: 'Anders Holm', role: 'Fysioterapeut', daysAgo: 10, time: '17:05', system: 'Bergen kommune journal' }),
    b.access({ id: 'bk-audit-03', who: 'Saksbehandler, helse og omsorg', role: 'Saksbehandler', daysAgo: 4, time: '09:30', system: 'Bergen kommune journal', reason: 'Behandling av søknad' }),
  ];

  return [
    organizationResource,
    aas, brekke, moe, holm,
    school, physioPlace, perHome, video,
    schoolHealth, homeNursing, occupational, physio, healthyLife,
    ...appointments,
    ...messages,
    ...documents,
    ...accessLog,
  ];
}
