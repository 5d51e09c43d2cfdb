import type {
  Attachment,
  Communication,
  DocumentReference,
  Questionnaire,
  QuestionnaireItem,
  Resource,
  Task,
} from '@hn-elements/core';
import { conceptText, documentKind, indexByReference, readText, referenceDisplay, isRecord, parseFhirDateTime, resolveReference, type ResourceProblem } from '@hn-elements/core';

/** Identifier system the seed data and other sources use to name a thread of messages. */
export const THREAD_ID_SYSTEM = 'urn:hn-elements:thread';
/** Identifier system of the client-made `urn:uuid:` that makes sending a reply idempotent. */
export const IDEMPOTENCY_SYSTEM = 'urn:ietf:rfc:3986';

export type InboxKind = 'message' | 'form' | 'letter';

/** What the citizen is told about a form task. */
export type FormStatus = 'not-started' | 'started' | 'done' | 'cancelled';

export type AttachmentFormat = 'pdf' | 'html' | 'text' | 'image' | 'other';

export interface SourceInfo {
  id: string;
  name: string;
}

/** One file: in a message, behind a message's reference, or the content of a letter. */
export interface AttachmentView {
  /** Unique within its item, for blob URLs and fetch state. */
  id: string;
  /** File name or title, as the source gives it (never used as a path). */
  title: string;
  /** Base media type, lower case, e.g. `application/pdf`. */
  contentType: string;
  format: AttachmentFormat;
  /** Bytes: `attachment.size`, else worked out from `data`. */
  size?: number;
  /** Base64 content when the source sent it inline. */
  data?: string;
  /** `attachment.url` as the source gave it; resolved (and checked) only when fetched. */
  url?: string;
  /** True when the message points at a document the source did not give us. */
  unavailable?: boolean;
}

export type BodyPart = { kind: 'text'; text: string } | { kind: 'html'; html: string };

export interface MessageView {
  id: string;
  sent: Date;
  /** Sender's name as the source gives it; '' when unknown. */
  from: string;
  /** Sent by the citizen's side (a Patient or RelatedPerson). */
  fromCitizen: boolean;
  /** To the citizen, and not yet `received`. */
  unread: boolean;
  body: BodyPart[];
  attachments: AttachmentView[];
  /** `urn:uuid:` identifiers the client made when sending: recognises a draft that was sent. */
  idempotencyKeys: string[];
  resource: Communication;
}

interface ItemBase {
  /** Unique across sources: `<sourceId>/<kind>/<id>`. */
  key: string;
  kind: InboxKind;
  id: string;
  sourceId: string;
  /** For attribution ("Fra Helse Bergen"); '' in bundle mode when nothing names the source. */
  sourceName: string;
  title: string;
  /** Who it is from, as the source names them; '' when unknown. */
  from: string;
  /** Latest activity: the newest message, the task's date, the letter's date. */
  date: Date;
  unread: boolean;
  attachmentCount: number;
  /** Lower-case text the search looks through: subject, sender, body, attachment names. */
  searchText: string;
}

export interface ThreadItem extends ItemBase {
  kind: 'message';
  /** Oldest first. */
  messages: MessageView[];
  /** The thread identifier (system `urn:hn-elements:thread`) when the source uses one. */
  threadIdentifier?: string;
  topic?: string;
  /** Where a reply goes: the sender of the newest message from the other side. */
  replyTo?: NonNullable<Communication['recipient']>[number];
  /** The message a reply answers (`inResponseTo`). */
  replyToMessageId?: string;
  /** The start of the newest message, for the list. */
  preview: string;
}

export interface QuestionView {
  text: string;
  type: string;
  required: boolean;
  options: string[];
  items: QuestionView[];
}

export interface QuestionnaireSummary {
  title?: string;
  description?: string;
  publisher?: string;
  items: QuestionView[];
}

/** A hand-off target for "open the form": performed by <hn-handoff-launcher>, which checks the allowlist. */
export interface FormLink {
  href: string;
}

export interface FormItem extends ItemBase {
  kind: 'form';
  status: FormStatus;
  /** Task.status as the source has it. */
  taskStatus: NonNullable<Task['status']>;
  statusReason?: string;
  due?: Date;
  link?: FormLink;
  questionnaire?: QuestionnaireSummary;
  resource: Task;
}

export interface LetterItem extends ItemBase {
  kind: 'letter';
  type?: string;
  attachments: AttachmentView[];
  resource: DocumentReference;
}

export type InboxItem = ThreadItem | FormItem | LetterItem;

