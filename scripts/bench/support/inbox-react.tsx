// React side of inbox-compare.mjs, without virtualisation: every row of the list rendered, from
// the same Bundle through the inbox's own pure mapping and order (inbox-data.ts).
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { inboxBundle, inboxRows, type InboxRow } from './inbox-data.js';
import { Row } from './inbox-react-rows.js';
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

let root: Root | undefined;

window.renderList = async (count) => {
  const bundle = inboxBundle(count);
  root?.unmount();
  const container = document.getElementById('root')!;
  container.replaceChildren();
  const started = performance.now();
  const rows = inboxRows(bundle);
  root = createRoot(container);
  flushSync(() => root!.render(<List rows={rows} />));
  container.getBoundingClientRect(); // style and layout of the whole document
  return performance.now() - started;
};
document.body.dataset.ready = 'true';
