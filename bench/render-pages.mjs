// The pages the render and memory benches load: N role cards made three ways, with the same text.
//   ours    <nhs-role-card role-id="…"> (compact, the default variant) from the public embed script
//   static  the same text in plain HTML and CSS shaped like our card's shadow DOM, no script
//   wa      Web Awesome's <wa-card> with the same text slotted in
import { readdirSync, readFileSync } from 'node:fs';
import { WEBAWESOME_THEME } from './webawesome.mjs';

export const VARIANTS = ['static', 'ours', 'wa'];

/** Real role ids, in the dataset's file order (category files sorted by name). */
export function roleIds(count) {
  const ids = readdirSync('data/roles')
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => JSON.parse(readFileSync(`data/roles/${name}`, 'utf8')).map((role) => role.id));
  if (ids.length < count) throw new Error(`The dataset has ${ids.length} roles; the bench needs ${count}.`);
  return ids.slice(0, count);
}

/**
 * Runs in the browser on a page of our cards: the text each card shows, read through its
 * documented parts, so the static and Web Awesome pages carry exactly the same words.
 */
export function readCardText() {
  return [...document.querySelectorAll('nhs-role-card')].map((card) => {
    const part = (name) => card.shadowRoot.querySelector(`[part~="${name}"]`);
    const link = part('link');
    return {
      title: part('heading').textContent.trim(),
      category: part('category')?.textContent.trim() ?? '',
      summary: part('summary').textContent.trim(),
      routesLabel: card.shadowRoot.querySelector('#routes-label')?.textContent.trim() ?? '',
      routes: [...(part('routes')?.querySelectorAll('li') ?? [])].map((li) => li.textContent.trim()),
      href: link.getAttribute('href'),
      linkText: link.firstChild.textContent.trim(),
      linkHidden: link.querySelector('span')?.textContent ?? '',
      credit: part('credit').textContent.trim(),
    };
  });
}

/*
 * The measurement, identical on every page: this classic script is the first thing in <head>.
 * `start` is a performance.mark taken as it runs (the page's first script starting). From then,
 * once per frame, a requestAnimationFrame callback checks whether all N cards are in their final
 * rendered form (static: N card headings parsed; ours: every <nhs-role-card> has rendered its
 * heading part with text; wa: every <wa-card> is defined and has rendered its shadow DOM). The
 * first frame where that holds is the frame that paints all N cards: rAF runs just before that
 * frame's style, layout and paint, and a message posted from inside the callback is delivered
 * right after them, so `painted` includes the style recalculation and layout of every card.
 * A missing card never counts as done, so a frame that shows only some cards is never taken.
 * Cards below the fold are laid out in that frame but, as on any page, rasterised on scroll.
 */
