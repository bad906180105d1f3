/*
 * Turns what @lit-labs/ssr writes for an element into the ready-made copy the embed builder makes:
 * `<template shadowrootmode="open">` with the element's styles and content. Lit's hydration markers
 * are dropped, since the widget renders afresh over the copy when its script runs (see
 * NhsElement.createRenderRoot): the copy only has to look the same, and the page is smaller.
 */

const LIT_MARKERS = /<!--\/?lit-part[^>]*-->|<!--lit-node \d+-->|<\?>/g;

/** CSS without comments and with the spaces a browser does not need. */
export const compactCss = (css: string): string =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .trim();

/**
 * The declarative shadow root of a server-rendered element, cleaned: the outermost
 * `<template shadowroot...>` and everything it holds.
 */
export function readyMadeCopy(rendered: string): string {
  const start = rendered.search(/<template shadowroot/);
  const end = rendered.lastIndexOf('</template>');
  if (start < 0 || end < start) return '';
  return rendered
    .slice(start, end + '</template>'.length)
    .replace(LIT_MARKERS, '')
    .replace(/<template shadowroot="open" shadowrootmode="open">/g, '<template shadowrootmode="open">')
    .replace(/<style>([\s\S]*?)<\/style>/g, (_, css: string) => `<style>${compactCss(css)}</style>`)
    .replace(/\n\s*/g, ' ');
}
