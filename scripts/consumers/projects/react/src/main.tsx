// React 19: three components through the packages' React wrappers (react.js, @lit/react), three as
// plain tags typed by the generated JSX types (src/jsx.d.ts). Every event prop's `detail` is typed.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppointmentList } from '@hn-elements/appointment-list/react.js';
import { Inbox } from '@hn-elements/inbox/react.js';
import { TestResults } from '@hn-elements/test-results/react.js';
import '@hn-elements/tool-catalogue/define.js';
import '@hn-elements/journal-viewer/define.js';
import '@hn-elements/referrals/define.js';
import type { HandoffStartDetail } from '@hn-elements/tool-catalogue';
import { session } from './session.js';

function App() {
  return (
    <main>
      <h1>React 19</h1>
      <AppointmentList session={session} headingLevel={2} onCancel={(event) => console.info('cancel', event.detail.id)} />
      <Inbox session={session} headingLevel={2} onSent={(event) => console.info('sent', event.detail.communication.id)} />
      <hn-tool-catalogue
        session={session}
        heading-level={2}
        category="all"
        onhn-handoff-start={(event: CustomEvent<HandoffStartDetail>) => console.info('hand-off to', event.detail.href)}
      />
      <hn-journal-viewer session={session} heading-level={2} onhn-journal-view-change={(event) => console.info('view', event.detail.view)} />
      <TestResults session={session} headingLevel={2} maxItems={5} onAuthRequired={(event) => console.info('log in again at', event.detail.sourceId)} />
      <hn-referrals session={session} heading-level={2} onhn-handoff-start={(event) => console.info('hand-off to', event.detail.href)} />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
