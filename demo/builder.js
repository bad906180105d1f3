// The embed builder (demo/builder.html): form controls -> a live preview and a copyable snippet,
// in English or Welsh, for web editors who are not developers. Demo code; not part of the library.
// Paths are relative to this file, so the builder also works where the site is not at the root
// (a project site under /nhs-role-widgets/, or inside a built Storybook).
import { TEXT, builderLanguage } from './builder-text.js';
import { jsonLdScript, occupation } from './occupation-jsonld.js';
import { rolePicker } from './role-picker.js';

const DIST = new URL('../dist/', import.meta.url);
const data = await import(new URL('data/index.js', DIST).href);
const { roles, categories, entryRoutes, dataset, payRange, searchRoles } = data;
const { version, integrity } = await (await fetch(new URL('integrity.json', DIST))).json();
const { prerendered, rendered } = await import('./prerender.js');
// The widgets an embed can show, with the attributes each takes and a starting iframe height: from the registry (src/widgets.ts).
const { WIDGETS, embeddable } = await import(new URL('widgets.js', DIST).href);
const EMBEDDABLE = embeddable(WIDGETS);

const $ = (selector) => document.querySelector(selector);
const meta = (name) => document.querySelector(`meta[name="${name}"]`)?.content || '';
const form = $('#options');
const language = builderLanguage(location.href);
const text = TEXT[language];

/** Where scripts come from: a public CDN mirroring npm, pinned to this version (a site may name another). */
const CDN = meta('nhs-widgets-cdn') || `https://cdn.jsdelivr.net/npm/nhs-role-widgets@${version}/dist/`;
/** A placeholder for the published site, used when the builder runs on a local address and knows no other. */
const PLACEHOLDER_SITE = 'https://your-site.example/nhs-role-widgets/';

const isLocal = (url) => /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0)$/.test(new URL(url).hostname) || new URL(url).protocol === 'file:';

/**
 * The site the iframe snippet points to: where this builder is served from; on a local address,
 * the published site the site build names (meta nhs-widgets-site), or a placeholder with a warning.
 */
function defaultSite() {
  const here = new URL('../', import.meta.url).href;
  if (!isLocal(here)) return { site: here, note: '' };
  const published = meta('nhs-widgets-site');
  if (published && !isLocal(published)) return { site: published, note: text.publishedCopy(published) };
  return { site: PLACEHOLDER_SITE, note: text.localWarning() };
}

/** The widgets the builder offers, as [value, label] pairs, in the order the menu lists them. */
function widgetChoices() {
  // The registry says which widgets an embed can show; the builder's text only names them.
  return [...EMBEDDABLE.keys()].map((id) => [id, text.widgets[id] ?? id]);
}

/** Puts the builder's own words in the page, in the builder's language. */
function applyText() {
  document.documentElement.lang = language;
  document.title = text.pageTitle;
  // The site's header, where the site build added one (the rest of the site is in English).
  for (const link of document.querySelectorAll('[data-nav]')) link.textContent = text.nav[link.dataset.nav] ?? link.textContent;
  for (const element of document.querySelectorAll('[data-text]')) {
    const value = text[element.dataset.text];
    if (typeof value === 'string') element.textContent = value;
  }
  const other = language === 'cy' ? 'en' : 'cy';
  const link = $('#switch-language');
  link.href = `?lang=${other}`;
  link.hreflang = other;
  link.lang = other;
  // The snippet's language follows the builder's until the editor chooses another.
  form.querySelector(`[name="lang"][value="${language}"]`).checked = true;
}

const fill = (select, items) => select.replaceChildren(...items.map(([value, label]) => new Option(label, value)));

applyText();
fill($('#widget'), widgetChoices());
fill($('#route'), [['', text.anyRoute], ...entryRoutes.map((r) => [r.id, r.name])]);
$('#categories').replaceChildren(
  ...categories.map((c) => {
    const label = document.createElement('label');
    const box = Object.assign(document.createElement('input'), { type: 'checkbox', name: 'categories', value: c.id });
    label.append(box, ` ${c.name}`);
    return label;
  }),
);
const pickerOptions = { roles, search: (query) => searchRoles(query), text: () => text };
const rolePick = rolePicker($('#role').parentElement, { ...pickerOptions, initial: 'paramedic' });
const comparePicks = ['paramedic', 'adult-nurse', ''].map((initial, i) =>
  rolePicker($(`#compare-${i + 1}`).parentElement, { ...pickerOptions, initial, optional: i === 2 }),
);
const { site: startingSite, note } = defaultSite();
$('#embed-base').value = startingSite;
$('#pinned').textContent = text.pinned(version);

