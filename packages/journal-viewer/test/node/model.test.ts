import { describe, it } from 'node:test';
import { expect } from 'chai';
import type { Resource } from '@medplum/fhirtypes';
import {
  cleanBase64,
  filterAccessEntries,
  groupDocuments,
  isJournalDocument,
  MAX_TITLE_LENGTH,
  periodStart,
  toAccessEntries,
  toJournalDocuments,
} from '../../src/model.js';
import { auditEvent, b64, composition, documentReference, NOW } from '../fixtures.js';

const source = { id: 'helse-bergen', name: 'Helse Bergen', fhirBase: '/fhir/helse-bergen' };

describe('journal model: which documents belong to the journal', () => {
  it('keeps journal documents and documents without a category, leaves letters to the inbox', () => {
    expect(isJournalDocument(documentReference({ id: 'a' }))).to.equal(true);
    expect(isJournalDocument(documentReference({ id: 'b', category: undefined }))).to.equal(true);
    expect(isJournalDocument(documentReference({ id: 'c', category: [{ coding: [{ system: 'urn:hn-elements:document-category', code: 'letter' }] }] }))).to.equal(false);
    expect(isJournalDocument(documentReference({ id: 'd', category: [{ coding: [{ system: 'urn:other', code: 'LETTER' }] }] }))).to.equal(false);
    expect(isJournalDocument(documentReference({ id: 'e', category: [{ text: 'Brev' }] }))).to.equal(false);
    // Explicitly journal wins over a second, letter-like category.
    expect(
      isJournalDocument(
        documentReference({
          id: 'f',
          category: [{ coding: [{ system: 'urn:hn-elements:document-category', code: 'journal' }] }, { text: 'Brev' }],
        }),
      ),
    ).to.equal(true);
  });

  it('hides entered-in-error and superseded documents, and counts documents without id as problems', () => {
    const mapped = toJournalDocuments(
      [
        documentReference({ id: 'ok' }),
        documentReference({ id: 'err', status: 'entered-in-error' }),
        documentReference({ id: 'old', status: 'superseded' }),
        { ...documentReference({ id: 'x' }), id: undefined } as unknown as Resource,
        composition({ id: 'comp-err', status: 'entered-in-error' }),
      ],
      source,
    );
    expect(mapped.items.map((i) => i.id)).to.deep.equal(['ok']);
    expect(mapped.problems).to.have.length(1);
    expect(mapped.items[0]!.key).to.equal('helse-bergen/DocumentReference/ok');
  });
});

