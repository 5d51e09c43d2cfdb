// Synthetic journal documents and access logs for the <hn-journal-viewer> stories. Dates are
// relative to today, so "the last 30 days" always has something in it.
import type { AuditEvent, Bundle, Composition, DocumentReference, Resource } from '@medplum/fhirtypes';

const DAY = 24 * 60 * 60 * 1000;
const CATEGORY = 'urn:hn-elements:document-category';
const ACT_REASON = 'http://terminology.hl7.org/CodeSystem/v3-ActReason';

const daysAgo = (days: number, hour = 10) => {
  const date = new Date(Date.now() - days * DAY);
  date.setUTCHours(hour - 1, 15, 0, 0);
  return date.toISOString();
};

function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** A small, valid one-page PDF with a title and some lines. */
function pdf(title: string, lines: string[]): string {
  const text = [title, ...lines].map((line, i) => `BT /F1 ${i === 0 ? 16 : 11} Tf 56 ${780 - i * 22} Td (${line.replace(/[()\\]/g, '')}) Tj ET`).join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
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

interface DocFacts {
  id: string;
  title: string;
  type: string;
  days: number;
  author: string;
  custodian: string;
  attachment: NonNullable<DocumentReference['content']>[number]['attachment'];
  letter?: boolean;
}

function doc(facts: DocFacts): DocumentReference {
  return {
    resourceType: 'DocumentReference',
    id: facts.id,
    status: 'current',
    docStatus: 'final',
    type: { text: facts.type },
    category: [{ coding: [{ system: CATEGORY, code: facts.letter ? 'letter' : 'journal' }] }],
    subject: { reference: 'Patient/kari', display: 'Kari Nordmann' },
    date: daysAgo(facts.days),
    author: [{ display: facts.author }],
    custodian: { display: facts.custodian },
    description: facts.title,
    content: [{ attachment: { language: 'nb', ...facts.attachment } }],
  };
}

function composition(id: string, title: string, days: number, custodian: string, sections: [string, string][]): Composition {
  return {
    resourceType: 'Composition',
    id,
    status: 'final',
    type: { text: 'Epikrise' },
    subject: { reference: 'Patient/kari' },
    date: daysAgo(days),
    author: [{ display: 'Siri Fjeld' }],
    custodian: { display: custodian },
    title,
    section: sections.map(([heading, xhtml]) => ({ title: heading, text: { status: 'generated', div: `<div xmlns="http://www.w3.org/1999/xhtml">${xhtml}</div>` } })),
  } as Composition;
}

function access(id: string, days: number, who: string, role: string, organization: string, purpose: { code?: string; text?: string }, what?: string): AuditEvent {
  return {
    resourceType: 'AuditEvent',
    id,
    type: { system: 'http://terminology.hl7.org/CodeSystem/audit-event-type', code: 'rest' },
    action: 'R',
    recorded: daysAgo(days, 9 + (days % 8)),
    outcome: '0',
    purposeOfEvent: [{ ...(purpose.code ? { coding: [{ system: ACT_REASON, code: purpose.code }] } : {}), ...(purpose.text ? { text: purpose.text } : {}) }],
    agent: [
      { who: { display: who }, role: [{ text: role }], requestor: true },
      { who: { reference: 'Organization/org', display: organization } },
    ],
    entity: [{ what: { reference: 'Patient/kari' } }, ...(what ? [{ what: { reference: 'DocumentReference/x', display: what } }] : [])],
  } as AuditEvent;
}

const bundle = (resources: unknown[]): Bundle => ({
  resourceType: 'Bundle',
  type: 'searchset',
  entry: resources.map((resource) => ({ resource: resource as Resource })),
});

const HOSPITAL = 'Haukeland universitetssjukehus';
const GP = 'Legesenteret i Sentrum';

export const hospitalJournal = (): Bundle =>
  bundle([
    doc({
      id: 'epikrise', title: 'Epikrise etter innleggelse', type: 'Epikrise', days: 30, author: 'Siri Fjeld', custodian: HOSPITAL,
      attachment: {
        contentType: 'text/html',
        data: base64('<h1>Epikrise</h1><p>Kari Nordmann var innlagt i to døgn for brystsmerter. Undersøkelsene viste <strong>ingen tegn på hjerteinfarkt</strong>.</p><h2>Videre oppfølging</h2><ul><li>Kontroll hos hjertelege om tre uker.</li><li>Fortsett med faste medisiner.</li></ul><table><tr><th>Prøve</th><th>Svar</th></tr><tr><td>Troponin</td><td>Normal</td></tr></table>'),
      },
    }),
    doc({
      id: 'notat', title: 'Notat fra ultralyd av hjertet', type: 'Poliklinisk notat', days: 14, author: 'Siri Fjeld', custodian: HOSPITAL,
      attachment: { contentType: 'text/plain; charset=utf-8', data: base64('Ultralyd av hjertet.\n\nNormal pumpefunksjon. Ingen klaffefeil.\n\nPlan:\n  - vanlig kontroll om et år\n  - ta kontakt ved tungpust') },
    }),
    doc({
      id: 'rontgen', title: 'Svar på røntgen av kneet', type: 'Røntgensvar', days: 70, author: 'Hanne Vik', custodian: HOSPITAL,
      attachment: { contentType: 'application/pdf', data: pdf('Svar paa rontgen av kneet', ['Ingen brudd. Litt vaeske i kneleddet.', 'Plan: fysioterapi i seks uker.']) },
    }),
    composition('innleggelse', 'Journalnotat ved innleggelse', 31, HOSPITAL, [
      ['Årsak til innleggelse', '<p>Brystsmerter ved anstrengelse i to uker.</p>'],
      ['Funn', '<p>Normalt EKG. Blodtrykk 128/82.</p>'],
      ['Plan', '<p>Observasjon over natten.</p>'],
    ]),
    doc({
      id: 'brev', title: 'Innkalling til kontroll', type: 'Innkallingsbrev', days: 5, author: 'Magnus Eide', custodian: HOSPITAL, letter: true,
      attachment: { contentType: 'text/plain', data: base64('Dette er et brev: det vises i innboksen, ikke i journalen.') },
    }),
    access('hb-1', 1, 'Siri Fjeld', 'Lege', 'Hjertepoliklinikken, Helse Bergen', { code: 'TREAT' }, 'Notat fra ultralyd av hjertet'),
    access('hb-2', 5, 'Magnus Eide', 'Sykepleier', 'Hjertepoliklinikken, Helse Bergen', { text: 'Helsehjelp' }),
    access('hb-3', 5, 'Sekretær ved Hjertepoliklinikken', 'Helsesekretær', 'Helse Bergen', { code: 'HOPERAT', text: 'Timebestilling' }),
    access('hb-4', 200, 'Eva Lie', 'Kvalitetsrådgiver', 'Fagavdelingen, Helse Bergen', { code: 'HQUALIMP' }),
    access('hb-5', 400, 'Jonas Myhre', 'Lege i akuttmottaket', 'Akuttmottaket, Haukeland universitetssjukehus', { code: 'ETREAT' }),
  ]);

export const gpJournal = (): Bundle =>
  bundle([
    doc({
      id: 'henvisning', title: 'Henvisning til hjertepoliklinikken', type: 'Henvisning', days: 45, author: 'Tor Lunde', custodian: GP,
      attachment: { contentType: 'text/plain', data: base64('Henvisning til Helse Bergen, Hjertepoliklinikken.\nSpørsmål: Brystsmerter ved anstrengelse. Ønsker vurdering.') },
    }),
    doc({
      id: 'prover', title: 'Svar på blodprøver', type: 'Prøvesvar', days: 2, author: 'Ida Nilsen', custodian: GP,
      attachment: { contentType: 'text/html', data: base64('<p>Alle prøvene er innenfor normalområdet.</p><table><tr><th>Prøve</th><th>Svar</th></tr><tr><td>Hemoglobin</td><td>13,4 g/dL</td></tr><tr><td>Kolesterol</td><td>5,1 mmol/L</td></tr></table>') },
    }),
    access('gp-1', 2, 'Ida Nilsen', 'Lege', GP, { code: 'TREAT' }, 'Svar på blodprøver'),
    access('gp-2', 90, 'Tor Lunde', 'Fastlege', GP, { code: 'TREAT' }),
    access('gp-3', 700, 'Arkivtjenesten', 'Arkivar', GP, { code: 'PATRQT', text: 'Du ba om kopi av journalen' }),
  ]);

export const emptyJournal = (): Bundle => bundle([]);

/** Everything at once, for the bundle-mode stories. */
export const wholeJournal = (): Bundle => bundle([...(hospitalJournal().entry ?? []), ...(gpJournal().entry ?? [])].map((e) => e.resource));

export const malformedJournal = (): Bundle =>
  bundle([
    doc({ id: 'ok', title: 'Notat som virker', type: 'Notat', days: 3, author: 'Siri Fjeld', custodian: HOSPITAL, attachment: { contentType: 'text/plain', data: base64('Alt i orden.') } }),
    doc({ id: 'tom', title: 'Dokument uten vedlegg', type: 'Notat', days: 4, author: 'Siri Fjeld', custodian: HOSPITAL, attachment: {} }),
    doc({ id: 'skadet', title: 'Skadet dokument', type: 'Notat', days: 5, author: 'Siri Fjeld', custodian: HOSPITAL, attachment: { contentType: 'text/plain', data: '@@@ikke base64@@@' } }),
    doc({ id: 'exe', title: 'Ukjent filtype', type: 'Vedlegg', days: 6, author: 'Siri Fjeld', custodian: HOSPITAL, attachment: { contentType: 'application/x-msdownload', data: base64('MZ') } }),
    doc({ id: 'falsk', title: 'PDF som ikke er en PDF', type: 'Brev', days: 7, author: 'Siri Fjeld', custodian: HOSPITAL, attachment: { contentType: 'application/pdf', data: base64('<html>ikke pdf</html>') } }),
    { ...doc({ id: 'dato', title: 'Notat uten dato', type: 'Notat', days: 0, author: 'Siri Fjeld', custodian: HOSPITAL, attachment: { contentType: 'text/plain', data: base64('Når?') } }), date: undefined },
    doc({ id: 'lang', title: 'En svært lang tittel som en kilde har sendt '.repeat(30), type: 'Notat', days: 8, author: 'Siri Fjeld', custodian: HOSPITAL, attachment: { contentType: 'text/plain', data: base64('Kort innhold.') } }),
    { resourceType: 'DocumentReference', status: 'current' },
    null,
    access('ok', 3, 'Siri Fjeld', 'Lege', HOSPITAL, { code: 'TREAT' }),
    { resourceType: 'AuditEvent', id: 'uten-tid', agent: [] },
  ]);

export const hostileJournal = (): Bundle =>
  bundle([
    doc({
      id: 'farlig', title: 'Epikrise med farlig innhold', type: 'Epikrise', days: 2, author: '<img src=x onerror=alert(1)>Siri Fjeld', custodian: HOSPITAL,
      attachment: {
        contentType: 'text/html',
        data: base64(
          '<h1>Epikrise</h1><p>Teksten vises, men ingenting kjøres.</p><script>alert("script")</script><img src="x" onerror="alert(\'img\')"><a href="javascript:alert(1)">Ikke trygg lenke</a> <a href="https://www.helsenorge.no/">Trygg lenke</a><svg onload="alert(2)"><script>alert(3)</script></svg><iframe srcdoc="<script>alert(4)</script>"></iframe><object data="javascript:alert(5)"></object><form action="javascript:alert(6)"><input autofocus onfocus="alert(7)"></form><meta http-equiv="refresh" content="0;url=javascript:alert(8)"><div style="width:expression(alert(9))">CSS</div>',
        ),
      },
    }),
    composition('farlig-komp', '<b onmouseover=alert(1)>Sammenstilling</b>', 4, HOSPITAL, [['Funn', '<p onclick="alert(1)">Klikk meg</p><a href="data:text/html,<script>alert(1)</script>">data-lenke</a>']]),
    access('farlig', 1, '<script>alert(1)</script>', 'Lege', HOSPITAL, { text: '<img src=x onerror=alert(1)>' }),
  ]);
