// Journal data for <hn-journal-viewer>: which documents belong to the journal (and which are
// letters, shown in the inbox instead), more journal documents (DocumentReference, Composition,
// a Binary fetched by URL), and an access log (AuditEvent) that reaches years back, with coded
// reasons. Everything is made up.
//
// The rule the viewer applies (docs/data-model.md, "Journal"): a DocumentReference whose
// `category` has the code `letter` is a letter for the inbox and is not shown in the journal;
// everything else (category `journal`, or no category at all) is a journal document.

import { people } from './people.mjs';
import { letterPdfBase64 } from './pdf.mjs';
import { minutesFrom, osloTime } from './time.mjs';

/**
 * @typedef {import('@medplum/fhirtypes').Resource} Resource
 * @typedef {import('@medplum/fhirtypes').DocumentReference} DocumentReference
 * @typedef {import('@medplum/fhirtypes').AuditEvent} AuditEvent
 * @typedef {import('@medplum/fhirtypes').Composition} Composition
 * @typedef {import('./people.mjs').PersonKey} PersonKey
 * @typedef {{ reference: string, display: string }} Ref
 */

/** Category system for DocumentReference: `journal` (journal document) or `letter` (a letter for the inbox). */
export const DOCUMENT_CATEGORY_SYSTEM = 'urn:hn-elements:document-category';
const ACT_REASON = 'http://terminology.hl7.org/CodeSystem/v3-ActReason';
const ENTITY_TYPE = 'http://terminology.hl7.org/CodeSystem/audit-entity-type';
const LOINC = 'http://loinc.org';

/** @param {'journal' | 'letter'} code */
export function documentCategory(code) {
  const display = code === 'journal' ? 'Journaldokument' : 'Brev';
  return { coding: [{ system: DOCUMENT_CATEGORY_SYSTEM, code, display }], text: display };
}

/** The documents the per-source seed files make, and what each one is. */
const EXISTING_DOCUMENTS = /** @type {const} */ ({
  'hb-doc-01': 'journal', // Epikrise
  'hb-doc-02': 'letter', // Innkallingsbrev
  'hb-doc-03': 'journal', // Poliklinisk notat
  'gp-doc-01': 'journal', // Henvisning
  'gp-doc-02': 'letter', // Bekreftelse på time
  'gp-doc-03': 'journal', // Prøvesvar
  'bk-doc-01': 'journal', // Treningsprogram fra fysioterapeut
  'bk-doc-02': 'letter', // Vedtak om hjemmesykepleie
  'bk-doc-03': 'journal', // Notat fra fysioterapi
});

/**
 * Gives every DocumentReference that has no category one: `journal` or `letter`. A category set
 * elsewhere (for example by the inbox's own seed data) is left alone.
 * @param {Resource[]} resources
 * @returns {Resource[]}
 */
export function withDocumentCategories(resources) {
  return resources.map((resource) => {
    if (resource.resourceType !== 'DocumentReference') return resource;
    const document = /** @type {DocumentReference} */ (resource);
    if (Array.isArray(document.category) && document.category.length > 0) return resource;
    const known = /** @type {Record<string, 'journal' | 'letter'>} */ (EXISTING_DOCUMENTS)[document.id ?? ''];
    return { ...document, category: [documentCategory(known ?? 'journal')] };
  });
}

/** @param {string} text */
const base64 = (text) => Buffer.from(text, 'utf8').toString('base64');

/**
 * @param {PersonKey} key
 * @returns {Ref}
 */
const person = (key) => ({ reference: people[key].reference, display: people[key].name });

/**
 * @typedef {object} JournalDocumentFacts
 * @property {string} id
 * @property {PersonKey} patient
 * @property {string} type  plain-language document type, e.g. "Røntgensvar"
 * @property {string} [loinc]
 * @property {string} title
 * @property {number} daysAgo
 * @property {Ref} author
 * @property {Ref} custodian
 * @property {'text' | 'html' | 'pdf' | 'url'} format
 * @property {string[]} text  lines (or HTML fragments)
 * @property {string} [url]  for format `url`: where the content is (a Binary on the same server)
 */

/**
 * @param {Date} now
 * @param {JournalDocumentFacts} facts
 * @returns {DocumentReference}
 */