describe('journal model: documents', () => {
  it('reads title, type, date, author and custodian, resolving references inside the source', () => {
    const mapped = toJournalDocuments(
      [
        documentReference({ id: 'a', author: [{ reference: 'Practitioner/p1' }], custodian: { reference: 'Organization/o1' }, description: undefined, content: [{ attachment: { contentType: 'text/plain', data: b64('x'), title: 'Fra vedlegget' } }] }),
        { resourceType: 'Practitioner', id: 'p1', name: [{ given: ['Ingrid'], family: 'Berg' }] } as Resource,
        { resourceType: 'Organization', id: 'o1', name: 'Haukeland' } as Resource,
      ],
      source,
    );
    const item = mapped.items[0]!;
    expect(item.title).to.equal('Fra vedlegget');
    expect(item.author).to.equal('Ingrid Berg');
    expect(item.organization).to.equal('Haukeland');
    expect(item.sourceName).to.equal('Helse Bergen');
    expect(item.date?.toISOString()).to.equal('2026-10-12T10:00:00.000Z');
    expect(item.body.kind).to.equal('attachment');
  });

  it('names an author given as a PractitionerRole, or contained in the document, by the same rule as every component', () => {
    const mapped = toJournalDocuments(
      [
        documentReference({ id: 'role', author: [{ reference: 'PractitionerRole/r1' }] }),
        documentReference({
          id: 'contained',
          author: [{ reference: '#forfatter' }],
          custodian: { reference: '#sykehus' },
          contained: [
            { resourceType: 'Practitioner', id: 'forfatter', name: [{ given: ['Siri'], family: 'Fjeld' }] },
            { resourceType: 'Organization', id: 'sykehus', name: 'Stavanger universitetssjukehus' },
          ],
        } as Parameters<typeof documentReference>[0]),
        { resourceType: 'PractitionerRole', id: 'r1', practitioner: { reference: 'Practitioner/p1' } } as Resource,
        { resourceType: 'Practitioner', id: 'p1', name: [{ given: ['Ingrid'], family: 'Berg' }] } as Resource,
      ],
      source,
    );
    const byId = new Map(mapped.items.map((item) => [item.id, item]));
    expect(byId.get('role')?.author).to.equal('Ingrid Berg');
    expect(byId.get('contained')?.author).to.equal('Siri Fjeld');
    expect(byId.get('contained')?.organization).to.equal('Stavanger universitetssjukehus');
  });

  it('says per item what is wrong with a malformed document', () => {
    const problems = (doc: Resource) => {
      const item = toJournalDocuments([doc], source).items[0]!;
      return item.body.kind === 'problem' ? item.body.problem : item.body.kind;
    };
    expect(problems(documentReference({ id: 'a', content: undefined }))).to.equal('no-content');
    expect(problems(documentReference({ id: 'b', content: [{ attachment: { contentType: 'text/plain' } }] }))).to.equal('no-content');
    expect(problems(documentReference({ id: 'c', content: [{ attachment: { contentType: 'text/plain', data: 'not base64!!' } }] }))).to.equal('bad-data');
    expect(problems(documentReference({ id: 'd', content: [{ attachment: { contentType: 'application/x-msdownload', data: b64('MZ') } }] }))).to.equal('unsupported-type');
    expect(problems(documentReference({ id: 'e', content: [{ attachment: { contentType: 'text/html', url: 'javascript:alert(1)' } }] }))).to.equal('unsafe-url');
    expect(problems(documentReference({ id: 'f', content: [{ attachment: { contentType: 'application/pdf', url: 'http://evil.example.org/x.pdf' } }] }))).to.equal('unsafe-url');
    expect(problems(composition({ id: 'g', section: [] }))).to.equal('no-content');
    expect(problems(documentReference({ id: 'h', content: [null, 'x'] as never }))).to.equal('no-content');
  });

  it('picks the first attachment in a format it can show', () => {
    const item = toJournalDocuments(
      [
        documentReference({
          id: 'a',
          content: [
            { attachment: { contentType: 'application/msword', data: b64('doc') } },
            { attachment: { contentType: 'application/pdf', data: 'JVBERi0xLjQK' } },
          ],
        }),
      ],
      source,
    ).items[0]!;
    expect(item.body.kind === 'attachment' && item.body.attachment.format).to.equal('pdf');
  });

  it('cuts a huge title and flags it; a missing date leaves the date undefined', () => {
    const item = toJournalDocuments([documentReference({ id: 'a', description: 'Lang '.repeat(5000), date: undefined })], source).items[0]!;
    expect(item.title!.length).to.equal(MAX_TITLE_LENGTH);
    expect(item.title!.endsWith('…')).to.equal(true);
    expect(item.titleShortened).to.equal(true);
    expect(item.date).to.equal(undefined);
  });

  it('reads dates with core\'s strict reader: a date that is not a real calendar date is no date', () => {
    const { items } = toJournalDocuments(
      [
        documentReference({ id: 'winter', date: '2026-03-01T10:00:00+01:00' }),
        documentReference({ id: 'day', date: '2026-03-01' }),
        documentReference({ id: 'feb-30', date: '2030-02-30T10:00:00Z' }),
      ],
      source,
    );
    const byId = Object.fromEntries(items.map((i) => [i.key.split('/').pop(), i]));
    expect(byId['winter']!.date!.toISOString()).to.equal('2026-03-01T09:00:00.000Z');
    expect(byId['day']!.date!.toISOString()).to.equal('2026-03-01T11:00:00.000Z');
    // Shown under "Uten dato", never as 2 March.
    expect(byId['feb-30']!.date).to.equal(undefined);
  });

  it('checks base64 strictly but tolerates line breaks', () => {
    expect(cleanBase64('SGVp\nc2Fu')).to.equal('SGVpc2Fu');
    expect(cleanBase64('SGVpc2F')).to.equal(undefined);
    expect(cleanBase64('SGV%c2Fu')).to.equal(undefined);
  });

  it('groups by source in the session’s order, then by month, newest first, undated last', () => {
    const hb = toJournalDocuments(
      [
        documentReference({ id: 'old', date: '2025-01-10T10:00:00Z' }),
        documentReference({ id: 'new', date: '2026-11-01T10:00:00Z' }),
        documentReference({ id: 'none', date: undefined }),
        // 23:30 UTC on 31 October is 1 November in Oslo.
        documentReference({ id: 'edge', date: '2026-10-31T23:30:00Z' }),
      ],
      source,
    ).items;
    const gp = toJournalDocuments([documentReference({ id: 'gp' })], { id: 'fastlegen', name: 'Fastlegen' }).items;
    const groups = groupDocuments([...hb, ...gp], ['fastlegen', 'helse-bergen']);
    expect(groups.map((g) => g.sourceId)).to.deep.equal(['fastlegen', 'helse-bergen']);
    expect(groups[1]!.months.map((m) => m.key)).to.deep.equal(['2026-11', '2025-01', 'undated']);
    expect(groups[1]!.months[0]!.items.map((i) => i.id)).to.deep.equal(['new', 'edge']);
  });
});

