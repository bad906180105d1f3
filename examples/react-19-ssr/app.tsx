// The same app on the server and in the browser. Props React 19 renders on the server become
// attributes named after the prop (`roleId="paramedic"`); the widgets read those, so the card
// shows its role once the page hydrates, and later changes are set as properties.
import { useState } from 'react';
import 'nhs-role-widgets';
import type {} from 'nhs-role-widgets/jsx';

export function App() {
  const [role, setRole] = useState('paramedic');
  const [events, setEvents] = useState<string[]>([]);
  const log = (text: string) => setEvents((list) => [...list, text]);
  return (
    <>
      <h1>NHS careers, rendered on the server with React 19</h1>
      <nhs-role-card roleId={role} variant="full" headingLevel={2} onnhs-error={(event) => log(`error: ${event.detail.code}`)} />
      <p>
        <button id="change-role" type="button" onClick={() => setRole('adult-nurse')}>
          Show an adult nurse
        </button>
      </p>
      <nhs-entry-routes roleId="biomedical-scientist" headingLevel={2} />
      <ul id="events" aria-live="polite">
        {events.map((text, index) => (
          <li key={index}>{text}</li>
        ))}
      </ul>
    </>
  );
}
