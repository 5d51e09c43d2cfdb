import type { Communication, DocumentReference, Resource } from '@hn-elements/core';
import { conceptText, htmlToText, isRecord, parseFhirDateTime, readText, referenceDisplay, referenceType, resolveReference } from '@hn-elements/core';
import { decodeBase64Text } from '@hn-elements/core';
import { attachmentView } from './attachments.js';
import { keyPrefix, referenceOf } from './shared.js';
import { IDEMPOTENCY_SYSTEM, THREAD_ID_SYSTEM, type AttachmentView, type BodyPart, type MessageView, type SourceInfo, type ThreadItem } from './types.js';

// Messages (Communication) and how they make threads: who sent a message, whether it is unread,
// its body and attachments; replies, parts and shared thread ids joined into one thread.

export const HIDDEN_MESSAGE: readonly string[] = ['entered-in-error', 'preparation', 'not-done'];
export const KNOWN_MESSAGE: readonly string[] = ['in-progress', 'on-hold', 'stopped', 'completed', 'unknown', ...HIDDEN_MESSAGE];

/** Sent by the citizen's side: the patient, or a related person (parent, attorney). */
export function isFromCitizen(communication: Communication): boolean {
  const type = referenceType(referenceOf(communication.sender));
  return type === 'Patient' || type === 'RelatedPerson';
}

/** Unread: to the citizen and without `received`. The citizen's own messages are never unread. */
export function isUnread(communication: Communication): boolean {
  return !isFromCitizen(communication) && parseFhirDateTime(communication.received) === undefined;
}

function threadIdentifierOf(communication: Communication): string | undefined {
  const list = Array.isArray(communication.identifier) ? communication.identifier : [];
  return list.map((i) => (isRecord(i) && i.system === THREAD_ID_SYSTEM ? readText(i.value) : undefined)).find(Boolean);
}

function idempotencyKeysOf(communication: Communication): string[] {
  const list = Array.isArray(communication.identifier) ? communication.identifier : [];
  return list.flatMap((i) => (isRecord(i) && i.system === IDEMPOTENCY_SYSTEM && readText(i.value) ? [i.value as string] : []));
}

/** `Communication/<id>` references in a list (absolute ones too) -> ids. */
function communicationIds(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((ref) => {
    const reference = referenceOf(ref);
    const match = reference ? /(?:^|\/)Communication\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/[^/]+)?$/.exec(reference) : null;
    return match ? [match[1]!] : [];
  });
}

export function messageView(communication: Communication, sent: Date, index: ReadonlyMap<string, Resource>, sourceKey: string): MessageView {
  const body: BodyPart[] = [];
  const attachments: AttachmentView[] = [];
  const payload = Array.isArray(communication.payload) ? communication.payload : [];
  payload.forEach((part, position) => {
    if (!isRecord(part)) return;
    const id = `${sourceKey}/${communication.id}/${position}`;
    const content = readText(part.contentString);
    if (content) {
      body.push({ kind: 'text', text: content });
      return;
    }
    if (isRecord(part.contentAttachment)) {
      const view = attachmentView(id, part.contentAttachment);
      if (view) attachments.push(view);
      return;
    }
    const reference = referenceOf(part.contentReference);
    if (reference) {
      const document = resolveReference<DocumentReference>(index, reference, 'DocumentReference');
      const first = Array.isArray(document?.content) ? document.content[0]?.attachment : undefined;
      const view = document
        ? attachmentView(id, first, readText(document.description) ?? conceptText(document.type))
        : undefined;
      attachments.push(
        view ?? {
          id,
          title: readText((part.contentReference as { display?: unknown }).display) ?? '',
          contentType: '',
          format: 'other',
          unavailable: true,
        },
      );
    }
  });
  // An HTML attachment without a text part is the body itself, shown in place (sanitised).
  if (body.length === 0) {
    const html = attachments.find((a) => a.format === 'html' && a.data);
    const decoded = html?.data ? decodeBase64Text(html.data) : undefined;
    if (html && decoded !== undefined) {
      body.push({ kind: 'html', html: decoded });
      attachments.splice(attachments.indexOf(html), 1);
    }
  }
  return {
    id: communication.id!,
    sent,
    from: referenceDisplay(communication.sender, index, communication) ?? '',
    fromCitizen: isFromCitizen(communication),
    unread: isUnread(communication),
    body,
    attachments,
    idempotencyKeys: idempotencyKeysOf(communication),
    resource: communication,
  };
}

/** A body part as plain text (HTML read by core's `htmlToText`): previews, search, first lines. */
export function plain(part: BodyPart): string {
  return part.kind === 'text' ? part.text : htmlToText(part.html);
}

