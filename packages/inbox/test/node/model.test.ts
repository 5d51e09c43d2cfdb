import { describe, it } from 'node:test';
import { expect } from 'chai';
import type { Communication, Device, Task } from '@medplum/fhirtypes';
import {
  NO_FILTER,
  base64Size,
  decodeBase64Text,
  filterInbox,
  formLinkOf,
  formStatusOf,
  isLetter,
  isUnread,
  missingAttachmentIds,
  missingQuestionnaireUrls,
  replyCommunication,
  sortInbox,
  toInboxItems,
  withLocallyRead,
  withMessage,
  type FormItem,
  type LetterItem,
  type ThreadItem,
} from '../../src/model.js';
import { inboxFromBundle } from '../../src/load-inbox.js';
import { downloadName, sizeParts } from '../../src/files.js';
import { PDF_BASE64, STANDARD_TITLES, bundleOf, daysAgo, letter, message, standardBundle, task, toBase64 } from '../fixtures.js';
import { generateInbox } from '../generate.js';

const SOURCE = { id: 'helse-bergen', name: 'Helse Bergen' };

function mapped() {
  return toInboxItems(standardBundle().entry!.map((e) => e.resource!), SOURCE);
}

function byTitle<T>(items: readonly { title: string }[], title: string): T {
  const found = items.find((i) => i.title === title);
  if (!found) throw new Error(`no item ${title}`);
  return found as T;
}

