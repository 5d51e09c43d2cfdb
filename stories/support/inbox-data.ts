// Synthetic inboxes for the <hn-inbox> stories, with dates relative to today, and an in-browser
// FHIR mock that also answers the inbox's writes (mark read: PUT; reply: POST, conditional).
import type { Bundle, Communication, DocumentReference, Questionnaire, Resource, Task } from '@medplum/fhirtypes';
import type { Source } from '../../packages/core/src/session.js';

const DAY = 24 * 60 * 60 * 1000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const base64 = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text)));

const THREAD = 'urn:hn-elements:thread';
const LETTER = [{ coding: [{ system: 'urn:hn-elements:document-category', code: 'letter', display: 'Brev' }], text: 'Brev' }];

/** A tiny valid one-page PDF, so the letter stories show a real document. */
function pdf(title: string, lines: string[]): string {
  const escape = (text: string) => text.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[^\x20-\x7e]/g, (c) => ({ æ: '\\346', ø: '\\370', å: '\\345', Æ: '\\306', Ø: '\\330', Å: '\\305' })[c] ?? '?');
  const stream = ['BT', '/F1 16 Tf', '56 780 Td', `(${escape(title)}) Tj`, '/F1 11 Tf', '0 -28 Td', ...lines.flatMap((l) => [`(${escape(l)}) Tj`, '0 -16 Td']), 'ET'].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
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

const kari = { reference: 'Patient/kari', display: 'Kari Nordmann' };
const fjeld = { reference: 'Practitioner/fjeld', display: 'Siri Fjeld' };
const eide = { reference: 'Practitioner/eide', display: 'Magnus Eide' };
const lunde = { reference: 'Practitioner/lunde', display: 'Tor Lunde' };

function message(id: string, fields: Partial<Communication>): Communication {
  return { resourceType: 'Communication', id, status: 'completed', subject: kari, recipient: [kari], sender: fjeld, sent: ago(1), ...fields };
}

const heartForm: Questionnaire = {
  resourceType: 'Questionnaire',
  id: 'q-hjerte',
  url: 'https://skjema.example.org/Questionnaire/egenerklaering-hjerte',
  version: '1.0',
  status: 'active',
  title: 'Egenerklæring før hjerteundersøkelse',
  description: 'Svar på spørsmålene før du kommer. Det tar omtrent fem minutter.',
  item: [
    { linkId: '1', text: 'Hvilke medisiner bruker du nå?', type: 'text', required: true },
    { linkId: '2', text: 'Har du vondt i brystet når du går i bakker?', type: 'choice', required: true, answerOption: [{ valueCoding: { code: 'j', display: 'Ja' } }, { valueCoding: { code: 'n', display: 'Nei' } }, { valueCoding: { code: 'v', display: 'Vet ikke' } }] },
    { linkId: '3', text: 'Allergier', type: 'group', item: [{ linkId: '3.1', text: 'Er du allergisk mot noe?', type: 'boolean' }, { linkId: '3.2', text: 'Hva er du allergisk mot?', type: 'string' }] },
  ],
};

function task(id: string, fields: Partial<Task>): Task {
  return { resourceType: 'Task', id, status: 'requested', intent: 'order', for: kari, requester: fjeld, authoredOn: ago(3), ...fields };
}

function letter(id: string, title: string, days: number, lines: string[]): DocumentReference {
  const data = pdf(title, lines);
  return {
    resourceType: 'DocumentReference',
    id,
    status: 'current',
    category: LETTER,
    type: { text: 'Innkallingsbrev' },
    subject: kari,
    date: ago(days),
    author: [eide],
    description: title,
    content: [{ attachment: { contentType: 'application/pdf', data, size: atob(data).length, title: `${title.toLowerCase().replace(/[^a-zæøå0-9]+/g, '-')}.pdf` } }],
  };
}

const bundle = (resources: Resource[]): Bundle => ({ resourceType: 'Bundle', type: 'searchset', entry: resources.map((resource) => ({ resource })) });

