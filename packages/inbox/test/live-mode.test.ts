import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Bundle, Communication, DocumentReference, Task } from '@medplum/fhirtypes';
import {
  SOURCES,
  deepQuery,
  deepText,
  fhirGet,
  onBehalfOfOla,
  onBehalfOfPer,
  recordFetches,
  resetServer,
  session,
  setMode,
  expectAbortWhenRemovedWhileLoading,
  loadWithMalformedAndTimedOutSource
} from '@hn-elements/test-support';
import type { Session } from '@hn-elements/core';
import type { HnInbox, MessageSentDetail } from '../src/hn-inbox.js';
import { clearDrafts, readDraft, writeDraft } from '../src/drafts.js';
import { settle, withSession } from './helpers.js';
import {
  chooseSource,
  countText,
  errorAlert,
  formLauncher,
  isUnread,
  launcherControl,
  liveRegion,
  onBehalfText,
  openItem,
  pane,
  pdfViewer,
  rendered,
  replyBox,
  replyError,
  replyNotice,
  replyProblem,
  retryFromError,
  retryFromNotice,
  rows,
  search,
  sendButton,
  sourceFilter,
  sourcesNotice,
  sourcesNoticeText,
  text as textOf,
  threadError,
  threadMessages,
} from './harness.js';

const THREAD = 'urn:hn-elements:thread';
const LETTER = 'urn:hn-elements:document-category|letter';

/** What one source holds for a patient, and how many items the inbox should make of it (worked out here, independently). */
async function expectedFrom(base: string, patient: string) {
  const messages = ((await fhirGet<Bundle>(`${base}/Communication?subject=${patient}&_count=1000`)).entry ?? []).map((e) => e.resource as Communication);
  const tasks = ((await fhirGet<Bundle>(`${base}/Task?subject=${patient}&_count=1000`)).entry ?? []).map((e) => e.resource as Task);
  const letters = ((await fhirGet<Bundle>(`${base}/DocumentReference?subject=${patient}&category=${LETTER}&_count=1000`)).entry ?? []).map((e) => e.resource as DocumentReference);
  // Threads: connected groups of messages linked by inResponseTo, partOf or a shared thread identifier.
  const links = new Map<string, Set<string>>(messages.map((m) => [m.id!, new Set<string>()]));
  const link = (a: string, b: string) => {
    if (!links.has(a) || !links.has(b)) return;
    links.get(a)!.add(b);
    links.get(b)!.add(a);
  };
  for (const m of messages) {
    for (const ref of [...(m.inResponseTo ?? []), ...(m.partOf ?? [])]) link(m.id!, ref.reference!.replace('Communication/', ''));
    const thread = m.identifier?.find((i) => i.system === THREAD)?.value;
    for (const other of messages) if (thread && other.identifier?.some((i) => i.system === THREAD && i.value === thread)) link(m.id!, other.id!);
  }
  const seen = new Set<string>();
  let threads = 0;
  for (const id of links.keys()) {
    if (seen.has(id)) continue;
    threads += 1;
    const stack = [id];
    while (stack.length) {
      const next = stack.pop()!;
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...links.get(next)!);
    }
  }
  const shownTasks = tasks.filter((t) => t.status !== 'draft' && t.status !== 'entered-in-error');
  const unread = messages.filter((m) => !m.received && !/^(Patient|RelatedPerson)\//.test(m.sender?.reference ?? ''));
  return { messages, tasks: shownTasks, letters, threads, items: threads + shownTasks.length + letters.length, unread };
}

async function expectedTotal(patient: string) {
  let items = 0;
  for (const source of SOURCES) items += (await expectedFrom(source.fhirBase, patient)).items;
  return items;
}

/**
 * Narrows the list with the search field, so the row is rendered, and opens it once the search's
 * count has been said (the count waits for typing to pause: said later, it would take the place
 * of what a test waits to hear next).
 */