const probe = (count, check) => `performance.mark('bench-start');
(() => {
  const done = ${check};
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    window.__bench.painted = performance.now();
    performance.mark('bench-painted');
  };
  window.__bench = { start: performance.getEntriesByName('bench-start')[0].startTime, count: ${count} };
  const frame = (time) => {
    if (done(${count})) {
      window.__bench.frame = time;
      channel.port2.postMessage(null);
    } else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

const CHECKS = {
  static: `(n) => document.querySelectorAll('.card .heading').length === n`,
  ours: `(n) => { const cards = document.querySelectorAll('nhs-role-card'); return cards.length === n && [...cards].every((c) => c.shadowRoot?.querySelector('[part~="heading"]')?.textContent.trim()); }`,
  wa: `(n) => { const cards = document.querySelectorAll('wa-card'); return cards.length === n && customElements.get('wa-card') !== undefined && [...cards].every((c) => c.shadowRoot?.querySelector('[part~="body"]')); }`,
};

// The host page around the cards, the same for all three.
const PAGE_CSS = `body { margin: 1rem; font-family: system-ui, sans-serif; color: #212b32; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); gap: 1rem; }`;

// What goes inside a card, for the static and Web Awesome pages: our card's rules for the same
// elements with its default theme's custom properties written out (ours: tokens, base, card styles).
const CONTENT_CSS = `.heading { margin: 0 0 0.25em; font-size: 1.375em; line-height: 1.3; font-weight: 600; }
.category { margin: 0 0 0.75em; color: color-mix(in srgb, currentColor 75%, transparent); font-size: 0.875em; }
.summary { margin: 0 0 1em; }
.section { margin: 0 0 1em; }
.label { margin: 0 0 0.25em; font-size: 1em; font-weight: 600; }
.tags { display: flex; flex-wrap: wrap; gap: 0.375em; margin: 0; padding: 0; list-style: none; }
.tag { min-width: 0; padding: 0.125em 0.5em; border-radius: 4px; background: color-mix(in srgb, #005eb8 10%, transparent); font-size: 0.875em; overflow-wrap: anywhere; }
.more { margin: 0 0 0.5em; font-weight: 600; }
.more a { color: color-mix(in srgb, currentColor 65%, #005eb8); text-underline-offset: 0.15em; }
.credit { margin: 0.75em 0 0; color: color-mix(in srgb, currentColor 75%, transparent); font-size: 0.8125em; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }`;
const STATIC_CARD_CSS = `.card { position: relative; padding: 1.5em; border: 1px solid color-mix(in srgb, currentColor 25%, transparent); border-radius: 4px; line-height: 1.5; overflow-wrap: break-word; }`;

const escape = (text) => String(text).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function cardBody(card, i) {
  const routes = card.routes.length
    ? `<div class="section"><p class="label" id="routes-${i}">${escape(card.routesLabel)}</p><ul class="tags" aria-labelledby="routes-${i}">${card.routes.map((r) => `<li class="tag">${escape(r)}</li>`).join('')}</ul></div>`
    : '';
  return {
    heading: `<h3 class="heading" id="heading-${i}">${escape(card.title)}</h3>`,
    main: `${card.category ? `<p class="category">${escape(card.category)}</p>` : ''}<p class="summary">${escape(card.summary)}</p>${routes}<p class="more"><a href="${escape(card.href)}">${escape(card.linkText)}<span class="visually-hidden">${escape(card.linkHidden)}</span></a></p>`,
    credit: `<p class="credit">${escape(card.credit)}</p>`,
  };
}

const MARKUP = {
  ours: (cards, ids) => ids.map((id) => `<nhs-role-card role-id="${id}"></nhs-role-card>`).join('\n'),
  static: (cards) =>
    cards.map((card, i) => {
      const body = cardBody(card, i);
      return `<article class="card" aria-labelledby="heading-${i}">${body.heading}${body.main}${body.credit}</article>`;
    }).join('\n'),
  wa: (cards) =>
    cards.map((card, i) => {
      const body = cardBody(card, i);
      return `<wa-card>${body.heading.replace('<h3 ', '<h3 slot="header" ')}${body.main}${body.credit.replace('<p ', '<p slot="footer" ')}</wa-card>`;
    }).join('\n'),
};

const HEAD = {
  ours: '<script type="module" src="/dist/nhs-role-widgets.js"></script>',
  static: `<style>${CONTENT_CSS}\n${STATIC_CARD_CSS}</style>`,
  wa: `<link rel="stylesheet" href="${WEBAWESOME_THEME}"><script type="module" src="/bench-wa/card.js"></script><style>${CONTENT_CSS}</style>`,
};

/** One page: `variant` of VARIANTS, `cards` from readCardText(), `ids` the same roles' ids. */
export function renderPage(variant, cards, ids) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Render bench: ${ids.length} cards (${variant})</title><link rel="icon" href="data:,">
<script>${probe(ids.length, CHECKS[variant])}</script>
<style>${PAGE_CSS}</style>
${HEAD[variant]}</head><body><main class="grid">
${MARKUP[variant](cards, ids)}
</main></body></html>`;
}
