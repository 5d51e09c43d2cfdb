// Language of parts (WCAG 3.1.2): with the inbox in English or nynorsk, what the sources wrote
// (senders, subjects, previews, message bodies) carries the source's language.
import { expect, waitUntil } from '@open-wc/testing';
import { languageOf, languageOfText, resetServer, session, setMode, SOURCES } from '@hn-elements/test-support';
import { bundleOf, message, standardBundle, THREAD, toBase64 } from './fixtures.js';
import { withBundle, withSession } from './helpers.js';
import { loaded, pane, replyError, sendButton, threadError, typeReply, pdfViewer, replyBox, search as searchInbox, showAttachmentButton, sourceFilter, messageBodyElement, messageSenderElement, openItem, paneHeading, previewElementOf, rendered, row, senderElementOf, threadMessages, titleElementOf } from './harness.js';

for (const locale of ['en', 'nn'] as const) {
  describe(`<hn-inbox locale="${locale}"> marks text from the sources with their language`, () => {
    it('rows and the open thread: sender, subject, preview and body in bokmål by default', async () => {
      const el = await withBundle(standardBundle(), { locale });
      const thread = row(el, 'Svar på blodprøven');
      expect(titleElementOf(thread).getAttribute('lang')).to.equal('nb');
      expect(senderElementOf(thread).getAttribute('lang')).to.equal('nb');
      expect(previewElementOf(thread)!.getAttribute('lang')).to.equal('nb');
      await openItem(el, 'Svar på blodprøven');
      expect(paneHeading(el)!.getAttribute('lang')).to.equal('nb');
      const fromClinic = threadMessages(el)[0]!;
      expect(messageSenderElement(fromClinic).textContent!.trim()).to.equal('Siri Fjeld');
      expect(messageSenderElement(fromClinic).getAttribute('lang')).to.equal('nb');
      expect(messageBodyElement(fromClinic).getAttribute('lang')).to.equal('nb');
      // The inbox's own words around them are not marked: they follow the element's locale.
      expect(el.shadowRoot!.querySelector('[part="toolbar"]')!.hasAttribute('lang')).to.equal(false);
      expect(languageOf(el.shadowRoot!.querySelector('[part="toolbar"]')!), 'and are read in its locale').to.equal(locale);
    });

    it('file names, the HTML shown from an attachment, a form\'s title and answer choices are in bokmål by default', async () => {
      const el = await withBundle(standardBundle(), { locale });
      await openItem(el, 'Innkalling til kontroll');
      expect(languageOfText(pane(el), 'innkalling.pdf'), 'a letter\'s file').to.equal('nb');
      const frame = pdfViewer(el)!;
      expect(frame.title, "the PDF's frame is titled by the file's name").to.equal('PDF: innkalling.pdf');
      expect(languageOf(frame), 'the title is read in its language').to.equal('nb');
      await openItem(el, 'Prøvesvar');
      expect(languageOfText(pane(el), 'oversikt.pdf'), 'an attachment\'s name').to.equal('nb');
      await openItem(el, 'Fyll ut egenerklæringen');
      expect(languageOfText(pane(el), 'Egenerklæring før hjerteundersøkelse'), 'the form\'s title').to.equal('nb');
      expect(languageOfText(pane(el), 'Nei'), 'its answer choices').to.equal('nb');
    });

    it('an HTML attachment shown in place is in bokmål by default', async () => {
      const el = await withBundle(
        bundleOf([
          message({
            id: 'v1',
            topic: { text: 'Før ultralyd' },
            payload: [{ contentString: 'Se vedlegget.' }, { contentAttachment: { contentType: 'text/html', data: toBase64('<p>Slik foregår det</p>'), title: 'info.html' } }],
          }),
        ]),
        { locale },
      );
      await openItem(el, 'Før ultralyd');
      showAttachmentButton(el, 'info.html')!.click();
      await el.updateComplete;
      expect(languageOfText(pane(el), 'Slik foregår det')).to.equal('nb');
    });

    it('a link in a message says it opens a new tab, in the inbox\'s language inside the source\'s text', async () => {
      const el = await withBundle(
        bundleOf([
          message({
            id: 'l1',
            topic: { text: 'Les mer' },
            payload: [{ contentAttachment: { contentType: 'text/html', data: toBase64('<p>Se <a href="https://www.helsenorge.no/">Helsenorge</a>.</p>'), title: 'melding.html' } }],
          }),
        ]),
        { locale },
      );
      await openItem(el, 'Les mer');
      const link = [...pane(el).querySelectorAll('a')].find((a) => a.textContent!.startsWith('Helsenorge'))!;
      const words = locale === 'en' ? '(opens in a new tab)' : '(blir opna i ei ny fane)';
      expect(link.textContent).to.equal(`Helsenorge ${words}`);
      expect(link.target).to.equal('_blank');
      expect(languageOfText(link, 'Helsenorge'), 'the link text is the source\'s').to.equal('nb');
      expect(languageOfText(link, words), 'the note is the inbox\'s').to.equal(locale);
    });

    it("live: the source's name in each row and in the source filter is in the source's language", async () => {
      const el = await withSession(session({ locale, sources: SOURCES.map((source) => ({ ...source, language: 'nn' })) }));
      await loaded(el);
      await rendered(el);
      const first = el.shadowRoot!.querySelector<HTMLElement>('[part="item"]')!;
      const named = SOURCES.find((source) => first.textContent!.includes(source.name))!;
      expect(languageOfText(first, named.name)).to.equal('nn');
      for (const option of [...sourceFilter(el)!.options].filter((o) => o.value !== 'all')) expect(languageOf(option), option.text).to.equal('nn');
    });

    it("a resource's own language wins", async () => {
      const el = await withBundle(
        bundleOf([message({ id: 'n1', language: 'nn', identifier: [{ system: THREAD, value: 'n' }], topic: { text: 'Svar på blodprøva' }, payload: [{ contentString: 'Blodprøva di var fin.' }] })]),
        { locale },
      );
      const thread = row(el, 'Svar på blodprøva');
      expect(titleElementOf(thread).getAttribute('lang')).to.equal('nn');
      await openItem(el, 'Svar på blodprøva');
      expect(messageBodyElement(threadMessages(el)[0]!).getAttribute('lang')).to.equal('nn');
    });

    it("live: the source's configured language", async () => {
      const sources = SOURCES.map((source) => ({ ...source, language: 'nn' }));
      const el = await withSession(session({ locale, sources }));
      await loaded(el);
      await rendered(el);
      const first = el.shadowRoot!.querySelector<HTMLElement>('[part="item"]')!;
      expect(titleElementOf(first).getAttribute('lang')).to.equal('nn');
    });

    it("live, the reply form: who the reply goes to and the source named in the hint in the source's language, the words around them in the locale", async () => {
      const sources = SOURCES.map((source) => ({ ...source, language: 'sv' }));
      const el = await withSession(session({ locale, sources }));
      await loaded(el);
      await rendered(el);
      await searchInbox(el, 'Fornye resept');
      await rendered(el);
      await openItem(el, 'Fornye resept');
      const label = replyBox(el).labels![0]!;
      const hint = pane(el).querySelector<HTMLElement>('#reply-hint')!;
      const named = label.querySelector('[lang]');
      expect(named, 'the label names who the reply goes to').to.exist;
      expect(languageOf(named!), 'who').to.equal('sv');
      expect(languageOf(label), 'the label around it').to.equal(locale);
      const source = sources.find((one) => hint.textContent!.includes(one.name))!;
      expect(languageOfText(hint, source.name), 'the source in the hint').to.equal('sv');
      expect(languageOf(hint), 'the hint around it').to.equal(locale);
    });
  });
}