/** The hospital: a thread with an unread answer, an HTML message, a form task and a letter. */
export function hospitalInbox(): Bundle {
  return bundle([
    message('hb-1', { identifier: [{ system: THREAD, value: 'blod' }], topic: { text: 'Svar på blodprøven' }, sent: ago(9), received: ago(8.9), payload: [{ contentString: 'Hei Kari. Blodprøven din var fin. Vi snakker mer om den på videotimen.\n\nHilsen Siri Fjeld, hjertelege.' }] }),
    message('hb-2', { identifier: [{ system: THREAD, value: 'blod' }], topic: { text: 'Svar på blodprøven' }, sender: kari, recipient: [fjeld], inResponseTo: [{ reference: 'Communication/hb-1' }], sent: ago(8), payload: [{ contentString: 'Takk for svar. Skal jeg fortsette med de samme medisinene?' }] }),
    message('hb-3', { identifier: [{ system: THREAD, value: 'blod' }], topic: { text: 'Svar på blodprøven' }, inResponseTo: [{ reference: 'Communication/hb-2' }], sent: ago(0.2), payload: [{ contentString: 'Ja, fortsett som før. Ta kontakt hvis du blir tungpustet eller får vondt i brystet.' }] }),
    message('hb-4', {
      topic: { text: 'Før ultralyd av hjertet' },
      sender: eide,
      sent: ago(2),
      received: ago(1.9),
      payload: [
        { contentString: 'Her er informasjon om ultralyden. Les den før du kommer.' },
        { contentAttachment: { contentType: 'text/html', title: 'informasjon-om-ultralyd.html', data: base64('<h2>Slik foregår ultralyd av hjertet</h2><p>Undersøkelsen tar omtrent <strong>30 minutter</strong>.</p><ul><li>Du kan spise og drikke som vanlig.</li><li>Ta medisinene dine som vanlig.</li></ul>') } },
      ],
    }),
    task('hb-task', { description: 'Fyll ut egenerklæringen før kontrollen hos hjertelegen', focus: { reference: 'Questionnaire/q-hjerte' }, instantiatesUri: 'https://vendor.example.org/skjema/egenerklaering', restriction: { period: { end: inDays(3) } }, authoredOn: ago(4) }),
    heartForm,
    letter('hb-letter', 'Innkalling til kontroll hos hjertelege', 5, ['Kari Nordmann', 'Du har time på Hjertepoliklinikken.', 'Møt 15 minutter før.', 'Helse Bergen (syntetiske testdata)']),
  ]);
}

/** The GP: a finished thread, a form in progress, a done form, a cancelled form. */
export function gpInbox(): Bundle {
  return bundle([
    message('gp-1', { identifier: [{ system: THREAD, value: 'resept' }], topic: { text: 'Fornye resept' }, sender: kari, recipient: [lunde], sent: ago(6), payload: [{ contentString: 'Hei. Kan du fornye resepten på blodtrykksmedisinen min?' }] }),
    message('gp-2', { identifier: [{ system: THREAD, value: 'resept' }], topic: { text: 'Fornye resept' }, sender: lunde, inResponseTo: [{ reference: 'Communication/gp-1' }], sent: ago(5), received: ago(4.9), payload: [{ contentString: 'Resepten er fornyet. Du kan hente medisinen på apoteket.' }] }),
    task('gp-task-1', { description: 'Send inn blodtrykksmålingene dine', status: 'in-progress', requester: lunde, instantiatesUri: 'https://vendor.example.org/skjema/blodtrykk', restriction: { period: { end: inDays(6) } }, authoredOn: ago(4) }),
    task('gp-task-2', { description: 'Hvordan var besøket?', status: 'completed', requester: lunde, authoredOn: ago(30) }),
    task('gp-task-3', { description: 'Kartlegging før fysioterapi', status: 'cancelled', statusReason: { text: 'Behandlingen er avsluttet.' }, requester: lunde, authoredOn: ago(40) }),
  ]);
}

