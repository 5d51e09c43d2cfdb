import type { Communication, DocumentReference, Task } from '@hn-elements/core';
import type { ResourceProblem } from '@hn-elements/core';

// What the inbox shows, as plain data: the view model every other model file produces and the
// element renders. No FHIR reading here.

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

export interface ItemBase {
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
