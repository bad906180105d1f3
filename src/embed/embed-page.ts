/*
 * The script of dist/embed.html: renders one widget, chosen by the page's URL, for hosts that
 * allow iframes but not scripts (Google Sites, some school platforms). For example:
 *   embed.html?widget=role-card&role-id=paramedic&variant=full&lang=cy
 * Only the attributes each widget documents are copied, with setAttribute, never as HTML. The
 * page tells its parent its height (see embed-resize.ts) so the iframe can fit its content.
 */
import { embeddable, WIDGETS } from '../widgets.js';

/** What each widget may take from the URL, by the `widget` value (the tag without `nhs-`). */
const EMBEDDABLE = embeddable(WIDGETS);

/**
 * Older URL parameters, each read as the attribute it names when that one is absent. Embed URLs
 * made before `role-id` say `role=paramedic`; set as `role` it would be an invalid ARIA role.
 */
const URL_ALIASES: Readonly<Record<string, string>> = { 'role-id': 'role' };

export const HEIGHT_MESSAGE = 'nhs-role-widgets:height';

const params = new URLSearchParams(location.search);
const widget = params.get('widget') ?? '';
const frame = params.get('frame') ?? '';
const lang = params.get('lang') === 'cy' ? 'cy' : 'en';
document.documentElement.lang = lang;

const main = document.querySelector('main')!;
const attributes = EMBEDDABLE.get(widget)?.attributes;
if (attributes) {
  const element = document.createElement(`nhs-${widget}`);
  for (const name of attributes) {
    const value = params.get(name) ?? (Object.hasOwn(URL_ALIASES, name) ? params.get(URL_ALIASES[name]!) : null);
    if (value !== null) element.setAttribute(name, value);
  }
  main.replaceChildren(element);
} else {
  // Unknown or missing widget: a plain message and the link the fallback content already holds.
  const message = main.querySelector('[data-unknown-widget]');
  if (message) message.removeAttribute('hidden');
}

/** Tells the parent page how tall the content is, whenever that changes. */
let last = 0;
const report = () => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === last || window.parent === window) return;
  last = height;
  window.parent.postMessage({ type: HEIGHT_MESSAGE, frame, height }, '*');
};
new ResizeObserver(report).observe(document.documentElement);
addEventListener('load', report);
