/**
 * Reply drafts: kept per (patient, thread) so that a draft survives switching threads, unmounting
 * the element (a route change in the shell) and a failed send, and a reload of the tab.
 * Held in memory and mirrored to sessionStorage (this tab only, gone when the tab closes).
 * Only the text and the idempotency key are stored: never a token, never the session.
 */

export interface Draft {
  text: string;
  /** `urn:uuid:` made once per draft; sending it again can never make a second message. */
  key: string;
  /** A send was tried with this key, so the message may already be on the server. */
  attempted: boolean;
}

const PREFIX = 'hn-inbox:draft:';
const memory = new Map<string, Draft>();

function storageKey(patient: string, thread: string): string {
  return `${PREFIX}${patient}|${thread}`;
}

function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined; // blocked (privacy settings, sandboxed frame): memory only
  }
}

function isDraft(value: unknown): value is Draft {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v['text'] === 'string' && typeof v['key'] === 'string' && /^urn:uuid:[0-9a-f-]{36}$/.test(v['key']) && typeof v['attempted'] === 'boolean';
}

/** A random v4 UUID as a URN. Works without a secure context (crypto.randomUUID needs one). */
export function newIdempotencyKey(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function readDraft(patient: string, thread: string): Draft | undefined {
  const key = storageKey(patient, thread);
  const held = memory.get(key);
  if (held) return held;
  try {
    const raw = storage()?.getItem(key);
    const parsed: unknown = raw ? JSON.parse(raw) : undefined;
    if (isDraft(parsed)) {
      memory.set(key, parsed);
      return parsed;
    }
  } catch {
    // unreadable: no draft
  }
  return undefined;
}

/** Saves the draft; an empty draft that was never sent is removed. */
export function writeDraft(patient: string, thread: string, draft: Draft): void {
  const key = storageKey(patient, thread);
  if (!draft.text && !draft.attempted) {
    clearDraft(patient, thread);
    return;
  }
  const clean: Draft = { text: draft.text, key: draft.key, attempted: draft.attempted };
  memory.set(key, clean);
  try {
    storage()?.setItem(key, JSON.stringify(clean));
  } catch {
    // full or blocked: the in-memory copy still survives unmount
  }
}

export function clearDraft(patient: string, thread: string): void {
  const key = storageKey(patient, thread);
  memory.delete(key);
  try {
    storage()?.removeItem(key);
  } catch {
    // nothing to do
  }
}

/** The draft for a thread, or a fresh empty one with a new key. */
export function draftFor(patient: string, thread: string): Draft {
  return readDraft(patient, thread) ?? { text: '', key: newIdempotencyKey(), attempted: false };
}

/** Drops every draft (memory and this tab's sessionStorage), e.g. when the citizen logs out. */
export function clearDrafts(): void {
  memory.clear();
  const store = storage();
  if (!store) return;
  try {
    for (const key of Object.keys(store)) if (key.startsWith(PREFIX)) store.removeItem(key);
  } catch {
    // nothing to do
  }
}
