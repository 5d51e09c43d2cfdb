import type { EmitOptions, Locale, Session, Source } from '@hn-elements/core';
import type { InboxMessageKey } from './messages.js';
import type { InboxItem, ThreadItem } from './model.js';

/** A string of the inbox's catalogue in the element's locale. */
export type Translate = (key: InboxMessageKey, params?: Record<string, string | number>) => string;

/** What the templates (views/) read from the element. */
export interface InboxView {
  readonly locale: Locale;
  readonly session: Session | undefined;
  /** ARIA level of the reading pane's heading (2–6). */
  readonly level: number;
  /** Key of the item open in the reading pane. */
  readonly selected: string | undefined;
  readonly t: Translate;
  /** The live source an item came from; undefined in bundle mode (nothing can be fetched or written). */
  sourceOf(item: InboxItem): Source | undefined;
}

/**
 * What the controllers (controllers/) need from the element: the view, plus events, the live
 * region and the loaded items. The element gives one object; its own fields stay private.
 */
export interface InboxContext extends InboxView {
  /** Whose drafts: the session's patient reference, or `bundle`. */
  readonly patientRef: string;
  /** Per-request timeout in ms for live mode. */
  readonly requestTimeout: number;
  emit<T>(name: string, detail: T, options?: EmitOptions): boolean;
  /** Fires `hn-auth-required` for each source that answered 401. */
  reportAuthRequired(errors: readonly unknown[]): void;
  /** Says something in the polite live region (a function: in the language in force when it renders). */
  announce(text: string | (() => string)): void;
  /** The thread with this key as it is loaded now. */
  thread(key: string): ThreadItem | undefined;
  /** Swaps one item for its new state (read, replied) without reloading. */
  replaceItem(item: InboxItem): void;
}
