// React 19 side: the same list of appointment cards built with Helsenorge's React design system
// (PanelList, Panel with Panel.Title and its badge, Duolist, Expander, Button), from the same FHIR
// Bundle through the same pure view model as <hn-appointment-list> (its model.ts, core's date
// formatting), so both sides do the same mapping work. Only the cards: no view switcher, counts,
// source attribution, change link, confirm dialog, live region or keyboard handling.
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import Badge from '@helsenorge/designsystem-react/components/Badge';
import Button from '@helsenorge/designsystem-react/components/Button';
import Duolist, { DuolistGroup } from '@helsenorge/designsystem-react/components/Duolist';
import Expander from '@helsenorge/designsystem-react/components/Expander';
import Panel from '@helsenorge/designsystem-react/components/Panel';
import PanelList from '@helsenorge/designsystem-react/components/PanelList';
import { sortAppointments, toAppointmentViews, type AppointmentView } from '@hn-elements/appointment-list';
import { formatDateTime } from '@hn-elements/core';
import { appointmentBundle } from './appointment-data.js';

const STATUS: Record<string, string> = { booked: 'Bestilt', pending: 'Venter på svar', proposed: 'Foreslått', cancelled: 'Avlyst' };

function Card({ item }: { item: AppointmentView }) {
  const end = item.end ? `–${formatDateTime(item.end, 'nb', 'time')}` : '';
  const time = `${formatDateTime(item.start, 'nb', 'weekday-date')}, kl. ${formatDateTime(item.start, 'nb', 'time')}${end}`;
  return (
    <Panel>
      <Panel.Title
        title={item.title}
        titleMarkup="h3"
        badge={<Badge color={item.status === 'cancelled' ? 'cherry' : 'blueberry'}>{STATUS[item.status] ?? item.status}</Badge>}
      />
      <Panel.A>
        <Duolist>
          <DuolistGroup term="Tid" description={time} />
          {item.place ? (
            <DuolistGroup
              term="Sted"
              description={
                <>
                  {item.place.name}
                  <br />
                  {item.place.address}
                </>
              }
            />
          ) : null}
          <DuolistGroup term="Hos" description={[item.practitioner, item.organization].filter(Boolean).join(', ')} />
        </Duolist>
        {item.preparation ? (
          <Expander title="Slik forbereder du deg">
            <p>{item.preparation}</p>
          </Expander>
        ) : null}
      </Panel.A>
      <Panel.B>
        <Button variant="outline">Legg til i kalender</Button>
        {item.cancellable ? <Button variant="outline">Avbestill time</Button> : null}
      </Panel.B>
    </Panel>
  );
}

function List({ items }: { items: AppointmentView[] }) {
  return (
    <PanelList>
      {items.map((item) => (
        <Card key={item.key} item={item} />
      ))}
    </PanelList>
  );
}

let root: Root | undefined;

/** Renders `count` appointments into #root; resolves with the time to the render laid out. */
(window as unknown as { renderList(count: number): Promise<number> }).renderList = async (count) => {
  const bundle = appointmentBundle(count);
  root?.unmount();
  const container = document.getElementById('root')!;
  container.replaceChildren();
  const started = performance.now();
  const resources = (bundle.entry ?? []).map((e) => e.resource!);
  const items = sortAppointments(toAppointmentViews(resources, undefined, new Date()).items).filter((i) => i.timing === 'upcoming');
  root = createRoot(container);
  flushSync(() => root!.render(<List items={items} />));
  container.getBoundingClientRect(); // style and layout of the whole document
  return performance.now() - started;
};
document.body.dataset.ready = 'true';
