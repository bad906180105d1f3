/*
 * dist/embed-resize.js: the optional host snippet for iframe embeds. With it, each
 * <iframe src=".../embed.html?..."> on the page takes the height of its content; without it, the
 * iframe keeps the height its own attribute gives and scrolls inside.
 *   <script src=".../embed-resize.js" defer></script>
 * It only listens for one kind of message and only resizes the iframe that sent it.
 */
addEventListener('message', (event: MessageEvent) => {
  const data = event.data as { type?: unknown; height?: unknown } | null;
  if (!data || data.type !== 'nhs-role-widgets:height' || typeof data.height !== 'number') return;
  if (!Number.isFinite(data.height) || data.height < 0 || data.height > 20000) return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source) frame.style.height = `${Math.round(data.height)}px`;
  }
});
