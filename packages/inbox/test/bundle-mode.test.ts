import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { HnInbox } from '../src/hn-inbox.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { deepActiveElement, deepText, session } from '@hn-elements/test-support';
import type { InboxOpenDetail, MessageReadDetail } from '../src/hn-inbox.js';
import { PDF_BASE64, STANDARD_TITLES, emptyBundle, standardBundle } from './fixtures.js';
import { base64Size } from '../src/model.js';
import { generateInbox, generateThreads } from './generate.js';
import { frame, settle, withBundle } from './helpers.js';
import {
  attachment,
  backButton,
  chooseKind,
  clearFiltersButton,
  countText,
  errorAlert,
  focusedRow,
  focusedRowIndex,
  formLauncher,
  groupedQuestions,
  isUnread,
  launcherControl,
  list as listOf,
  listShown,
  liveRegion,
  openItem,
  pane,
  paneFacts,
  paneHeading,
  paneShown,
  pdfViewer,
  rendered,
  replyForm,
  rowButton,
  rowButtonOf,
  rowTabIndexes,
  rowTitles,
  rows,
  searchField,
  sideBySide,
  sourceFilter,
  sourceHtmlBodies,
  text as textOf,
  threadMessages,
  unreadOnlyBox,
} from './harness.js';

describe('<hn-inbox> with a host-supplied bundle', () => {
  afterEach(async () => {
    await setViewport({ width: 1000, height: 800 });
  });

  it('lists threads, forms and letters newest first, each a part="item" list item, and is accessible', async () => {
    await setViewport({ width: 1000, height: 800 });
    const el = await withBundle(standardBundle());
    expect(rowTitles(el)).to.deep.equal(STANDARD_TITLES);
    const list = listOf(el)!;
    expect(list.getAttribute('part')).to.equal('list');
    expect(list.getAttribute('role')).to.equal('list');
    rows(el).forEach((row, index) => {
      expect(row.getAttribute('role')).to.equal('listitem');
      expect(row.getAttribute('aria-setsize')).to.equal(String(STANDARD_TITLES.length));
      expect(row.getAttribute('aria-posinset')).to.equal(String(index + 1));
    });
    const first = deepText(rows(el)[0]!);
    expect(first).to.contain('Ulest:');
    expect(first).to.contain('Ida Nilsen');
    expect(first).to.contain('Melding, 2 meldinger, 2 vedlegg');
    expect(deepText(rows(el)[3]!)).to.contain('Skjema, Ikke startet, Frist 26. nov. 2026');
    expect(deepText(rows(el)[5]!)).to.contain('Fullført');
    expect(countText(el)).to.contain('Viser 6 av 6. 2 uleste.');
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('opens a thread in the reading pane, moves focus to its heading, marks it read locally and tells the host', async () => {
    const el = await withBundle(standardBundle(), { session: session() });
    const opened = oneEvent(el, 'hn-inbox-open');
    const read = oneEvent(el, 'hn-message-read');
    const body = await openItem(el, 'Svar på blodprøven');
    expect(((await opened) as CustomEvent<InboxOpenDetail>).detail).to.deep.equal({ key: 'bundle/message/t1', kind: 'message', id: 't1', sourceId: '' });
    expect(((await read) as CustomEvent<MessageReadDetail>).detail.ids).to.deep.equal(['m3']);
    expect(el.selected).to.equal('bundle/message/t1');
    expect(el.getAttribute('selected')).to.equal('bundle/message/t1');
    expect(deepActiveElement()).to.equal(paneHeading(el));
    expect(body.getAttribute('aria-labelledby')).to.equal('pane-heading');
    const text = deepText(body);
    expect(text).to.contain('Blodprøven din var fin.');
    expect(text).to.contain('Deg');
    expect(text).to.contain('Ja, fortsett som før.');
    expect(threadMessages(el)).to.have.length(3);
    expect(body.querySelector('[aria-current]')).to.equal(null);
    await waitUntil(() => !isUnread(el, 'Svar på blodprøven'), 'still unread', { timeout: 8000 });
    expect(rowButton(el, 'Svar på blodprøven').getAttribute('aria-current')).to.equal('true');
    expect(replyForm(el), 'a bundle cannot be written to: no reply form').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows an HTML body sanitised in place, and attachments with name, type and size', async () => {
    const el = await withBundle(standardBundle());
    const info = await openItem(el, 'Informasjon før ultralyd');
    expect(sourceHtmlBodies(el)[0]!.querySelector('strong')!.textContent).to.equal('30 minutter');
    expect(deepText(info)).to.contain('Magnus Eide');
    const results = await openItem(el, 'Prøvesvar');
    const text = deepText(results);
    expect(text).to.contain(`oversikt.pdf (PDF, ${base64Size(PDF_BASE64)} byte)`);
    expect(text).to.contain('Svar på blodprøver (Nettside, 21 byte)');
    const download = attachment(el, 'oversikt.pdf').download!;
    expect(download.textContent).to.contain('oversikt.pdf');
    expect(download.href).to.match(/^blob:/);
    expect(download.getAttribute('download')).to.equal('oversikt.pdf');
    const blob = await (await fetch(download.href)).blob();
    expect(blob.type).to.equal('application/pdf');
    const show = attachment(el, 'oversikt.pdf').toggle!;
    expect(show.textContent).to.contain('Vis oversikt.pdf');
    expect(show.getAttribute('aria-expanded')).to.equal('false');
    show.click();
    await el.updateComplete;
    expect(show.getAttribute('aria-expanded')).to.equal('true');
    const pdf = attachment(el, 'oversikt.pdf');
    const frame = pdf.pdfViewer!;
    expect(frame.getAttribute('src')).to.equal(download.getAttribute('href'));
    expect(frame.title).to.equal('PDF: oversikt.pdf');
    expect(pdf.fallbackDownload?.getAttribute('download'), 'a download beside it, where PDFs cannot be shown').to.equal('oversikt.pdf');
    const htmlShow = attachment(el, 'Svar på blodprøver').toggle!;
    expect(htmlShow.textContent).to.contain('Vis Svar på blodprøver');
    htmlShow.click();
    await el.updateComplete;
    expect(attachment(el, 'Svar på blodprøver').viewer!.textContent).to.equal('Hemoglobin 13,4');
    const htmlDownload = attachment(el, 'Svar på blodprøver').download!;
    expect(htmlDownload.textContent).to.contain('Svar på blodprøver');
    expect((await (await fetch(htmlDownload.href)).blob()).type, 'HTML never becomes a page on our origin').to.equal('application/octet-stream');
    await expect(el).to.be.accessible();
  });

  it('revokes the blob URLs of an item when another opens and when removed', async () => {
    const el = await withBundle(standardBundle());
    await openItem(el, 'Prøvesvar');
    const url = attachment(el, 'oversikt.pdf').download!.href;
    expect((await fetch(url)).ok).to.equal(true);
    await openItem(el, 'Innkalling til kontroll');
    let failed = false;
    await fetch(url).catch(() => (failed = true));
    expect(failed, 'revoked on switching').to.equal(true);
    const letterUrl = attachment(el, 'innkalling.pdf').download!.href;
    el.remove();
    failed = false;
    await fetch(letterUrl).catch(() => (failed = true));
    expect(failed, 'revoked on removal').to.equal(true);
  });

  it('shows a letter’s PDF in place with a download, and its date and sender', async () => {
    const el = await withBundle(standardBundle());
    const letter = await openItem(el, 'Innkalling til kontroll');
    expect(paneFacts(el)).to.deep.equal([
      ['Avsender', 'Magnus Eide'],
      ['Dato', '18. november 2026'],
      ['Type', 'Innkallingsbrev'],
    ]);
    expect(deepText(letter)).to.contain('innkalling.pdf (PDF,');
    const frame = pdfViewer(el)!;
    expect(frame.getAttribute('title')).to.equal('PDF: innkalling.pdf');
    expect((await (await fetch(frame.src)).blob()).type).to.equal('application/pdf');
    expect(attachment(el, 'innkalling.pdf').download!.getAttribute('download')).to.equal('innkalling.pdf');
    await expect(el).to.be.accessible();
  });

  it('shows a form task: status, due date, the questions read-only, and "open the form" by hand-off', async () => {
    const el = await withBundle(standardBundle(), { session: session({ sources: [] }) });
    const form = await openItem(el, 'Fyll ut egenerklæringen');
    const text = deepText(form);
    expect(text).to.contain('Ikke startet');
    const facts = paneFacts(el).map(([label, value]) => `${label}: ${value}`);
    expect(facts).to.deep.equal(['Sendt av: Siri Fjeld', 'Dato: 15. nov. 2026', 'Frist: 26. november 2026']);
    expect(text).to.contain('Spørsmålene i skjemaet: Egenerklæring før hjerteundersøkelse');
    expect(text).to.contain('Hvilke medisiner bruker du? (må besvares)');
    expect(text).to.contain('Svaralternativer: Ja og Nei');
    expect(groupedQuestions(el)).to.have.length(1);
    expect(form.querySelector('input, textarea, select'), 'a summary, not a form renderer').to.equal(null);
    const launcher = (await formLauncher(el))!;
    expect(launcher.getAttribute('href')).to.equal('https://vendor.example.org/skjema/task-1');
    expect(launcher.getAttribute('label')).to.equal('Åpne skjemaet');
    const navigations: string[] = [];
    launcher.navigate = (url) => void navigations.push(url);
    const start = oneEvent(el, 'hn-handoff-start');
    launcherControl(launcher).click();
    expect((await start).detail.target).to.equal('https://vendor.example.org/skjema/task-1');
    expect(navigations).to.deep.equal(['https://vendor.example.org/skjema/task-1']);
    await expect(el).to.be.accessible();

    const done = await openItem(el, 'Hvordan var besøket?');
    expect(deepText(done)).to.contain('Fullført');
    expect(await formLauncher(el), 'a done form is not opened again').to.equal(null);
  });

  it('searches and filters, says how many it found, and offers to clear the filters', async () => {
    const el = await withBundle(standardBundle());
    const search = searchField(el);
    search.focus();
    await sendKeys({ type: 'fortsett' });
    await el.updateComplete;
    await rendered(el);
    expect(rowTitles(el)).to.deep.equal(['Svar på blodprøven']);
    await waitUntil(() => liveRegion(el).textContent!.includes('Ett treff.'), 'results not announced', { timeout: 3000 });
    search.value = 'ingenting her';
    search.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(rows(el)).to.have.length(0);
    expect(textOf(el)).to.contain('Ingen treff. Prøv et annet søkeord, eller fjern filtrene.');
    await expect(el).to.be.accessible();
    const clear = clearFiltersButton(el)!;
    expect(clear.textContent).to.contain('Fjern filtrene');
    clear.click();
    await el.updateComplete;
    await rendered(el);
    expect(rowTitles(el)).to.deep.equal(STANDARD_TITLES);
    expect(deepActiveElement()).to.equal(search);

    await chooseKind(el, 'letter');
    await rendered(el);
    expect(rowTitles(el)).to.deep.equal(['Innkalling til kontroll']);
    await chooseKind(el, 'all');
    const unread = unreadOnlyBox(el);
    expect(unread.labels![0]!.textContent).to.contain('Bare uleste (2)');
    unread.click();
    await el.updateComplete;
    await rendered(el);
    expect(rowTitles(el)).to.deep.equal(['Prøvesvar', 'Svar på blodprøven']);
    expect(sourceFilter(el), 'one source: no source filter').to.equal(null);
  });

  it('works from the keyboard: one tab stop, arrows, Home/End, Enter opens, Escape returns to the item', async () => {
    const el = await withBundle(standardBundle());
    unreadOnlyBox(el).focus();
    await sendKeys({ press: 'Tab' });
    expect(focusedRowIndex()).to.equal(0);
    expect(rowTabIndexes(el)).to.deep.equal([0, -1, -1, -1, -1, -1]);
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => focusedRowIndex() === 1, 'the condition was not met', { timeout: 8000 });
    await sendKeys({ press: 'End' });
    await waitUntil(() => focusedRowIndex() === 5, 'the condition was not met', { timeout: 8000 });
    await sendKeys({ press: 'ArrowDown' });
    await frame();
    expect(focusedRowIndex(), 'stays on the last').to.equal(5);
    await sendKeys({ press: 'Home' });
    await waitUntil(() => focusedRowIndex() === 0, 'the condition was not met', { timeout: 8000 });
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => focusedRowIndex() === 1, 'the condition was not met', { timeout: 8000 });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActiveElement() !== null && deepActiveElement() === paneHeading(el), 'focus did not move to the pane', { timeout: 8000 });
    expect(deepText(pane(el))).to.contain('Svar på blodprøven');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => focusedRowIndex() === 1, 'focus did not return to the item', { timeout: 8000 });
    expect(el.selected, 'wide: the pane stays open').to.equal('bundle/message/t1');
    // Shift+Tab from the list goes back to the filters, not through every row.
    await sendKeys({ press: 'Shift+Tab' });
    expect(deepActiveElement()).to.equal(unreadOnlyBox(el));
  });

  it('virtualises thousands of items: few rows in the DOM, aria-setsize/posinset right, End reaches the last', async () => {
    const { bundle, threads, tasks, letters } = generateInbox(3000);
    const total = threads + tasks + letters;
    const el = await withBundle(bundle);
    expect(rows(el).length).to.be.greaterThan(0);
    expect(rows(el).length).to.be.lessThan(60);
    expect(rows(el)[0]!.getAttribute('aria-setsize')).to.equal(String(total));
    expect(countText(el)).to.contain(`Viser ${total} av ${total}`);
    rowButtonOf(rows(el)[0]!).focus();
    await sendKeys({ press: 'End' });
    await waitUntil(() => focusedRowIndex() === total - 1, 'End did not reach the last item', { timeout: 5000 });
    const last = focusedRow()!;
    expect(last.getAttribute('aria-posinset')).to.equal(String(total));
    expect(rows(el).length).to.be.lessThan(60);
    await sendKeys({ press: 'PageUp' });
    await waitUntil(() => focusedRowIndex() === total - 11, 'the condition was not met', { timeout: 8000 });
    await sendKeys({ press: 'Home' });
    await waitUntil(() => focusedRowIndex() === 0, 'the condition was not met', { timeout: 8000 });
    // Scrolled away with the mouse, the list still has a tab stop among the rows on screen.
    const list = listOf(el)!;
    searchField(el).focus();
    list.scrollTop = list.scrollHeight / 2;
    await waitUntil(() => rowTabIndexes(el).includes(0), 'no tab stop after scrolling', { timeout: 3000 });
    await expect(el).to.be.accessible();
  });

  it('narrows a long scrolled list to a few items without an error', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(String(event.error ?? event.message));
    window.addEventListener('error', onError);
    try {
      const { bundle, letters } = generateInbox(600);
      const el = await withBundle(bundle);
      const list = listOf(el)!;
      // Scroll to the end until the virtualiser has rendered rows from there: a scroll made before it
      // has measured its items can land short, so each check scrolls to the (new) end again.
      await waitUntil(
        () => {
          list.scrollTop = list.scrollHeight;
          return rows(el).some((r) => Number(r.getAttribute('aria-posinset')) > 100);
        },
        'did not scroll',
        { timeout: 9000, interval: 50 },
      );
      await chooseKind(el, 'letter');
      await rendered(el);
      for (let i = 0; i < 5; i += 1) await frame();
      expect(rows(el).length).to.be.greaterThan(0);
      expect(rows(el)[0]!.getAttribute('aria-setsize')).to.equal(String(letters));
      expect(errors.filter((e) => !e.includes('ResizeObserver'))).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  it('narrows the list as soon as it has rendered, with an item open, without an error', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(String(event.error ?? event.message));
    window.addEventListener('error', onError);
    try {
      for (let round = 0; round < 10; round += 1) {
        const el = await fixture<HnInbox>(html`<hn-inbox locale="nb" selected="bundle/form/task-1" .bundle=${standardBundle()}></hn-inbox>`);
        await chooseKind(el, 'form');
        for (let i = 0; i < 4; i += 1) await frame();
        el.remove();
      }
      expect(errors.filter((e) => !e.includes('ResizeObserver'))).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  it('keeps a virtualised list a tab stop while it is off screen and has no rows in the DOM', async () => {
    await setViewport({ width: 1000, height: 600 });
    // Below the fold from the start, as in a portal's overview page; long enough to be virtualised
    // (up to 200 items every row is rendered: reachable.test.ts).
    const spacer = document.createElement('div');
    spacer.style.height = '3000px';
    document.body.prepend(spacer);
    window.scrollTo(0, 0);
    const el = await fixture<HnInbox>(html`<hn-inbox .bundle=${generateThreads(300)}></hn-inbox>`);
    await settle(el);
    const list = listOf(el)!;
    await waitUntil(() => rows(el).length === 0, 'the virtualiser kept rows off screen', { timeout: 3000 });
    await waitUntil(() => list.tabIndex === 0, 'the list did not become the tab stop', { timeout: 8000 });
    await expect(el).to.be.accessible();
    const unreadOnly = unreadOnlyBox(el);
    unreadOnly.focus({ preventScroll: true });
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => focusedRowIndex() === 0, 'Tab did not reach the first row', { timeout: 3000 });
    await waitUntil(() => list.tabIndex === -1, 'the list stayed a tab stop beside the row', { timeout: 8000 });
    await sendKeys({ press: 'Shift+Tab' });
    expect(deepActiveElement()).to.equal(unreadOnly);
    spacer.remove();
  });

  it('reflows at 320 px: the pane replaces the list, with a way back that restores focus', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await withBundle(standardBundle());
    await waitUntil(() => !sideBySide(el), 'the condition was not met', { timeout: 8000 });
    expect(document.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(320);
    const back = () => backButton(el);
    expect(paneShown(el), 'the pane is hidden').to.equal(false);
    await expect(el).to.be.accessible();
    await openItem(el, 'Prøvesvar');
    expect(listShown(el), 'the list is hidden').to.equal(false);
    expect(getComputedStyle(back()!).display).not.to.equal('none');
    expect(back()!.getBoundingClientRect().height).to.be.at.least(44);
    const show = attachment(el, 'oversikt.pdf').toggle!;
    expect(show.textContent).to.contain('Vis oversikt.pdf');
    show.click();
    await el.updateComplete;
    expect(document.documentElement.scrollWidth, 'no sideways scrolling with the pane open').to.be.at.most(320);
    await expect(el).to.be.accessible();
    back()!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focusedRowIndex() === 0, 'focus did not return to the item', { timeout: 8000 });
    expect(el.selected).to.equal(undefined);
    expect(listShown(el), 'the list is back').to.equal(true);
    await openItem(el, 'Innkalling til kontroll');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => el.selected === undefined, 'Escape did not close the pane on a narrow screen', { timeout: 8000 });
  });

  for (const [locale, words] of [
    ['nn', ['Søk', 'Berre ulesne (2)', 'Viser 6 av 6. 2 ulesne.', 'Ikkje starta', 'Melding, 2 meldingar, 2 vedlegg', 'Vel ei melding']],
    ['en', ['Search', 'Unread only (2)', 'Showing 6 of 6. 2 unread.', 'Not started', 'Message, 2 messages, 2 attachments', 'Choose a message']],
  ] as const) {
    it(`speaks ${locale}`, async () => {
      const el = await withBundle(standardBundle(), { locale });
      const text = textOf(el);
      for (const word of words) expect(text).to.contain(word);
      expect(text).not.to.contain('Ulest');
      await expect(el).to.be.accessible();
      await openItem(el, locale === 'nn' ? 'Innkalling til kontroll' : 'Innkalling til kontroll');
      expect(deepText(pane(el))).to.contain(locale === 'nn' ? 'Avsendar' : 'From');
    });
  }

  it('opens the item the host selects (deep link)', async () => {
    const el = await withBundle(standardBundle(), { selected: 'bundle/letter/letter-1' });
    expect(deepText(pane(el))).to.contain('Innkalling til kontroll');
    await settle(el);
    el.selected = 'bundle/message/nothing-like-this';
    await el.updateComplete;
    expect(deepText(pane(el))).to.contain('Velg en melding');
  });

  it('says so when the inbox is empty, and when the bundle is not a bundle', async () => {
    const empty = await withBundle(emptyBundle());
    expect(textOf(empty)).to.contain('Innboksen din er tom.');
    await expect(empty).to.be.accessible();
    const broken = await withBundle({ resourceType: 'Patient', id: 'nope' });
    const alert = errorAlert(broken)!;
    expect(deepText(alert)).to.contain('Vi fikk ikke hentet innboksen din.');
    expect(deepText(alert)).to.contain('Prøv igjen');
    await expect(broken).to.be.accessible();
  });

  it('counts the entries it had to leave out', async () => {
    const bundle = standardBundle();
    bundle.entry!.push({ resource: { resourceType: 'Communication', id: 'broken', status: 'completed' } as never }, { resource: 'nonsense' as never });
    const el = await withBundle(bundle);
    expect(textOf(el)).to.contain('2 ting i innboksen kunne ikke vises');
    expect(rowTitles(el)).to.deep.equal(STANDARD_TITLES);
  });

  it('announces the loaded inbox once in the polite live region', async () => {
    const el = await withBundle(standardBundle());
    await waitUntil(() => liveRegion(el).textContent!.includes('Innboksen er hentet: 6 i alt, 2 uleste.'), 'not announced', { timeout: 8000 });
  });
});

