// What a server (Next.js, Remix, a plain Node server) does: renders the app to HTML. Importing
// nhs-role-widgets in Node is safe: it registers the elements without touching a DOM.
import { renderToString } from 'react-dom/server';
import { App } from './app.js';

/** The page: the built index.html with the app's HTML in its #app element. */
export const renderPage = (template: string): string => template.replace('<!--app-->', renderToString(<App />));
