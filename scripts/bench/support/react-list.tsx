// React 19 side: the same list and cards with Helsenorge's React design system, from the same
// view model (the appointment list's pure FHIR mapping).
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import Badge from '@helsenorge/designsystem-react/components/Badge';
import Button from '@helsenorge/designsystem-react/components/Button';
import Panel from '@helsenorge/designsystem-react/components/Panel';
import Title from '@helsenorge/designsystem-react/components/Title';
import { sortAppointments, toAppointmentViews, type AppointmentView } from '@hn-elements/appointment-list';
import { formatDateTime } from '@hn-elements/core';
import { appointmentBundle, nextFrame } from './appointment-data.js';

const STATUS: Record<string, string> = { booked: 'Bestilt', pending: 'Venter på svar', proposed: 'Foreslått', cancelled: 'Avlyst' };

function Card({ item }: { item: AppointmentView }) {
  return (
    <li>
      <Panel>
        <Panel.A>
        <Title htmlMarkup="h3" appearance="title4">
          {item.title}
        </Title>
        <Badge color={item.status === 'cancelled' ? 'cherry' : 'blueberry'}>{STATUS[item.status] ?? item.status}</Badge>
        <dl>
          <dt>Tid</dt>
          <dd>{formatDateTime(item.start, 'nb', 'weekday-date')}, kl. {formatDateTime(item.start, 'nb', 'time')}</dd>
          {item.place ? (
            <>
              <dt>Sted</dt>
              <dd>
                {item.place.name}
                <br />
                {item.place.address}
              </dd>
            </>
          ) : null}
          <dt>Hos</dt>
          <dd>{[item.practitioner, item.organization].filter(Boolean).join(', ')}</dd>
        </dl>
        {item.preparation ? (
          <details>
            <summary>Slik forbereder du deg</summary>
            <p>{item.preparation}</p>
          </details>
        ) : null}
        <Button variant="outline">Legg til i kalender</Button>
        {item.cancellable ? <Button variant="outline">Avbestill time</Button> : null}
        </Panel.A>
      </Panel>
    </li>
  );
}

function List({ items }: { items: AppointmentView[] }) {
  return <ul style={{ listStyle: 'none', padding: 0 }}>{items.map((item) => <Card key={item.key} item={item} />)}</ul>;
}

let root: Root | undefined;

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
  await nextFrame();
  return performance.now() - started;
};
document.body.dataset.ready = 'true';
