#!/usr/bin/env node
// `npm run site`: builds site/, a static site any static host can serve from any folder (GitHub
// Pages serves a project site at /nhs-role-widgets/): the home page, the embed builder and the
// example pages (demo/), the guides (docs/guides/*.md as HTML, with their screenshots), Storybook,
// and the library's dist/ (embed.html and embed-resize.js among it). Every address is relative.
//
// Needs the library built (dist/); builds it when missing. Storybook: reuses storybook-static/
// when it is newer than dist/ (npm test builds it just before), else builds it once.
// SITE_URL (for example https://example.github.io/nhs-role-widgets/) names where the site is
// published: the builder puts it in iframe snippets when it runs on a local address.
// CDN_BASE (default https://cdn.jsdelivr.net/npm/nhs-role-widgets@<version>/dist/) names where
// the snippets' scripts come from.
import { execSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { escapeHtml, page, siteHeader } from './site/layout.mjs';
import { renderMarkdown } from './site/markdown.mjs';

const OUT = 'site';
const run = (command) => execSync(command, { stdio: 'inherit' });
const write = (path, text) => {
  mkdirSync(join(OUT, path, '..'), { recursive: true });
  writeFileSync(join(OUT, path), text);
};

if (!existsSync('dist/nhs-role-widgets.js') || !existsSync('dist/data/roles.json')) run('npm run build --silent');
const storybookIsCurrent = existsSync('storybook-static/index.html') && statSync('storybook-static/index.html').mtimeMs > statSync('dist/nhs-role-widgets.js').mtimeMs;
if (!storybookIsCurrent) run('npx storybook build --quiet -o storybook-static');

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const { roles } = JSON.parse(readFileSync('dist/data/roles.json', 'utf8'));

// The library, as a CDN would serve it (types are for npm users only).
cpSync('dist', join(OUT, 'dist'), { recursive: true, filter: (path) => !path.startsWith(join('dist', 'types')) });
cpSync('storybook-static', join(OUT, 'storybook'), { recursive: true });
cpSync('site-src/site.css', join(OUT, 'site.css'));
cpSync('site-src/site-header.css', join(OUT, 'site-header.css'));
// GitHub Pages would otherwise run Jekyll, which drops files whose names start with "_".
writeFileSync(join(OUT, '.nojekyll'), '');

// Home page.
const home = readFileSync('site-src/home.html', 'utf8').replaceAll('{{roleCount}}', String(roles.length)).replaceAll('{{version}}', escapeHtml(version));
write(
  'index.html',
  page({ title: 'NHS careers widgets for your website', body: home, current: 'index.html' }).replace(
    '</head>',
    '<script type="module" src="dist/nhs-role-widgets.js"></script>\n</head>',
  ),
);

// The builder and the example pages: the dev server serves them at /demo/ beside /dist/; here
// their root-relative addresses become relative ones, and they get the site's header.
const published = process.env.SITE_URL ? new URL(process.env.SITE_URL).href.replace(/\/?$/, '/') : '';
// CDN_BASE names another CDN for the snippets' scripts (the folder holding nhs-role-widgets.js).
const cdn = process.env.CDN_BASE ? new URL(process.env.CDN_BASE).href.replace(/\/?$/, '/') : '';
for (const file of readdirSync('demo')) {
  let text = readFileSync(join('demo', file), 'utf8');
  if (file.endsWith('.html')) {
    text = text
      .replace(/(href|src)="\/demo\//g, '$1="')
      .replace(/(href|src)="\/dist\//g, '$1="../dist/')
      .replace('<header><p>nhs-role-widgets</p></header>', siteHeader('../', file === 'builder.html' ? 'demo/builder.html' : file === 'index.html' ? 'demo/index.html' : ''))
      .replace('</head>', '<link rel="stylesheet" href="../site-header.css" />\n  </head>');
    if (file === 'builder.html' && published) text = text.replace('</head>', `<meta name="nhs-widgets-site" content="${escapeHtml(published)}" />\n  </head>`);
    if (file === 'builder.html' && cdn) text = text.replace('</head>', `<meta name="nhs-widgets-cdn" content="${escapeHtml(cdn)}" />\n  </head>`);
  }
  write(join('demo', file), text);
}

// The guides, and the privacy and accessibility page they link to.
const guides = readdirSync('docs/guides').filter((f) => f.endsWith('.md')).sort();
const guideTitles = [];
for (const file of guides) {
  const { html, title } = renderMarkdown(readFileSync(join('docs/guides', file), 'utf8'));
  guideTitles.push([file.replace(/\.md$/, '.html'), title]);
  write(join('guides', file.replace(/\.md$/, '.html')), page({ title: `${title} - NHS careers widgets`, body: html, prefix: '../', current: 'guides/index.html' }));
}
cpSync('docs/guides/images', join(OUT, 'guides', 'images'), { recursive: true });
const list = guideTitles.map(([href, title]) => `<li><a href="${href}">${escapeHtml(title)}</a></li>`).join('\n');
write(
  'guides/index.html',
  page({
    title: 'Guides - NHS careers widgets',
    body: `<h1>Guides</h1>\n<p>Step by step, with pictures, for web editors who are not developers.</p>\n<ul>\n${list}\n<li><a href="../privacy-and-accessibility.html">Privacy and accessibility</a></li>\n</ul>`,
    prefix: '../',
    current: 'guides/index.html',
  }),
);
const privacy = renderMarkdown(readFileSync('docs/privacy-and-accessibility.md', 'utf8'));
write('privacy-and-accessibility.html', page({ title: `${privacy.title} - NHS careers widgets`, body: privacy.html }));

console.log(`site/ built: ${guides.length} guides, ${readdirSync(join(OUT, 'demo')).filter((f) => f.endsWith('.html')).length} demo pages, Storybook, dist/ (${basename(OUT)}/index.html is the home page).`);
