import type { Communication } from '@hn-elements/core';
import { parseFhirDateTime } from '@hn-elements/core';
import { isUnread, messageView, plain } from './threads.js';
import { THREAD_ID_SYSTEM, type ThreadItem } from './types.js';

// Writing: the Communication a reply sends, the resource that marks a message read, and the thread
// as it is after either (the server's copies replace ours).

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