export const emptyInbox = (): Bundle => bundle([]);

/** A bundle with entries that cannot be shown: they are counted, the rest is shown. */
export function partlyBrokenInbox(): Bundle {
  const good = hospitalInbox();
  return {
    ...good,
    entry: [
      ...(good.entry ?? []),
      { resource: { resourceType: 'Communication', id: 'uten-dato', status: 'completed' } as Communication },
      { resource: { resourceType: 'Task', id: 'rar-status', status: 'sånn-passe', intent: 'order' } as unknown as Task },
      { resource: 'ikke en ressurs' as unknown as Resource },
    ],
  };
}

/** HTML and links from a source that try to run script: sanitised, not followed, nothing runs. */
export function hostileInbox(): Bundle {
  const hostile = [
    '<p>Vanlig tekst med <strong>uthevet</strong> ord.</p>',
    '<script>alert("xss")</script>',
    '<img src="x" onerror="alert(\'xss\')">',
    '<a href="javascript:alert(1)">javascript-lenke</a> <a href="https://www.helsenorge.no/">trygg lenke</a>',
    '<svg onload="alert(1)"><circle r="10"/></svg>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<form action="javascript:alert(1)"><button>Send</button></form>',
  ].join('\n');
  return bundle([
    message('x-1', {
      topic: { text: 'Emne med <img src=x onerror=alert(1)> i seg' },
      sender: { reference: 'Practitioner/x', display: '<script>alert("avsender")</script>' },
      sent: ago(0.5),
      payload: [{ contentAttachment: { contentType: 'text/html', data: base64(hostile), title: 'melding.html' } }],
    }),
    task('x-task', { description: 'Skjema med javascript-lenke', instantiatesUri: 'javascript:alert(1)', authoredOn: ago(1) }),
  ]);
}

/** `count` messages in threads of one to four, for the many-items story. */
export function manyMessages(count: number): Bundle {
  const senders = ['Siri Fjeld', 'Ida Nilsen', 'Magnus Eide', 'Tor Lunde', 'Nina Aas'];
  const topics = ['Svar på blodprøven', 'Innkalling til kontroll', 'Fornye resept', 'Prøvesvar', 'Timeavtale'];
  const resources: Resource[] = [];
  let thread = 0;
  for (let made = 0; made < count; ) {
    thread += 1;
    const length = 1 + (thread % 4);
    for (let i = 0; i < length && made < count; i += 1) {
      made += 1;
      resources.push(
        message(`many-${made}`, {
          identifier: [{ system: THREAD, value: `t${thread}` }],
          topic: { text: `${topics[thread % topics.length]} (${thread})` },
          sender: i % 2 ? kari : { reference: `Practitioner/p${thread % 5}`, display: senders[thread % senders.length] },
          ...(i > 0 ? { inResponseTo: [{ reference: `Communication/many-${made - 1}` }] } : {}),
          sent: ago(thread * 0.37 - i * 0.05),
          ...(thread % 3 && i % 2 === 0 ? { received: ago(thread * 0.37 - i * 0.05 - 0.01) } : {}),
          payload: [{ contentString: `Melding ${made} i samtale ${thread}.` }],
        }),
      );
    }
  }
  return { resourceType: 'Bundle', type: 'collection', entry: resources.map((resource) => ({ resource })) };
}

// ---- in-browser FHIR mock -------------------------------------------------------------------

/** `pagingLoop`: the Bundle's items, but every search's `next` link leads back to the same page. */
export type InboxMockAnswer = Bundle | 'down' | 'unauthorized' | 'malformed' | 'never' | { pagingLoop: Bundle };

export interface InboxMockOptions {
  /** What writes (mark read, reply) get: the server's copy, an outage, or no answer at all. */
  writes?: 'ok' | 'down' | 'never';
}

const PREFIX = '/story-inbox/';

