// React side of inbox-compare.mjs with a virtualiser (@tanstack/react-virtual's useVirtualizer):
// the same rows (inbox-react-rows.tsx) in a scroller as high as <hn-inbox>'s virtualised list, only
// those near the visible part rendered, each measured (rows differ in height, as the inbox's do).
import { useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { InboxRow } from './inbox-data.js';
import { installRenderList, Row, rowsIn } from './inbox-react-rows.js';
import './inbox-list.css';

function VirtualList({ rows }: { rows: InboxRow[] }) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 76,
    getItemKey: (index) => rows[index]!.key,
    overscan: 5,
  });
  return (
    <div className="list list--virtual" role="list" aria-label="Innboks" ref={scroller}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => (
          <Row
            key={item.key}
            row={rows[item.index]!}
            index={item.index}
            ref={virtualizer.measureElement}
            style={{ position: 'absolute', top: 0, left: 0, transform: `translateY(${item.start}px)` }}
          />
        ))}
      </div>
    </div>
  );
}

installRenderList((rows) => <VirtualList rows={rows} />, rowsIn);
