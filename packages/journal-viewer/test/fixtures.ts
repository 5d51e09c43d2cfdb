import type { AuditEvent, Bundle, Composition, DocumentReference, Resource } from '@medplum/fhirtypes';

export const NOW = new Date('2026-11-20T09:00:00Z');

/** Base64 of UTF-8 text (btoa alone only takes Latin-1). */
export function b64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** A tiny, valid one-page PDF. */
export function pdfBase64(title = 'Brev'): string {
  const stream = `BT /F1 16 Tf 56 780 Td (${title}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return btoa(body);
}

export function documentReference(overrides: Partial<DocumentReference> & { id: string }): DocumentReference {
  return {
    resourceType: 'DocumentReference',
    status: 'current',
    docStatus: 'final',
    type: { text: 'Journalnotat' },
    category: [{ coding: [{ system: 'urn:hn-elements:document-category', code: 'journal' }] }],
    subject: { reference: 'Patient/kari', display: 'Kari Nordmann' },
    date: '2026-10-12T10:00:00Z',
    author: [{ reference: 'Practitioner/fjeld', display: 'Siri Fjeld' }],
    custodian: { reference: 'Organization/hus', display: 'Haukeland universitetssjukehus' },
    description: 'Notat fra kontroll',
    content: [{ attachment: { contentType: 'text/plain; charset=utf-8', data: b64('Kontroll.\n\n  Alt er fint.'), language: 'nb' } }],
    ...overrides,
  };
}

export function composition(overrides: Partial<Composition> & { id: string }): Composition {
  return {
    resourceType: 'Composition',
    status: 'final',
    type: { text: 'Epikrise' },
    subject: { reference: 'Patient/kari' },
    date: '2026-09-01T12:00:00Z',
    author: [{ reference: 'Practitioner/fjeld', display: 'Siri Fjeld' }],
    title: 'Epikrise etter innleggelse',
    section: [
      { title: 'Årsak', text: { status: 'generated', div: '<div xmlns="http://www.w3.org/1999/xhtml"><p>Brystsmerter.</p></div>' } },
      { title: 'Plan', text: { status: 'generated', div: '<div xmlns="http://www.w3.org/1999/xhtml"><p>Kontroll om tre uker.</p></div>' } },
    ],
    ...overrides,
  } as Composition;
}

export function auditEvent(overrides: Partial<AuditEvent> & { id: string }): AuditEvent {
  return {
    resourceType: 'AuditEvent',
    type: { system: 'http://terminology.hl7.org/CodeSystem/audit-event-type', code: 'rest' },
    action: 'R',
    recorded: '2026-11-10T09:05:00Z',
    outcome: '0',
    purposeOfEvent: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActReason', code: 'TREAT' }] }],
    agent: [
      { who: { reference: 'Practitioner/fjeld', display: 'Siri Fjeld' }, role: [{ text: 'Lege' }], requestor: true },
      { who: { reference: 'Organization/hus', display: 'Haukeland universitetssjukehus' }, requestor: false },
    ],
    source: { observer: { display: 'Journalsystemet' } },
    entity: [{ what: { reference: 'Patient/kari', display: 'Kari Nordmann' } }],
    ...overrides,
  } as AuditEvent;
}

export function bundleOf(resources: unknown[]): Bundle {
  return { resourceType: 'Bundle', type: 'searchset', entry: resources.map((resource) => ({ resource: resource as Resource })) };
}

/** One of each: text, HTML, PDF, Composition, a letter (not shown), and an access log. */
export const standardBundle = (): Bundle =>
  bundleOf([
    documentReference({ id: 'text' }),
    documentReference({
      id: 'html',
      description: 'Svar på blodprøver',
      type: { text: 'Prøvesvar' },
      date: '2026-11-02T08:00:00Z',
      content: [{ attachment: { contentType: 'text/html', data: b64('<h1>Blodprøver</h1><p>Hemoglobin <strong>13,4</strong>.</p>') } }],
    }),
    documentReference({
      id: 'pdf',
      description: 'Røntgensvar',
      type: { text: 'Røntgen' },
      date: '2025-03-05T08:00:00Z',
      content: [{ attachment: { contentType: 'application/pdf', data: pdfBase64('Rontgensvar') } }],
    }),
    composition({ id: 'epikrise' }),
    documentReference({
      id: 'letter',
      description: 'Innkalling til time',
      category: [{ coding: [{ system: 'urn:hn-elements:document-category', code: 'letter' }] }],
    }),
    auditEvent({ id: 'a1' }),
    auditEvent({
      id: 'a2',
      recorded: '2026-06-01T12:00:00Z',
      purposeOfEvent: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActReason', code: 'ETREAT' }] }],
      agent: [{ who: { display: 'Jonas Myhre' }, role: [{ text: 'Lege i akuttmottaket' }], requestor: true }],
    }),
    auditEvent({ id: 'a3', recorded: '2024-01-15T12:00:00Z', purposeOfEvent: [{ text: 'Timebestilling' }] }),
  ]);

// The seed's sources, people and sessions are shared by every package's tests.
export { SOURCES, session, onBehalfOfOla, onBehalfOfPer } from '@hn-elements/test-support/people.js';
