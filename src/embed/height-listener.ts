/**
 * The listener behind dist/embed-resize.js. A message may come from any frame on the page, so a
 * height is applied only when all of these hold:
 * - it comes from the origin of our embed page (`embedPage`, the embed.html beside the script);
 * - the frame that sent it is an <iframe> on this page whose `src` is that embed page (any query);
 * - that iframe has no `srcdoc`, which would replace the embed page with the host's own markup;
 * - the height is a number of pixels between 0 and 20,000.
 * Anything else (another frame, another origin, a made-up message) changes nothing.
 */
export const HEIGHT_MESSAGE = 'nhs-role-widgets:height';
const MAX_HEIGHT = 20000;

/** Whether an iframe shows our embed page: the same origin and path, whatever its query. */
function showsEmbedPage(frame: HTMLIFrameElement, embedPage: URL): boolean {
  if (frame.hasAttribute('srcdoc') || !frame.src) return false;
  const src = new URL(frame.src, frame.ownerDocument.baseURI);
  return src.origin === embedPage.origin && src.pathname === embedPage.pathname;
}

/** Resizes the embed iframes in `target`'s document as their pages report heights. Returns a function that stops it. */
export function resizeEmbeds(embedPage: URL, target: Window = window): () => void {
  const listener = (event: MessageEvent): void => {
    if (event.origin !== embedPage.origin || !event.source) return;
    const data = event.data as { type?: unknown; height?: unknown } | null;
    if (typeof data !== 'object' || data === null || data.type !== HEIGHT_MESSAGE) return;
    const { height } = data;
    if (typeof height !== 'number' || !Number.isFinite(height) || height < 0 || height > MAX_HEIGHT) return;
    for (const frame of target.document.querySelectorAll('iframe')) {
      if (frame.contentWindow === event.source && showsEmbedPage(frame, embedPage)) frame.style.height = `${Math.round(height)}px`;
    }
  };
  target.addEventListener('message', listener);
  return () => target.removeEventListener('message', listener);
}