describe('<hn-inbox> errors that name a source: the sentence in the locale, the source in its language', () => {
  afterEach(async () => {
    await resetServer();
  });

  it('a failed "mark as read" in English names Helse Bergen in bokmål, and follows a switch to nynorsk', async () => {
    const el = await withSession(session());
    el.locale = 'en';
    await loaded(el);
    await setMode('helse-bergen', 'down');
    await openItem(el, 'Svar på blodprøven');
    await waitUntil(() => threadError(el), 'no error shown', { timeout: 8000 });
    const name = SOURCES[0]!.name;
    expect(threadError(el)!.textContent).to.contain('We could not mark the message as read.');
    expect(languageOfText(threadError(el)!, name), 'the source’s name').to.equal('nb');
    el.locale = 'nn';
    await el.updateComplete;
    expect(threadError(el)!.textContent, 'the sentence follows the language').to.contain('Vi fekk ikkje merkt meldinga som lesen.');
    expect(languageOfText(threadError(el)!, name)).to.equal('nb');
  });

  it('a failed reply in English names the source in bokmål', async () => {
    const el = await withSession(session());
    el.locale = 'en';
    await loaded(el);
    await openItem(el, 'Svar på blodprøven');
    await setMode('helse-bergen', 'down');
    await typeReply(el, 'Takk.');
    sendButton(el).click();
    await waitUntil(() => replyError(el), 'no error shown', { timeout: 8000 });
    expect(replyError(el)!.textContent).to.contain('Your reply was not sent.');
    expect(languageOfText(replyError(el)!, SOURCES[0]!.name), 'the source’s name').to.equal('nb');
  });
});