async function find(el: HnInbox, query: string, title: string | RegExp = query): Promise<HTMLElement> {
  await search(el, query);
  await rendered(el);
  await waitUntil(() => /treff\.|results?\./.test(liveRegion(el).textContent ?? ''), `the search's count was not said: "${liveRegion(el).textContent}"`, { timeout: 8000 });
  return openItem(el, title);
}

const textarea = replyBox;

/** Types into the reply box from the keyboard. */
async function typeReply(el: HnInbox, text: string): Promise<void> {
  textarea(el).focus();
  await sendKeys({ type: text });
}

async function kariMessages(base: string): Promise<Communication[]> {
  return (await fhirGet<Bundle>(`${base}/Communication?subject=Patient/kari&_count=1000`)).entry!.map((e) => e.resource as Communication);
}

async function ready(el: HnInbox): Promise<HnInbox> {
  await el.updateComplete;
  await settle(el);
  await rendered(el);
  return el;
}

async function loaded(sessionValue: Session = session()): Promise<HnInbox> {
  return ready(await withSession(sessionValue));
}

describe('<hn-inbox> live from several FHIR servers', () => {
  afterEach(async () => {
    await resetServer();
    clearDrafts();
  });

  it('merges messages, form tasks and letters from every source, each attributed to its source', async () => {
    const expected = await expectedTotal('Patient/kari');
    expect(expected).to.be.greaterThan(15);
    const el = await loaded();
    expect(rows(el)[0]!.getAttribute('aria-setsize')).to.equal(String(expected));
    expect(textOf(el)).not.to.contain('kunne ikke vises');
    expect([...sourceFilter(el)!.options].map((o) => o.textContent!.trim())).to.deep.equal(['Alle', ...SOURCES.map((s) => s.name)]);
    for (const source of SOURCES) {
      await chooseSource(el, source.id);
      await rendered(el);
      const own = await expectedFrom(source.fhirBase, 'Patient/kari');
      expect(rows(el)[0]!.getAttribute('aria-setsize'), source.id).to.equal(String(own.items));
      for (const row of rows(el)) expect(deepText(row)).to.contain(`Fra ${source.name}`);
    }
    await expect(el).to.be.accessible();
  });

  it('is busy while loading, then accessible', async () => {
    await setMode('helse-bergen', 'slow', 1000);
    const el = await withSession(session());
    await el.updateComplete;
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(deepQuery(el.shadowRoot!, '[role="status"]')).to.exist;
    await expect(el).to.be.accessible();
    await settle(el);
    await rendered(el);
    expect(rows(el).length).to.be.greaterThan(0);
  });

  it('shows the rest and names the source that is down; retry brings it back', async () => {
    const total = await expectedTotal('Patient/kari');
    const without = total - (await expectedFrom('/fhir/fastlegen', 'Patient/kari')).items;
    await setMode('fastlegen', 'down');
    const el = await loaded();
    // 'down' answers 503 with an OperationOutcome: the notice says the source has a fault and quotes it.
    expect(sourcesNoticeText(el)).to.contain('Legesenteret i Sentrum har en feil akkurat nå.');
    expect(rows(el)[0]!.getAttribute('aria-setsize')).to.equal(String(without));
    await expect(el).to.be.accessible();
    await setMode('fastlegen', 'ok');
    retryFromNotice(el);
    await waitUntil(() => !sourcesNotice(el), 'the source did not come back', { timeout: 8000 });
    await rendered(el);
    expect(rows(el)[0]!.getAttribute('aria-setsize')).to.equal(String(total));
  });

  it('shows an error naming every source when none answers, and retries', async () => {
    await setMode('*', 'down');
    const el = await loaded();
    const text = deepText(errorAlert(el)!);
    expect(text).to.contain('Vi fikk ikke hentet innboksen din.');
    for (const source of SOURCES) expect(text).to.contain(source.name);
    await expect(el).to.be.accessible();
    await resetServer();
    retryFromError(el);
    await waitUntil(() => rows(el).length > 0, 'did not recover', { timeout: 8000 });
  });

  it('treats a malformed answer and a timeout as failures of that source only', async () => {
    const el = await loadWithMalformedAndTimedOutSource('bergen-kommune', (timeout) => withSession(session(), { timeout }));
    await settle(el);
    const notice = sourcesNoticeText(el);
    expect(notice).to.contain('Helse Bergen');
    expect(notice).to.contain('Bergen kommune');
    await rendered(el);
    for (const row of rows(el)) expect(deepText(row)).to.contain('Fra Legesenteret i Sentrum');
  });

  it('asks the host to log in again when a source answers 401', async () => {
    await setMode('helse-bergen', 'unauthorized');
    const el = await withSession(session());
    const event = await oneEvent(el, 'hn-auth-required');
    expect(event.detail).to.deep.equal({ sourceId: 'helse-bergen' });
  });

  it('fetches nothing when the representation does not cover the inbox', async () => {
    const fetches = recordFetches();
    try {
      const noInbox = session({ ...onBehalfOfPer(), representation: { ...onBehalfOfPer().representation!, scopes: ['appointments'] } });
      const el = await withSession(noInbox);
      // Not elapsed time: the element says its load has settled (a load it started would be awaited).
      await el.loadComplete;
      expect(fetches.urls.filter((url) => url.includes('/fhir/'))).to.deep.equal([]);
      expect(textOf(el)).to.contain('Du kan ikke se innboksen til denne personen.');
      expect(el.hasAttribute('aria-busy')).to.equal(false);
      await expect(el).to.be.accessible();
    } finally {
      fetches.restore();
    }
  });

  it('shows Ola’s inbox to his parent, says so, and replies on his behalf', async () => {
    const el = await loaded(session(onBehalfOfOla()));
    expect(onBehalfText(el)).to.contain('Du ser nå informasjonen til Ola Nordmann');
    expect(rows(el)[0]!.getAttribute('aria-setsize')).to.equal(String(await expectedTotal('Patient/ola')));
    const thread = await find(el, 'Allergitest for Ola');
    expect(deepText(thread)).to.contain('Du svarer på vegne av Ola Nordmann.');
    await typeReply(el, 'Takk, vi fyller ut skjemaet.');
    const sent = oneEvent(el, 'hn-message-sent');
    sendButton(el).click();
    const answer = ((await sent) as CustomEvent<MessageSentDetail>).detail.communication;
    expect(answer.subject?.reference).to.equal('Patient/ola');
    expect(answer.sender?.reference).to.equal('Patient/kari');
    await expect(el).to.be.accessible();
  });

  it('never shows one person’s inbox while another’s loads (switching representation)', async function () {
    // Two whole inboxes load, one behind a 1.5 s slow source, and the expected total is read from
    // the server: about 6 s on a quiet machine, so more than the default 10 s under a CPU hog.
    this.timeout(25_000);
    const el = await loaded();
    await find(el, 'Svar på blodprøven');
    expect(el.selected).to.equal('helse-bergen/message/hb-thread-1');
    await setMode('helse-bergen', 'slow', 1500);
    el.session = session(onBehalfOfOla());
    await el.updateComplete;
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(rows(el), 'Kari’s items are gone at once').to.have.length(0);
    expect(textOf(el)).not.to.contain('Svar på blodprøven');
    expect(el.selected, 'and her open thread with them').to.equal(undefined);
    await settle(el);
    await rendered(el);
    expect(rows(el)[0]!.getAttribute('aria-setsize')).to.equal(String(await expectedTotal('Patient/ola')));
  });

  it('aborts its requests when removed while loading', () => expectAbortWhenRemovedWhileLoading(() => withSession(session())));
});