/** Union-find over message ids, so that replies, parts and shared thread ids end in one thread. */
class Groups {
  private readonly parent = new Map<string, string>();
  find(id: string): string {
    let root = id;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    let node = id;
    while (node !== root) {
      const next = this.parent.get(node)!;
      this.parent.set(node, root);
      node = next;
    }
    if (!this.parent.has(root)) this.parent.set(root, root);
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
}

export function threadsOf(
  messages: { view: MessageView; communication: Communication }[],
  index: ReadonlyMap<string, Resource>,
  source: SourceInfo | undefined,
): ThreadItem[] {
  const groups = new Groups();
  const ids = new Set(messages.map((m) => m.view.id));
  const byThreadId = new Map<string, string>();
  for (const { view, communication } of messages) {
    groups.find(view.id);
    for (const other of [...communicationIds(communication.inResponseTo), ...communicationIds(communication.partOf)]) {
      if (ids.has(other)) groups.union(view.id, other);
    }
    const threadId = threadIdentifierOf(communication);
    if (threadId) {
      const first = byThreadId.get(threadId);
      if (first) groups.union(view.id, first);
      else byThreadId.set(threadId, view.id);
    }
  }
  const grouped = new Map<string, { view: MessageView; communication: Communication }[]>();
  for (const message of messages) {
    const root = groups.find(message.view.id);
    const list = grouped.get(root);
    if (list) list.push(message);
    else grouped.set(root, [message]);
  }
  const prefix = keyPrefix(source);
  const threads: ThreadItem[] = [];
  for (const members of grouped.values()) {
    members.sort((a, b) => a.view.sent.getTime() - b.view.sent.getTime() || (a.view.id < b.view.id ? -1 : 1));
    const views = members.map((m) => m.view);
    const first = members[0]!;
    const newest = views.at(-1)!;
    const threadIdentifier = members
      .map((m) => threadIdentifierOf(m.communication))
      .filter((v): v is string => v !== undefined)
      .sort()[0];
    const id = threadIdentifier ?? first.view.id;
    const topic = members.map((m) => readText(m.communication.topic?.text)).find(Boolean);
    const firstLine = plain(first.view.body[0] ?? { kind: 'text', text: '' }).split('\n')[0]!.slice(0, 80);
    const title = topic ?? (firstLine || conceptText(first.communication.category?.[0]) || '');
    const inbound = [...members].reverse().find((m) => !m.view.fromCitizen);
    // The other side: whoever wrote the newest message to the citizen. When that sender cannot be
    // named (a device, an identifier only), the source it came from stands in; never the recipient,
    // who is the citizen. Only a thread the citizen started is named after its recipient.
    const counterpart = inbound
      ? inbound.view.from || source?.name || ''
      : referenceDisplay(Array.isArray(first.communication.recipient) ? first.communication.recipient[0] : undefined, index, first.communication) || '';
    const attachmentCount = views.reduce((sum, m) => sum + m.attachments.length, 0);
    const bodyText = views.map((m) => m.body.map(plain).join(' ')).join(' ');
    const replyTarget = inbound?.communication.sender;
    threads.push({
      key: `${prefix}/message/${id}`,
      kind: 'message',
      id,
      sourceId: source?.id ?? '',
      sourceName: source?.name ?? '',
      title,
      from: counterpart,
      date: newest.sent,
      unread: views.some((m) => m.unread),
      attachmentCount,
      searchText: [title, ...views.map((m) => m.from), bodyText, source?.name ?? '', ...views.flatMap((m) => m.attachments.map((a) => a.title))]
        .join(' ')
        .toLowerCase(),
      messages: views,
      ...(threadIdentifier ? { threadIdentifier } : {}),
      ...(topic ? { topic } : {}),
      ...(isRecord(replyTarget) && referenceOf(replyTarget)
        ? { replyTo: { reference: referenceOf(replyTarget)!, ...(inbound?.view.from ? { display: inbound.view.from } : {}) } as ThreadItem['replyTo'] }
        : {}),
      ...(inbound ? { replyToMessageId: inbound.view.id } : {}),
      preview: plain(newest.body[0] ?? { kind: 'text', text: '' }).replace(/\s+/g, ' ').slice(0, 140),
    });
  }
  return threads;
}


/** DocumentReference ids that messages point at but that are not among `resources`. */
export function missingAttachmentIds(resources: readonly Resource[]): string[] {
  const have = new Set(resources.filter((r) => r.resourceType === 'DocumentReference').map((r) => r.id));
  const wanted = new Set<string>();
  for (const resource of resources) {
    if (resource.resourceType !== 'Communication') continue;
    for (const part of (resource as Communication).payload ?? []) {
      const reference = isRecord(part) ? referenceOf(part.contentReference) : undefined;
      const match = reference ? /^DocumentReference\/([A-Za-z0-9\-.]{1,64})$/.exec(reference) : null;
      if (match && !have.has(match[1]!)) wanted.add(match[1]!);
    }
  }
  return [...wanted];
}
