import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { sourceErrorWords, withSourceWords, type Communication } from '@hn-elements/core';
import type { InboxContext } from '../context.js';
import type { MessageReadDetail } from '../events.js';
import { markRead } from '../load-inbox.js';
import { withLocallyRead, withReadMessages, type ThreadItem } from '../model.js';

/**
 * Read state: a thread's unread messages are marked read when it is opened — on the source
 * (`received` set, PUT with If-Match, see load-inbox.ts), or only on show when the host takes over
 * (`hn-message-read` cancelled) or the data is a bundle. Tried once per thread and load; a failure
 * is shown in the pane with a retry.
 */
export class ReadController implements ReactiveController {
  /** The failure shown in the pane, in words. */
  error: (() => TemplateResult) | undefined;
  private readonly tried = new Set<string>();
  private work = new AbortController();

  private readonly host: ReactiveControllerHost;
  private readonly ctx: InboxContext;

  constructor(host: ReactiveControllerHost, ctx: InboxContext) {
    this.host = host;
    this.ctx = ctx;
    host.addController(this);
  }

  /** True when this thread should be marked read now (it is unread and was not tried since the last load). */
  wants(thread: ThreadItem): boolean {
    return thread.unread && !this.tried.has(thread.key);
  }

  /** Another item is on show: what was under way for the previous one stops; its error goes. */
  reset(): void {
    this.work.abort();
    this.work = new AbortController();
    this.error = undefined;
  }

  /** A reload: every thread may be tried again. */
  forget(): void {
    this.tried.clear();
  }

  async markRead(thread: ThreadItem): Promise<void> {
    const ids = thread.messages.filter((m) => m.unread).map((m) => m.id);
    if (ids.length === 0 || this.tried.has(thread.key)) return;
    this.tried.add(thread.key);
    const proceed = this.ctx.emit<MessageReadDetail>('hn-message-read', { key: thread.key, sourceId: thread.sourceId, ids }, { cancelable: true });
    const source = this.ctx.sourceOf(thread);
    if (!proceed || !source) {
      this.ctx.replaceItem(withLocallyRead(thread, new Date()));
      return;
    }
    const signal = this.work.signal;
    try {
      const saved = await markRead(source, ids, new Date(), { signal, timeoutMs: this.ctx.requestTimeout });
      const current = this.ctx.thread(thread.key);
      if (current) this.ctx.replaceItem(withReadMessages(current, saved));
      this.error = undefined;
    } catch (error) {
      if (signal.aborted) return;
      const saved = (error as { saved?: Communication[] }).saved ?? [];
      const current = this.ctx.thread(thread.key);
      if (current && saved.length) this.ctx.replaceItem(withReadMessages(current, saved));
      this.ctx.reportAuthRequired([error]);
      // Words made at each render: the sentence in the language of the moment, the source's name in its own.
      if (this.ctx.selected === thread.key) this.error = () => withSourceWords((params) => this.ctx.t('readFailed', params), { reason: sourceErrorWords(error, source, this.ctx.locale) }, [], '');
    }
    this.host.requestUpdate();
  }

  /** The pane's "try again". */
  retry(thread: ThreadItem): void {
    this.tried.delete(thread.key);
    this.error = undefined;
    this.host.requestUpdate();
    void this.markRead(thread);
  }

  hostConnected(): void {
    if (this.work.signal.aborted) this.work = new AbortController();
  }

  hostDisconnected(): void {
    this.work.abort();
  }
}