export const inboxSources: Source[] = [
  { id: 'helse-bergen', name: 'Helse Bergen', fhirBase: `${PREFIX}helse-bergen` },
  { id: 'fastlegen', name: 'Legesenteret i Sentrum', fhirBase: `${PREFIX}fastlegen` },
  { id: 'bergen-kommune', name: 'Bergen kommune', fhirBase: `${PREFIX}bergen-kommune` },
];

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/fhir+json', ...headers } });
const outcome = (code: string, status: number) => json({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code }] }, status);

/** Installs the mock for `/story-inbox/<source>/…`; returns the function that removes it. */
export function mockInboxFhir(answers: Record<string, InboxMockAnswer>, options: InboxMockOptions = {}): () => void {
  const original = window.fetch;
  const stores = new Map<string, Resource[]>();
  const looping = new Set<string>();
  for (const [id, answer] of Object.entries(answers)) {
    if (typeof answer !== 'object') continue;
    const bundle = 'pagingLoop' in answer ? answer.pagingLoop : answer;
    if ('pagingLoop' in answer) looping.add(id);
    stores.set(id, (bundle.entry ?? []).map((e) => structuredClone(e.resource!)));
  }
  let created = 0;
  window.fetch = async (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, location.href);
    if (!url.pathname.startsWith(PREFIX)) return original(input, init);
    const [sourceId = '', type, id] = url.pathname.slice(PREFIX.length).split('/');
    const answer = answers[sourceId];
    const method = init?.method ?? 'GET';
    if (!answer || answer === 'down') return outcome('transient', 503);
    if (answer === 'unauthorized') return outcome('login', 401);
    if (answer === 'malformed') return new Response('{"resourceType":"Bundle","entry":[', { status: 200 });
    if (answer === 'never') return new Promise<Response>(() => {});
    const store = stores.get(sourceId)!;
    if (method !== 'GET') {
      if (options.writes === 'down') return outcome('transient', 503);
      if (options.writes === 'never') return new Promise<Response>(() => {});
      const body = JSON.parse(String(init?.body)) as Resource;
      if (method === 'PUT') {
        const at = store.findIndex((r) => r.resourceType === type && r.id === id);
        const saved = { ...body, meta: { versionId: String(Number(store[at]?.meta?.versionId ?? '1') + 1) } };
        if (at >= 0) store[at] = saved;
        return json(saved, 200, { ETag: `W/"${saved.meta.versionId}"` });
      }
      const key = new Headers(init?.headers).get('If-None-Exist')?.split('|')[1];
      const existing = key ? store.find((r) => (r as Communication).identifier?.some((i) => i.value === key)) : undefined;
      if (existing) return json(existing, 200);
      created += 1;
      const saved = { ...body, id: `story-new-${created}`, meta: { versionId: '1' } } as Resource;
      store.push(saved);
      return json(saved, 201, { ETag: 'W/"1"' });
    }
    if (id) {
      const found = store.find((r) => r.resourceType === type && r.id === id);
      return found ? json(found, 200, { ETag: `W/"${found.meta?.versionId ?? '1'}"` }) : outcome('not-found', 404);
    }
    const identifier = url.searchParams.get('identifier')?.split('|')[1];
    const ids = url.searchParams.get('_id')?.split(',');
    const matches = store.filter((r) => {
      if (type === 'Task') return r.resourceType === 'Task' || r.resourceType === 'Questionnaire';
      if (r.resourceType !== type) return false;
      if (ids) return ids.includes(r.id ?? '');
      if (identifier) return (r as Communication).identifier?.some((i) => i.value === identifier) ?? false;
      if (type === 'DocumentReference') return (r as DocumentReference).category?.some((c) => c.coding?.some((x) => x.code === 'letter')) ?? false;
      return true;
    });
    const link = looping.has(sourceId) ? [{ relation: 'next', url: url.href }] : [];
    return json({ resourceType: 'Bundle', type: 'searchset', total: matches.length, link, entry: matches.map((resource) => ({ resource })) });
  };
  return () => {
    window.fetch = original;
  };
}
