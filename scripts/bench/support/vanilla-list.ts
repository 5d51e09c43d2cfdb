// Hand-written DOM side, a floor for the other two: the same cards as the React page (title with a
// status badge, time, place, who, the preparation behind a disclosure, two buttons), from the same
// FHIR Bundle through the same pure view model (the appointment list's model.ts, core's date
// formatting), built by cloning one <template> per card and setting text through text nodes and
// textContent. No framework, no innerHTML with data, no event handling, a dozen lines of CSS.
import { sortAppointments, toAppointmentViews, type AppointmentView } from '@hn-elements/appointment-list';
import { formatDateTime } from '@hn-elements/core';
import { appointmentBundle } from './appointment-data.js';
import './vanilla-list.css';

const STATUS: Record<string, string> = { booked: 'Bestilt', pending: 'Venter på svar', proposed: 'Foreslått', cancelled: 'Avlyst' };

// One line, no whitespace between tags: every node in it is one the card shows.
const card = document.createElement('template');
card.innerHTML =
  '<li class="card"><h3><span></span><span class="badge"></span></h3>' +
  '<dl><dt>Tid</dt><dd></dd><dt>Sted</dt><dd><br></dd><dt>Hos</dt><dd></dd></dl>' +
  '<details><summary>Slik forbereder du deg</summary><p></p></details>' +
  '<div class="actions"><button type="button">Legg til i kalender</button><button type="button">Avbestill time</button></div></li>';
const cardRoot = card.content.firstElementChild!;

function renderCard(item: AppointmentView): Element {
  const li = cardRoot.cloneNode(true) as Element;
  const [heading, list, details, actions] = li.children as unknown as [Element, Element, Element, Element];
  const [title, badge] = heading.children as unknown as [Element, Element];
  title.textContent = item.title;
  badge.textContent = STATUS[item.status] ?? item.status;
  if (item.status === 'cancelled') badge.classList.add('cancelled');

  const [, time, placeTerm, place, , who] = list.children as unknown as Element[];
  const end = item.end ? `–${formatDateTime(item.end, 'nb', 'time')}` : '';
  time!.textContent = `${formatDateTime(item.start, 'nb', 'weekday-date')}, kl. ${formatDateTime(item.start, 'nb', 'time')}${end}`;
  if (item.place) {
    place!.prepend(item.place.name);
    if (item.place.address) place!.append(item.place.address);
  } else {
    placeTerm!.remove();
    place!.remove();
  }
  who!.textContent = [item.practitioner, item.organization].filter(Boolean).join(', ');

  if (item.preparation) details.lastElementChild!.textContent = item.preparation;
  else details.remove();
  if (!item.cancellable) actions.lastElementChild!.remove();
  return li;
}

/** Renders `count` appointments into #root; resolves with the time to the render laid out. */
window.renderList = async (count) => {
  const bundle = appointmentBundle(count);
  const container = document.getElementById('root')!;
  container.replaceChildren();
  const started = performance.now();
  const resources = (bundle.entry ?? []).map((e) => e.resource!);
  const items = sortAppointments(toAppointmentViews(resources, undefined, new Date()).items).filter((i) => i.timing === 'upcoming');
  const list = document.createElement('ul');
  list.className = 'cards';
  for (const item of items) list.append(renderCard(item));
  container.append(list);
  container.getBoundingClientRect(); // style and layout of the whole document
  return performance.now() - started;
};
document.body.dataset.ready = 'true';

declare global {
  interface Window {
    renderList(count: number): Promise<number>;
  }
}