describe('inbox model', () => {
  it('groups messages into threads by thread identifier, inResponseTo and partOf', () => {
    const { items, problems } = mapped();
    expect(problems).to.deep.equal([]);
    const blood = byTitle<ThreadItem>(items, 'Svar på blodprøven');
    expect(blood.messages.map((m) => m.id)).to.deep.equal(['m1', 'm2', 'm3']);
    expect(blood.key).to.equal('helse-bergen/message/t1');
    const results = byTitle<ThreadItem>(items, 'Prøvesvar');
    expect(results.messages.map((m) => m.id), 'joined by partOf alone').to.deep.equal(['p1', 'p2']);
    expect(results.key).to.equal('helse-bergen/message/p1');
    expect(items.filter((i) => i.kind === 'message')).to.have.length(3);
  });

  it('keeps a thread key stable when a reply is added (drafts are stored under it)', () => {
    const blood = byTitle<ThreadItem>(mapped().items, 'Svar på blodprøven');
    const reply = replyCommunication(blood, 'Takk!', { patient: { reference: 'Patient/kari', name: 'Kari Nordmann' }, actor: { reference: 'Patient/kari', name: 'Kari Nordmann' } }, new Date());
    const resources = [...standardBundle().entry!.map((e) => e.resource!), { ...reply, id: 'r1' }];
    const again = byTitle<ThreadItem>(toInboxItems(resources, SOURCE).items, 'Svar på blodprøven');
    expect(again.key).to.equal(blood.key);
    expect(again.messages.map((m) => m.id)).to.deep.equal(['m1', 'm2', 'm3', 'r1']);
  });

  it('a message to the citizen without received is unread; the citizen’s own never are', () => {
    const blood = byTitle<ThreadItem>(mapped().items, 'Svar på blodprøven');
    expect(blood.messages.map((m) => m.unread)).to.deep.equal([false, false, true]);
    expect(blood.unread).to.equal(true);
    expect(isUnread(message({ id: 'x', sender: { reference: 'Patient/kari' }, received: undefined }))).to.equal(false);
    expect(isUnread(message({ id: 'x', sender: { reference: 'RelatedPerson/kari-for-ola' } }))).to.equal(false);
    expect(isUnread(message({ id: 'x', received: 'not a date' })), 'an unreadable received is no proof of reading').to.equal(true);
    expect(withLocallyRead(blood, new Date()).unread).to.equal(false);
  });

  it('replies to the newest message from the other side, in the same thread', () => {
    const blood = byTitle<ThreadItem>(mapped().items, 'Svar på blodprøven');
    expect(blood.replyToMessageId).to.equal('m3');
    expect(blood.from).to.equal('Siri Fjeld');
    const now = new Date('2026-11-20T10:00:00Z');
    const reply = replyCommunication(
      blood,
      'Takk for svar.',
      { patient: { reference: 'Patient/ola', name: 'Ola Nordmann' }, actor: { reference: 'Patient/kari', name: 'Kari Nordmann' } },
      now,
    );
    expect(reply).to.deep.include({
      resourceType: 'Communication',
      status: 'completed',
      identifier: [{ system: 'urn:hn-elements:thread', value: 't1' }],
      subject: { reference: 'Patient/ola', display: 'Ola Nordmann' },
      sender: { reference: 'Patient/kari', display: 'Kari Nordmann' },
      inResponseTo: [{ reference: 'Communication/m3' }],
      topic: { text: 'Svar på blodprøven' },
      sent: now.toISOString(),
      payload: [{ contentString: 'Takk for svar.' }],
    });
    expect(reply.recipient).to.deep.equal([{ reference: 'Practitioner/fjeld', display: 'Siri Fjeld' }]);
    const updated = withMessage(blood, { ...reply, id: 'r1' }, 'helse-bergen');
    expect(updated.messages.at(-1)!.id).to.equal('r1');
    expect(updated.date.toISOString()).to.equal(now.toISOString());
    expect(withMessage(updated, { ...reply, id: 'r1' }, 'helse-bergen').messages, 'the same message twice is one').to.have.length(4);
  });

  it('reads attachments: inline with size, by document reference, an HTML-only message as its body', () => {
    const { items } = mapped();
    const results = byTitle<ThreadItem>(items, 'Prøvesvar');
    const [document] = results.messages[0]!.attachments;
    expect(document).to.deep.include({ title: 'Svar på blodprøver', format: 'html', size: 21 });
    const [pdf] = results.messages[1]!.attachments;
    expect(pdf).to.deep.include({ title: 'oversikt.pdf', format: 'pdf', contentType: 'application/pdf', size: base64Size(PDF_BASE64) });
    expect(atob(PDF_BASE64).length).to.equal(base64Size(PDF_BASE64));
    expect(results.attachmentCount).to.equal(2);
    const info = byTitle<ThreadItem>(items, 'Informasjon før ultralyd');
    expect(info.messages[0]!.body).to.deep.equal([{ kind: 'html', html: '<h2>Slik foregår det</h2><p>Det tar <strong>30 minutter</strong>.</p>' }]);
    expect(info.messages[0]!.attachments).to.deep.equal([]);
    expect(info.from, 'sender resolved from the referenced Practitioner').to.equal('Magnus Eide');
    expect(info.searchText).to.contain('30 minutter');
    expect(info.searchText).not.to.contain('<strong>');
  });

  it('maps form tasks: status in plain words, the form by focus or canonical, https deep link only', () => {
    const { items } = mapped();
    const heart = byTitle<FormItem>(items, 'Fyll ut egenerklæringen');
    expect(heart.status).to.equal('not-started');
    expect(heart.link).to.deep.equal({ href: 'https://vendor.example.org/skjema/task-1' });
    expect(heart.questionnaire?.title).to.equal('Egenerklæring før hjerteundersøkelse');
    expect(heart.questionnaire?.items.map((q) => q.text)).to.deep.equal(['Hvilke medisiner bruker du?', 'Har du vondt i brystet?', 'Allergier']);
    expect(heart.questionnaire?.items[1]!.options).to.deep.equal(['Ja', 'Nei']);
    expect(heart.questionnaire?.items[2]!.items[0]!.text).to.equal('Er du allergisk?');
    expect(heart.due?.toISOString()).to.equal('2026-11-26T12:00:00.000Z');
    const survey = byTitle<FormItem>(items, 'Hvordan var besøket?');
    expect(survey.status).to.equal('done');
    expect(items.some((i) => i.title === 'Utkast'), 'a draft task is not the citizen’s yet').to.equal(false);
    const statuses: [string, string][] = [
      ['requested', 'not-started'], ['ready', 'not-started'], ['received', 'not-started'], ['accepted', 'not-started'],
      ['in-progress', 'started'], ['on-hold', 'started'], ['completed', 'done'],
      ['cancelled', 'cancelled'], ['rejected', 'cancelled'], ['failed', 'cancelled'], ['draft', 'hidden'], ['entered-in-error', 'hidden'],
    ];
    for (const [status, expected] of statuses) expect(formStatusOf(status), status).to.equal(expected);
    expect(formStatusOf('made-up')).to.equal(undefined);
    for (const bad of ['javascript:alert(1)', 'data:text/html,<script>', '//evil.example/x', '/relative', 'https://user:pw@vendor.example.org/', 'http://vendor.example.org/']) {
      expect(formLinkOf(bad), bad).to.equal(undefined);
    }
    expect(formLinkOf('http://127.0.0.1:5175/tasks/1')?.href, 'loopback http for the playground').to.equal('http://127.0.0.1:5175/tasks/1');
  });

  it('tells letters from journal documents by the journal viewer’s rule', () => {
    const doc = (category: unknown) => letter({ id: 'd', category: category as never });
    expect(isLetter(doc([{ coding: [{ system: 'urn:hn-elements:document-category', code: 'letter' }] }]))).to.equal(true);
    expect(isLetter(doc([{ coding: [{ system: 'http://example.org/other', code: 'LETTER' }] }])), 'any system, any case').to.equal(true);
    expect(isLetter(doc([{ text: 'Brev' }]))).to.equal(true);
    expect(isLetter(doc([{ text: ' letter ' }]))).to.equal(true);
    expect(isLetter(doc(undefined)), 'no category: journal').to.equal(false);
    expect(isLetter(doc([{ text: 'Epikrise' }]))).to.equal(false);
    expect(isLetter(doc([{ coding: [{ system: 'http://example.org/other', code: 'brev' }] }])), 'coded brev').to.equal(true);
    expect(isLetter(doc([{ coding: [{ system: 'urn:hn-elements:document-category', code: 'journal' }] }, { text: 'Brev' }])), 'journal wins').to.equal(false);
    expect(isLetter(doc(['nonsense', null]))).to.equal(false);
  });

  it('takes only letters from DocumentReferences (category letter), with date, sender and PDF', () => {
    const letters = mapped().items.filter((i): i is LetterItem => i.kind === 'letter');
    expect(letters.map((l) => l.title)).to.deep.equal(['Innkalling til kontroll']);
    expect(letters[0]).to.deep.include({ from: 'Magnus Eide', type: 'Innkallingsbrev', attachmentCount: 1 });
    expect(letters[0]!.attachments[0]).to.deep.include({ format: 'pdf', title: 'innkalling.pdf' });
  });

  it('sorts newest activity first and turns bad entries into problems, not exceptions', () => {
    const data = inboxFromBundle(standardBundle());
    expect(data.items.map((i) => i.title)).to.deep.equal(STANDARD_TITLES);
    const broken = inboxFromBundle(
      bundleOf([
        message({ id: 'ok' }),
        message({ id: 'no-sent', sent: undefined }),
        message({ id: 'bad-status', status: 'weird' as Communication['status'] }),
        { ...message({ id: 'x' }), id: undefined },
        message({ id: 'hidden', status: 'entered-in-error' }),
        task({ id: 't-no-date', authoredOn: undefined }),
        task({ id: 't-bad', status: 'nonsense' as Task['status'] }),
        letter({ id: 'l-no-date', date: undefined, content: [{ attachment: { contentType: 'application/pdf' } }] }),
        { resourceType: 'Communication', id: 'bad id with spaces' },
        'not even an object',
      ]),
    );
    expect(broken.items.map((i) => i.id)).to.deep.equal(['ok']);
    expect(broken.skipped).to.equal(8);
    expect(() => inboxFromBundle({ resourceType: 'Patient' })).to.throw();
  });

  it("leaves out the receiver's work on a referral (a fulfilment Task, core's taskKind): it is no form", () => {
    const fulfil = { coding: [{ system: 'http://hl7.org/fhir/CodeSystem/task-code', code: 'fulfill' }] };
    const data = inboxFromBundle(bundleOf([task({ id: 't-form' }), task({ id: 't-referral', code: fulfil, focus: { reference: 'ServiceRequest/r1' } })]));
    expect(data.items.map((i) => i.id)).to.deep.equal(['t-form']);
    expect(data.skipped).to.equal(0);
  });

  it('searches subject, sender and body, every word; filters unread, kind and source', () => {
    const items = sortInbox(mapped().items);
    const titles = (filter: Partial<typeof NO_FILTER>) => filterInbox(items, { ...NO_FILTER, ...filter }).map((i) => i.title);
    expect(titles({ query: 'ida' })).to.deep.equal(['Prøvesvar']);
    expect(titles({ query: 'FORTSETT medisinene' }), 'words from different messages of one thread').to.deep.equal(['Svar på blodprøven']);
    expect(titles({ query: '30 minutter' })).to.deep.equal(['Informasjon før ultralyd']);
    expect(titles({ query: 'oversikt.pdf' })).to.deep.equal(['Prøvesvar']);
    expect(titles({ query: 'finnes ikke' })).to.deep.equal([]);
    expect(titles({ unreadOnly: true })).to.deep.equal(['Prøvesvar', 'Svar på blodprøven']);
    expect(titles({ kind: 'form' })).to.deep.equal(['Fyll ut egenerklæringen', 'Hvordan var besøket?']);
    expect(titles({ kind: 'letter' })).to.deep.equal(['Innkalling til kontroll']);
    expect(titles({ sourceId: 'elsewhere' })).to.deep.equal([]);
    expect(titles({ sourceId: 'helse-bergen' })).to.have.length(items.length);
  });

  it('names what a source must be asked for: documents messages point at, forms by canonical', () => {
    const resources = [
      message({ id: 'a', payload: [{ contentReference: { reference: 'DocumentReference/d1' } }, { contentReference: { reference: 'DocumentReference/d2' } }] }),
      letter({ id: 'd2' }),
      task({ id: 't', instantiatesCanonical: 'https://skjema.example.org/Questionnaire/x|3' }),
      task({ id: 't2', focus: { reference: 'Questionnaire/q-here' }, instantiatesCanonical: 'https://skjema.example.org/Questionnaire/y' }),
      { resourceType: 'Questionnaire', id: 'q-here', status: 'active' } as const,
    ];
    expect(missingAttachmentIds(resources)).to.deep.equal(['d1']);
    expect(missingQuestionnaireUrls(resources)).to.deep.equal(['https://skjema.example.org/Questionnaire/x']);
  });

  it('leaves out, and counts, a message or letter whose date is not a real calendar date', () => {
    const { items, problems } = toInboxItems(
      [
        message({ id: 'feb-30', sent: '2030-02-30T10:00:00Z', topic: { text: 'Tretti februar' } }),
        message({ id: 'apr-31', sent: '2030-04-31T10:00:00+02:00', topic: { text: 'Trettiførste april' } }),
        letter({ id: 'brev-13', date: '2026-13-01T10:00:00Z' }),
        message({ id: 'fine', topic: { text: 'Gyldig dato' } }),
      ],
      SOURCE,
    );
    expect(items.map((i) => i.title)).to.deep.equal(['Gyldig dato']);
    expect(problems.map((p) => p.id).sort()).to.deep.equal(['apr-31', 'brev-13', 'feb-30']);
  });

  it('names the sender of a message, never the citizen it was sent to', () => {
    const fromDevice = message({ id: 'dev', sender: { reference: 'Device/bp' }, topic: { text: 'Målinger' } });
    const fromIdentifier = message({ id: 'ident', sender: { identifier: { system: 'urn:oid:2.16.578.1.12.4.1.2', value: '12345' } }, topic: { text: 'Uten navn' } });
    const fromContained = message({
      id: 'cont',
      sender: { reference: '#p1' },
      contained: [{ resourceType: 'Practitioner', id: 'p1', name: [{ given: ['Siri'], family: 'Fjeld' }] }],
      topic: { text: 'Fra en innebygd avsender' },
    });
    const device: Device = { resourceType: 'Device', id: 'bp', deviceName: [{ name: 'Blodtrykksmåler', type: 'user-friendly-name' }] };
    const { items } = toInboxItems([fromDevice, fromIdentifier, fromContained, device], SOURCE);
    const fromOf = (title: string) => byTitle<ThreadItem>(items, title).from;
    expect(fromOf('Målinger')).to.equal('Blodtrykksmåler');
    expect(fromOf('Fra en innebygd avsender')).to.equal('Siri Fjeld');
    // Nothing names the sender: the source it came from stands in, never Kari (the recipient).
    expect(fromOf('Uten navn')).to.equal('Helse Bergen');
  });

  it('decodes base64 text', () => {
    expect(decodeBase64Text(toBase64('Blåbær og søl'))).to.equal('Blåbær og søl');
    expect(decodeBase64Text('***')).to.equal(undefined);
    expect(daysAgo(0)).to.equal('2026-11-20T09:00:00.000Z');
  });

  it('gives safe download names and sizes in words', () => {
    expect(downloadName('../../etc/passwd<script>', 'pdf', 'fil')).to.equal('etc-passwd-script-.pdf');
    expect(downloadName('brev.PDF', 'pdf', 'fil')).to.equal('brev.PDF');
    expect(downloadName('', 'html', 'Fil uten navn')).to.equal('Fil uten navn.html');
    expect(sizeParts(999, 'nb')).to.deep.equal({ unit: 'bytes', n: '999' });
    expect(sizeParts(1536, 'nb')).to.deep.equal({ unit: 'kilobytes', n: '1,5' });
    expect(sizeParts(1536, 'en')).to.deep.equal({ unit: 'kilobytes', n: '1.5' });
    expect(sizeParts(3 * 1024 * 1024, 'nn')).to.deep.equal({ unit: 'megabytes', n: '3' });
  });

  it('maps 10,000 messages into their threads (timings: npm run bench)', () => {
    const { bundle, messages, threads, tasks, letters } = generateInbox(10_000);
    const data = inboxFromBundle(bundle);
    expect(messages).to.equal(10_000);
    expect(data.items.filter((i) => i.kind === 'message')).to.have.length(threads);
    expect(data.items).to.have.length(threads + tasks + letters);
    expect(data.skipped).to.equal(0);
    const found = filterInbox(data.items, { ...NO_FILTER, query: 'svar på blodprøven 1' });
    expect(found.length).to.be.greaterThan(0);
    expect(found.every((i) => ['svar', 'på', 'blodprøven', '1'].every((w) => i.searchText.includes(w)))).to.equal(true);
    expect(found.length).to.be.lessThan(data.items.length);
  });
});
