import { expect, oneDefaultPreventedEvent, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { JournalDocumentDownloadDetail, JournalDocumentPrintDetail } from '../src/hn-journal-viewer.js';
import { b64, bundleOf, composition, documentReference, standardBundle } from './fixtures.js';
import {
  closeButton,
  deepActiveElement,
  deepQuery,
  deepText,
  documentItem,
  documentList,
  documentShows,
  facts,
  itemButton,
  items,
  listHeadings,
  monthHeadings,
  announcement,
  openDocument,
  paneBody,
  paneButton,
  paneTitle,
  pdfViewer,
  printAndDownload,
  printFrame,
  actionError,
  reader,
  sectionHeadings,
  settle,
  sideBySide,
  tab,
  tabbableDocuments,
  tabPanel,
  titles,
  withBundle,
} from './harness.js';

describe('<hn-journal-viewer> documents (host-supplied bundle)', () => {
  afterEach(async () => {
    await setViewport({ width: 1280, height: 900 });
  });

  it('lists journal documents grouped by source and month, newest first, without letters, and is accessible', async () => {
    const el = await withBundle(standardBundle());
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    // Bundle mode: the custodian names the source. The Composition has none.
    expect(titles(el)).to.deep.equal(['Svar på blodprøver', 'Notat fra kontroll', 'Røntgensvar', 'Epikrise etter innleggelse']);
    expect(titles(el)).not.to.include('Innkalling til time');
    expect(listHeadings(el)).to.deep.equal([
      '2:Haukeland universitetssjukehus',
      '3:November 2026',
      '3:Oktober 2026',
      '3:Mars 2025',
      '2:Ukjent kilde',
      '3:September 2026',
    ]);
    expect(items(el).every((item) => item.getAttribute('part') === 'item')).to.equal(true);
    const text = deepText(items(el)[0]!);
    expect(text).to.contain('Prøvesvar · 2. november 2026 · Siri Fjeld');
    await expect(el).to.be.accessible();
  });

  it('shows plain text as preformatted text, whitespace kept, and moves focus to the document', async () => {
    const el = await withBundle(standardBundle());
    const pane = await openDocument(el, 'Notat fra kontroll');
    const pre = paneBody(pane).querySelector('pre')!;
    expect(pre.textContent).to.equal('Kontroll.\n\n  Alt er fint.');
    expect(getComputedStyle(pre).whiteSpace).to.equal('pre-wrap');
    expect(pre.getAttribute('lang')).to.equal('nb');
    expect(deepActiveElement()?.id).to.equal('reader-title');
    expect(el.documentKey).to.equal('bundle/DocumentReference/text');
    expect(el.getAttribute('document-key')).to.equal('bundle/DocumentReference/text');
    expect(itemButton(el, 'Notat fra kontroll').getAttribute('aria-current')).to.equal('true');
    expect(facts(pane)).to.deep.equal(['Type: Journalnotat', 'Dato: 12. oktober 2026', 'Skrevet av: Siri Fjeld', 'Fra: Haukeland universitetssjukehus']);
    await expect(el).to.be.accessible();
  });

  it('shows HTML sanitised, with its headings placed under the document’s title', async () => {
    const el = await withBundle(standardBundle());
    const pane = await openDocument(el, 'Svar på blodprøver');
    const body = paneBody(pane);
    expect(body.querySelector('h3')!.textContent).to.equal('Blodprøver');
    expect(body.querySelector('h1')).to.equal(null);
    expect(body.querySelector('strong')!.textContent).to.equal('13,4');
    await expect(el).to.be.accessible();
  });

  it('shows a PDF in an embedded viewer (iframe) with a download link made from the data', async () => {
    const el = await withBundle(standardBundle());
    const pane = await openDocument(el, 'Røntgensvar');
    const { frame: pdfFrame, link: pdfLink, fallback } = pdfViewer(pane);
    const frame = pdfFrame!;
    expect(frame.title).to.equal('PDF: Røntgensvar');
    expect(frame.getAttribute('src')).to.match(/^blob:/);
    const link = pdfLink!;
    expect(link.getAttribute('href')).to.equal(frame.getAttribute('src'));
    expect(deepText(fallback!)).to.contain('Ser du ikke PDF-en? Last den ned og åpne den på enheten din.');
    expect(link.getAttribute('download')).to.equal('2025-03-05 Røntgensvar.pdf');
    const blob = await (await fetch(link.href)).blob();
    expect(blob.type).to.equal('application/pdf');
    expect(await blob.slice(0, 5).text()).to.equal('%PDF-');
    await expect(el).to.be.accessible();
    // Closing the document revokes the blob URL.
    const url = link.href;
    el.closeDocument();
    await settle(el);
    let revoked = false;
    await fetch(url).catch(() => (revoked = true));
    expect(revoked).to.equal(true);
  });

  it('shows a Composition’s sections with headings and sanitised narrative', async () => {
    const el = await withBundle(standardBundle());
    const pane = await openDocument(el, 'Epikrise etter innleggelse');
    expect(sectionHeadings(pane)).to.deep.equal(['3:Årsak', '3:Plan']);
    expect(deepText(pane)).to.contain('Brystsmerter.');
    await expect(el).to.be.accessible();
  });

  it('prints only the document: a sanitised standalone file the host may take over', async () => {
    const el = await withBundle(standardBundle());
    const pane = await openDocument(el, 'Svar på blodprøver');
    const printButton = paneButton(pane, 'Skriv ut');
    const takenOver = oneDefaultPreventedEvent(el, 'hn-journal-document-print');
    printButton.click();
    const event = await takenOver;
    const detail = event.detail as JournalDocumentPrintDetail;
    expect(detail).to.include({ id: 'html', resourceType: 'DocumentReference', key: 'bundle/DocumentReference/html' });
    const file = await detail.blob.text();
    const doc = new DOMParser().parseFromString(file, 'text/html');
    expect(doc.querySelector('h1')!.textContent).to.equal('Svar på blodprøver');
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).to.contain("default-src 'none'");
    expect(doc.body.textContent).to.contain('Hemoglobin 13,4');
    expect(doc.querySelector('script')).to.equal(null);
    expect(printFrame(el), 'the host took over: no frame').to.equal(null);
  });

  it('prints through a hidden, sandboxed frame that is removed afterwards', async () => {
    const el = await withBundle(standardBundle());
    const pane = await openDocument(el, 'Notat fra kontroll');
    paneButton(pane, 'Skriv ut').click();
    const frame = printFrame(el)!;
    expect(frame.getAttribute('sandbox')).to.equal('allow-modals allow-same-origin');
    expect(frame.src).to.match(/^blob:/);
    await waitUntil(() => !printFrame(el), 'print frame stayed', { timeout: 5000 });
    expect(actionError(el)).to.equal(null);
  });

  it('downloads with a safe file name, and announces it', async () => {
    const el = await withBundle(standardBundle());
    const pane = await openDocument(el, 'Notat fra kontroll');
    const clicked: string[] = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    };
    try {
      const done = oneEvent(el, 'hn-journal-document-download');
      paneButton(pane, 'Last ned').click();
      const detail = (await done).detail as JournalDocumentDownloadDetail;
      expect(detail.fileName).to.equal('2026-10-12 Notat fra kontroll.txt');
      expect(await detail.blob.text()).to.equal('Kontroll.\n\n  Alt er fint.');
      expect(clicked).to.deep.equal(['2026-10-12 Notat fra kontroll.txt']);
      await settle(el);
      await waitUntil(() => announcement(el).includes('Dokumentet er lastet ned.'), 'the download was not announced', { timeout: 8000 });
      // Said again after a change of language, it is in the new one.
      el.locale = 'en';
      await waitUntil(() => announcement(el) === 'The document has been downloaded.', `the region says "${announcement(el)}"`, { timeout: 8000 });
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
  });

  it('lets the host open the document itself by cancelling the open event', async () => {
    const el = await withBundle(standardBundle());
    el.addEventListener('hn-journal-document-open', (event) => event.preventDefault(), { once: true });
    itemButton(el, 'Notat fra kontroll').click();
    await settle(el);
    expect(reader(el)).to.equal(null);
    expect(el.documentKey).to.equal(undefined);
  });

  it('opens a document given by the document-key attribute', async () => {
    const el = await withBundle(standardBundle());
    el.setAttribute('document-key', 'bundle/Composition/epikrise');
    await settle(el);
    await waitUntil(() => documentShows(el), 'did not open', { timeout: 8000 });
    expect(paneTitle(reader(el)!).textContent).to.equal('Epikrise etter innleggelse');
  });

  it('works from the keyboard: arrows between documents, Enter opens, Escape closes and focus returns', async () => {
    const el = await withBundle(standardBundle());
    tab(el, 'documents').focus();
    await sendKeys({ press: 'Tab' });
    expect((deepActiveElement() as HTMLElement).textContent!.trim()).to.equal('Svar på blodprøver');
    await sendKeys({ press: 'ArrowDown' });
    expect((deepActiveElement() as HTMLElement).textContent!.trim()).to.equal('Notat fra kontroll');
    await sendKeys({ press: 'End' });
    expect((deepActiveElement() as HTMLElement).textContent!.trim()).to.equal('Epikrise etter innleggelse');
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => documentShows(el), 'did not open', { timeout: 8000 });
    await settle(el);
    expect(deepActiveElement()?.id).to.equal('reader-title');
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(reader(el)).to.equal(null);
    expect((deepActiveElement() as HTMLElement).textContent!.trim()).to.equal('Notat fra kontroll');
    // Only one document is in the tab order.
    expect(tabbableDocuments(el)).to.have.length(1);
  });

  it('at 320 px the document replaces the list, with a back button that restores focus; nothing scrolls sideways', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await withBundle(standardBundle());
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    for (const button of el.shadowRoot!.querySelectorAll('button')) expect(button.getBoundingClientRect().height).to.be.at.least(44);
    await expect(el).to.be.accessible();
    const pane = await openDocument(el, 'Svar på blodprøver');
    expect(getComputedStyle(documentList(el)).display).to.equal('none');
    const back = closeButton(pane);
    expect(back.textContent!.trim()).to.contain('Tilbake til dokumentene');
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(pane.scrollWidth).to.be.at.most(pane.clientWidth + 1);
    await expect(el).to.be.accessible();
    back.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(reader(el)).to.equal(null);
    expect((deepActiveElement() as HTMLElement).textContent!.trim()).to.equal('Svar på blodprøver');
  });

  it('on a wide screen the document opens beside the list', async () => {
    const el = await withBundle(standardBundle());
    el.style.width = '1100px';
    await openDocument(el, 'Notat fra kontroll');
    await waitUntil(() => sideBySide(el), 'not wide', { timeout: 8000 });
    expect(getComputedStyle(documentList(el)).display).to.equal('block');
    expect(closeButton(reader(el)!).textContent!.trim()).to.contain('Lukk dokumentet');
    await expect(el).to.be.accessible();
  });

  it('shows the empty state, and an error with retry for something that is not a Bundle', async () => {
    const empty = await withBundle(bundleOf([documentReference({ id: 'l', category: [{ text: 'Brev' }] })]));
    expect(deepText(empty.shadowRoot!)).to.contain('Det finnes ingen journaldokumenter å vise.');
    await expect(empty).to.be.accessible();
    const broken = await withBundle({ resourceType: 'Patient', id: 'x' });
    const alert = deepQuery<HTMLElement>(broken.shadowRoot!, '[role="alert"]')!;
    expect(deepText(alert)).to.contain('Vi fikk ikke hentet journaldokumentene.');
    await expect(broken).to.be.accessible();
    broken.bundle = standardBundle();
    await settle(broken);
    expect(titles(broken)).to.have.length(4);
  });

  it('says per item what is wrong with malformed documents, and opens what it can', async () => {
    const el = await withBundle(
      bundleOf([
        documentReference({ id: 'none', description: 'Uten vedlegg', content: [] }),
        documentReference({ id: 'bad64', description: 'Skadet data', content: [{ attachment: { contentType: 'text/plain', data: '@@not-base64@@' } }] }),
        documentReference({ id: 'exe', description: 'Feil type', content: [{ attachment: { contentType: 'application/x-msdownload', data: b64('MZ') } }] }),
        documentReference({ id: 'fakepdf', description: 'Falsk PDF', content: [{ attachment: { contentType: 'application/pdf', data: b64('<html><script>alert(1)</script></html>') } }] }),
        documentReference({ id: 'long', description: 'Veldig lang tittel '.repeat(400) }),
        documentReference({ id: 'nodate', description: 'Uten dato', date: undefined }),
        documentReference({ id: 'nodesc', description: undefined, type: undefined }),
        composition({ id: 'empty-comp', title: 'Tom sammenstilling', section: [{ title: 'Tom' }] }),
        { resourceType: 'DocumentReference', status: 'current' },
        null,
      ]),
    );
    const itemText = (title: string | RegExp) => deepText(documentItem(el, title));
    expect(itemText('Uten vedlegg')).to.contain('Dokumentet har ikke noe innhold vi kan vise.');
    expect(itemText('Skadet data')).to.contain('Dokumentet er skadet og kan ikke åpnes.');
    expect(itemText('Feil type')).to.contain('Dokumentet er i et format vi ikke kan vise her.');
    expect(itemText('Tom sammenstilling')).to.contain('Dokumentet har ikke noe innhold vi kan vise.');
    expect(itemText('Uten dato')).to.contain('Datoen mangler.');
    expect(itemText('Dokument uten tittel')).to.exist;
    const long = itemButton(el, /^Veldig lang tittel/);
    expect(long.textContent!.trim().length).to.equal(200);
    // The entry without id, and the null entry (it might have been a document), are counted.
    expect(deepText(el.shadowRoot!)).to.contain('2 dokumenter kunne ikke vises fordi informasjonen om dem var ufullstendig.');
    // Undated documents come last, under their own heading.
    expect(monthHeadings(el, 0)).to.deep.equal(['Oktober 2026', 'Uten dato']);
    await expect(el).to.be.accessible();

    let pane = await openDocument(el, 'Falsk PDF');
    expect(deepText(pane)).to.contain('Filen skulle vært en PDF, men er ikke det.');
    expect(pane.querySelector('object, iframe')).to.equal(null);
    pane = await openDocument(el, 'Skadet data');
    expect(deepText(pane)).to.contain('Dokumentet er skadet og kan ikke åpnes.');
    expect(deepText(pane)).to.contain('Kontakt Haukeland universitetssjukehus hvis du trenger dokumentet.');
    expect(printAndDownload(pane), 'nothing to print or download').to.deep.equal([]);
    pane = await openDocument(el, /^Veldig lang tittel/);
    expect(deepText(pane)).to.contain('Tittelen er forkortet.');
    await expect(el).to.be.accessible();
  });

  it('keeps large documents responsive: a 5 MB text opens in chunks, letting the page run between them', async () => {
    const line = 'Dette er en lang linje i et stort journalnotat, med æ, ø og å.\n';
    const big = line.repeat(Math.ceil((5 * 1024 * 1024) / line.length));
    const el = await withBundle(bundleOf([documentReference({ id: 'big', description: 'Stort notat', content: [{ attachment: { contentType: 'text/plain', data: b64(big) } }] })]));
    // Count the page's own tasks that get to run while the document is decoded. Decoded in one go,
    // none or one would; decoded in chunks (about 7 for 5 MB), one runs between every two. How long
    // anything takes is measured by npm run bench, not here: a busy machine does not change the count.
    let ticks = 0;
    let ticking = true;
    const tick = () => {
      ticks += 1;
      if (ticking) setTimeout(tick, 0);
    };
    itemButton(el, 'Stort notat').click();
    setTimeout(tick, 0);
    await el.updateComplete;
    expect(deepText(reader(el)!)).to.contain('Åpner dokumentet');
    await waitUntil(() => reader(el) && paneBody(reader(el)!).querySelector('pre'), 'big document did not open', { timeout: 15000 });
    ticking = false;
    expect(paneBody(reader(el)!).querySelector('pre')!.textContent!.length).to.equal(big.length);
    expect(ticks, 'tasks that ran while the document was decoded').to.be.at.least(5);
  });

  it('speaks nynorsk and English', async () => {
    const nn = await withBundle(standardBundle(), { locale: 'nn' });
    expect(deepText(nn.shadowRoot!)).to.contain('Kven har lese journalen');
    expect(deepText(nn.shadowRoot!)).to.contain('Ukjend kjelde');
    let pane = await openDocument(nn, 'Notat fra kontroll');
    expect(facts(pane)).to.include('Skrive av: Siri Fjeld');
    expect(facts(pane)).to.include('Frå: Haukeland universitetssjukehus');
    await expect(nn).to.be.accessible();
    const en = await withBundle(standardBundle(), { locale: 'en' });
    expect(deepText(en.shadowRoot!)).to.contain('Who has read the records');
    expect(deepText(en.shadowRoot!)).to.contain('November 2026');
    pane = await openDocument(en, 'Notat fra kontroll');
    expect(facts(pane)).to.include('Written by: Siri Fjeld');
    expect(facts(pane)).to.include('Date: 12 October 2026');
    await expect(en).to.be.accessible();
  });

  it('switches views with an accessible tab list, arrows move between tabs', async () => {
    const el = await withBundle(standardBundle());
    const documentsTab = tab(el, 'documents');
    expect(documentsTab.getAttribute('role')).to.equal('tab');
    expect(documentsTab.getAttribute('aria-selected')).to.equal('true');
    const panel = tabPanel(el);
    expect(panel.getAttribute('aria-labelledby')).to.equal('tab-documents');
    documentsTab.focus();
    const change = oneEvent(el, 'hn-journal-view-change');
    await sendKeys({ press: 'ArrowRight' });
    expect((await change).detail).to.deep.equal({ view: 'access-log' });
    await settle(el);
    expect(el.view).to.equal('access-log');
    expect(el.getAttribute('view')).to.equal('access-log');
    expect(deepActiveElement()?.id).to.equal('tab-access-log');
    expect(tab(el, 'access-log').getAttribute('aria-selected')).to.equal('true');
    expect(tab(el, 'documents').tabIndex).to.equal(-1);
    await sendKeys({ press: 'Home' });
    await settle(el);
    expect(el.view).to.equal('documents');
    const snapshot = await import('@web/test-runner-commands').then((c) => c.a11ySnapshot({}));
    const tabs = JSON.stringify(snapshot);
    expect(tabs).to.contain('"role":"tab","name":"Dokumenter"');
  });

  it('refuses a relative attachment URL in bundle mode: there is no source to resolve it against', async () => {
    const el = await withBundle(bundleOf([documentReference({ id: 'rel', description: 'Relativ', content: [{ attachment: { contentType: 'application/pdf', url: 'Binary/1' } }] })]));
    expect(deepText(documentItem(el, 'Relativ'))).to.contain('Dokumentet ligger på en adresse vi ikke kan hente det fra.');
  });
});