function journalDocument(now, facts) {
  const date = minutesFrom(now, -facts.daysAgo * 24 * 60).toISOString();
  /** @type {NonNullable<DocumentReference['content']>[number]['attachment']} */
  let attachment;
  switch (facts.format) {
    case 'pdf':
      attachment = { contentType: 'application/pdf', data: letterPdfBase64(facts.title, facts.text) };
      break;
    case 'html':
      attachment = { contentType: 'text/html; charset=utf-8', data: base64(facts.text.join('\n')) };
      break;
    case 'url':
      attachment = { contentType: 'text/plain; charset=utf-8', url: facts.url };
      break;
    default:
      attachment = { contentType: 'text/plain; charset=utf-8', data: base64(facts.text.join('\n')) };
  }
  return {
    resourceType: 'DocumentReference',
    id: facts.id,
    status: 'current',
    docStatus: 'final',
    type: { ...(facts.loinc ? { coding: [{ system: LOINC, code: facts.loinc }] } : {}), text: facts.type },
    category: [documentCategory('journal')],
    subject: person(facts.patient),
    date,
    author: [facts.author],
    custodian: facts.custodian,
    description: facts.title,
    content: [{ attachment: { ...attachment, title: facts.title, language: 'nb', creation: date } }],
  };
}

/**
 * @param {Date} now
 * @param {{ id: string, patient: PersonKey, type: string, loinc?: string, title: string, daysAgo: number, author: Ref, custodian: Ref, sections: { title: string, xhtml: string }[] }} facts
 * @returns {Composition}
 */
function journalComposition(now, facts) {
  return {
    resourceType: 'Composition',
    id: facts.id,
    status: 'final',
    type: { ...(facts.loinc ? { coding: [{ system: LOINC, code: facts.loinc }] } : {}), text: facts.type },
    subject: person(facts.patient),
    date: minutesFrom(now, -facts.daysAgo * 24 * 60).toISOString(),
    author: [facts.author],
    custodian: facts.custodian,
    title: facts.title,
    section: facts.sections.map((section) => ({
      title: section.title,
      text: { status: 'generated', div: `<div xmlns="http://www.w3.org/1999/xhtml">${section.xhtml}</div>` },
    })),
  };
}

/**
 * @typedef {object} AccessFacts
 * @property {string} id
 * @property {PersonKey} patient
 * @property {Ref} who
 * @property {string} role
 * @property {Ref} [organization]
 * @property {number} daysAgo
 * @property {string} time  "HH:MM" in Oslo
 * @property {{ code: string, display: string }} purpose  v3-ActReason
 * @property {string} [purposeText]
 * @property {Ref} [document]  the document that was read, when one was
 */

/**
 * @param {Date} now
 * @param {string} system  name of the source's journal system
 * @param {AccessFacts} facts
 * @returns {AuditEvent}
 */
function access(now, system, facts) {
  const recorded = osloTime(now, -facts.daysAgo, facts.time);
  /** @type {NonNullable<AuditEvent['agent']>} */
  const agent = [
    {
      type: { text: facts.role },
      role: [{ text: facts.role }],
      who: facts.who,
      name: facts.who.display,
      requestor: true,
      purposeOfUse: [{ coding: [{ system: ACT_REASON, ...facts.purpose }], ...(facts.purposeText ? { text: facts.purposeText } : {}) }],
    },
  ];
  if (facts.organization) agent.push({ type: { text: 'Virksomhet' }, who: facts.organization, requestor: false });
  /** @type {NonNullable<AuditEvent['entity']>} */
  const entity = [
    { what: person(facts.patient), type: { system: ENTITY_TYPE, code: '1', display: 'Person' } },
  ];
  if (facts.document) entity.push({ what: facts.document, type: { system: ENTITY_TYPE, code: '2', display: 'System Object' } });
  return {
    resourceType: 'AuditEvent',
    id: facts.id,
    type: { system: 'http://terminology.hl7.org/CodeSystem/audit-event-type', code: 'rest', display: 'Restful Operation' },
    subtype: [{ system: 'http://hl7.org/fhir/restful-interaction', code: 'read', display: 'read' }],
    action: 'R',
    recorded: (recorded < now ? recorded : now).toISOString(),
    outcome: '0',
    purposeOfEvent: [{ coding: [{ system: ACT_REASON, ...facts.purpose }], ...(facts.purposeText ? { text: facts.purposeText } : {}) }],
    agent,
    source: { observer: { display: system } },
    entity,
  };
}

const TREAT = { code: 'TREAT', display: 'treatment' };
const ETREAT = { code: 'ETREAT', display: 'emergency treatment' };
const COC = { code: 'COC', display: 'coordination of care' };
const HQUALIMP = { code: 'HQUALIMP', display: 'health quality improvement' };
const PATRQT = { code: 'PATRQT', display: 'patient requested' };

/** @param {string} id @param {string} name */
const practitioner = (id, name) => ({ reference: `Practitioner/${id}`, display: name });

/**
 * The journal resources one source adds to its seed.
 * @param {string} sourceId
 * @param {Date} now
 * @returns {Resource[]}
 */
