// Inbox data for <hn-inbox>, on top of the messages and letters the per-source seed files make:
// more message threads (chained by `inResponseTo`, by `partOf`, or by the shared thread
// identifier), form tasks (Task -> Questionnaire) in every status, letters (DocumentReference
// with category `letter`, PDF inline or in a Binary fetched by URL), attachments, and inboxes for
// Ola (Kari is his parent) and Per (Kari has his power of attorney). Everything is made up.
//
// Read state: a Communication to the citizen is unread while it has no `received`.
// docs/data-model.md, "Inbox", describes how the component reads all of this.

import { people } from './people.mjs';
import { letterPdfBase64 } from './pdf.mjs';
import { minutesFrom, addMinutes } from './time.mjs';
import { THREAD_ID_SYSTEM } from './builders.mjs';
import { documentCategory } from './journal.mjs';

/**
 * @typedef {import('@medplum/fhirtypes').Resource} Resource
 * @typedef {import('@medplum/fhirtypes').Communication} Communication
 * @typedef {import('@medplum/fhirtypes').Task} Task
 * @typedef {import('@medplum/fhirtypes').Questionnaire} Questionnaire
 * @typedef {import('@medplum/fhirtypes').QuestionnaireItem} QuestionnaireItem
 * @typedef {import('@medplum/fhirtypes').DocumentReference} DocumentReference
 * @typedef {import('./people.mjs').PersonKey} PersonKey
 * @typedef {{ reference: string, display: string }} Ref
 */

/** Task.code for "fill in this form" (SDC's code). */
const COMPLETE_QUESTIONNAIRE = {
  coding: [{ system: 'http://hl7.org/fhir/uv/sdc/CodeSystem/temp', code: 'complete-questionnaire', display: 'Complete Questionnaire' }],
  text: 'Fyll ut skjema',
};

/** Canonical URLs of the forms. The host is made up. */
const FORM_BASE = 'https://skjema.example.org/fhir/Questionnaire';

/**
 * Where the form is filled in: the playground's demo vendor app (serve.mjs sets
 * HN_VENDOR_APP_ORIGIN), which receives the hand-off.
 */
export function formAppOrigin() {
  return (process.env.HN_VENDOR_APP_ORIGIN ?? 'http://127.0.0.1:5175').replace(/\/$/, '');
}

/** @param {string} text */
const base64 = (text) => Buffer.from(text, 'utf8').toString('base64');

/** @param {PersonKey} key @returns {Ref} */
const person = (key) => ({ reference: people[key].reference, display: people[key].name });

/** Kari as the parent or attorney who reads the inbox of Ola or Per. */
const kariFor = /** @type {Record<PersonKey, Ref>} */ ({
  kari: person('kari'),
  ola: { reference: 'RelatedPerson/kari-for-ola', display: 'Kari Nordmann' },
  per: { reference: 'RelatedPerson/kari-for-per', display: 'Kari Nordmann' },
});

/** @param {string} id @param {string} name @returns {Ref} */
const practitioner = (id, name) => ({ reference: `Practitioner/${id}`, display: name });

/**
 * @typedef {object} MessageFacts
 * @property {string} id
 * @property {PersonKey} patient  whose inbox (Communication.subject)
 * @property {string} [thread]  shared thread identifier; left out to test chaining by references only
 * @property {string} topic
 * @property {Ref} from
 * @property {Ref} to
 * @property {number} sentDaysAgo
 * @property {boolean} read
 * @property {string} [text]
 * @property {string} [inResponseTo]  id of the Communication it answers
 * @property {string} [partOf]  id of the Communication it belongs under
 * @property {{ contentType: string, title: string, data: string }} [inline]  an attachment carried in the message
 * @property {string} [attachment]  reference to a DocumentReference
 */

/**
 * @param {Date} now
 * @param {MessageFacts} facts
 * @returns {Communication}
 */
