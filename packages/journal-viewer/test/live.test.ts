import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { AuditEvent, Binary, Bundle, Composition, DocumentReference } from '@medplum/fhirtypes';
import type { Session } from '@hn-elements/core';
import { bootstrap, mount, unmount } from '../src/mfe.js';
import type { HnJournalViewer } from '../src/hn-journal-viewer.js';
import { fhirGet, recordFetches, resetServer, runControlPayloads, setMode, expectAbortWhenRemovedWhileLoading, loadWithMalformedAndTimedOutSource } from '@hn-elements/test-support';
import { onBehalfOfOla, onBehalfOfPer, session, SOURCES } from './fixtures.js';
import {
  choose,
  deepQuery,
  deepText,
  itemButton,
  items,
  logCount,
  logList,
  openDocument,
  paneBody,
  paneButton,
  periodChoice,
  reader,
  recordingFetch,
  settle,
  sourceFilter,
  sourceHeadings,
  sourcesNotice,
  tab,
  titles,
  withSession,
} from './harness.js';

/** What the server holds, read straight from it: the test's expectations. */
async function serverDocuments(patient: string) {
  const journal: { source: string; title: string; resource: DocumentReference | Composition }[] = [];
  const letters: string[] = [];
  for (const source of SOURCES) {
    const refs = await fhirGet<Bundle>(`${source.fhirBase}/DocumentReference?patient=${patient}&_count=200`);
    for (const entry of refs.entry ?? []) {
      const doc = entry.resource as DocumentReference;
      const title = doc.description ?? doc.content?.[0]?.attachment?.title ?? doc.type?.text ?? '';
      const letter = (doc.category ?? []).some((c) => (c.coding ?? []).some((coding) => coding.code === 'letter'));
      if (letter) letters.push(title);
      else if (doc.status === 'current') journal.push({ source: source.id, title, resource: doc });
    }
    const compositions = await fhirGet<Bundle>(`${source.fhirBase}/Composition?patient=${patient}&_count=200`);
    for (const entry of compositions.entry ?? []) {
      const composition = entry.resource as Composition;
      if (composition.status !== 'entered-in-error') journal.push({ source: source.id, title: composition.title ?? '', resource: composition });
    }
  }
  return { journal, letters };
}

async function serverAccessLog(patient: string, sourceId?: string): Promise<AuditEvent[]> {
  const events: AuditEvent[] = [];
  for (const source of SOURCES.filter((s) => !sourceId || s.id === sourceId)) {
    const bundle = await fhirGet<Bundle>(`${source.fhirBase}/AuditEvent?patient=${patient}&_count=200`);
    events.push(...(bundle.entry ?? []).map((e) => e.resource as AuditEvent).filter((r) => r.resourceType === 'AuditEvent'));
  }
  return events;
}

const fhirRequests = (requests: string[]) => requests.filter((url) => url.includes('/fhir/'));

