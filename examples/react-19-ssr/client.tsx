// Takes over the server's HTML: React attaches its handlers to the elements already on the page.
import { hydrateRoot } from 'react-dom/client';
import { App } from './app.js';

const problems: string[] = [];
(window as Window & { hydrationProblems?: string[] }).hydrationProblems = problems;
hydrateRoot(document.querySelector('#app')!, <App />, {
  onRecoverableError: (error) => problems.push(String(error)),
});