function message(now, facts) {
  const sent = minutesFrom(now, -facts.sentDaysAgo * 24 * 60);
  /** @type {NonNullable<Communication['payload']>} */
  const payload = [];
  if (facts.text) payload.push({ contentString: facts.text });
  if (facts.inline) {
    const size = Buffer.from(facts.inline.data, 'base64').length;
    payload.push({ contentAttachment: { ...facts.inline, size, creation: sent.toISOString(), language: 'nb' } });
  }
  if (facts.attachment) payload.push({ contentReference: { reference: facts.attachment } });
  return {
    resourceType: 'Communication',
    id: facts.id,
    ...(facts.thread ? { identifier: [{ system: THREAD_ID_SYSTEM, value: facts.thread }] } : {}),
    status: 'completed',
    category: [{ text: 'Melding' }],
    subject: person(facts.patient),
    topic: { text: facts.topic },
    ...(facts.inResponseTo ? { inResponseTo: [{ reference: `Communication/${facts.inResponseTo}` }] } : {}),
    ...(facts.partOf ? { partOf: [{ reference: `Communication/${facts.partOf}` }] } : {}),
    sender: facts.from,
    recipient: [facts.to],
    sent: sent.toISOString(),
    ...(facts.read ? { received: addMinutes(sent, 45).toISOString() } : {}),
    payload,
  };
}

/**
 * @typedef {object} LetterFacts
 * @property {string} id
 * @property {PersonKey} patient
 * @property {string} type  plain-language kind of letter, e.g. "Innkallingsbrev"
 * @property {string} title
 * @property {number} daysAgo
 * @property {Ref} author
 * @property {Ref} custodian
 * @property {string[]} lines  the letter's text
 * @property {string} [binaryId]  keep the PDF in a Binary and point at it with `url` instead of inline `data`
 */

/**
 * A letter (category `letter`) with a PDF. Returns the Binary too when the PDF lives in one.
 * @param {Date} now
 * @param {LetterFacts} facts
 * @returns {Resource[]}
 */
function letter(now, facts) {
  const date = minutesFrom(now, -facts.daysAgo * 24 * 60).toISOString();
  const pdf = letterPdfBase64(facts.title, facts.lines);
  const size = Buffer.from(pdf, 'base64').length;
  const fileName = `${facts.title.toLowerCase().replace(/[^a-z0-9æøå]+/g, '-').replace(/^-|-$/g, '')}.pdf`;
  /** @type {DocumentReference} */
  const document = {
    resourceType: 'DocumentReference',
    id: facts.id,
    status: 'current',
    docStatus: 'final',
    type: { text: facts.type },
    category: [documentCategory('letter')],
    subject: person(facts.patient),
    date,
    author: [facts.author],
    custodian: facts.custodian,
    description: facts.title,
    content: [
      {
        attachment: {
          contentType: 'application/pdf',
          ...(facts.binaryId ? { url: `Binary/${facts.binaryId}` } : { data: pdf }),
          size,
          title: fileName,
          language: 'nb',
          creation: date,
        },
      },
    ],
  };
  if (!facts.binaryId) return [document];
  return [{ resourceType: 'Binary', id: facts.binaryId, contentType: 'application/pdf', data: pdf }, document];
}

/**
 * @param {string} linkId
 * @param {string} text
 * @param {QuestionnaireItem['type']} type
 * @param {{ required?: boolean, options?: string[], items?: QuestionnaireItem[] }} [more]
 * @returns {QuestionnaireItem}
 */
function question(linkId, text, type, more = {}) {
  return {
    linkId,
    text,
    type,
    ...(more.required ? { required: true } : {}),
    ...(more.options ? { answerOption: more.options.map((display, index) => ({ valueCoding: { code: String(index + 1), display } })) } : {}),
    ...(more.items ? { item: more.items } : {}),
  };
}

/**
 * @param {{ id: string, name: string, title: string, description: string, publisher: string, items: QuestionnaireItem[] }} facts
 * @returns {Questionnaire}
 */
function questionnaire(facts) {
  return {
    resourceType: 'Questionnaire',
    id: facts.id,
    url: `${FORM_BASE}/${facts.name}`,
    version: '1.0',
    name: facts.name,
    title: facts.title,
    status: 'active',
    subjectType: ['Patient'],
    publisher: facts.publisher,
    description: facts.description,
    item: facts.items,
  };
}

/**
 * @typedef {object} FormTaskFacts
 * @property {string} id
 * @property {PersonKey} patient
 * @property {Task['status']} status
 * @property {Questionnaire} form
 * @property {'focus' | 'canonical' | 'both'} [link]  how the Task points at the form (default both)
 * @property {string} description
 * @property {Ref} requester
 * @property {number} authoredDaysAgo
 * @property {number} [dueInDays]
 * @property {boolean} [handoff]  has a deep link (instantiatesUri) to where the form is filled in
 * @property {string} [statusReason]
 */

