import type { Bundle, Communication, DocumentReference, Questionnaire, Resource, Task } from '@medplum/fhirtypes';

/** The moment the fixtures are placed around. */
export const NOW = new Date('2026-11-20T09:00:00Z');

const DAY = 24 * 60 * 60 * 1000;
export const daysAgo = (days: number): string => new Date(NOW.getTime() - days * DAY).toISOString();

/** A small real one-page PDF (base64). */
export const PDF_BASE64 = 'JVBERi0xLjQKJeLjz9MKMSAwIG9iago8PCAvVHlwZSAvQ2F0YWxvZyAvUGFnZXMgMiAwIFIgPj4KZW5kb2JqCjIgMCBvYmoKPDwgL1R5cGUgL1BhZ2VzIC9LaWRzIFszIDAgUl0gL0NvdW50IDEgPj4KZW5kb2JqCjMgMCBvYmoKPDwgL1R5cGUgL1BhZ2UgL1BhcmVudCAyIDAgUiAvTWVkaWFCb3ggWzAgMCA1OTUgODQyXSAvUmVzb3VyY2VzIDw8IC9Gb250IDw8IC9GMSA0IDAgUiA+PiA+PiAvQ29udGVudHMgNSAwIFIgPj4KZW5kb2JqCjQgMCBvYmoKPDwgL1R5cGUgL0ZvbnQgL1N1YnR5cGUgL1R5cGUxIC9CYXNlRm9udCAvSGVsdmV0aWNhIC9FbmNvZGluZyAvV2luQW5zaUVuY29kaW5nID4+CmVuZG9iago1IDAgb2JqCjw8IC9MZW5ndGggNzcgPj4Kc3RyZWFtCkJUCi9GMSAxNiBUZgo1NiA3ODAgVGQKKEJyZXYpIFRqCi9GMSAxMSBUZgowIC0yOCBUZAooVGVzdGJyZXYpIFRqCjAgLTE2IFRkCkVUCmVuZHN0cmVhbQplbmRvYmoKeHJlZgowIDYKMDAwMDAwMDAwMCA2NTUzNSBmIAowMDAwMDAwMDE1IDAwMDAwIG4gCjAwMDAwMDAwNjQgMDAwMDAgbiAKMDAwMDAwMDEyMSAwMDAwMCBuIAowMDAwMDAwMjQ3IDAwMDAwIG4gCjAwMDAwMDAzNDQgMDAwMDAgbiAKdHJhaWxlcgo8PCAvU2l6ZSA2IC9Sb290IDEgMCBSID4+CnN0YXJ0eHJlZgo0NzEKJSVFT0YK';

export const THREAD = 'urn:hn-elements:thread';
export const CATEGORY = 'urn:hn-elements:document-category';

export const toBase64 = (text: string): string => btoa(String.fromCharCode(...new TextEncoder().encode(text)));

export function message(overrides: Partial<Communication> & { id: string }): Communication {
  return {
    resourceType: 'Communication',
    status: 'completed',
    subject: { reference: 'Patient/kari', display: 'Kari Nordmann' },
    sender: { reference: 'Practitioner/fjeld', display: 'Siri Fjeld' },
    recipient: [{ reference: 'Patient/kari', display: 'Kari Nordmann' }],
    sent: daysAgo(1),
    payload: [{ contentString: 'Hei.' }],
    ...overrides,
  };
}

export function letter(overrides: Partial<DocumentReference> & { id: string }): DocumentReference {
  return {
    resourceType: 'DocumentReference',
    status: 'current',
    category: [{ coding: [{ system: CATEGORY, code: 'letter' }] }],
    subject: { reference: 'Patient/kari' },
    date: daysAgo(2),
    author: [{ reference: 'Practitioner/eide', display: 'Magnus Eide' }],
    description: 'Innkalling til kontroll',
    type: { text: 'Innkallingsbrev' },
    content: [{ attachment: { contentType: 'application/pdf', data: PDF_BASE64, title: 'innkalling.pdf' } }],
    ...overrides,
  };
}

export const heartForm: Questionnaire = {
  resourceType: 'Questionnaire',
  id: 'q-hjerte',
  url: 'https://skjema.example.org/Questionnaire/hjerte',
  version: '1.0',
  status: 'active',
  title: 'Egenerklæring før hjerteundersøkelse',
  description: 'Svar før du kommer.',
  item: [
    { linkId: '1', text: 'Hvilke medisiner bruker du?', type: 'text', required: true },
    {
      linkId: '2',
      text: 'Har du vondt i brystet?',
      type: 'choice',
      answerOption: [{ valueCoding: { code: 'j', display: 'Ja' } }, { valueCoding: { code: 'n', display: 'Nei' } }],
    },
    { linkId: '3', text: 'Allergier', type: 'group', item: [{ linkId: '3.1', text: 'Er du allergisk?', type: 'boolean' }] },
  ],
};

export const surveyForm: Questionnaire = {
  resourceType: 'Questionnaire',
  id: 'q-erfaring',
  url: 'https://skjema.example.org/Questionnaire/erfaring',
  version: '2.0',
  status: 'active',
  title: 'Hvordan var besøket?',
  item: [{ linkId: '1', text: 'Fikk du svar?', type: 'boolean' }],
};