/** The widget's tag and attributes, and how the snippet is made, from the form. */
function chosen() {
  const values = new FormData(form);
  const widget = values.get('widget');
  const attributes = {};
  const set = (name, value) => value && (attributes[name] = value);
  if (widget === 'role-card') {
    set('role-id', rolePick.value);
    set('variant', values.get('variant') === 'full' ? 'full' : '');
  }
  if (widget === 'entry-routes') set('role-id', rolePick.value);
  if (widget === 'category-grid') {
    set('categories', values.getAll('categories').join(','));
    set('entry-route', values.get('route'));
  }
  if (widget === 'role-explorer') set('entry-route', values.get('route'));
  if (widget === 'role-compare') set('roles', comparePicks.map((p) => p.value).filter(Boolean).join(','));
  if (widget !== 'role-compare') set('heading-level', values.get('heading-level'));
  set('theme', values.get('theme'));
  if (widget !== 'entry-routes') set('nation', values.get('nation'));
  set('lang', values.get('lang') === 'cy' ? 'cy' : '');
  return {
    widget,
    // Only what the widget takes (and lang, which every widget reads), as the registry says.
    attributes: Object.fromEntries(Object.entries(attributes).filter(([name]) => name === 'lang' || EMBEDDABLE.get(widget).attributes.includes(name))),
    embed: values.get('embed'),
    loading: values.get('loading'),
    integrity: values.get('integrity') === 'yes',
    prerender: values.get('prerender') === 'yes',
    jsonLd: widget === 'role-card' && values.get('json-ld') === 'yes',
    site: siteAddress(values.get('embed-base')),
  };
}

/**
 * The site address the editor typed, as a folder; the starting address when the box is empty, not
 * a web address, or a local one (which would only ever work on this computer).
 */
