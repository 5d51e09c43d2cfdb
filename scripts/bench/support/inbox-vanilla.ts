// Hand-written DOM side of inbox-compare.mjs, a floor: the same rows as the React sides, every one
// rendered, from the same Bundle through the same view model (inbox-data.ts), by cloning one
// <template> per row and setting text through text nodes. No framework, no event handling.
import { inboxBundle, inboxRows, type InboxRow } from './inbox-data.js';
import './inbox-list.css';

// One line, no whitespace between tags: every node in it is one the row shows.
const template = document.createElement('template');
template.innerHTML =
  '<div class="row" role="listitem"><button type="button" class="item"><span class="item-top">' +
  '<span class="dot" aria-hidden="true"></span><span class="visually-hidden">Ulest:</span>' +
  '<span class="from"></span><span class="date"></span></span><span class="title"></span></button></div>';
const rowRoot = template.content.firstElementChild!;

function renderRow(row: InboxRow): Element {
  const element = rowRoot.cloneNode(true) as Element;
  const button = element.firstElementChild!;
  const top = button.firstElementChild!;
  const [dot, hidden, from, date] = top.children as unknown as [Element, Element, Element, Element];
  from.append(row.from);
  date.append(row.date);
  button.lastElementChild!.append(row.title);
  if (row.unread) button.classList.add('item--unread');
  else {
    dot.remove();
    hidden.remove();
  }
  return element;
}

window.renderList = async (count) => {
  const bundle = inboxBundle(count);
  const container = document.getElementById('root')!;
  container.replaceChildren();
  const started = performance.now();
  const list = document.createElement('div');
  list.className = 'list';
  list.setAttribute('role', 'list');
  list.setAttribute('aria-label', 'Innboks');
  for (const row of inboxRows(bundle)) list.append(renderRow(row));
  container.append(list);
  container.getBoundingClientRect(); // style and layout of the whole document
  return performance.now() - started;
};
document.body.dataset.ready = 'true';