describe('journal model: access log', () => {
  it('reads who, role, organisation, why and what', () => {
    const entry = toAccessEntries(
      [
        auditEvent({
          id: 'a',
          entity: [
            { what: { reference: 'Patient/kari' } },
            { what: { reference: 'DocumentReference/d1', display: 'Epikrise' } },
          ],
        }),
      ],
      source,
    ).items[0]!;
    expect(entry).to.include({ who: 'Siri Fjeld', role: 'Lege', organization: 'Haukeland universitetssjukehus', what: 'Epikrise', wholeJournal: false, failed: false });
    expect(entry.purpose).to.deep.equal({ kind: 'treatment', text: undefined });
    expect(entry.key).to.equal('helse-bergen/a');
  });

  it('understands purposes by code or by common words, and keeps other words as they are', () => {
    const purpose = (concepts: unknown) => toAccessEntries([auditEvent({ id: 'a', purposeOfEvent: concepts as never })], source).items[0]!.purpose;
    expect(purpose([{ text: 'Helsehjelp' }])).to.deep.equal({ kind: 'treatment', text: undefined });
    expect(purpose([{ coding: [{ code: 'HRESCH' }] }])).to.deep.equal({ kind: 'research', text: undefined });
    expect(purpose([{ coding: [{ code: 'PATRQT' }], text: 'Du ba om kopi' }])).to.deep.equal({ kind: 'patient-request', text: 'Du ba om kopi' });
    expect(purpose([{ text: 'Timebestilling' }])).to.deep.equal({ kind: undefined, text: 'Timebestilling' });
    expect(purpose(undefined)).to.equal(undefined);
    // The agent's purposeOfUse counts when the event has none.
    const fromAgent = toAccessEntries(
      [auditEvent({ id: 'b', purposeOfEvent: undefined, agent: [{ who: { display: 'X' }, requestor: true, purposeOfUse: [{ coding: [{ code: 'ETREAT' }] }] }] })],
      source,
    ).items[0]!;
    expect(fromAgent.purpose?.kind).to.equal('emergency');
  });

  it('leaves out entries without a valid time and counts them; marks refused attempts', () => {
    const mapped = toAccessEntries(
      [auditEvent({ id: 'a', recorded: 'igår' }), auditEvent({ id: 'b', recorded: undefined }), auditEvent({ id: 'c', outcome: '8' }), null as unknown as Resource],
      source,
    );
    expect(mapped.items.map((i) => i.id)).to.deep.equal(['c']);
    expect(mapped.items[0]!.failed).to.equal(true);
    expect(mapped.problems).to.have.length(2);
  });

  it('filters by period, by Oslo calendar days and by source', () => {
    const mapped = toAccessEntries(
      [
        auditEvent({ id: 'recent', recorded: '2026-11-10T09:00:00Z' }),
        auditEvent({ id: 'spring', recorded: '2026-04-01T09:00:00Z' }),
        auditEvent({ id: 'old', recorded: '2024-01-01T09:00:00Z' }),
        // 22:30 UTC on 31 March is 00:30 on 1 April in Oslo (summer time).
        auditEvent({ id: 'midnight', recorded: '2026-03-31T22:30:00Z' }),
      ],
      source,
    ).items;
    const ids = (filter: Parameters<typeof filterAccessEntries>[1]) => filterAccessEntries(mapped, filter, NOW).map((i) => i.id);
    expect(ids({ period: '30d' })).to.deep.equal(['recent']);
    expect(ids({ period: '12m' })).to.deep.equal(['recent', 'spring', 'midnight']);
    expect(ids({ period: 'all' })).to.have.length(4);
    expect(ids({ period: 'custom', from: '2026-04-01', to: '2026-04-01' })).to.deep.equal(['spring', 'midnight']);
    expect(ids({ period: 'custom', from: '2026-04-02' })).to.deep.equal(['recent']);
    expect(ids({ period: 'custom', from: '2026-05-01', to: '2026-04-01' }), 'reversed dates').to.deep.equal([]);
    expect(ids({ period: 'all', sourceId: 'fastlegen' })).to.deep.equal([]);
    expect(ids({ period: 'all', sourceId: 'helse-bergen' })).to.have.length(4);
    expect(periodStart('12m', NOW)!.toISOString()).to.equal('2025-11-20T09:00:00.000Z');
  });
});