/**
 * A form task: the citizen is asked to fill in a form (Task -> Questionnaire).
 * @param {Date} now
 * @param {FormTaskFacts} facts
 * @returns {Task}
 */
function formTask(now, facts) {
  const authored = minutesFrom(now, -facts.authoredDaysAgo * 24 * 60);
  const link = facts.link ?? 'both';
  const canonical = `${facts.form.url}|${facts.form.version}`;
  return {
    resourceType: 'Task',
    id: facts.id,
    status: facts.status,
    intent: 'order',
    ...(facts.statusReason ? { statusReason: { text: facts.statusReason } } : {}),
    code: COMPLETE_QUESTIONNAIRE,
    description: facts.description,
    ...(link !== 'canonical' ? { focus: { reference: `Questionnaire/${facts.form.id}`, display: facts.form.title } } : {}),
    // R4 types instantiatesCanonical as ActivityDefinition; forms in the wild put the Questionnaire here.
    ...(link !== 'focus' ? { instantiatesCanonical: canonical } : {}),
    ...(facts.handoff ? { instantiatesUri: `${formAppOrigin()}/tasks/skjema-${facts.id}` } : {}),
    for: person(facts.patient),
    owner: kariFor[facts.patient],
    requester: facts.requester,
    authoredOn: authored.toISOString(),
    lastModified: (facts.status === 'requested' ? authored : minutesFrom(now, -Math.max(0, facts.authoredDaysAgo - 2) * 24 * 60)).toISOString(),
    ...(facts.dueInDays !== undefined ? { restriction: { period: { end: minutesFrom(now, facts.dueInDays * 24 * 60).toISOString() } } } : {}),
  };
}

/**
 * The inbox resources one source adds to its seed.
 * @param {string} sourceId
 * @param {Date} now
 * @returns {Resource[]}
 */
