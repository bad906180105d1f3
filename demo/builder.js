// The embed builder (demo/builder.html): form controls -> a live preview and a copyable snippet.
// Demo code for people who are not developers; it is not part of the library.
// Paths are relative to this file, so the builder also works where the site is not at the root
// (for example inside a built Storybook, which copies demo/ and dist/ side by side).
const DIST = new URL('../dist/', import.meta.url);
const { roles, categories, entryRoutes } = await import(new URL('data/index.js', DIST).href);
const { version, integrity } = await (await fetch(new URL('integrity.json', DIST))).json();
const { prerendered, rendered } = await import('./prerender.js');

const CDN = `https://cdn.jsdelivr.net/npm/nhs-role-widgets@${version}/dist/`;
const IFRAME_HEIGHTS = { 'role-card': 1000, 'category-grid': 1200, 'entry-routes': 900, 'role-explorer': 1200, 'role-compare': 900, 'career-finder': 700 };
const $ = (selector) => document.querySelector(selector);
const form = $('#options');
const byTitle = [...roles].sort((a, b) => a.title.localeCompare(b.title));

const fill = (select, items, blank) => {
  select.replaceChildren(...(blank ? [new Option(blank, '')] : []), ...items.map((item) => new Option(item.label, item.value)));
};
const roleOptions = byTitle.map((r) => ({ value: r.id, label: r.title }));
fill($('#role'), roleOptions);
$('#role').value = 'paramedic';
fill($('#route'), entryRoutes.map((r) => ({ value: r.id, label: r.name })), 'Any way in');
for (const [i, select] of [...document.querySelectorAll('[name="compare"]')].entries()) {
  fill(select, roleOptions, i === 2 ? 'None' : undefined);
  select.value = ['paramedic', 'adult-nurse', ''][i];
}
$('#categories').replaceChildren(
  ...categories.map((c) => {
    const label = document.createElement('label');
    const box = Object.assign(document.createElement('input'), { type: 'checkbox', name: 'categories', value: c.id });
    label.append(box, ` ${c.name}`);
    return label;
  }),
);
$('#version').textContent = version;

/** The widget's tag and attributes, from the form. */
function chosen() {
  const data = new FormData(form);
  const widget = data.get('widget');
  const attributes = {};
  const set = (name, value) => value && (attributes[name] = value);
  if (widget === 'role-card') {
    set('role-id', data.get('role'));
    set('variant', data.get('variant') === 'full' ? 'full' : '');
  }
  if (widget === 'entry-routes') set('role-id', data.get('role'));
  if (widget === 'category-grid') {
    set('categories', data.getAll('categories').join(','));
    set('entry-route', data.get('route'));
  }
  if (widget === 'role-explorer') set('entry-route', data.get('route'));
  if (widget === 'role-compare') set('roles', data.getAll('compare').filter(Boolean).join(','));
  if (widget !== 'role-compare') set('heading-level', data.get('heading-level'));
  set('theme', data.get('theme'));
  if (widget !== 'entry-routes') set('nation', data.get('nation'));
  set('lang', data.get('lang') === 'cy' ? 'cy' : '');
  return { widget, attributes, embed: data.get('embed'), loading: data.get('loading'), prerender: data.get('prerender') === 'yes' };
}

const escape = (text) => String(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** What shows if scripts are off: a plain link to the source page. */
function fallback(widget, attributes) {
  const role = roles.find((r) => r.id === attributes['role-id']);
  return widget === 'role-card' && role
    ? { href: role.sources[0], text: `${role.title} on NHS Health Careers` }
    : { href: 'https://www.healthcareers.nhs.uk/explore-roles', text: 'Explore NHS roles on NHS Health Careers' };
}

/** The script tag: the small loader (an ES module) or the one-file classic script. */
function scriptTag(loading) {
  return loading === 'one-file'
    ? `<script src="${CDN}nhs-role-widgets.iife.js" integrity="${integrity['nhs-role-widgets.iife.js']}" crossorigin="anonymous" defer></script>`
    : `<script type="module" src="${CDN}nhs-role-widgets.js" integrity="${integrity['nhs-role-widgets.js']}" crossorigin="anonymous"></script>`;
}

function snippet({ widget, attributes, embed, loading }, copy = '') {
  if (embed === 'iframe') {
    const query = new URLSearchParams({ widget, ...attributes });
    return [
      `<iframe title="NHS careers information" loading="lazy" style="width: 100%; border: 0" height="${IFRAME_HEIGHTS[widget]}"`,
      `  src="${escape(`${DIST.href}embed.html?${query}`)}"></iframe>`,
      `<script src="${CDN}embed-resize.js" integrity="${integrity['embed-resize.js']}" crossorigin="anonymous" defer></script>`,
    ].join('\n');
  }
  const link = fallback(widget, attributes);
  const attrs = Object.entries(attributes).map(([name, value]) => ` ${name}="${escape(value)}"`).join('');
  return [
    scriptTag(loading),
    `<nhs-${widget}${attrs}>${copy}`,
    `  <a href="${escape(link.href)}">${escape(link.text)}</a>`,
    `</nhs-${widget}>`,
  ].join('\n');
}

let updates = 0;

async function update() {
  const choice = chosen();
  const current = ++updates;
  $('#script-options').hidden = choice.embed === 'iframe';
  for (const part of form.querySelectorAll('[data-for]')) part.hidden = !part.dataset.for.split(' ').includes(choice.widget);
  const element = document.createElement(`nhs-${choice.widget}`);
  for (const [name, value] of Object.entries(choice.attributes)) element.setAttribute(name, value);
  $('#preview').classList.toggle('dark', (choice.attributes.theme ?? '').includes('dark'));
  $('#preview').replaceChildren(element);
  $('#snippet').value = snippet(choice);
  $('#copied').textContent = '';
  if (choice.embed === 'script' && choice.prerender) {
    // The copy is taken from the preview once it has rendered; a newer choice wins.
    await rendered(element);
    if (current === updates) $('#snippet').value = snippet(choice, prerendered(element));
  }
  $('#snippet').dataset.ready = String(current === updates);
}

form.addEventListener('change', () => void update());
$('#copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText($('#snippet').value);
    $('#copied').textContent = 'Copied. Paste it into your page’s HTML.';
  } catch {
    $('#snippet').select();
    $('#copied').textContent = 'Press Ctrl+C (or Cmd+C) to copy the selected snippet.';
  }
});
await update();
document.body.dataset.ready = 'true';
