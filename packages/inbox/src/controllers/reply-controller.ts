import type { ReactiveController, ReactiveElement, TemplateResult } from 'lit';
import { sourceErrorWords, withSourceWords } from '@hn-elements/core';
import type { InboxContext } from '../context.js';
import { clearDraft, draftFor, newIdempotencyKey, readDraft, writeDraft, type Draft } from '../drafts.js';
import type { MessageSendDetail, MessageSentDetail } from '../events.js';
import { sendMessage } from '../load-inbox.js';
import { replyCommunication, withMessage, type ThreadItem } from '../model.js';

/**
 * The reply protocol. A draft is never lost: every keystroke is kept per (patient, thread) in
 * drafts.ts, through navigation, unmounting and a failed send. A send is idempotent: the draft's
 * `urn:uuid:` key goes with it (a conditional create), and after an attempt whose outcome is
 * unknown the next one first looks for the key on the server. One send per thread at a time,
 * however often the button is pressed. Only what was sent is cleared; text typed meanwhile stays.
 */
export class ReplyController implements ReactiveController {
  /** What the quiet note in the pane says, as a key: its words follow a change of language. */
  private noticeKey: 'sent' | 'sentEarlier' | 'sentEarlierEdited' | undefined;

  /** A quiet note in the pane (not an error), e.g. "your reply had already arrived", in the current language. */
  get notice(): string | undefined {
    return this.noticeKey ? this.ctx.t(this.noticeKey) : undefined;
  }
  /** The citizen tried to send an empty reply. */
  invalid = false;
  private readonly sending = new Map<string, AbortController>();
  /** Why a thread's last send failed: words made at each render, so they follow a change of language. */
  private readonly errors = new Map<string, () => TemplateResult>();

  private readonly host: ReactiveElement;
  private readonly ctx: InboxContext;

  constructor(host: ReactiveElement, ctx: InboxContext) {
    this.host = host;
    this.ctx = ctx;
    host.addController(this);
  }

  draft(thread: ThreadItem): Draft | undefined {
    return readDraft(this.ctx.patientRef, thread.key);
  }

  isSending(thread: ThreadItem): boolean {
    return this.sending.has(thread.key);
  }

  /** Why the last send of this thread failed, in words (the source's name in its language). */
  error(thread: ThreadItem): TemplateResult | undefined {
    return this.errors.get(thread.key)?.();
  }

  /** Another item is on show. Sends keep going: they belong to their thread. */
  reset(): void {
    this.noticeKey = undefined;
    this.invalid = false;
  }

  /** A thread was opened: a draft whose key is already on one of its messages was sent, and goes. */
  reconcile(thread: ThreadItem): void {
    const patient = this.ctx.patientRef;
    const draft = readDraft(patient, thread.key);
    if (!draft?.attempted) return;
    const landed = thread.messages.find((m) => m.idempotencyKeys.includes(draft.key));
    if (!landed) return;
    const landedText = landed.body.find((b) => b.kind === 'text');
    if (landedText?.kind === 'text' && landedText.text.trim() !== draft.text.trim()) {
      writeDraft(patient, thread.key, { text: draft.text, key: newIdempotencyKey(), attempted: false });
    } else {
      clearDraft(patient, thread.key);
    }
  }

  /** Keeps what the citizen typed. */
  input(thread: ThreadItem, text: string): void {
    const draft = draftFor(this.ctx.patientRef, thread.key);
    writeDraft(this.ctx.patientRef, thread.key, { ...draft, text });
    if (this.invalid && text.trim()) {
      this.invalid = false;
      this.host.requestUpdate();
    }
  }

  /** Drops a thread's draft (the host sent it itself). */
  discard(threadKey: string): void {
    clearDraft(this.ctx.patientRef, threadKey);
    this.host.requestUpdate();
  }

  async send(thread: ThreadItem): Promise<void> {
    const key = thread.key;
    if (this.sending.has(key)) return; // one send at a time per thread, however often it is clicked
    const session = this.ctx.session;
    const source = this.ctx.sourceOf(thread);
    if (!session || !source) return;
    const patient = this.ctx.patientRef;
    const draft = draftFor(patient, key);
    const text = draft.text.trim();
    if (!text) {
      this.invalid = true;
      this.host.requestUpdate();
      await this.host.updateComplete;
      this.host.renderRoot.querySelector<HTMLTextAreaElement>('#reply-text')?.focus();
      return;
    }
    const communication = replyCommunication(thread, text, { patient: session.patient, actor: session.actor }, new Date());
    const proceed = this.ctx.emit<MessageSendDetail>(
      'hn-message-send',
      { key, sourceId: thread.sourceId, communication, idempotencyKey: draft.key },
      { cancelable: true },
    );
    if (!proceed) return;
    const controller = new AbortController();
    this.sending.set(key, controller);
    this.errors.delete(key);
    this.noticeKey = undefined;
    this.invalid = false;
    this.host.requestUpdate();
    // From here the message may reach the server whatever happens next: a retry must look first.
    writeDraft(patient, key, { ...draft, attempted: true });
    try {
      const result = await sendMessage(source, communication, draft.key, {
        signal: controller.signal,
        timeoutMs: this.ctx.requestTimeout,
        searchFirst: draft.attempted,
      });
      const landed = result.communication.payload?.find((p) => typeof p.contentString === 'string')?.contentString?.trim();
      // What is in the form now may be more than what went (typed while sending, or changed after
      // an attempt that had got through): that stays, as a new draft. Only what went is cleared.
      const inForm = readDraft(patient, key)?.text ?? '';
      const edited = !result.created && landed !== undefined && landed !== text;
      if (inForm.trim() && inForm.trim() !== (landed ?? text)) writeDraft(patient, key, { text: inForm, key: newIdempotencyKey(), attempted: false });
      else clearDraft(patient, key);
      const current = this.ctx.thread(key);
      if (current) this.ctx.replaceItem(withMessage(current, result.communication, thread.sourceId));
      const said = edited ? 'sentEarlierEdited' : result.created ? 'sent' : 'sentEarlier';
      if (this.ctx.selected === key) this.noticeKey = said;
      this.ctx.announce(() => this.ctx.t(said));
      this.ctx.emit<MessageSentDetail>('hn-message-sent', { key, sourceId: thread.sourceId, communication: result.communication, created: result.created });
    } catch (error) {
      if (controller.signal.aborted) return;
      this.ctx.reportAuthRequired([error]);
      this.errors.set(key, () => withSourceWords((params) => this.ctx.t('sendFailed', params), { reason: sourceErrorWords(error, source, this.ctx.locale) }, [], ''));
    } finally {
      if (this.sending.get(key) === controller) this.sending.delete(key);
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    for (const controller of this.sending.values()) controller.abort();
    this.sending.clear();
  }
}