describe('<hn-journal-viewer> live from several FHIR servers', () => {
  afterEach(async () => {
    await resetServer();
  });

  it('merges the journal documents of every source, grouped by source, leaving letters to the inbox', async () => {
    const el = await withSession(session());
    await settle(el);
    const { journal, letters } = await serverDocuments('Patient/kari');
    expect(journal.length).to.be.greaterThan(6);
    expect(letters.length, 'the seed has letters, so leaving them out is tested').to.be.greaterThan(0);
    expect([...titles(el)].sort()).to.deep.equal(journal.map((d) => d.title).sort());
    for (const letter of letters) expect(titles(el)).not.to.include(letter);
    expect(sourceHeadings(el)).to.deep.equal(SOURCES.map((s) => s.name));
    expect(deepText(el.shadowRoot!), 'the seed is complete: nothing is left out').not.to.contain('kunne ikke vises');
    await expect(el).to.be.accessible();
  });

  it('opens a document whose content is fetched by URL (a Binary on the source)', async () => {
    const el = await withSession(session());
    await settle(el);
    const { journal } = await serverDocuments('Patient/kari');
    const byUrl = journal.find((d) => d.resource.resourceType === 'DocumentReference' && d.resource.content?.[0]?.attachment?.url)!;
    expect(byUrl, 'the seed has a document fetched by URL').to.exist;
    const url = (byUrl.resource as DocumentReference).content![0]!.attachment!.url!;
    const source = SOURCES.find((s) => s.id === byUrl.source)!;
    const binary = await fhirGet<Binary>(`${source.fhirBase}/${url}`);
    const expected = new TextDecoder().decode(Uint8Array.from(atob(binary.data!), (c) => c.charCodeAt(0)));
    const pane = await openDocument(el, byUrl.title);
    expect(paneBody(pane).querySelector('pre')!.textContent).to.equal(expected);
    await expect(el).to.be.accessible();
  });

  it('says so in the document when its content cannot be fetched, and tries again', async () => {
    const el = await withSession(session());
    await settle(el);
    const { journal } = await serverDocuments('Patient/kari');
    const byUrl = journal.find((d) => d.resource.resourceType === 'DocumentReference' && d.resource.content?.[0]?.attachment?.url)!;
    const source = SOURCES.find((s) => s.id === byUrl.source)!;
    await setMode(source.id, 'down');
    let pane = await openDocument(el, byUrl.title);
    expect(deepText(pane)).to.contain(`Vi fikk ikke hentet dokumentet. Legesenteret i Sentrum har en feil akkurat nå.`);
    await expect(el).to.be.accessible();
    await setMode(source.id, 'ok');
    paneButton(pane, 'Prøv igjen').click();
    await waitUntil(() => reader(el) && paneBody(reader(el)!).querySelector('pre'), 'did not recover', { timeout: 8000 });
    pane = reader(el)!;
    expect(paneBody(pane).querySelector('pre')!.textContent!.length).to.be.greaterThan(10);
  });

  it('asks the host to log in again when the source answers 401 for a document’s content', async () => {
    const el = await withSession(session());
    await settle(el);
    const { journal } = await serverDocuments('Patient/kari');
    const byUrl = journal.find((d) => d.resource.resourceType === 'DocumentReference' && d.resource.content?.[0]?.attachment?.url)!;
    await setMode(byUrl.source, 'unauthorized');
    const asked = oneEvent(el, 'hn-auth-required');
    itemButton(el, byUrl.title).click();
    expect((await asked).detail).to.deep.equal({ sourceId: byUrl.source });
  });

  it('aborts the content request when the element is removed while a document opens', async () => {
    const el = await withSession(session());
    await settle(el);
    const { journal } = await serverDocuments('Patient/kari');
    const byUrl = journal.find((d) => d.resource.resourceType === 'DocumentReference' && d.resource.content?.[0]?.attachment?.url)!;
    await setMode(byUrl.source, 'slow', 60_000);
    const fetches = recordFetches();
    try {
      itemButton(el, byUrl.title).click();
      await waitUntil(() => fetches.fhir().some((r) => r.url.includes('/Binary/')), 'the content was not asked for', { timeout: 8000 });
      el.remove();
      expect(fetches.open().map((r) => r.url), 'requests left running after removal').to.deep.equal([]);
    } finally {
      fetches.restore();
    }
  });

  it('renders the seed’s hostile epicrisis safely', async () => {
    const el = await withSession(session());
    await settle(el);
    const alerts: unknown[] = [];
    const original = window.alert;
    window.alert = (message) => alerts.push(message);
    try {
      const epicrisis = await fhirGet<DocumentReference>('/fhir/helse-bergen/DocumentReference/hb-doc-01');
      const raw = atob(epicrisis.content![0]!.attachment!.data!);
      expect(raw, 'the seed document is hostile').to.contain('onerror');
      const pane = await openDocument(el, epicrisis.description!);
      // Controls in the same shadow root, rendered after the document, have run: its payloads would have too.
      await runControlPayloads(el.shadowRoot!);
      expect(alerts).to.deep.equal([]);
      const body = paneBody(pane);
      expect(body.querySelector('[onerror], img, a[href^="javascript"]')).to.equal(null);
      expect(body.querySelector('a[href="https://www.helsenorge.no/"]')).to.exist;
      expect(body.textContent).to.contain('ingen tegn på hjerteinfarkt');
      await expect(el).to.be.accessible();
    } finally {
      window.alert = original;
    }
  });

  it('is busy while loading (aria-busy, status message) and accessible then', async () => {
    await setMode('helse-bergen', 'slow', 800);
    const el = await withSession(session());
    await el.updateComplete;
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(deepQuery(el.shadowRoot!, '[role="status"]')).to.exist;
    await expect(el).to.be.accessible();
    await settle(el);
    expect(items(el).length).to.be.greaterThan(0);
  });

  it('shows the rest and names the source that is down, then recovers on retry', async () => {
    await setMode('fastlegen', 'down');
    const el = await withSession(session());
    await settle(el);
    const notice = sourcesNotice(el)!;
    // 'down' answers 503 with an OperationOutcome: the notice says the source has a fault and quotes it.
    expect(deepText(notice.shadowRoot!)).to.contain('Legesenteret i Sentrum har en feil akkurat nå.');
    expect(deepText(notice.shadowRoot!)).to.contain('is not available right now (simulated)');
    expect(sourceHeadings(el)).to.deep.equal(['Helse Bergen', 'Bergen kommune']);
    await expect(el).to.be.accessible();
    await setMode('fastlegen', 'ok');
    deepQuery<HTMLButtonElement>(notice.shadowRoot!, 'button')!.click();
    await waitUntil(() => sourceHeadings(el).length === 3, 'source did not come back', { timeout: 8000 });
    expect(sourcesNotice(el)).to.equal(null);
  });

  it('shows an error naming every source when none answers, and retries', async () => {
    for (const source of SOURCES) await setMode(source.id, 'down');
    const el = await withSession(session());
    await settle(el);
    const alert = deepQuery<HTMLElement>(el.shadowRoot!, '[role="alert"]')!;
    for (const source of SOURCES) expect(deepText(alert)).to.contain(source.name);
    expect(deepText(alert)).to.contain('Vi fikk ikke hentet journaldokumentene.');
    await expect(el).to.be.accessible();
    await resetServer();
    deepQuery<HTMLButtonElement>(el.shadowRoot!, 'button[part="retry"]')!.click();
    await waitUntil(() => items(el).length > 0, 'did not recover', { timeout: 8000 });
  });

  it('treats a malformed answer and a timeout as per-source failures', async () => {
    const el = await loadWithMalformedAndTimedOutSource('bergen-kommune', (timeout) => withSession(session(), { timeout }));
    await settle(el);
    const notice = deepText(sourcesNotice(el)!.shadowRoot!);
    expect(notice).to.contain('Helse Bergen');
    expect(notice).to.contain('Bergen kommune');
    expect(sourceHeadings(el)).to.deep.equal(['Legesenteret i Sentrum']);
  });

  it('asks the host to log in again when a source answers 401', async () => {
    await setMode('helse-bergen', 'unauthorized');
    const el = await withSession(session());
    const event = await oneEvent(el, 'hn-auth-required');
    expect(event.detail).to.deep.equal({ sourceId: 'helse-bergen' });
  });

  it('shows the access log of every source, filtered by period and source, counting what the server holds', async () => {
    const el = await withSession(session(), { view: 'access-log' });
    await settle(el);
    const all = await serverAccessLog('Patient/kari');
    const yearAgo = new Date();
    yearAgo.setUTCFullYear(yearAgo.getUTCFullYear() - 1);
    const lastYear = all.filter((e) => new Date(e.recorded!).getTime() >= yearAgo.getTime());
    expect(lastYear.length, 'the seed reaches back more than a year').to.be.lessThan(all.length);
    expect(logCount(el)).to.equal(`Viser ${lastYear.length} av ${all.length} oppslag`);
    expect(items(el)).to.have.length(lastYear.length);
    periodChoice(el, 'Alt').click();
    await settle(el);
    expect(items(el)).to.have.length(all.length);
    const select = sourceFilter(el);
    expect([...select.options].map((o) => o.textContent)).to.deep.equal(['Alle kilder', ...SOURCES.map((s) => s.name)]);
    await choose(el, select, 'fastlegen');
    const gp = await serverAccessLog('Patient/kari', 'fastlegen');
    expect(logCount(el)).to.equal(`Viser ${gp.length} av ${all.length} oppslag`);
    expect(deepText(logList(el)!)).not.to.contain('Fra Helse Bergen');
    // The seed's coded reasons come out in plain words.
    expect(deepText(logList(el)!)).to.contain('Helsehjelp til deg');
    await expect(el).to.be.accessible();
  });

  it('fetches the access log only when it is shown', async () => {
    await recordingFetch(async (requests) => {
      const el = await withSession(session());
      await settle(el);
      expect(fhirRequests(requests).some((url) => url.includes('/AuditEvent'))).to.equal(false);
      tab(el, 'access-log').click();
      await settle(el);
      expect(fhirRequests(requests).filter((url) => url.includes('/AuditEvent'))).to.have.length(SOURCES.length);
      // Back and forth again: no new requests.
      const before = fhirRequests(requests).length;
      tab(el, 'documents').click();
      await settle(el);
      tab(el, 'access-log').click();
      await settle(el);
      expect(fhirRequests(requests)).to.have.length(before);
    });
  });

  it('says plainly when acting for a child, and shows only the child’s journal', async () => {
    const el = await withSession(session(onBehalfOfOla()));
    await settle(el);
    const banner = el.shadowRoot!.querySelector('hn-on-behalf-banner')!;
    expect(deepText(banner.shadowRoot!)).to.contain('Du ser nå informasjonen til Ola Nordmann');
    const { journal } = await serverDocuments('Patient/ola');
    expect(journal.length).to.be.greaterThan(3);
    expect([...titles(el)].sort()).to.deep.equal(journal.map((d) => d.title).sort());
    await expect(el).to.be.accessible();
    tab(el, 'access-log').click();
    await settle(el);
    const all = await serverAccessLog('Patient/ola');
    expect(logCount(el)).to.contain(`av ${all.length} oppslag`);
  });

  it('fetches nothing and says so when the power of attorney does not cover the journal', async () => {
    await recordingFetch(async (requests) => {
      const el = await withSession(session(onBehalfOfPer()));
      // Not elapsed time: the element says its loads have settled (a load it started would be awaited).
      await el.loadComplete;
      expect(fhirRequests(requests)).to.deep.equal([]);
      expect(deepText(el.shadowRoot!)).to.contain('Du kan ikke se journalen til denne personen. Fullmakten eller tilgangen din gjelder ikke journal.');
      expect(deepText(el.shadowRoot!)).to.contain('Du ser nå informasjonen til Per Hansen');
      expect(el.shadowRoot!.querySelector('[role="tablist"]')).to.equal(null);
      expect(el.hasAttribute('aria-busy')).to.equal(false);
      await expect(el).to.be.accessible();
      // Neither view, nor a document key, makes it fetch.
      el.view = 'access-log';
      el.documentKey = 'helse-bergen/DocumentReference/hb-doc-01';
      // A fetch is asked for when an update starts it, so it is recorded by the time loads settle.
      await el.loadComplete;
      expect(fhirRequests(requests)).to.deep.equal([]);
    });
  });

  it('switching from Kari to Per shows no access at once and fetches nothing more; Kari’s documents are gone', async () => {
    const el = await withSession(session());
    await settle(el);
    expect(items(el).length).to.be.greaterThan(0);
    await recordingFetch(async (requests) => {
      el.session = session(onBehalfOfPer());
      await el.updateComplete;
      expect(items(el)).to.have.length(0);
      expect(deepText(el.shadowRoot!)).to.contain('Du kan ikke se journalen til denne personen.');
      await el.loadComplete;
      expect(fhirRequests(requests)).to.deep.equal([]);
    });
  });

  it('never shows one person’s documents while another person’s are loading', async () => {
    const el = await withSession(session());
    await settle(el);
    expect(titles(el).length).to.be.greaterThan(0);
    await setMode('helse-bergen', 'slow', 800);
    el.session = session(onBehalfOfOla());
    await el.updateComplete;
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(titles(el), 'Kari’s documents are not shown while Ola’s load').to.deep.equal([]);
    await settle(el);
    const { journal } = await serverDocuments('Patient/ola');
    expect([...titles(el)].sort()).to.deep.equal(journal.map((d) => d.title).sort());
  });

  it('closes an open document when the person changes', async () => {
    const el = await withSession(session());
    await settle(el);
    await openDocument(el, titles(el)[0]!);
    el.session = session(onBehalfOfOla());
    await settle(el);
    expect(reader(el)).to.equal(null);
  });

  it('aborts its requests when removed while loading', () => expectAbortWhenRemovedWhileLoading(() => withSession(session())));

  it('mounts as a micro-frontend with the session, and unmounts leaving nothing behind', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const props = { name: 'journal-viewer', domElement: container, session: session() as Session, locale: 'nb' as const };
    const fetches = recordFetches();
    await bootstrap(props);
    await mount(props);
    const el = container.querySelector<HnJournalViewer>('hn-journal-viewer')!;
    expect(el).to.exist;
    await settle(el);
    expect(items(el).length).to.be.greaterThan(0);
    itemButton(el, titles(el)[0]!).click();
    await settle(el);
    await unmount(props);
    fetches.restore();
    expect(container.childElementCount).to.equal(0);
    await el.loadComplete;
    expect(fetches.fhir().length).to.be.greaterThan(0);
    expect(fetches.open().map((r) => r.url), 'requests left running after unmount').to.deep.equal([]);
    container.remove();
  });
});
