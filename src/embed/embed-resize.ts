/*
 * dist/embed-resize.js: the optional host snippet for iframe embeds. With it, each
 * <iframe src=".../embed.html?..."> on the page takes the height of its content; without it, the
 * iframe keeps the height its own attribute gives and scrolls inside.
 *   <script src=".../embed-resize.js" defer></script>
 * A classic script (no import or export), so it can be pasted as above. It resizes only iframes
 * showing the embed.html that sits beside it, on messages from that page: see height-listener.ts.
 */
import { resizeEmbeds } from './height-listener.js';

const script = document.currentScript as HTMLScriptElement | null;
if (script?.src) resizeEmbeds(new URL('embed.html', script.src));
else console.warn('nhs-role-widgets: load embed-resize.js with <script src="…/embed-resize.js" defer></script>; loaded another way it cannot tell where embed.html is, and resizes nothing.');