export function inboxSeed(sourceId, now) {
  if (sourceId === 'helse-bergen') {
    const org = { reference: 'Organization/hb-org', display: 'Helse Bergen, Haukeland universitetssjukehus' };
    const fjeld = practitioner('hb-pr-fjeld', 'Siri Fjeld');
    const eide = practitioner('hb-pr-eide', 'Magnus Eide');
    const berge = practitioner('hb-pr-berge', 'Lise Berge');
    const heartForm = questionnaire({
      id: 'hb-q-hjerte', name: 'egenerklaering-hjerte', title: 'Egenerklæring før hjerteundersøkelse', publisher: 'Helse Bergen',
      description: 'Svar på spørsmålene før du kommer til Hjertepoliklinikken. Det tar omtrent fem minutter.',
      items: [
        question('1', 'Hvilke medisiner bruker du nå?', 'text', { required: true }),
        question('2', 'Har du vondt i brystet når du går i bakker eller trapper?', 'choice', { required: true, options: ['Ja', 'Nei', 'Vet ikke'] }),
        question('3', 'Allergier', 'group', { items: [question('3.1', 'Er du allergisk mot noe?', 'boolean'), question('3.2', 'Hva er du allergisk mot?', 'string')] }),
        question('4', 'Er det noe annet du vil vi skal vite?', 'text'),
      ],
    });
    const satisfaction = questionnaire({
      id: 'hb-q-erfaring', name: 'pasienterfaring-poliklinikk', title: 'Hvordan var besøket ditt?', publisher: 'Helse Bergen',
      description: 'Et kort skjema om hva du syntes om besøket på poliklinikken.',
      items: [
        question('1', 'Fikk du svar på det du lurte på?', 'choice', { options: ['Ja', 'Delvis', 'Nei'] }),
        question('2', 'Hva kan vi gjøre bedre?', 'text'),
      ],
    });
    const allergyForm = questionnaire({
      id: 'hb-q-allergi-barn', name: 'allergi-barn-foresatte', title: 'Spørreskjema om allergi hos barn', publisher: 'Helse Bergen',
      description: 'Fylles ut av foresatte før allergitesten.',
      items: [
        question('1', 'Når har barnet mest plager?', 'choice', { required: true, options: ['Vår', 'Sommer', 'Høst', 'Vinter', 'Hele året'] }),
        question('2', 'Bruker barnet allergimedisin?', 'boolean', { required: true }),
        question('3', 'Beskriv plagene med egne ord', 'text'),
      ],
    });
    return [
      heartForm, satisfaction, allergyForm,
      formTask(now, {
        id: 'hb-task-01', patient: 'kari', status: 'requested', form: heartForm, handoff: true, dueInDays: 3,
        description: 'Fyll ut egenerklæringen før kontrollen hos hjertelegen', requester: fjeld, authoredDaysAgo: 5,
      }),
      formTask(now, {
        id: 'hb-task-02', patient: 'kari', status: 'completed', form: satisfaction, link: 'canonical',
        description: 'Fortell oss hvordan besøket var', requester: org, authoredDaysAgo: 40,
      }),
      formTask(now, {
        id: 'hb-task-ola-01', patient: 'ola', status: 'ready', form: allergyForm, handoff: true, dueInDays: 12,
        description: 'Fyll ut spørreskjemaet om allergi før Ola kommer til testen', requester: berge, authoredDaysAgo: 2,
      }),
      // An HTML attachment with a script-ish image and a javascript: link, on purpose: the inbox must sanitise.
      message(now, {
        id: 'hb-msg-05', patient: 'kari', thread: 'hb-thread-3', topic: 'Før ultralyd av hjertet', from: eide, to: kariFor.kari, sentDaysAgo: 0.5, read: false,
        text: 'Hei Kari. Her er informasjon om ultralyden. Les den før du kommer.',
        inline: {
          contentType: 'text/html', title: 'informasjon-om-ultralyd.html',
          data: base64([
            '<h2>Slik foregår ultralyd av hjertet</h2>',
            '<p>Undersøkelsen tar omtrent <strong>30 minutter</strong>. Du ligger på en benk, og vi bruker en liten probe på brystet.</p>',
            '<ul><li>Du kan spise og drikke som vanlig.</li><li>Ta medisinene dine som vanlig.</li></ul>',
            '<img src="x" alt="" onerror="alert(\'xss\')">',
            '<p><a href="javascript:alert(1)">Ikke trygg lenke</a> <a href="https://www.helsenorge.no/">Les mer på Helsenorge</a></p>',
          ].join('\n')),
        },
      }),
      ...letter(now, {
        id: 'hb-letter-01', patient: 'kari', type: 'Innkallingsbrev', title: 'Innkalling til ultralyd av hjertet', daysAgo: 1, author: eide, custodian: org,
        binaryId: 'hb-bin-letter-01',
        lines: ['Kari Nordmann', 'Du er satt opp til ultralyd av hjertet.', 'Du får tid og sted i et eget brev.', 'Helse Bergen (syntetiske testdata)'],
      }),
      message(now, {
        id: 'hb-msg-ola-01', patient: 'ola', thread: 'hb-thread-ola-1', topic: 'Allergitest for Ola', from: berge, to: kariFor.ola, sentDaysAgo: 2, read: false,
        text: 'Hei. Ola har fått time til allergitest. Husk å fylle ut spørreskjemaet før timen. Hilsen Lise Berge, barnelege.',
      }),
      ...letter(now, {
        id: 'hb-letter-ola-01', patient: 'ola', type: 'Innkallingsbrev', title: 'Innkalling til allergitest', daysAgo: 2, author: berge, custodian: org,
        lines: ['Til foresatte for Ola Nordmann', 'Ola har time på Allergipoliklinikken for barn.', 'Ikke gi allergimedisin de siste 5 dagene før timen.', 'Helse Bergen (syntetiske testdata)'],
      }),
    ];
  }
  if (sourceId === 'fastlegen') {
    const org = { reference: 'Organization/gp-org', display: 'Legesenteret i Sentrum (fastlege)' };
    const lunde = practitioner('gp-pr-lunde', 'Tor Lunde');
    const nilsen = practitioner('gp-pr-nilsen', 'Ida Nilsen');
    const dahl = practitioner('gp-pr-dahl', 'Marte Dahl');
    const bloodPressure = questionnaire({
      id: 'gp-q-blodtrykk', name: 'blodtrykk-hjemme', title: 'Blodtrykksmålinger hjemme', publisher: 'Legesenteret i Sentrum',
      description: 'Skriv inn blodtrykket du har målt hjemme i en uke.',
      items: [
        question('1', 'Morgen', 'group', { items: [question('1.1', 'Øvre trykk (systolisk)', 'integer', { required: true }), question('1.2', 'Nedre trykk (diastolisk)', 'integer', { required: true })] }),
        question('2', 'Kveld', 'group', { items: [question('2.1', 'Øvre trykk (systolisk)', 'integer', { required: true }), question('2.2', 'Nedre trykk (diastolisk)', 'integer', { required: true })] }),
        question('3', 'Har du kjent deg svimmel?', 'boolean'),
      ],
    });
    return [
      bloodPressure,
      formTask(now, {
        id: 'gp-task-01', patient: 'kari', status: 'in-progress', form: bloodPressure, handoff: true, dueInDays: 6,
        description: 'Send inn blodtrykksmålingene dine', requester: lunde, authoredDaysAgo: 4,
      }),
      // Answers gp-msg-03 and so belongs to its thread by the reference alone.
      message(now, {
        id: 'gp-msg-04', patient: 'kari', topic: 'Prøvesvar', from: kariFor.kari, to: nilsen, sentDaysAgo: 1.5, read: true, inResponseTo: 'gp-msg-03',
        text: 'Takk. Må jeg faste før neste blodprøve?',
      }),
      // Part of the same conversation by `partOf`, with no thread identifier, and a PDF inside the message.
      message(now, {
        id: 'gp-msg-05', patient: 'kari', topic: 'Prøvesvar', from: nilsen, to: kariFor.kari, sentDaysAgo: 0.2, read: false, partOf: 'gp-msg-03',
        text: 'Nei, du trenger ikke faste. Her er en oversikt over prøvene vi skal ta.',
        inline: {
          contentType: 'application/pdf', title: 'provene-vi-skal-ta.pdf',
          data: letterPdfBase64('Prøvene vi skal ta', ['Kari Nordmann', 'Hemoglobin, kolesterol og langtidsblodsukker.', 'Du trenger ikke faste.', 'Legesenteret i Sentrum (syntetiske testdata)']),
        },
      }),
      ...letter(now, {
        id: 'gp-letter-01', patient: 'kari', type: 'Innkallingsbrev', title: 'Innkalling til årlig kontroll av blodtrykk', daysAgo: 8, author: dahl, custodian: org,
        lines: ['Kari Nordmann', 'Det er tid for den årlige kontrollen av blodtrykket.', 'Bestill time på nett eller ring 55 00 01 00.', 'Legesenteret i Sentrum (syntetiske testdata)'],
      }),
    ];
  }
  if (sourceId === 'bergen-kommune') {
    const org = { reference: 'Organization/bk-org', display: 'Bergen kommune, helsestasjon og hjemmetjeneste' };
    const aas = practitioner('bk-pr-aas', 'Nina Aas');
    const brekke = practitioner('bk-pr-brekke', 'Leif Brekke');
    const holm = practitioner('bk-pr-holm', 'Anders Holm');
    const healthyLife = { reference: 'HealthcareService/bk-hs-frisklivs', display: 'Frisklivssentralen' };
    const physioForm = questionnaire({
      id: 'bk-q-fysio', name: 'fysioterapi-oppstart', title: 'Kartlegging før fysioterapi', publisher: 'Bergen kommune',
      description: 'Hjelper fysioterapeuten å planlegge behandlingen.',
      items: [
        question('1', 'Hvor har du vondt?', 'string', { required: true }),
        question('2', 'Hvor sterke er smertene (0–10)?', 'integer'),
      ],
    });
    const lifestyle = questionnaire({
      id: 'bk-q-frisklivs', name: 'frisklivs-samtale', title: 'Før samtalen på Frisklivssentralen', publisher: 'Bergen kommune',
      description: 'Tenk gjennom hva du vil endre. Svarene er bare for deg og veilederen din.',
      items: [
        question('1', 'Hva vil du endre på?', 'choice', { options: ['Fysisk aktivitet', 'Kosthold', 'Søvn', 'Tobakk'] }),
        question('2', 'Hvor viktig er det for deg (1–10)?', 'integer'),
      ],
    });
    const homeCare = questionnaire({
      id: 'bk-q-samtykke', name: 'samtykke-deling', title: 'Samtykke til deling av opplysninger', publisher: 'Bergen kommune',
      description: 'Gjelder deling av opplysninger mellom hjemmesykepleien og fastlegen.',
      items: [question('1', 'Samtykker du til at opplysningene deles?', 'boolean', { required: true })],
    });
    return [
      physioForm, lifestyle, homeCare,
      formTask(now, {
        id: 'bk-task-01', patient: 'kari', status: 'cancelled', form: physioForm, statusReason: 'Behandlingen er avsluttet.',
        description: 'Kartlegging før fysioterapi', requester: holm, authoredDaysAgo: 30,
      }),
      formTask(now, {
        id: 'bk-task-02', patient: 'kari', status: 'received', form: lifestyle, link: 'focus',
        description: 'Forbered samtalen på Frisklivssentralen', requester: healthyLife, authoredDaysAgo: 3, dueInDays: 10,
      }),
      formTask(now, {
        id: 'bk-task-per-01', patient: 'per', status: 'in-progress', form: homeCare, handoff: true,
        description: 'Samtykke til deling av opplysninger for Per Hansen', requester: brekke, authoredDaysAgo: 6,
      }),
      // Answers bk-msg-03 (Kari's question) by `inResponseTo` only.
      message(now, {
        id: 'bk-msg-04', patient: 'kari', topic: 'Frisklivssentralen', from: healthyLife, to: kariFor.kari, sentDaysAgo: 2, read: false, inResponseTo: 'bk-msg-03',
        text: 'Hei Kari. Ja, vi kan ha samtalen på video. Du får lenken på SMS dagen før.',
      }),
      message(now, {
        id: 'bk-msg-05', patient: 'kari', thread: 'bk-thread-4', topic: 'Påminnelse om trening', from: holm, to: kariFor.kari, sentDaysAgo: 20, read: true,
        text: 'Husk å gjøre øvelsene for kneet. Gi beskjed hvis du får mer vondt.',
      }),
      ...letter(now, {
        id: 'bk-letter-01', patient: 'kari', type: 'Vedtak', title: 'Vedtak om fysioterapi', daysAgo: 35, author: holm, custodian: org,
        lines: ['Bergen kommune', 'Du får seks timer med fysioterapi for kneet.', 'Du kan klage på vedtaket innen tre uker.', '(syntetiske testdata)'],
      }),
      ...letter(now, {
        id: 'bk-letter-02', patient: 'kari', type: 'Informasjonsbrev', title: 'Tilbud fra Frisklivssentralen', daysAgo: 12, author: healthyLife, custodian: org,
        lines: ['Kari Nordmann', 'Frisklivssentralen gir deg hjelp til å endre levevaner.', 'Tilbudet er gratis.', 'Bergen kommune (syntetiske testdata)'],
      }),
      message(now, {
        id: 'bk-msg-per-01', patient: 'per', thread: 'bk-thread-per-1', topic: 'Besøk fra hjemmesykepleien', from: brekke, to: kariFor.per, sentDaysAgo: 3, read: true,
        text: 'Hei. Fra neste uke kommer vi til Per klokken 08 og 20. Gi beskjed hvis tidene ikke passer.',
      }),
      message(now, {
        id: 'bk-msg-per-02', patient: 'per', thread: 'bk-thread-per-1', topic: 'Besøk fra hjemmesykepleien', from: kariFor.per, to: brekke, sentDaysAgo: 2.5, read: true, inResponseTo: 'bk-msg-per-01',
        text: 'Takk. Tidene passer fint.',
      }),
      message(now, {
        id: 'bk-msg-per-03', patient: 'per', thread: 'bk-thread-per-1', topic: 'Besøk fra hjemmesykepleien', from: brekke, to: kariFor.per, sentDaysAgo: 0.3, read: false, inResponseTo: 'bk-msg-per-02',
        text: 'Per trenger nye medisiner fra apoteket. Kan du hente dem?',
      }),
      ...letter(now, {
        id: 'bk-letter-per-01', patient: 'per', type: 'Vedtak', title: 'Vedtak om trygghetsalarm', daysAgo: 9, author: brekke, custodian: org,
        lines: ['Bergen kommune', 'Per Hansen får trygghetsalarm fra neste måned.', 'Du kan klage på vedtaket innen tre uker.', '(syntetiske testdata)'],
      }),
      ...letter(now, {
        id: 'bk-letter-ola-01', patient: 'ola', type: 'Informasjonsbrev', title: 'Vaksinasjon i 5. klasse', daysAgo: 15, author: aas, custodian: org,
        lines: ['Til foresatte for Ola Nordmann', 'Skolehelsetjenesten vaksinerer elevene i 5. klasse.', 'Ta kontakt hvis du har spørsmål.', 'Bergen kommune (syntetiske testdata)'],
      }),
    ];
  }
  return [];
}