function siteAddress(typed) {
  let problem = '';
  let site = startingSite;
  if (typed && typed.trim() !== startingSite) {
    try {
      const url = new URL(typed.trim());
      if (!/^https?:$/.test(url.protocol)) problem = text.embedBaseInvalid;
      else if (isLocal(url.href)) problem = text.embedBaseLocal;
      else site = url.href.replace(/[?#].*$/, '').replace(/\/?$/, '/');
    } catch {
      problem = text.embedBaseInvalid;
    }
  }
  $('#embed-base-error').textContent = problem;
  $('#embed-base-error').hidden = !problem;
  if (problem) $('#embed-base').setAttribute('aria-invalid', 'true');
  else $('#embed-base').removeAttribute('aria-invalid');
  return site;
}

const escape = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const roleTitle = (id) => roles.find((r) => r.id === id)?.title ?? '';
const snippetText = (attributes) => TEXT[attributes.lang === 'cy' ? 'cy' : 'en'];

/** The name of the site a source page is on, for the link text: most are NHS Health Careers, not all. */
const SOURCE_NAMES = { 'www.healthcareers.nhs.uk': 'NHS Health Careers', 'www.stepintothenhs.nhs.uk': 'Step into the NHS' };
const sourceName = (href) => SOURCE_NAMES[new URL(href).hostname] ?? new URL(href).hostname.replace(/^www\./, '');

/** What shows if scripts are off: a plain link to the source page, in the widget's language. */
function fallback(widget, attributes) {
  const words = snippetText(attributes);
  const role = roles.find((r) => r.id === attributes['role-id']);
  return widget === 'role-card' && role
    ? { href: role.sources[0], text: words.fallbackRole(role.title, sourceName(role.sources[0])) }
    : { href: 'https://www.healthcareers.nhs.uk/explore-roles', text: words.fallbackAll };
}

/** The iframe's title: what it shows, in the widget's language. */
function frameTitle(widget, attributes) {
  const words = snippetText(attributes);
  const compared = (attributes.roles ?? '').split(',').filter(Boolean).map(roleTitle);
  const list = compared.length > 1 ? `${compared.slice(0, -1).join(', ')} ${words.and} ${compared.at(-1)}` : compared.join('');
  return words.frameTitles[widget](widget === 'role-compare' ? list : roleTitle(attributes['role-id']));
}

/** The script tag: the small loader (an ES module) or the one-file classic script, with or without its hash. */
function scriptTag({ loading, integrity: checked }) {
  const file = loading === 'one-file' ? 'nhs-role-widgets.iife.js' : 'nhs-role-widgets.js';
  const check = checked ? ` integrity="${integrity[file]}" crossorigin="anonymous"` : '';
  return loading === 'one-file' ? `<script src="${CDN}${file}"${check} defer></script>` : `<script type="module" src="${CDN}${file}"${check}></script>`;
}

/** The address of the widget page showing this choice. */
const embedAddress = ({ widget, attributes, site }) => `${site}dist/embed.html?${new URLSearchParams({ widget, ...attributes })}`;

function snippet(choice, copy = '') {
  const { widget, attributes, embed } = choice;
  if (embed === 'google-sites') return embedAddress(choice);
  if (embed === 'iframe') {
    const lang = attributes.lang ? ` lang="${attributes.lang}"` : '';
    return [
      `<iframe title="${escape(frameTitle(widget, attributes))}"${lang} loading="lazy" style="width: 100%; border: 0" height="${EMBEDDABLE.get(widget).height}"`,
      `  src="${escape(embedAddress(choice))}"></iframe>`,
      `<script src="${CDN}embed-resize.js" integrity="${integrity['embed-resize.js']}" crossorigin="anonymous" defer></script>`,
    ].join('\n');
  }
  const link = fallback(widget, attributes);
  const attrs = Object.entries(attributes).map(([name, value]) => ` ${name}="${escape(value)}"`).join('');
  const role = choice.jsonLd ? roles.find((r) => r.id === attributes['role-id']) : undefined;
  return [
    scriptTag(choice),
    `<nhs-${widget}${attrs}>${copy}`,
    `  <a href="${escape(link.href)}">${escape(link.text)}</a>`,
    `</nhs-${widget}>`,
    // Pay for the nation chosen; by default the widget's own (Wales on a Welsh widget, else England).
    ...(role ? [jsonLdScript(occupation(dataset, role, payRange, attributes.nation || (attributes.lang === 'cy' ? 'wales' : 'england')))] : []),
  ].join('\n');
}

let updates = 0;

async function update() {
  const choice = chosen();
  const current = ++updates;
  $('#script-options').hidden = choice.embed !== 'script';
  $('#frame-options').hidden = choice.embed === 'script';
  for (const part of form.querySelectorAll('[data-for]')) part.hidden = !part.dataset.for.split(' ').includes(choice.widget);
  for (const part of form.querySelectorAll('[data-hide-for]')) part.hidden = part.dataset.hideFor.split(' ').includes(choice.widget);
  const element = document.createElement(`nhs-${choice.widget}`);
  for (const [name, value] of Object.entries(choice.attributes)) element.setAttribute(name, value);
  $('#preview').classList.toggle('dark', (choice.attributes.theme ?? '').includes('dark'));
  $('#preview').replaceChildren(element);
  const placeholder = choice.embed !== 'script' && choice.site === PLACEHOLDER_SITE;
  $('#local-warning').hidden = choice.embed === 'script' || !note || (!placeholder && choice.site !== startingSite);
  $('#local-warning').textContent = note;
  $('#snippet-heading').textContent = choice.embed === 'google-sites' ? text.googleSnippet : text.yourSnippet;
  $('#how-to-paste').textContent = { script: text.howScript, iframe: text.howIframe, 'google-sites': text.howGoogle }[choice.embed];
  $('#snippet').rows = choice.embed === 'google-sites' ? 3 : 9;
  $('#snippet').value = snippet(choice);
  $('#snippet').dataset.ready = 'false';
  $('#copied').textContent = '';
  if (choice.embed === 'script' && choice.prerender) {
    // The copy is taken from the preview once it has rendered; a newer choice wins.
    await rendered(element);
    if (current === updates) $('#snippet').value = snippet(choice, prerendered(element));
  }
  if (current === updates) $('#snippet').dataset.ready = 'true';
}

/** A blank page holding a pasted snippet, for the sandboxed "Try it" preview. */
const tryPage = (pasted) =>
  `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(text.tryFrameTitle)}</title><style>body{font-family:system-ui,sans-serif;margin:1rem;line-height:1.5}</style></head><body>${pasted}</body></html>`;

function tryIt() {
  const pasted = $('#try-input').value.trim();
  const frame = $('#try-frame');
  if (!pasted) {
    $('#try-status').textContent = text.tryEmpty;
    return;
  }
  $('#try-status').textContent = '';
  // Without allow-same-origin the pasted code runs in an opaque origin: it cannot reach this page.
  frame.title = text.tryFrameTitle;
  // A bare address (the Google Sites form) shows as Google Sites shows it: in a box of its own.
  const address = /^https?:\/\/\S+$/.test(pasted) ? pasted : '';
  frame.srcdoc = tryPage(address ? `<iframe src="${escape(address)}" title="${escape(text.tryFrameTitle)}" style="width:100%;height:1000px;border:1px solid #999"></iframe>` : pasted);
  frame.hidden = false;
}

form.addEventListener('change', () => void update());
form.addEventListener('submit', (event) => event.preventDefault());
$('#copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText($('#snippet').value);
    $('#copied').textContent = text.copied;
  } catch {
    $('#snippet').select();
    $('#copied').textContent = text.copyByHand;
  }
});
$('#try-this').addEventListener('click', () => {
  $('#try-input').value = $('#snippet').value;
  tryIt();
  $('#try-heading').scrollIntoView({ block: 'start' });
});
$('#try').addEventListener('click', tryIt);
await update();
document.body.dataset.ready = 'true';
