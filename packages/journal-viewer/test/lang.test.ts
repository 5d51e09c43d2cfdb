// Language of parts (WCAG 3.1.2): with the journal in English or nynorsk, the documents' titles
// and text, written by their sources, carry the source's language.
import { expect, waitUntil } from '@open-wc/testing';
import { fhirGet, languageOf, languageOfText, resetServer, setMode, sourcesIn } from '@hn-elements/test-support';
import type { DocumentReference } from '@medplum/fhirtypes';
import { auditEvent, b64, bundleOf, documentReference, session, standardBundle } from './fixtures.js';
import { documentItem, entrySourceWords, pdfViewer, items, itemTitleElement, openDocument, paneText, paneTitle, settle, sourceHeadings, tab, titles, withBundle, withSession } from './harness.js';

for (const locale of ['en', 'nn'] as const) {
  describe(`<hn-journal-viewer locale="${locale}"> marks text from the sources with their language`, () => {
    afterEach(async () => {
      await resetServer();
    });

    it('titles and the text of an open document are in bokmål by default', async () => {
      const el = await withBundle(standardBundle(), { locale });
      expect(itemTitleElement(el, 'Svar på blodprøver').getAttribute('lang')).to.equal('nb');
      const pane = await openDocument(el, 'Svar på blodprøver');
      expect(paneTitle(pane).getAttribute('lang')).to.equal('nb');
      expect(paneText(pane).getAttribute('lang')).to.equal('nb');
      expect(tab(el, 'documents').closest('[lang]'), 'the tabs follow the locale').to.equal(null);
      expect(languageOf(tab(el, 'documents')), "the journal's own words are read in its locale").to.equal(locale);
    });

    it("a document's type, author and custodian, in the list and the open document, are in bokmål by default", async () => {
      const el = await withBundle(bundleOf([documentReference({ id: 'd1' })]), { locale });
      const item = documentItem(el, 'Notat fra kontroll');
      expect(languageOfText(item, 'Journalnotat'), 'the type in the list').to.equal('nb');
      expect(languageOfText(item, 'Siri Fjeld'), 'the author in the list').to.equal('nb');
      const pane = await openDocument(el, 'Notat fra kontroll');
      expect(languageOfText(pane, 'Journalnotat'), 'the type').to.equal('nb');
      expect(languageOfText(pane, 'Siri Fjeld'), 'the author').to.equal('nb');
      expect(languageOfText(pane, 'Haukeland universitetssjukehus'), 'the custodian').to.equal('nb');
    });

    it("a document whose content cannot be fetched: the source named in the journal's sentence in the source's language", async () => {
      const sources = sourcesIn('sv');
      const el = await withSession(session({ locale, sources }));
      await settle(el);
      // A document of the seed whose content is fetched by URL, and its source.
      let found: { title: string; source: (typeof sources)[number] } | undefined;
      for (const source of sources) {
        const refs = await fhirGet<{ entry?: { resource: DocumentReference }[] }>(`${source.fhirBase}/DocumentReference?patient=Patient/kari&_count=200`);
        const doc = (refs.entry ?? []).map((e) => e.resource).find((d) => d.status === 'current' && d.content?.[0]?.attachment?.url && !(d.category ?? []).some((c) => (c.coding ?? []).some((coding) => coding.code === 'letter')));
        if (doc) found = found ?? { title: doc.description ?? doc.content![0]!.attachment!.title ?? '', source };
      }
      expect(found, 'a document fetched by URL').to.exist;
      await setMode(found!.source.id, 'down');
      const pane = await openDocument(el, found!.title);
      await waitUntil(() => paneText(pane)?.textContent?.includes(found!.source.name), 'the problem is said', { timeout: 8000 });
      const problem = [...paneText(pane).querySelectorAll('p')].find((p) => p.textContent!.includes(found!.source.name))!;
      expect(problem, 'the sentence naming the source').to.exist;
      expect(languageOfText(problem, found!.source.name), 'the source').to.equal('sv');
      expect(languageOf(problem), 'the sentence around it').to.equal(locale);
    });

    it("a PDF's frame is titled by the document's title, read in its language", async () => {
      const el = await withBundle(standardBundle(), { locale });
      const frame = pdfViewer(await openDocument(el, 'Røntgensvar')).frame!;
      expect(frame.title).to.equal('PDF: Røntgensvar');
      expect(languageOf(frame)).to.equal('nb');
    });

    it('a link in a document says it opens a new tab, in the journal\'s language inside the document\'s text', async () => {
      const el = await withBundle(
        bundleOf([documentReference({ id: 'link-doc', description: 'Med lenke', content: [{ attachment: { contentType: 'text/html', data: b64('<p>Les <a href="https://www.helsenorge.no/">mer her</a>.</p>') } }] })]),
        { locale },
      );
      const pane = await openDocument(el, 'Med lenke');
      const link = [...paneText(pane).querySelectorAll('a')][0]!;
      const words = locale === 'en' ? '(opens in a new tab)' : '(blir opna i ei ny fane)';
      expect(link.textContent).to.equal(`mer her ${words}`);
      expect(languageOfText(link, 'mer her')).to.equal('nb');
      expect(languageOfText(link, words)).to.equal(locale);
    });

    it("a document's own language wins, and its attachment's over that", async () => {
      const el = await withBundle(
        bundleOf([
          documentReference({
            id: 'nn-doc',
            language: 'nn',
            description: 'Notat frå kontroll',
            content: [{ attachment: { contentType: 'text/html', data: b64('<p>Alt er fint.</p>') } }],
          }),
          documentReference({ id: 'se-doc', language: 'nn', description: 'Dearvvašvuođa', content: [{ attachment: { contentType: 'text/plain', data: b64('Buot lea buorre.'), language: 'se' } }] }),
        ]),
        { locale },
      );
      expect(itemTitleElement(el, 'Notat frå kontroll').getAttribute('lang')).to.equal('nn');
      expect(paneText(await openDocument(el, 'Notat frå kontroll')).getAttribute('lang')).to.equal('nn');
      expect(paneText(await openDocument(el, 'Dearvvašvuođa')).getAttribute('lang')).to.equal('se');
    });

    it("the access log: the source's own words for why and what, in bokmål by default", async () => {
      const el = await withBundle(
        bundleOf([
          auditEvent({ id: 'booking', purposeOfEvent: [{ text: 'Timebestilling' }] }),
          auditEvent({ id: 'note', entity: [{ what: { reference: 'DocumentReference/n1', display: 'Notat fra kontroll' } }] }),
        ]),
        { locale, view: 'access-log' },
      );
      const words = items(el).flatMap((entry) => entrySourceWords(entry));
      expect(words.map((w) => w.text)).to.include.members(['Timebestilling', 'Notat fra kontroll']);
      for (const word of words) expect(word.lang, word.text).to.equal('nb');
      const entry = items(el)[0]!;
      for (const said of ['Siri Fjeld', 'Lege', 'Haukeland universitetssjukehus']) expect(languageOfText(entry, said), `who: ${said}`).to.equal('nb');
    });

    it("live: the source's configured language", async () => {
      const el = await withSession(session({ locale, sources: sourcesIn('nn') }));
      await settle(el);
      const first = titles(el)[0]!;
      expect(first).to.be.a('string');
      expect(itemTitleElement(el, first).getAttribute('lang')).to.equal('nn');
      const heading = sourceHeadings(el)[0]!;
      expect(languageOfText(el.shadowRoot!, heading), `the source's heading: ${heading}`).to.equal('nn');
    });
  });
}
