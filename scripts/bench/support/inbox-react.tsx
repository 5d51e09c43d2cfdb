// React side of inbox-compare.mjs, without virtualisation: every row of the list rendered, from
// the same Bundle through the inbox's own pure mapping and order (inbox-data.ts).
import type { InboxRow } from './inbox-data.js';
import { installRenderList, Row } from './inbox-react-rows.js';
import './inbox-list.css';

function List({ rows }: { rows: InboxRow[] }) {
  return (
    <div className="list" role="list" aria-label="Innboks">
      {rows.map((row) => (
        <Row key={row.key} row={row} />
      ))}
    </div>
  );
}

installRenderList((rows) => <List rows={rows} />);
