// Plain JavaScript, no framework: one import registers every element. A bundler (here vite)
// resolves 'nhs-role-widgets' and lit from node_modules. Without any build step, load the
// one-file script from a CDN instead (see the README).
import 'nhs-role-widgets';

const card = document.querySelector('#card');
const grid = document.querySelector('#grid');
const events = document.querySelector('#events');

const log = (text) => events.append(Object.assign(document.createElement('li'), { textContent: text }));

// Properties are set on the element itself; the card re-renders when they change.
card.variant = 'compact';
document.querySelector('#change-role').addEventListener('click', () => (card.roleId = 'adult-nurse'));
document.querySelector('#break-role').addEventListener('click', () => (card.roleId = 'no-such-role'));

// The events bubble, so one listener on a container would do as well.
grid.addEventListener('nhs-role-select', (event) => log(`role-select: ${event.detail.role}`));
card.addEventListener('nhs-error', (event) => log(`error: ${event.detail.code}`));