export function task(overrides: Partial<Task> & { id: string }): Task {
  return {
    resourceType: 'Task',
    status: 'requested',
    intent: 'order',
    for: { reference: 'Patient/kari' },
    requester: { reference: 'Practitioner/fjeld', display: 'Siri Fjeld' },
    authoredOn: daysAgo(3),
    ...overrides,
  };
}

export function bundleOf(resources: unknown[]): Bundle {
  return { resourceType: 'Bundle', type: 'searchset', entry: resources.map((resource) => ({ resource: resource as Resource })) };
}

/**
 * A little of everything:
 * - "Svar på blodprøven": three messages by thread identifier and inResponseTo; the newest unread
 * - "Prøvesvar": two messages joined only by partOf; a document attachment and an inline PDF; the second unread
 * - "Informasjon før ultralyd": the body is an HTML attachment (no text), sender known only by reference
 * - two form tasks (focus; instantiatesCanonical), one draft that is never shown
 * - a letter (PDF), and a journal note that is not a letter
 */
export const standardBundle = (): Bundle =>
  bundleOf([
    message({ id: 'm1', identifier: [{ system: THREAD, value: 't1' }], topic: { text: 'Svar på blodprøven' }, sent: daysAgo(9), received: daysAgo(8.9), payload: [{ contentString: 'Blodprøven din var fin.' }] }),
    message({
      id: 'm2',
      identifier: [{ system: THREAD, value: 't1' }],
      topic: { text: 'Svar på blodprøven' },
      sender: { reference: 'Patient/kari', display: 'Kari Nordmann' },
      recipient: [{ reference: 'Practitioner/fjeld', display: 'Siri Fjeld' }],
      inResponseTo: [{ reference: 'Communication/m1' }],
      sent: daysAgo(8),
      payload: [{ contentString: 'Takk. Skal jeg fortsette med medisinene?' }],
    }),
    message({
      id: 'm3',
      identifier: [{ system: THREAD, value: 't1' }],
      topic: { text: 'Svar på blodprøven' },
      inResponseTo: [{ reference: 'Communication/m2' }],
      sent: daysAgo(1),
      payload: [{ contentString: 'Ja, fortsett som før.' }],
    }),
    message({
      id: 'p1',
      topic: { text: 'Prøvesvar' },
      sender: { reference: 'Practitioner/nilsen', display: 'Ida Nilsen' },
      sent: daysAgo(4),
      received: daysAgo(3.5),
      payload: [{ contentString: 'Prøvesvarene er klare.' }, { contentReference: { reference: 'DocumentReference/journal-1' } }],
    }),
    message({
      id: 'p2',
      sender: { reference: 'Practitioner/nilsen', display: 'Ida Nilsen' },
      partOf: [{ reference: 'Communication/p1' }],
      sent: daysAgo(0.5),
      payload: [
        { contentString: 'Her er oversikten.' },
        { contentAttachment: { contentType: 'application/pdf', data: PDF_BASE64, title: 'oversikt.pdf' } },
      ],
    }),
    message({
      id: 'h1',
      topic: { text: 'Informasjon før ultralyd' },
      sender: { reference: 'Practitioner/eide' },
      sent: daysAgo(6),
      received: daysAgo(5),
      payload: [{ contentAttachment: { contentType: 'text/html', data: toBase64('<h2>Slik foregår det</h2><p>Det tar <strong>30 minutter</strong>.</p>'), title: 'info.html' } }],
    }),
    { resourceType: 'Practitioner', id: 'eide', name: [{ given: ['Magnus'], family: 'Eide' }] },
    task({
      id: 'task-1',
      description: 'Fyll ut egenerklæringen',
      focus: { reference: 'Questionnaire/q-hjerte' },
      instantiatesUri: 'https://vendor.example.org/skjema/task-1',
      authoredOn: daysAgo(5),
      restriction: { period: { end: '2026-11-26T12:00:00Z' } },
    }),
    task({ id: 'task-2', status: 'completed', instantiatesCanonical: 'https://skjema.example.org/Questionnaire/erfaring|2.0', authoredOn: daysAgo(30) }),
    task({ id: 'task-draft', status: 'draft', description: 'Utkast', authoredOn: daysAgo(1) }),
    heartForm,
    surveyForm,
    letter({ id: 'letter-1' }),
    letter({
      id: 'journal-1',
      category: [{ coding: [{ system: CATEGORY, code: 'journal' }] }],
      description: 'Svar på blodprøver',
      content: [{ attachment: { contentType: 'text/html', data: toBase64('<p>Hemoglobin 13,4</p>'), title: 'Svar på blodprøver', size: 21 } }],
    }),
  ]);

/** Titles in the order the list shows them (newest activity first), worked out by hand from the dates above. */
export const STANDARD_TITLES = ['Prøvesvar', 'Svar på blodprøven', 'Innkalling til kontroll', 'Fyll ut egenerklæringen', 'Informasjon før ultralyd', 'Hvordan var besøket?'];

export const emptyBundle = (): Bundle => bundleOf([]);
