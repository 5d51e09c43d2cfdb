import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { repeat } from 'lit/directives/repeat.js';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import { formatDateTime, fromSource, listHint, LIST_HINT_ID, sourceLanguage } from '@hn-elements/core';
import type { InboxView } from '../context.js';
import type { VirtualRovingTabindexController } from '@hn-elements/core';
import type { InboxFilter, InboxItem, InboxKind, SourceInfo } from '../model.js';
import { FORM_STATUS_KEY } from './form.js';
import { KIND_KEY, itemLang } from './parts.js';

/** Search and filters above the list. */
export function toolbarTemplate(view: InboxView, filter: InboxFilter, sources: readonly SourceInfo[], unread: number, onFilter: (change: Partial<InboxFilter>) => void) {
  return html`<div part="toolbar" class="toolbar" role="search" aria-label=${view.t('toolbarLabel')}>
    <div class="field field--search">
      <label for="inbox-search">${view.t('search')}</label>
      <input id="inbox-search" type="search" autocomplete="off" .value=${live(filter.query)} @input=${(e: Event) => onFilter({ query: (e.target as HTMLInputElement).value })} />
    </div>
    <div class="field">
      <label for="inbox-kind">${view.t('kindFilter')}</label>
      <select id="inbox-kind" @change=${(e: Event) => onFilter({ kind: (e.target as HTMLSelectElement).value as InboxKind | 'all' })}>
        ${(
          [
            ['all', 'kindAll'],
            ['message', 'kindMessages'],
            ['form', 'kindForms'],
            ['letter', 'kindLetters'],
          ] as const
        ).map(([value, label]) => html`<option value=${value} ?selected=${filter.kind === value}>${view.t(label)}</option>`)}
      </select>
    </div>
    ${sources.length > 1
      ? html`<div class="field">
          <label for="inbox-source">${view.t('sourceFilter')}</label>
          <select id="inbox-source" @change=${(e: Event) => onFilter({ sourceId: (e.target as HTMLSelectElement).value })}>
            <option value="all" ?selected=${filter.sourceId === 'all'}>${view.t('sourceAll')}</option>
            ${sources.map((s) => html`<option value=${s.id} lang=${sourceLanguage(undefined, view.session?.sources.find((live) => live.id === s.id))} ?selected=${filter.sourceId === s.id}>${s.name}</option>`)}
          </select>
        </div>`
      : nothing}
    <label class="check">
      <input type="checkbox" .checked=${live(filter.unreadOnly)} @change=${(e: Event) => onFilter({ unreadOnly: (e.target as HTMLInputElement).checked })} />
      <span>${view.t('unreadOnly')} (${unread})</span>
    </label>
  </div>`;
}

/**
 * The list: one row per item, one tab stop (VirtualRovingTabindexController), `aria-setsize`/`aria-posinset`
 * on each row. Every row is rendered, so browse mode reaches each one, unless `virtual` (a long list on
 * screen): then only the rows near the screen are, through the virtualiser. A change of mode renders
 * a new list element (`keyed`): the virtualiser leaves its own styles and sizer on the one it had.
 */
export function listTemplate(view: InboxView, items: readonly InboxItem[], loaded: number, keyboard: VirtualRovingTabindexController, open: (item: InboxItem) => void, mode: { virtual: boolean }) {
  const total = items.length;
  const row = (item: InboxItem, index: number) => rowTemplate(view, item, index, total, keyboard, open);
  // The hint describes every row: one tab stop, the arrows between the rows (core's listHint).
  return html`${listHint(view.locale, view.t('listItems'))}${keyed(mode.virtual ? 'virtual' : 'all', html`<div
    class="list ${mode.virtual ? 'list--virtual' : ''}"
    part="list"
    role="list"
    aria-label=${`${view.t('listLabel')}, ${view.t('shown', { shown: total, total: loaded })}`}
    tabindex=${keyboard.listTabStop ? '0' : '-1'}
    @keydown=${keyboard.onKeyDown}
    @focus=${keyboard.onFocus}
    @focusin=${keyboard.onFocusIn}
    @visibilityChanged=${keyboard.onVisibilityChanged}
    @rangeChanged=${keyboard.checkTabStop}
  >
    ${mode.virtual
      ? virtualize({
          items: items as InboxItem[],
          scroller: true,
          // The virtualizer can ask for an index past the end for one frame when the
          // list shrinks (a filter narrows it): key and render nothing for that index.
          keyFunction: (item: InboxItem | undefined, index: number) => item?.key ?? index,
          renderItem: (item: InboxItem | undefined, index: number) => (item ? row(item, index) : html``),
        })
      : repeat(items, (item) => item.key, row)}
  </div>`)}`;
}

function rowTemplate(view: InboxView, item: InboxItem, index: number, total: number, keyboard: VirtualRovingTabindexController, open: (item: InboxItem) => void): TemplateResult {
  const locale = view.locale;
  const meta: string[] = [view.t(KIND_KEY[item.kind])];
  if (item.kind === 'message' && item.messages.length > 1) meta.push(view.t('messagesInThread', { count: item.messages.length }));
  if (item.kind === 'form') {
    meta.push(view.t(FORM_STATUS_KEY[item.status]));
    if (item.due && (item.status === 'not-started' || item.status === 'started')) meta.push(view.t('due', { date: formatDateTime(item.due, locale, 'date') }));
  }
  if (item.attachmentCount > 0) meta.push(view.t('attachmentCount', { count: item.attachmentCount }));
  // The sender, subject and preview are the source's words, in the source's language.
  const lang = itemLang(view, item);
  return html`<div class="row" role="listitem" part="item" aria-setsize=${total} aria-posinset=${index + 1}>
    <button
      type="button"
      class="item item--${item.kind} ${item.unread ? 'item--unread' : ''}"
      data-index=${index}
      data-key=${item.key}
      tabindex=${keyboard.tabindex(index)}
      aria-current=${item.key === view.selected ? 'true' : 'false'}
      aria-describedby=${LIST_HINT_ID}
      @click=${() => open(item)}
    >
      <span class="item-top">
        ${item.unread ? html`<span class="dot" aria-hidden="true"></span><span class="visually-hidden">${view.t('unread')}:</span>` : nothing}
        <span class="from" lang=${ifDefined(item.from ? lang : undefined)}>${item.from || view.t('unknownSender')}</span>
        <span class="date">${formatDateTime(item.date, locale, 'date')}</span>
      </span>
      <span class="title" lang=${ifDefined(item.title ? lang : undefined)}>${item.title || view.t(KIND_KEY[item.kind])}</span>
      ${item.kind === 'message' && item.preview ? html`<span class="preview" lang=${lang}>${item.preview}</span>` : nothing}
      <span class="meta">${meta.join(', ')}${item.sourceName ? html`, ${fromSource(locale, item.sourceName, lang)}` : nothing}</span>
    </button>
  </div>`;
}
