// A pre-rendered copy of a widget for an embed snippet: its shadow root as a declarative shadow
// root (<template shadowrootmode="open">) with the widget's styles. Browsers paint it with the rest
// of the page, before any script runs, and without JavaScript at all; when the script arrives the
// widget replaces it with the same content in one frame, so nothing on the page moves.
// Demo code, used by the embed builder and scripts/prerender-demo.mjs; not part of the library.

// Lit's comment markers are only needed by a live template; the copy is static.
const LIT_MARKERS = /<!--\?lit\$\d+\$-->|<!--\?-->|<!---->/g;

/** The declarative shadow root for a rendered widget, as HTML. */
export function prerendered(element) {
  const css = element.constructor.elementStyles.map((style) => style.cssText).join('\n');
  const compactCss = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').replace(/\s*([{};,>])\s*/g, '$1').trim();
  const markup = element.shadowRoot.innerHTML.replace(LIT_MARKERS, '').replace(/\n\s*/g, ' ');
  return `<template shadowrootmode="open"><style>${compactCss}</style>${markup}</template>`;
}

/** Resolves when a widget has rendered its content (not its loading state). */
export async function rendered(element) {
  await customElements.whenDefined(element.localName);
  for (let i = 0; i < 100; i++) {
    await element.updateComplete;
    const inner = [...element.shadowRoot.querySelectorAll('*')].filter((e) => e.localName.startsWith('nhs-'));
    await Promise.all(inner.map((e) => e.updateComplete));
    if (!element.shadowRoot.querySelector('[aria-busy="true"]')) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
