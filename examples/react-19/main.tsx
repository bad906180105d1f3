// React 19 uses custom elements directly. A prop the element has as a property (`roleId`,
// `variant`) is set as that property; any other (`heading-level`) becomes an attribute; and
// `on` + the exact event name (`onnhs-role-select`) adds a listener for that event.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'nhs-role-widgets';
// Types only: adds the elements, their props and typed events to React's JSX.
import type {} from 'nhs-role-widgets/jsx';

function App() {
  const [role, setRole] = useState('paramedic');
  const [events, setEvents] = useState<string[]>([]);
  const log = (text: string) => setEvents((list) => [...list, text]);

  return (
    <>
      <h1>NHS careers in React 19</h1>
      <nhs-role-card roleId={role} variant="compact" heading-level="2" onnhs-error={(event) => log(`error: ${event.detail.code}`)} />
      <p>
        <button id="change-role" type="button" onClick={() => setRole('adult-nurse')}>
          Show an adult nurse
        </button>
        <button id="break-role" type="button" onClick={() => setRole('no-such-role')}>
          Ask for a role that does not exist
        </button>
      </p>
      <nhs-category-grid
        categories="ambulance-service-team,nursing"
        heading-level="2"
        onnhs-role-select={(event) => log(`role-select: ${event.detail.role}`)}
      />
      <h2>Events</h2>
      <ul id="events" aria-live="polite">
        {events.map((text, index) => (
          <li key={index}>{text}</li>
        ))}
      </ul>
    </>
  );
}

createRoot(document.querySelector('#app')!).render(<App />);
