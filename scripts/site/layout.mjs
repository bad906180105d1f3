// The frame every page of the static site shares: a header with the site's links, the content,
// a footer with the credit. Every address is relative (`prefix` climbs back to the site's root),
// so the site works from any folder of any host, such as a project site at /nhs-role-widgets/.

/** The site's main links, relative to its root. */
export const NAV = [
  ['index.html', 'Home', 'home'],
  ['demo/builder.html', 'Make a snippet', 'builder'],
  ['guides/index.html', 'Guides', 'guides'],
  ['demo/index.html', 'Examples', 'examples'],
  ['storybook/index.html', 'For developers (Storybook)', 'storybook'],
];

export const escapeHtml = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The site header, for pages at `prefix` ('' at the root, '../' one folder down). */
export const siteHeader = (prefix, current = '') => `<header class="site-header">
  <p class="site-name"><a href="${prefix}index.html" data-nav="site">NHS careers widgets</a></p>
  <nav aria-label="Site"><ul>${NAV.map(([href, label, key]) => `<li><a href="${prefix}${href}" data-nav="${key}"${href === current ? ' aria-current="page"' : ''}>${label}</a></li>`).join('')}</ul></nav>
</header>`;

export const siteFooter = (prefix) => `<footer class="site-footer">
  <p>Information about roles comes from NHS Health Careers and the other public sources each role names. This is not an NHS website: it is an open-source project, free to use, with no adverts, cookies or tracking. <a href="${prefix}privacy-and-accessibility.html">Privacy and accessibility</a>.</p>
</footer>`;

/** A whole page of the site. */
export function page({ title, body, prefix = '', current = '', lang = 'en' }) {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${prefix}site.css">
</head>
<body>
<a class="skip" href="#content">Skip to the content</a>
${siteHeader(prefix, current)}
<main id="content" tabindex="-1">
${body}
</main>
${siteFooter(prefix)}
</body>
</html>
`;
}