describe('<hn-inbox> reading and replying against the server', () => {
  afterEach(async () => {
    await resetServer();
    clearDrafts();
  });

  it('marks an opened thread read on the server: received set, with If-Match on the current version', async () => {
    const before = (await kariMessages('/fhir/helse-bergen')).filter((m) => m.identifier?.some((i) => i.value === 'hb-thread-1'));
    const unread = before.filter((m) => !m.received);
    expect(unread.map((m) => m.id)).to.deep.equal(['hb-msg-03']);
    const puts: { url: string; ifMatch: string | null }[] = [];
    const original = window.fetch;
    window.fetch = (input, init) => {
      if (init?.method === 'PUT') puts.push({ url: String(input), ifMatch: new Headers(init.headers).get('If-Match') });
      return original(input, init);
    };
    try {
      const el = await loaded();
      const unreadBefore = countText(el);
      expect(unreadBefore).to.contain('uleste');
      const read = oneEvent(el, 'hn-message-read');
      await find(el, 'Svar på blodprøven');
      expect((await read).detail).to.deep.equal({ key: 'helse-bergen/message/hb-thread-1', sourceId: 'helse-bergen', ids: ['hb-msg-03'] });
      await waitUntil(async () => !!(await fhirGet<Communication>('/fhir/helse-bergen/Communication/hb-msg-03')).received, 'not marked read on the server', { timeout: 8000 });
      const saved = await fhirGet<Communication>('/fhir/helse-bergen/Communication/hb-msg-03');
      expect(saved.meta?.versionId).to.equal('2');
      expect(puts).to.deep.equal([{ url: new URL('/fhir/helse-bergen/Communication/hb-msg-03', location.href).href, ifMatch: 'W/"1"' }]);
      await waitUntil(() => !isUnread(el, 'Svar på blodprøven'), 'the row still looks unread', { timeout: 8000 });
      expect(countText(el)).not.to.equal(unreadBefore);
    } finally {
      window.fetch = original;
    }
  });

  it('keeps a thread unread and says why when marking fails, and can try again', async () => {
    const el = await loaded();
    await setMode('helse-bergen', 'down');
    await find(el, 'Svar på blodprøven');
    await waitUntil(() => threadError(el), 'no error shown', { timeout: 8000 });
    const alert = threadError(el)!;
    expect(alert.textContent).to.contain('Vi fikk ikke merket meldingen som lest.');
    expect(alert.textContent).to.contain('Helse Bergen');
    expect(isUnread(el, 'Svar på blodprøven')).to.equal(true);
    await expect(el).to.be.accessible();
    await setMode('helse-bergen', 'ok');
    alert.querySelector('button')!.click();
    await waitUntil(() => !isUnread(el, 'Svar på blodprøven'), 'not read after retry', { timeout: 8000 });
    expect(threadError(el)).to.equal(null);
  });

  it('replies: one Communication in the thread, with an idempotency identifier; shown, announced, draft cleared', async () => {
    const el = await loaded();
    await find(el, 'Svar på blodprøven');
    const before = await kariMessages('/fhir/helse-bergen');
    await typeReply(el, 'Takk, jeg gjør det.');
    const sent = oneEvent(el, 'hn-message-sent');
    sendButton(el).click();
    const detail = ((await sent) as CustomEvent<MessageSentDetail>).detail;
    expect(detail.created).to.equal(true);
    const after = await kariMessages('/fhir/helse-bergen');
    expect(after.length).to.equal(before.length + 1);
    const reply = after.find((m) => !before.some((b) => b.id === m.id))!;
    expect(reply.id).to.equal(detail.communication.id);
    expect(reply.payload).to.deep.equal([{ contentString: 'Takk, jeg gjør det.' }]);
    expect(reply.inResponseTo).to.deep.equal([{ reference: 'Communication/hb-msg-03' }]);
    expect(reply.recipient?.[0]?.reference).to.equal('Practitioner/hb-pr-fjeld');
    expect(reply.identifier?.find((i) => i.system === THREAD)?.value).to.equal('hb-thread-1');
    expect(reply.identifier?.find((i) => i.system === 'urn:ietf:rfc:3986')?.value).to.match(/^urn:uuid:/);
    await el.updateComplete;
    expect(threadMessages(el)).to.have.length(4);
    expect(deepText(threadMessages(el)[3]!)).to.contain('Takk, jeg gjør det.');
    expect(textarea(el).value).to.equal('');
    expect(Object.keys(sessionStorage).filter((k) => k.startsWith('hn-inbox:draft:'))).to.deep.equal([]);
    await waitUntil(() => liveRegion(el).textContent!.includes('Svaret ditt er sendt.'), 'not announced', { timeout: 8000 });
    await expect(el).to.be.accessible();
    // After a change of language the region's words are in the new one.
    el.locale = 'en';
    await waitUntil(() => liveRegion(el).textContent!.trim() === 'Your reply has been sent.', `the region says "${liveRegion(el).textContent!.trim()}"`, { timeout: 8000 });
  });

  it('sends once, however often the button is pressed', async () => {
    const el = await loaded();
    await find(el, 'Fornye resept');
    const before = await kariMessages('/fhir/fastlegen');
    await typeReply(el, 'Tusen takk!');
    const sent = oneEvent(el, 'hn-message-sent');
    const button = sendButton(el);
    const fetches = recordFetches();
    button.click();
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(button.textContent!.trim()).to.equal('Sender svaret …');
    await expect(el).to.be.accessible();
    button.focus();
    await sendKeys({ press: 'Enter' });
    button.click();
    await sent;
    // The send is over when the button is enabled again; by then every write the presses led to
    // has been asked for (a queued second send included): exactly one.
    await waitUntil(() => button.getAttribute('aria-disabled') === 'false', 'the button stayed disabled', { timeout: 8000 });
    fetches.restore();
    const writes = fetches.fhir().filter((r) => r.method !== 'GET');
    expect(writes.map((r) => `${r.method} ${new URL(r.url, location.href).pathname}`), 'writes').to.deep.equal(['POST /fhir/fastlegen/Communication']);
    const after = await kariMessages('/fhir/fastlegen');
    expect(after.length).to.equal(before.length + 1);
    expect(after.filter((m) => m.payload?.[0]?.contentString === 'Tusen takk!')).to.have.length(1);
  });

  it('keeps what is typed while a reply is on its way', async () => {
    const el = await loaded();
    await find(el, 'Svar på blodprøven');
    await typeReply(el, 'Første del.');
    await setMode('helse-bergen', 'slow', 800);
    const sent = oneEvent(el, 'hn-message-sent');
    sendButton(el).click();
    await el.updateComplete;
    textarea(el).focus();
    await sendKeys({ type: ' Og en ting til.' });
    await sent;
    await el.updateComplete;
    expect(textarea(el).value).to.equal('Første del. Og en ting til.');
    const onServer = (await kariMessages('/fhir/helse-bergen')).filter((m) => m.payload?.[0]?.contentString?.startsWith('Første del.'));
    expect(onServer.map((m) => m.payload![0]!.contentString)).to.deep.equal(['Første del.']);
    const draft = readDraft('Patient/kari', 'helse-bergen/message/hb-thread-1')!;
    expect(draft.attempted, 'a new draft, with a new key').to.equal(false);
    expect(onServer[0]!.identifier?.some((i) => i.value === draft.key)).to.equal(false);
  });

  it('says what to do when the reply is empty', async () => {
    const el = await loaded();
    await find(el, 'Fornye resept');
    sendButton(el).click();
    await el.updateComplete;
    expect(textarea(el).getAttribute('aria-invalid')).to.equal('true');
    expect(replyProblem(el)!.textContent).to.equal('Skriv noe før du sender.');
    expect(textarea(el).getAttribute('aria-describedby')).to.contain('reply-invalid');
    await expect(el).to.be.accessible();
  });

  it('keeps the draft when sending fails, says why with a retry, and then sends it once', async () => {
    const el = await loaded();
    await find(el, 'Prøvesvar');
    const before = await kariMessages('/fhir/fastlegen');
    await typeReply(el, 'Når kommer svaret?');
    await setMode('fastlegen', 'down');
    sendButton(el).click();
    await waitUntil(() => replyError(el), 'no error shown', { timeout: 8000 });
    const alert = replyError(el)!;
    expect(alert.textContent).to.contain('Svaret ble ikke sendt.');
    expect(alert.textContent).to.contain('Legesenteret i Sentrum');
    expect(alert.textContent).to.contain('Teksten din er tatt vare på.');
    expect(textarea(el).value).to.equal('Når kommer svaret?');
    const stored = Object.entries(sessionStorage).filter(([k]) => k.startsWith('hn-inbox:draft:'));
    expect(stored).to.have.length(1);
    expect(JSON.parse(stored[0]![1])).to.deep.include({ text: 'Når kommer svaret?', attempted: true });
    await expect(el).to.be.accessible();
    await setMode('fastlegen', 'ok');
    const sent = oneEvent(el, 'hn-message-sent');
    alert.querySelector('button')!.click();
    await sent;
    const after = await kariMessages('/fhir/fastlegen');
    expect(after.filter((m) => m.payload?.[0]?.contentString === 'Når kommer svaret?')).to.have.length(1);
    expect(after.length).to.equal(before.length + 1);
    await el.updateComplete;
    expect(replyError(el)).to.equal(null);
  });

  it('keeps the draft across switching threads and unmounting, and stores no token', async () => {
    const secret = 'secret-access-token-4711';
    const withToken = session({ sources: SOURCES.map((s) => ({ ...s, getAccessToken: async () => secret })) });
    const el = await loaded(withToken);
    await find(el, 'Svar på blodprøven');
    await typeReply(el, 'Et utkast jeg ikke vil miste');
    await find(el, 'Fornye resept');
    expect(textarea(el).value).to.equal('');
    await find(el, 'Svar på blodprøven');
    expect(textarea(el).value).to.equal('Et utkast jeg ikke vil miste');
    const parent = el.parentElement!;
    el.remove();
    const again = document.createElement('hn-inbox');
    again.session = withToken;
    parent.append(again);
    await ready(again);
    await find(again, 'Svar på blodprøven');
    expect(textarea(again).value).to.equal('Et utkast jeg ikke vil miste');
    const stored = JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage });
    expect(stored).to.contain('Et utkast jeg ikke vil miste');
    expect(stored).not.to.contain(secret);
  });

  it('never sends a draft twice: an earlier attempt that got through is found, not repeated', async () => {
    const el = await loaded();
    await find(el, 'Svar på blodprøven');
    await typeReply(el, 'Kom dette fram?');
    const draft = readDraft('Patient/kari', 'helse-bergen/message/hb-thread-1')!;
    expect(draft.text).to.equal('Kom dette fram?');
    // The first attempt reached the server, but its answer never came back.
    const landed = await fetch('/fhir/helse-bergen/Communication', {
      method: 'POST',
      headers: { 'Content-Type': 'application/fhir+json' },
      body: JSON.stringify({
        resourceType: 'Communication',
        status: 'completed',
        identifier: [{ system: THREAD, value: 'hb-thread-1' }, { system: 'urn:ietf:rfc:3986', value: draft.key }],
        subject: { reference: 'Patient/kari' },
        sender: { reference: 'Patient/kari' },
        sent: new Date().toISOString(),
        payload: [{ contentString: 'Kom dette fram?' }],
      }),
    });
    expect(landed.status).to.equal(201);
    writeDraft('Patient/kari', 'helse-bergen/message/hb-thread-1', { ...draft, attempted: true });
    const fetches = recordFetches();
    try {
      const sent = oneEvent(el, 'hn-message-sent');
      sendButton(el).click();
      const detail = ((await sent) as CustomEvent<MessageSentDetail>).detail;
      expect(detail.created).to.equal(false);
      expect(fetches.urls.some((u) => decodeURIComponent(u).includes(`identifier=urn:ietf:rfc:3986|${draft.key}`)), 'looked before sending again').to.equal(true);
    } finally {
      fetches.restore();
    }
    const copies = (await kariMessages('/fhir/helse-bergen')).filter((m) => m.identifier?.some((i) => i.value === draft.key));
    expect(copies).to.have.length(1);
    expect(replyNotice(el)!.textContent).to.contain('Svaret ditt var allerede kommet fram.');
    // The note is the inbox's words: after a change of language, in the new one.
    el.locale = 'nn';
    await el.updateComplete;
    expect(replyNotice(el)!.textContent).to.contain('Svaret ditt var alt kome fram.');
  });

  it('a conditional create on the server keeps a repeated send to one message', async () => {
    const el = await loaded();
    await find(el, 'Svar på blodprøven');
    await typeReply(el, 'Én gang');
    const draft = JSON.parse(Object.entries(sessionStorage).find(([k]) => k.startsWith('hn-inbox:draft:'))![1]) as { key: string };
    const first = oneEvent(el, 'hn-message-sent');
    sendButton(el).click();
    expect(((await first) as CustomEvent<MessageSentDetail>).detail.created).to.equal(true);
    // The same resource and key again, straight to the client, as a retry after a lost answer would.
    const { FhirClient } = await import('@hn-elements/core');
    const client = new FhirClient(SOURCES[0]!);
    const again = await client.create({ resourceType: 'Communication', status: 'completed', payload: [{ contentString: 'Én gang' }] }, { idempotencyKey: draft.key });
    expect(again.created).to.equal(false);
    const copies = (await kariMessages('/fhir/helse-bergen')).filter((m) => m.identifier?.some((i) => i.value === draft.key));
    expect(copies).to.have.length(1);
    // Three at once with a new key (two tabs and a retry, say): one message.
    const key = 'urn:uuid:7b0f3c1e-2d4a-4b8c-9e1f-0a1b2c3d4e5f';
    const body: Communication = { resourceType: 'Communication', status: 'completed', subject: { reference: 'Patient/kari' }, payload: [{ contentString: 'Samtidig' }] };
    const answers = await Promise.all([1, 2, 3].map(() => client.create(body, { idempotencyKey: key })));
    expect(answers.filter((a) => a.created)).to.have.length(1);
    expect(new Set(answers.map((a) => a.resource.id)).size).to.equal(1);
    expect((await kariMessages('/fhir/helse-bergen')).filter((m) => m.identifier?.some((i) => i.value === key))).to.have.length(1);
  });

  it('opens a letter whose PDF lives in a Binary on the source', async () => {
    const fetches = recordFetches();
    try {
      const el = await loaded();
      const letterPane = await find(el, 'Innkalling til ultralyd av hjertet');
      await waitUntil(() => pdfViewer(el), 'the PDF was not fetched', { timeout: 8000 });
      expect(fetches.urls.some((u) => u.endsWith('/fhir/helse-bergen/Binary/hb-bin-letter-01'))).to.equal(true);
      const frame = pdfViewer(el)!;
      const bytes = new Uint8Array(await (await fetch(frame.src)).arrayBuffer());
      expect(String.fromCharCode(...bytes.slice(0, 8))).to.equal('%PDF-1.4');
      expect(deepText(letterPane)).to.contain('innkalling-til-ultralyd-av-hjertet.pdf (PDF,');
      await expect(el).to.be.accessible();
    } finally {
      fetches.restore();
    }
  });

  it('shows attachments that a message keeps as documents on the source', async () => {
    const el = await loaded();
    const thread = await find(el, 'Prøvesvar');
    expect(deepText(thread)).to.contain('Svar på blodprøver (Nettside');
    expect(deepText(thread)).to.contain('provene-vi-skal-ta.pdf (PDF');
  });

  it('opens a form task by hand-off to where the form is filled in', async () => {
    const task = await fhirGet<Task>('/fhir/helse-bergen/Task/hb-task-01');
    const origin = new URL(task.instantiatesUri!).origin;
    const el = await loaded(session({ handoff: { allowedOrigins: [origin] } }));
    const form = await find(el, 'egenerklæringen', /^Fyll ut egenerklæringen/);
    expect(deepText(form)).to.contain('Ikke startet');
    expect(deepText(form)).to.contain('Hvilke medisiner bruker du nå?');
    const launcher = (await formLauncher(el))!;
    const navigations: string[] = [];
    launcher.navigate = (url) => void navigations.push(url);
    const start = oneEvent(el, 'hn-handoff-start');
    launcherControl(launcher).click();
    expect((await start).detail.target).to.equal(task.instantiatesUri);
    expect(navigations).to.deep.equal([task.instantiatesUri]);
  });
});