export function journalSeed(sourceId, now) {
  if (sourceId === 'helse-bergen') {
    const org = { reference: 'Organization/hb-org', display: 'Helse Bergen, Haukeland universitetssjukehus' };
    const system = 'Helse Bergen pasientjournal';
    const fjeld = practitioner('hb-pr-fjeld', 'Siri Fjeld');
    const berge = practitioner('hb-pr-berge', 'Lise Berge');
    const vik = practitioner('hb-pr-vik', 'Hanne Vik');
    return [
      journalDocument(now, {
        id: 'hb-journal-01', patient: 'kari', type: 'Røntgensvar', loinc: '18748-4', title: 'Svar på røntgen av kneet', daysAgo: 70,
        author: vik, custodian: org, format: 'pdf',
        text: ['Røntgen av høyre kne.', 'Ingen brudd. Litt væske i kneleddet.', 'Plan: fysioterapi i seks uker.', 'Helse Bergen (syntetiske testdata)'],
      }),
      journalComposition(now, {
        id: 'hb-comp-01', patient: 'kari', type: 'Innkomstjournal', loinc: '34117-2', title: 'Journalnotat ved innleggelse', daysAgo: 31,
        author: fjeld, custodian: org,
        sections: [
          { title: 'Årsak til innleggelse', xhtml: '<p>Brystsmerter ved anstrengelse i to uker.</p>' },
          { title: 'Funn', xhtml: '<p>Normalt EKG. Blodtrykk 128/82.</p><ul><li>Troponin: normal</li><li>Røntgen av brystet: normal</li></ul>' },
          { title: 'Plan', xhtml: '<p>Observasjon over natten. Ultralyd av hjertet før utskriving.</p>' },
        ],
      }),
      journalDocument(now, {
        id: 'hb-journal-ola-01', patient: 'ola', type: 'Poliklinisk notat', loinc: '11488-4', title: 'Notat fra barnelege', daysAgo: 120,
        author: berge, custodian: org, format: 'text',
        text: ['Ola (10 år) har hatt kløe og rennende nese hver vår.', '', 'Vurdering: mulig pollenallergi.', 'Plan: allergitest på Allergipoliklinikken for barn.'],
      }),
      journalDocument(now, {
        id: 'hb-journal-ola-02', patient: 'ola', type: 'Prøvesvar', loinc: '11502-2', title: 'Svar på blodprøve for allergi', daysAgo: 110,
        author: berge, custodian: org, format: 'html',
        text: ['<p>Blodprøven viser <strong>allergi mot bjørk</strong>.</p>', '<table><tr><th>Allergen</th><th>Svar</th></tr><tr><td>Bjørk</td><td>Positiv</td></tr><tr><td>Gress</td><td>Negativ</td></tr></table>'],
      }),
      access(now, system, {
        id: 'hb-journal-audit-01', patient: 'kari', who: { reference: 'Practitioner/hb-kvalitet', display: 'Eva Lie' }, role: 'Kvalitetsrådgiver',
        organization: { reference: 'Organization/hb-org', display: 'Fagavdelingen, Helse Bergen' }, daysAgo: 200, time: '14:20', purpose: HQUALIMP,
      }),
      access(now, system, {
        id: 'hb-journal-audit-ola-01', patient: 'ola', who: berge, role: 'Barnelege', organization: org, daysAgo: 110, time: '10:15', purpose: TREAT,
        document: { reference: 'DocumentReference/hb-journal-ola-02', display: 'Svar på blodprøve for allergi' },
      }),
      access(now, system, {
        id: 'hb-journal-audit-ola-02', patient: 'ola', who: { reference: 'Practitioner/hb-akutt', display: 'Jonas Myhre' }, role: 'Lege i akuttmottaket',
        organization: { reference: 'Organization/hb-org', display: 'Akuttmottaket, Haukeland universitetssjukehus' }, daysAgo: 400, time: '22:40', purpose: ETREAT,
      }),
    ];
  }
  if (sourceId === 'fastlegen') {
    const org = { reference: 'Organization/gp-org', display: 'Legesenteret i Sentrum (fastlege)' };
    const system = 'Legesenteret i Sentrum journal';
    const lunde = practitioner('gp-pr-lunde', 'Tor Lunde');
    const nilsen = practitioner('gp-pr-nilsen', 'Ida Nilsen');
    const dahl = practitioner('gp-pr-dahl', 'Marte Dahl');
    return [
      // The text lives in a Binary; the DocumentReference only points at it.
      {
        resourceType: 'Binary',
        id: 'gp-bin-01',
        contentType: 'text/plain; charset=utf-8',
        data: base64(['Konsultasjon hos fastlegen.', '', 'Kari forteller om brystsmerter når hun går i bakker.', 'Blodtrykk 130/85. Puls 72.', '', 'Plan: henvisning til hjertepoliklinikken.'].join('\n')),
      },
      journalDocument(now, {
        id: 'gp-journal-01', patient: 'kari', type: 'Journalnotat', loinc: '11506-3', title: 'Notat fra konsultasjon', daysAgo: 46,
        author: lunde, custodian: org, format: 'url', url: 'Binary/gp-bin-01', text: [],
      }),
      journalComposition(now, {
        id: 'gp-comp-01', patient: 'kari', type: 'Oppsummering', loinc: '60591-5', title: 'Oppsummering fra fastlegen', daysAgo: 400,
        author: lunde, custodian: org,
        sections: [
          { title: 'Diagnoser', xhtml: '<ul><li>Høyt blodtrykk, godt behandlet</li></ul>' },
          { title: 'Faste medisiner', xhtml: '<p>Blodtrykksmedisin, én tablett om morgenen.</p>' },
        ],
      }),
      journalDocument(now, {
        id: 'gp-journal-ola-01', patient: 'ola', type: 'Vaksinasjon', title: 'Vaksine mot influensa', daysAgo: 300,
        author: dahl, custodian: org, format: 'text', text: ['Ola fikk vaksine mot influensa i venstre overarm.', 'Ingen reaksjon etter 20 minutter.'],
      }),
      journalDocument(now, {
        id: 'gp-journal-ola-02', patient: 'ola', type: 'Journalnotat', loinc: '11506-3', title: 'Notat om vondt i øret', daysAgo: 20,
        author: nilsen, custodian: org, format: 'html',
        text: ['<p>Ola har hatt vondt i høyre øre i to dager. Rødt trommehinne.</p>', '<p><em>Plan:</em> smertestillende. Ny time om det ikke går over på tre dager.</p>'],
      }),
      access(now, system, {
        id: 'gp-journal-audit-01', patient: 'kari', who: nilsen, role: 'Lege', organization: org, daysAgo: 90, time: '09:45', purpose: TREAT,
        document: { reference: 'DocumentReference/gp-journal-01', display: 'Notat fra konsultasjon' },
      }),
      access(now, system, { id: 'gp-journal-audit-ola-01', patient: 'ola', who: nilsen, role: 'Lege', organization: org, daysAgo: 20, time: '13:10', purpose: TREAT }),
      access(now, system, { id: 'gp-journal-audit-ola-02', patient: 'ola', who: dahl, role: 'Sykepleier', organization: org, daysAgo: 300, time: '08:55', purpose: TREAT }),
    ];
  }
  if (sourceId === 'bergen-kommune') {
    const org = { reference: 'Organization/bk-org', display: 'Bergen kommune, helsestasjon og hjemmetjeneste' };
    const system = 'Bergen kommune journal';
    const holm = practitioner('bk-pr-holm', 'Anders Holm');
    const aas = practitioner('bk-pr-aas', 'Nina Aas');
    return [
      journalComposition(now, {
        id: 'bk-comp-01', patient: 'kari', type: 'Sluttnotat', title: 'Sluttnotat fra fysioterapi', daysAgo: 8,
        author: holm, custodian: org,
        sections: [
          { title: 'Behandling', xhtml: '<p>Seks timer med trening for kneet.</p>' },
          { title: 'Resultat', xhtml: '<p>Kari går i trapper uten smerter. Hun fortsetter å trene hjemme.</p>' },
        ],
      }),
      journalDocument(now, {
        id: 'bk-journal-ola-01', patient: 'ola', type: 'Notat fra helsesykepleier', title: 'Samtale på helsestasjonen for ungdom', daysAgo: 25,
        author: aas, custodian: org, format: 'text',
        text: ['Ola kom sammen med mor.', 'Høyde og vekt følger kurven.', 'Snakket om søvn og skjermtid.'],
      }),
      journalDocument(now, {
        id: 'bk-journal-ola-02', patient: 'ola', type: 'Helsekort', title: 'Helsekort fra skolehelsetjenesten', daysAgo: 500,
        author: aas, custodian: org, format: 'pdf',
        text: ['Ola Nordmann', 'Skolestart: syn og hørsel undersøkt, alt normalt.', 'Vaksiner etter barnevaksinasjonsprogrammet.', 'Bergen kommune (syntetiske testdata)'],
      }),
      access(now, system, {
        id: 'bk-journal-audit-01', patient: 'kari', who: { reference: 'Practitioner/bk-arkiv', display: 'Arkivtjenesten' }, role: 'Arkivar',
        organization: org, daysAgo: 700, time: '11:30', purpose: PATRQT, purposeText: 'Du ba om kopi av journalen',
      }),
      access(now, system, { id: 'bk-journal-audit-ola-01', patient: 'ola', who: aas, role: 'Helsesykepleier', organization: org, daysAgo: 25, time: '14:05', purpose: TREAT }),
      access(now, system, {
        id: 'bk-journal-audit-ola-02', patient: 'ola', who: { reference: 'Practitioner/bk-skolelege', display: 'Skolelegen' }, role: 'Lege',
        organization: org, daysAgo: 60, time: '10:00', purpose: COC,
      }),
    ];
  }
  return [];
}
