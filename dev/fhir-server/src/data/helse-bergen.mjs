// Synthetic data for the hospital trust: Helse Bergen, Haukeland universitetssjukehus.
// Names, addresses, phone numbers and booking ids are made up.

import { sourceBuilder, refTo } from './builders.mjs';
import { people } from './people.mjs';
import { withChangeLinks } from './booking-links.mjs';

/**
 * @param {Date} now  the seed moment; appointments are placed relative to it
 * @returns {import('@medplum/fhirtypes').Resource[]}
 */
export function seedHelseBergen(now) {
  /** @type {import('@medplum/fhirtypes').Organization} */
  const organizationResource = {
    resourceType: 'Organization',
    id: 'hb-org',
    active: true,
    type: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/organization-type', code: 'prov', display: 'Healthcare Provider' }] }],
    name: 'Helse Bergen, Haukeland universitetssjukehus',
    alias: ['Haukeland universitetssjukehus', 'Helse Bergen HF'],
    telecom: [{ system: 'phone', value: '+47 55 00 00 00', use: 'work' }],
    address: [{ use: 'work', text: 'Sykehusveien 10, 5021 Bergen', line: ['Sykehusveien 10'], postalCode: '5021', city: 'Bergen', country: 'NO' }],
  };
  const organization = refTo(organizationResource);
  const b = sourceBuilder({ now, code: 'HB', organization });

  const fjeld = b.practitioner('hb-pr-fjeld', { given: 'Siri', family: 'Fjeld', title: 'Overlege, hjertesykdommer' });
  const strand = b.practitioner('hb-pr-strand', { given: 'Jon', family: 'Strand', title: 'Overlege, ortopedi' });
  const eide = b.practitioner('hb-pr-eide', { given: 'Magnus', family: 'Eide', title: 'Sykepleier' });
  const berge = b.practitioner('hb-pr-berge', { given: 'Lise', family: 'Berge', title: 'Barnelege' });
  const vik = b.practitioner('hb-pr-vik', { given: 'Hanne', family: 'Vik', title: 'Fysioterapeut' });

  const heartClinic = b.location('hb-loc-hjerte', {
    name: 'Hjertepoliklinikken, Sentralblokka 2. etasje',
    line: 'Sykehusveien 10',
    postalCode: '5021',
    description: 'Ta heisen i hovedinngangen til 2. etasje og følg skiltene.',
    physicalType: 'wi',
  });
  const lab = b.location('hb-loc-lab', { name: 'Blodprøvetaking, Laboratoriebygget 1. etasje', line: 'Sykehusveien 12', postalCode: '5021', physicalType: 'ro' });
  const orthopaedics = b.location('hb-loc-ortopedi', { name: 'Ortopedisk poliklinikk, Sentralblokka 3. etasje', line: 'Sykehusveien 10', postalCode: '5021', physicalType: 'wi' });
  const children = b.location('hb-loc-barn', { name: 'Barne- og ungdomsklinikken, poliklinikk', line: 'Barneveien 3', postalCode: '5021', physicalType: 'bu' });
  const radiology = b.location('hb-loc-rontgen', { name: 'Røntgen, Sentralblokka 1. etasje', line: 'Sykehusveien 10', postalCode: '5021', physicalType: 'ro' });
  const video = b.videoRoom('hb-loc-video', { name: 'Videokonsultasjon, Helse Bergen', url: 'https://video.example.org/room/abc123' });

  const cardiology = b.service('hb-hs-kardiologi', { name: 'Hjertepoliklinikken', type: 'Hjertesykdommer', phone: '+47 55 00 00 11', locations: ['Location/hb-loc-hjerte', 'Location/hb-loc-video'] });
  const bloodTests = b.service('hb-hs-lab', { name: 'Blodprøvetaking', type: 'Laboratorietjenester', phone: '+47 55 00 00 12', locations: ['Location/hb-loc-lab'] });
  const orthopaedicService = b.service('hb-hs-ortopedi', { name: 'Ortopedisk poliklinikk', type: 'Ortopedi', phone: '+47 55 00 00 13', locations: ['Location/hb-loc-ortopedi'] });
  const allergy = b.service('hb-hs-barneallergi', { name: 'Allergipoliklinikken for barn', type: 'Barnesykdommer', phone: '+47 55 00 00 14', locations: ['Location/hb-loc-barn'] });
  const radiologyService = b.service('hb-hs-rontgen', { name: 'Røntgen', type: 'Bildediagnostikk', phone: '+47 55 00 00 15', locations: ['Location/hb-loc-rontgen'] });
  const physio = b.service('hb-hs-fysio', { name: 'Fysioterapi', type: 'Fysioterapi', phone: '+47 55 00 00 16', locations: ['Location/hb-loc-ortopedi'] });

  const prepare = 'Møt 15 minutter før. Ta med oversikt over medisinene dine.';

  // Booked and pending ones can be changed in the hospital's booking app (Per's by a plain deep link).
  const appointments = withChangeLinks([
    b.appointment({
      id: 'hb-appt-01', patient: 'kari', status: 'booked', when: { day: 3, time: '09:30' }, minutes: 45, mode: 'in-person',
      serviceType: 'Hjertepoliklinikken', specialty: 'Hjertesykdommer', description: 'Kontroll hos hjertelege',
      practitioner: refTo(fjeld), location: refTo(heartClinic), service: refTo(cardiology), instruction: prepare, createdDaysAgo: 40,
    }),
    b.appointment({
      id: 'hb-appt-02', patient: 'kari', status: 'booked', when: { day: 10, time: '13:00' }, minutes: 30, mode: 'video',
      serviceType: 'Hjertepoliklinikken', specialty: 'Hjertesykdommer', description: 'Videosamtale om prøvesvar',
      practitioner: refTo(fjeld), location: refTo(video), service: refTo(cardiology),
      instruction: 'Logg inn 5 minutter før. Sitt et rolig sted med god nettforbindelse. Ha legitimasjon klar.',
    }),
    b.appointment({
      id: 'hb-appt-03', patient: 'kari', status: 'pending', when: { day: 21, time: '08:15' }, minutes: 15, mode: 'in-person',
      serviceType: 'Blodprøvetaking', description: 'Blodprøve før kontroll',
      practitioner: refTo(eide), location: refTo(lab), service: refTo(bloodTests),
      instruction: 'Du må faste fra midnatt. Du kan drikke vann. Ta medisinene dine som vanlig.', createdDaysAgo: 2,
    }),
    // A proposal without a fixed time yet: only the wished-for period is known.
    b.appointment({
      id: 'hb-appt-04', patient: 'kari', status: 'proposed', when: { requested: { fromDay: 30, toDay: 60 } }, minutes: 45, mode: 'in-person',
      serviceType: 'Hjertepoliklinikken', specialty: 'Hjertesykdommer', description: 'Ultralyd av hjertet. Du får tid og sted senere.',
      location: refTo(heartClinic), service: refTo(cardiology), createdDaysAgo: 1,
    }),
    b.appointment({
      id: 'hb-appt-05', patient: 'kari', status: 'arrived', when: { minutesFromNow: -10 }, minutes: 30, mode: 'in-person',
      serviceType: 'Røntgen', description: 'Røntgen av brystet',
      location: refTo(radiology), service: refTo(radiologyService), createdDaysAgo: 12,
    }),
    b.appointment({
      id: 'hb-appt-06', patient: 'kari', status: 'booked', when: { day: 45, time: '11:00' }, minutes: 20, mode: 'phone',
      serviceType: 'Hjertepoliklinikken', specialty: 'Hjertesykdommer', description: 'Telefonsamtale med sykepleier',
      practitioner: refTo(eide), service: refTo(cardiology), instruction: 'Vi ringer deg. Ha telefonen på, og vær et sted der du kan snakke fritt.',
    }),
    b.appointment({
      id: 'hb-appt-07', patient: 'kari', status: 'fulfilled', when: { day: -14, time: '10:00' }, minutes: 45, mode: 'in-person',
      serviceType: 'Hjertepoliklinikken', specialty: 'Hjertesykdommer', description: 'Ultralyd av hjertet',
      practitioner: refTo(fjeld), location: refTo(heartClinic), service: refTo(cardiology), createdDaysAgo: 60,
    }),
    b.appointment({
      id: 'hb-appt-08', patient: 'kari', status: 'cancelled', when: { day: -40, time: '14:30' }, minutes: 30, mode: 'in-person',
      serviceType: 'Hjertepoliklinikken', specialty: 'Hjertesykdommer', description: 'Kontroll hos hjertelege',
      practitioner: refTo(fjeld), location: refTo(heartClinic), service: refTo(cardiology),
      cancelReason: 'Avlyst av sykehuset fordi legen var syk. Du har fått ny time.', createdDaysAgo: 90,
    }),
    b.appointment({
      id: 'hb-appt-09', patient: 'kari', status: 'noshow', when: { day: -60, time: '12:00' }, minutes: 45, mode: 'in-person',
      serviceType: 'Fysioterapi', description: 'Fysioterapi etter skade i kneet',
      practitioner: refTo(vik), location: refTo(orthopaedics), service: refTo(physio), createdDaysAgo: 100,
    }),
    b.appointment({
      id: 'hb-appt-10', patient: 'per', status: 'booked', when: { day: 7, time: '10:30' }, minutes: 30, mode: 'in-person',
      serviceType: 'Ortopedisk poliklinikk', specialty: 'Ortopedi', description: 'Kontroll etter hofteoperasjon',
      practitioner: refTo(strand), location: refTo(orthopaedics), service: refTo(orthopaedicService),
      instruction: 'Møt 15 minutter før. Ta med krykkene dine. Du kan ha med deg en ledsager.',
    }),
    b.appointment({
      id: 'hb-appt-11', patient: 'per', status: 'fulfilled', when: { day: -20, time: '09:00' }, minutes: 30, mode: 'in-person',
      serviceType: 'Ortopedisk poliklinikk', specialty: 'Ortopedi', description: 'Sjekk av operasjonssåret',
      practitioner: refTo(strand), location: refTo(orthopaedics), service: refTo(orthopaedicService), createdDaysAgo: 50,
    }),
    b.appointment({
      id: 'hb-appt-12', patient: 'ola', status: 'booked', when: { day: 14, time: '09:00' }, minutes: 60, mode: 'in-person',
      serviceType: 'Allergipoliklinikken for barn', specialty: 'Barnesykdommer', description: 'Allergitest',
      practitioner: refTo(berge), location: refTo(children), service: refTo(allergy),
      instruction: 'Ikke gi allergimedisin de siste 5 dagene før timen. Ta gjerne med noe å gjøre mens dere venter.',
    }),
  ], { 'hb-appt-01': { smart: true }, 'hb-appt-03': { smart: true }, 'hb-appt-10': { smart: false }, 'hb-appt-12': { smart: true } });

  const kari = { reference: people.kari.reference, display: people.kari.name };
  const messages = [
    b.message({
      id: 'hb-msg-01', thread: 'hb-thread-1', topic: 'Svar på blodprøven', from: refTo(fjeld), to: kari, sentDaysAgo: 9, read: true,
      text: 'Hei Kari. Blodprøven din var fin. Vi snakker mer om den på videotimen. Hilsen Siri Fjeld, hjertelege.',
    }),
    b.message({
      id: 'hb-msg-02', thread: 'hb-thread-1', topic: 'Svar på blodprøven', from: kari, to: refTo(fjeld), sentDaysAgo: 8, read: true, inResponseTo: 'hb-msg-01',
      text: 'Takk for svar. Skal jeg fortsette med de samme medisinene?',
    }),
    b.message({
      id: 'hb-msg-03', thread: 'hb-thread-1', topic: 'Svar på blodprøven', from: refTo(fjeld), to: kari, sentDaysAgo: 1, read: false, inResponseTo: 'hb-msg-02',
      text: 'Ja, fortsett som før. Ta kontakt hvis du blir tungpustet eller får vondt i brystet.',
    }),
    b.message({
      id: 'hb-msg-04', thread: 'hb-thread-2', topic: 'Innkalling til kontroll', from: refTo(eide), to: kari, sentDaysAgo: 5, read: false, about: 'Appointment/hb-appt-01',
      text: 'Du har fått time til kontroll hos hjertelege. Se innkallingsbrevet.', attachment: 'DocumentReference/hb-doc-02',
    }),
  ];

  const documents = [
    b.document({
      id: 'hb-doc-01', type: 'Epikrise', loinc: '18842-5', title: 'Epikrise etter innleggelse', daysAgo: 30, author: refTo(fjeld), format: 'html',
      // The image tag with onerror is on purpose: the journal viewer must sanitise HTML from sources.
      text: [
        '<h1>Epikrise</h1>',
        '<p>Kari Nordmann var innlagt i to døgn for brystsmerter. Undersøkelsene viste <strong>ingen tegn på hjerteinfarkt</strong>.</p>',
        '<h2>Videre oppfølging</h2>',
        '<ul><li>Kontroll hos hjertelege om tre uker.</li><li>Fortsett med faste medisiner.</li></ul>',
        '<img src="x" alt="" onerror="alert(\'xss\')">',
        '<p><a href="javascript:alert(1)">Ikke trygg lenke</a> <a href="https://www.helsenorge.no/">Helsenorge</a></p>',
      ],
    }),
    b.document({
      id: 'hb-doc-02', type: 'Innkallingsbrev', title: 'Innkalling til kontroll hos hjertelege', daysAgo: 5, author: refTo(eide), format: 'pdf',
      text: [
        'Kari Nordmann',
        'Du har time på Hjertepoliklinikken, Sentralblokka 2. etasje.',
        'Møt 15 minutter før. Ta med oversikt over medisinene dine.',
        'Har du spørsmål? Ring oss på 55 00 00 11.',
        'Med vennlig hilsen Helse Bergen (syntetiske testdata)',
      ],
    }),
    b.document({
      id: 'hb-doc-03', type: 'Poliklinisk notat', loinc: '11488-4', title: 'Notat fra ultralyd av hjertet', daysAgo: 14, author: refTo(fjeld), format: 'text',
      text: ['Ultralyd av hjertet.', 'Normal pumpefunksjon. Ingen klaffefeil.', 'Plan: vanlig kontroll.'],
    }),
  ];

  const accessLog = [
    b.access({ id: 'hb-audit-01', who: 'Siri Fjeld', role: 'Lege', daysAgo: 14, time: '10:05', system: 'Helse Bergen pasientjournal' }),
    b.access({ id: 'hb-audit-02', who: 'Magnus Eide', role: 'Sykepleier', daysAgo: 5, time: '13:40', system: 'Helse Bergen pasientjournal' }),
    b.access({ id: 'hb-audit-03', who: 'Sekretær ved Hjertepoliklinikken', role: 'Helsesekretær', daysAgo: 5, time: '13:52', system: 'Helse Bergen pasientjournal', reason: 'Timebestilling' }),
    b.access({ id: 'hb-audit-04', who: 'Siri Fjeld', role: 'Lege', daysAgo: 1, time: '08:30', system: 'Helse Bergen pasientjournal' }),
  ];

  return [
    organizationResource,
    fjeld, strand, eide, berge, vik,
    heartClinic, lab, orthopaedics, children, radiology, video,
    cardiology, bloodTests, orthopaedicService, allergy, radiologyService, physio,
    ...appointments,
    ...messages,
    ...documents,
    ...accessLog,
  ];
}