export interface MappedInbox {
  items: InboxItem[];
  problems: ResourceProblem[];
}

// ---- small readers ---------------------------------------------------------------------------


/** Bytes in a base64 string, without decoding it. */
export function base64Size(data: string): number {
  const clean = data.replace(/\s/g, '');
  const padding = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0;
  return Math.max(0, Math.floor((clean.length * 3) / 4) - padding);
}

/** Base64 -> bytes; undefined when it is not base64. */
export function decodeBase64(data: string): Uint8Array | undefined {
  try {
    const binary = atob(data.replace(/\s/g, ''));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return undefined;
  }
}

/** Base64 -> text (UTF-8); undefined when it cannot be read. */
export function decodeBase64Text(data: string): string | undefined {
  const bytes = decodeBase64(data);
  if (!bytes) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Text of an HTML string for searching only (never rendered): tags and entities dropped crudely. */
export function htmlToSearchText(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function baseType(contentType: unknown): string {
  return typeof contentType === 'string' ? contentType.split(';')[0]!.trim().toLowerCase() : '';
}

function formatOf(contentType: string): AttachmentFormat {
  if (contentType === 'application/pdf') return 'pdf';
  if (contentType === 'text/html' || contentType === 'application/xhtml+xml') return 'html';
  if (contentType === 'text/plain') return 'text';
  if (contentType.startsWith('image/')) return 'image';
  return 'other';
}

function attachmentView(id: string, attachment: Attachment | undefined, fallbackTitle?: string): AttachmentView | undefined {
  if (!isRecord(attachment)) return undefined;
  const contentType = baseType(attachment.contentType);
  const data = typeof attachment.data === 'string' && attachment.data ? attachment.data : undefined;
  const url = typeof attachment.url === 'string' && attachment.url.trim() ? attachment.url.trim() : undefined;
  const declared = typeof attachment.size === 'number' && Number.isFinite(attachment.size) && attachment.size >= 0 ? attachment.size : undefined;
  return {
    id,
    title: readText(attachment.title) ?? fallbackTitle ?? '',
    contentType,
    format: formatOf(contentType),
    size: declared ?? (data ? base64Size(data) : undefined),
    ...(data ? { data } : {}),
    ...(url ? { url } : {}),
    ...(!data && !url ? { unavailable: true } : {}),
  };
}

function referenceOf(value: unknown): string | undefined {
  return isRecord(value) ? readText(value['reference']) : undefined;
}

function referenceType(reference: string | undefined): string | undefined {
  const match = reference ? /(?:^|\/)([A-Z][A-Za-z]+)\/[A-Za-z0-9\-.]{1,64}(?:\/_history\/[^/]+)?$/.exec(reference) : null;
  return match?.[1];
}



const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The form's deep link when it is an absolute https URL (http only for a loopback host: the
 * playground). Anything else (javascript:, data:, relative, credentials ...) is dropped here; the
 * launcher then checks the origin against the session's allowlist and refuses the rest visibly.
 */
export function formLinkOf(value: unknown): FormLink | undefined {
  if (typeof value !== 'string') return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
  if (!secure || url.username || url.password) return undefined;
  return { href: url.href };
}

function problemFor(index: number, resource: Resource, reason: string): ResourceProblem {
  return { index, resourceType: resource.resourceType, id: typeof resource.id === 'string' ? resource.id : undefined, reason };
}

function keyPrefix(source: SourceInfo | undefined): string {
  return source?.id ?? 'bundle';
}

// ---- messages and threads --------------------------------------------------------------------

const HIDDEN_MESSAGE: readonly string[] = ['entered-in-error', 'preparation', 'not-done'];
const KNOWN_MESSAGE: readonly string[] = ['in-progress', 'on-hold', 'stopped', 'completed', 'unknown', ...HIDDEN_MESSAGE];

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

function messageView(communication: Communication, sent: Date, index: ReadonlyMap<string, Resource>, sourceKey: string): MessageView {
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

function plain(part: BodyPart): string {
  return part.kind === 'text' ? part.text : htmlToSearchText(part.html);
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

function threadsOf(
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

// ---- form tasks ------------------------------------------------------------------------------

const FORM_STATUS: Record<string, FormStatus | 'hidden'> = {
  draft: 'hidden',
  'entered-in-error': 'hidden',
  requested: 'not-started',
  received: 'not-started',
  accepted: 'not-started',
  ready: 'not-started',
  'in-progress': 'started',
  'on-hold': 'started',
  completed: 'done',
  cancelled: 'cancelled',
  rejected: 'cancelled',
  failed: 'cancelled',
};

/** Task.status -> what the citizen is told. Unknown codes give undefined. */
export function formStatusOf(status: unknown): FormStatus | 'hidden' | undefined {
  return typeof status === 'string' ? FORM_STATUS[status] : undefined;
}

const MAX_QUESTIONS = 300;
const MAX_DEPTH = 6;

function questionsOf(items: unknown, depth: number, budget: { left: number }): QuestionView[] {
  if (!Array.isArray(items) || depth > MAX_DEPTH) return [];
  const result: QuestionView[] = [];
  for (const raw of items as QuestionnaireItem[]) {
    if (budget.left <= 0) break;
    if (!isRecord(raw)) continue;
    budget.left -= 1;
    const answerOptions: unknown[] = Array.isArray(raw.answerOption) ? raw.answerOption : [];
    const options = answerOptions.length
      ? answerOptions
          .map((o) => {
            if (!isRecord(o)) return undefined;
            const coding = isRecord(o['valueCoding']) ? o['valueCoding'] : {};
            return readText(coding['display']) ?? readText(o['valueString']) ?? readText(coding['code']);
          })
          .filter((o): o is string => o !== undefined)
      : [];
    result.push({
      text: readText(raw.text) ?? '',
      type: typeof raw.type === 'string' ? raw.type : '',
      required: raw.required === true,
      options,
      items: questionsOf(raw.item, depth + 1, budget),
    });
  }
  return result;
}

export function questionnaireSummary(questionnaire: Questionnaire): QuestionnaireSummary {
  return {
    ...(readText(questionnaire.title) ? { title: readText(questionnaire.title)! } : {}),
    ...(readText(questionnaire.description) ? { description: readText(questionnaire.description)! } : {}),
    ...(readText(questionnaire.publisher) ? { publisher: readText(questionnaire.publisher)! } : {}),
    items: questionsOf(questionnaire.item, 0, { left: MAX_QUESTIONS }),
  };
}

function canonicalParts(value: unknown): { url: string; version?: string } | undefined {
  const raw = readText(value);
  if (!raw) return undefined;
  const [url, version] = raw.split('|');
  return url ? { url, ...(version ? { version } : {}) } : undefined;
}

/** The Questionnaire a Task asks the citizen to fill in: `focus`, else `instantiatesCanonical` matched on `url`. */
export function questionnaireFor(task: Task, resources: readonly Resource[], index: ReadonlyMap<string, Resource>): Questionnaire | undefined {
  const byFocus = resolveReference<Questionnaire>(index, referenceOf(task.focus), 'Questionnaire');
  if (byFocus) return byFocus;
  const canonical = canonicalParts(task.instantiatesCanonical);
  if (!canonical) return undefined;
  const matches = resources.filter(
    (r): r is Questionnaire => r.resourceType === 'Questionnaire' && (r as Questionnaire).url === canonical.url,
  );
  return matches.find((q) => canonical.version === undefined || q.version === canonical.version) ?? matches[0];
}

/** Canonical URLs (without version) of forms that Tasks name but that are not among `resources`. */
export function missingQuestionnaireUrls(resources: readonly Resource[]): string[] {
  const index = indexByReference(resources);
  const urls = new Set<string>();
  for (const resource of resources) {
    if (resource.resourceType !== 'Task') continue;
    const task = resource as Task;
    if (questionnaireFor(task, resources, index)) continue;
    const canonical = canonicalParts(task.instantiatesCanonical);
    if (canonical) urls.add(canonical.url);
  }
  return [...urls];
}

function formItem(task: Task, status: FormStatus, date: Date, resources: readonly Resource[], index: ReadonlyMap<string, Resource>, source: SourceInfo | undefined): FormItem {
  const questionnaire = questionnaireFor(task, resources, index);
  const summary = questionnaire ? questionnaireSummary(questionnaire) : undefined;
  const description = readText(task.description);
  const title = description ?? summary?.title ?? conceptText(task.code) ?? '';
  const from = referenceDisplay(task.requester, index, task) ?? '';
  const due = parseFhirDateTime(task.restriction?.period?.end);
  const link = formLinkOf(task.instantiatesUri);
  return {
    key: `${keyPrefix(source)}/form/${task.id}`,
    kind: 'form',
    id: task.id!,
    sourceId: source?.id ?? '',
    sourceName: source?.name ?? '',
    title,
    from,
    date,
    unread: false,
    attachmentCount: 0,
    searchText: [title, summary?.title ?? '', from, source?.name ?? '', summary?.description ?? ''].join(' ').toLowerCase(),
    status,
    taskStatus: task.status,
    ...(readText(task.statusReason?.text) ? { statusReason: readText(task.statusReason?.text)! } : {}),
    ...(due ? { due } : {}),
    ...(link ? { link } : {}),
    ...(summary ? { questionnaire: summary } : {}),
    resource: task,
  };
}

// ---- letters ---------------------------------------------------------------------------------

/** A letter for the inbox: core's `documentKind` rule, shared with the journal viewer. */
export function isLetter(document: DocumentReference): boolean {
  return documentKind(document) === 'letter';
}

function letterItem(document: DocumentReference, date: Date, index: ReadonlyMap<string, Resource>, source: SourceInfo | undefined): LetterItem {
  const prefix = `${keyPrefix(source)}/letter/${document.id}`;
  const contents = Array.isArray(document.content) ? document.content : [];
  const attachments = contents
    .map((c, position) => attachmentView(`${prefix}/${position}`, isRecord(c) ? c.attachment : undefined))
    .filter((a): a is AttachmentView => a !== undefined);
  const type = conceptText(document.type);
  const title = readText(document.description) ?? attachments[0]?.title ?? type ?? '';
  const author = Array.isArray(document.author) ? document.author[0] : undefined;
  const from = referenceDisplay(author, index, document) ?? referenceDisplay(document.custodian, index, document) ?? '';
  const sourceName = source?.name ?? referenceDisplay(document.custodian, index, document) ?? '';
  return {
    key: prefix,
    kind: 'letter',
    id: document.id!,
    sourceId: source?.id ?? '',
    sourceName,
    title,
    from,
    date,
    unread: false,
    attachmentCount: attachments.length,
    searchText: [title, type ?? '', from, sourceName, ...attachments.map((a) => a.title)].join(' ').toLowerCase(),
    ...(type && type !== title ? { type } : {}),
    attachments,
    resource: document,
  };
}

// ---- everything ------------------------------------------------------------------------------

/**
 * FHIR resources from one source (Communications, Tasks, Questionnaires, DocumentReferences) ->
 * inbox items. Resources that cannot be shown truthfully become problems; resources that are not
 * for the citizen (drafts, data-entry errors, documents that are not letters) are left out.
 */
export function toInboxItems(resources: readonly Resource[], source: SourceInfo | undefined): MappedInbox {
  const index = indexByReference(resources);
  const problems: ResourceProblem[] = [];
  const items: InboxItem[] = [];
  const messages: { view: MessageView; communication: Communication }[] = [];
  const sourceKey = keyPrefix(source);
  resources.forEach((resource, position) => {
    switch (resource.resourceType) {
      case 'Communication': {
        const communication = resource as Communication;
        if (typeof communication.id !== 'string') return void problems.push(problemFor(position, resource, 'missing id'));
        if (!KNOWN_MESSAGE.includes(communication.status)) return void problems.push(problemFor(position, resource, 'unknown status'));
        if (HIDDEN_MESSAGE.includes(communication.status)) return;
        const sent = parseFhirDateTime(communication.sent);
        if (!sent) return void problems.push(problemFor(position, resource, 'missing or invalid sent'));
        messages.push({ view: messageView(communication, sent, index, sourceKey), communication });
        return;
      }
      case 'Task': {
        const task = resource as Task;
        if (typeof task.id !== 'string') return void problems.push(problemFor(position, resource, 'missing id'));
        const status = formStatusOf(task.status);
        if (!status) return void problems.push(problemFor(position, resource, 'unknown status'));
        if (status === 'hidden') return;
        const date = parseFhirDateTime(task.authoredOn) ?? parseFhirDateTime(task.lastModified);
        if (!date) return void problems.push(problemFor(position, resource, 'missing authoredOn'));
        items.push(formItem(task, status, date, resources, index, source));
        return;
      }
      case 'DocumentReference': {
        const document = resource as DocumentReference;
        if (!isLetter(document)) return;
        if (typeof document.id !== 'string') return void problems.push(problemFor(position, resource, 'missing id'));
        if (document.status === 'entered-in-error' || document.status === 'superseded') return;
        const first = Array.isArray(document.content) ? document.content[0]?.attachment : undefined;
        const date = parseFhirDateTime(document.date) ?? parseFhirDateTime(first?.creation);
        if (!date) return void problems.push(problemFor(position, resource, 'missing date'));
        items.push(letterItem(document, date, index, source));
        return;
      }
      default:
        return;
    }
  });
  items.push(...threadsOf(messages, index, source));
  return { items, problems };
}

/** Newest first; equal dates by key, so the order is stable. */
export function sortInbox(items: readonly InboxItem[]): InboxItem[] {
  return [...items].sort((a, b) => b.date.getTime() - a.date.getTime() || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
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

// ---- search and filter -----------------------------------------------------------------------

export interface InboxFilter {
  /** Free text; every word must occur (in any order). */
  query: string;
  unreadOnly: boolean;
  kind: InboxKind | 'all';
  sourceId: string | 'all';
}

export const NO_FILTER: InboxFilter = { query: '', unreadOnly: false, kind: 'all', sourceId: 'all' };

export function isFiltered(filter: InboxFilter): boolean {
  return filter.query.trim() !== '' || filter.unreadOnly || filter.kind !== 'all' || filter.sourceId !== 'all';
}

export function filterInbox(items: readonly InboxItem[], filter: InboxFilter): InboxItem[] {
  const words = filter.query.toLowerCase().split(/\s+/).filter(Boolean);
  return items.filter(
    (item) =>
      (!filter.unreadOnly || item.unread) &&
      (filter.kind === 'all' || item.kind === filter.kind) &&
      (filter.sourceId === 'all' || item.sourceId === filter.sourceId) &&
      words.every((word) => item.searchText.includes(word)),
  );
}

// ---- writing ---------------------------------------------------------------------------------

export interface ReplyContext {
  /** Whose inbox: the Communication's subject. */
  patient: { reference: string; name: string };
  /** Who writes: the logged-in citizen (acting for `patient` when they differ). */
  actor: { reference: string; name: string };
}

/**
 * The Communication a reply POSTs: in the same thread (same thread identifier, topic and
 * category), `inResponseTo` the newest message from the other side, to its sender.
 * The idempotency identifier is added by `FhirClient.create`.
 */
export function replyCommunication(thread: ThreadItem, text: string, context: ReplyContext, now: Date): Communication {
  const root = thread.messages[0]?.resource;
  return {
    resourceType: 'Communication',
    ...(thread.threadIdentifier ? { identifier: [{ system: THREAD_ID_SYSTEM, value: thread.threadIdentifier }] } : {}),
    status: 'completed',
    ...(Array.isArray(root?.category) ? { category: root.category } : {}),
    subject: { reference: context.patient.reference, display: context.patient.name },
    ...(thread.topic ? { topic: { text: thread.topic } } : {}),
    ...(thread.replyToMessageId ? { inResponseTo: [{ reference: `Communication/${thread.replyToMessageId}` }] } : {}),
    sender: { reference: context.actor.reference, display: context.actor.name },
    ...(thread.replyTo ? { recipient: [thread.replyTo] } : {}),
    sent: now.toISOString(),
    payload: [{ contentString: text }],
  };
}

/** The resource to PUT when marking read: `received` set, nothing else touched. */
export function readCommunication(communication: Communication, now: Date): Communication {
  return { ...communication, received: now.toISOString() };
}

/** A message the server accepted, placed into its thread (the server's copy, not what was sent). */
export function withMessage(thread: ThreadItem, communication: Communication, sourceKey: string): ThreadItem {
  const sent = parseFhirDateTime(communication.sent) ?? new Date();
  const view = messageView(communication, sent, new Map(), sourceKey);
  if (thread.messages.some((m) => m.id === view.id)) return thread;
  const messages = [...thread.messages, view].sort((a, b) => a.sent.getTime() - b.sent.getTime());
  return {
    ...thread,
    messages,
    date: messages.at(-1)!.sent,
    preview: plain(messages.at(-1)!.body[0] ?? { kind: 'text', text: '' }).replace(/\s+/g, ' ').slice(0, 140),
    searchText: `${thread.searchText} ${view.body.map(plain).join(' ').toLowerCase()}`,
  };
}

/** A thread after some of its messages were saved as read: the server's copies replace ours. */
export function withReadMessages(thread: ThreadItem, saved: readonly Communication[]): ThreadItem {
  const byId = new Map(saved.map((c) => [c.id, c]));
  const messages = thread.messages.map((m) => {
    const answer = byId.get(m.id);
    return answer ? { ...m, resource: answer, unread: isUnread(answer) } : m;
  });
  return { ...thread, messages, unread: messages.some((m) => m.unread) };
}

/** Marks messages read locally (bundle mode, or a host that took over). */
export function withLocallyRead(thread: ThreadItem, now: Date): ThreadItem {
  return withReadMessages(
    thread,
    thread.messages.filter((m) => m.unread).map((m) => readCommunication(m.resource, now)),
  );
}
