import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { Session, Source } from '@hn-elements/core';
import { AppointmentList } from '@hn-elements/appointment-list/react.js';

const kari = { reference: 'Patient/kari', name: 'Kari Nordmann' };

function App() {
  const [session, setSession] = useState<Session>();
  const [events, setEvents] = useState<string[]>([]);
  const [view, setView] = useState<'upcoming' | 'past'>('upcoming');

  useEffect(() => {
    const controller = new AbortController();
    fetch('/__fhir-control/sources', { signal: controller.signal })
      .then((response) => response.json() as Promise<Source[]>)
      .then((sources) =>
        setSession({
          actor: kari,
          patient: kari,
          locale: 'nb',
          sources: sources.map(({ id, name, fhirBase }) => ({ id, name, fhirBase })),
          handoff: { allowedOrigins: [location.origin] },
        }),
      )
      .catch(() => undefined);
    return () => controller.abort();
  }, []);

  const note = (text: string) => setEvents((previous) => [...previous, text]);

  return (
    <main>
      <h1>Helsetjenester, React 19</h1>
      <p>Denne siden bruker komponentene gjennom de typede React-innpakningene.</p>
      <h2>Timer</h2>
      <label>
        Vis{' '}
        <select value={view} onChange={(event) => setView(event.target.value as 'upcoming' | 'past')}>
          <option value="upcoming">Kommende</option>
          <option value="past">Tidligere</option>
        </select>
      </label>
      {session ? (
        <AppointmentList
          id="appointments"
          session={session}
          view={view}
          headingLevel={3}
          onCancelled={(event) => note(`hn-appointment-cancelled: ${event.detail.id}`)}
          onCalendar={(event) => note(`hn-appointment-calendar: ${event.detail.fileName}`)}
        />
      ) : (
        <p>Laster …</p>
      )}
      <h2>Hendelser</h2>
      <ol id="events" aria-live="polite">
        {events.map((text, index) => (
          <li key={index}>{text}</li>
        ))}
      </ol>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
