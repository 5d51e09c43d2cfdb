// React 19 rows of the inbox for inbox-compare.mjs: the markup and classes of <hn-inbox>'s row
// (views/list.ts) for what the row shows here: the unread mark, who from, the date, the subject.
// No keyboard handling, selection, preview line or source attribution.
import { forwardRef, type CSSProperties, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { inboxBundle, inboxRows, type InboxRow } from './inbox-data.js';

export const Row = forwardRef<HTMLDivElement, { row: InboxRow; index?: number; style?: CSSProperties }>(function Row({ row, index, style }, ref) {
  return (
    <div className="row" role="listitem" ref={ref} data-index={index} style={style}>
      <button type="button" className={row.unread ? 'item item--unread' : 'item'}>
        <span className="item-top">
          {row.unread ? (
            <>
              <span className="dot" aria-hidden="true" />
              <span className="visually-hidden">Ulest:</span>
            </>
          ) : null}
          <span className="from">{row.from}</span>
          <span className="date">{row.date}</span>
        </span>
        <span className="title">{row.title}</span>
      </button>
    </div>
  );
});

/** Resolves once `container` holds a row (a virtualiser may add them after its first commit). */
export async function rowsIn(container: Element): Promise<void> {
  while (!container.querySelector('[role="listitem"]')) {
    await new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        observer.disconnect();
        resolve();
      });
      observer.observe(container, { childList: true, subtree: true });
    });
  }
}

/**
 * The page's `renderList(count)` for a React side: a fresh root renders `list(rows)` from `count`
 * generated items, and the time to the list laid out is returned (after `settled`, when the list
 * lays its rows out later, as a virtualiser does).
 */
export function installRenderList(list: (rows: InboxRow[]) => ReactNode, settled: (container: HTMLElement) => Promise<unknown> = async () => {}): void {
  let root: Root | undefined;
  window.renderList = async (count) => {
    const bundle = inboxBundle(count);
    root?.unmount();
    const container = document.getElementById('root')!;
    container.replaceChildren();
    const started = performance.now();
    const rows = inboxRows(bundle);
    root = createRoot(container);
    flushSync(() => root!.render(list(rows)));
    await settled(container);
    container.getBoundingClientRect(); // style and layout of the whole document
    return performance.now() - started;
  };
  document.body.dataset.ready = 'true';
}
