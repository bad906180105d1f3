// React 18 sets every prop on a custom element as an attribute and cannot listen to custom
// events, so it uses the React components the package ships (made with @lit/react): props are
// set as properties and events arrive through typed `on...` props.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { CategoryGrid, RoleCard } from 'nhs-role-widgets/react';

function App() {
  const [role, setRole] = useState('paramedic');
  const [events, setEvents] = useState<string[]>([]);
  const log = (text: string) => setEvents((list) => [...list, text]);

  return (
    <>
      <h1>NHS careers in React 18</h1>
      <RoleCard roleId={role} variant="compact" headingLevel={2} onError={(event) => log(`error: ${event.detail.code}`)} />
      <p>
        <button id="change-role" type="button" onClick={() => setRole('adult-nurse')}>
          Show an adult nurse
        </button>
        <button id="break-role" type="button" onClick={() => setRole('no-such-role')}>
          Ask for a role that does not exist
        </button>
      </p>
      <CategoryGrid categories="ambulance-service-team,nursing" headingLevel={2} onRoleSelect={(event) => log(`role-select: ${event.detail.role}`)} />
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
