// Host pages like the ones website builders make, for pasting embed snippets into. Written from
// the structure those platforms output (class names, layout rules, typical theme CSS), not
// copied from any theme. Used by guides.test.mjs and by scripts/guide-screenshots.mjs.

const page = ({ lang = 'en-GB', title, style, body }) => `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${title}</title>
<style>${style}</style>
</head>
${body}
</html>`;

/** Rules like a block theme's global styles: a serif body font, a constrained content column. */
const BLOCK_THEME_CSS = `
:root { --wp--preset--color--base: #f9f9f9; --wp--preset--color--contrast: #111111; --wp--preset--color--accent: #7a2e0e;
  --wp--preset--font-family--body: Georgia, 'Times New Roman', serif; --wp--style--global--content-size: 620px; }
body { margin: 0; background: var(--wp--preset--color--base); color: var(--wp--preset--color--contrast);
  font-family: var(--wp--preset--font-family--body); font-size: 1.125rem; line-height: 1.55; }
a { color: var(--wp--preset--color--contrast); text-decoration-thickness: 1px; text-underline-offset: .1em; }
h1, h2, h3, h4 { font-weight: 400; line-height: 1.2; letter-spacing: -0.02em; }
h1 { font-size: 2.6rem; } h2 { font-size: 2rem; } h3 { font-size: 1.6rem; }
.wp-site-blocks { padding: 0 1.5rem; }
.wp-block-template-part { padding: 1.5rem 0; display: flex; flex-wrap: wrap; gap: 1rem 2rem; align-items: center; justify-content: space-between; }
.wp-block-site-title { margin: 0; font-weight: 600; } .wp-block-site-title a { text-decoration: none; }
.wp-block-navigation ul { display: flex; gap: 1.5rem; list-style: none; margin: 0; padding: 0; }
.is-layout-constrained > :where(:not(.alignleft):not(.alignright):not(.alignfull)) {
  max-width: var(--wp--style--global--content-size); margin-left: auto !important; margin-right: auto !important; }
.wp-block-post-title { margin-top: 2rem; }
footer.wp-block-template-part { border-top: 1px solid #ddd; margin-top: 3rem; font-size: .9rem; }
`;

/**
 * A page of a block theme (as WordPress 6 renders one) whose content holds each snippet as a
 * Custom HTML block. The block saves its HTML as it is, so on the page it sits straight inside
 * the post content, with no wrapper of its own.
 */
export const wordPressPage = (snippets) =>
  page({
    title: 'Careers in the NHS – Anytown Academy',
    style: BLOCK_THEME_CSS,
    body: `<body class="page-template-default page page-id-42 wp-embed-responsive">
<div class="wp-site-blocks">
<header class="wp-block-template-part">
<p class="wp-block-site-title"><a href="#" rel="home">Anytown Academy</a></p>
<nav class="wp-block-navigation" aria-label="Main"><ul class="wp-block-navigation__container">
<li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="#">Home</a></li>
<li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="#">Careers</a></li>
<li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="#">Contact</a></li>
</ul></nav>
</header>
<main class="wp-block-group is-layout-flow">
<div class="wp-block-group has-global-padding is-layout-constrained"><h1 class="wp-block-post-title">Careers in the NHS</h1></div>
<div class="entry-content wp-block-post-content has-global-padding is-layout-constrained">
<p>The NHS employs people in more than 350 different roles. Here is one our Year 11s asked about, and the groups of roles you can start through an apprenticeship.</p>
<h2 class="wp-block-heading">A job to look at: paramedic</h2>
${snippets[0] ?? ''}
<p>Every group below opens to show its roles.</p>
${snippets.slice(1).join('\n')}
</div>
</main>
<footer class="wp-block-template-part"><p>Anytown Academy, Station Road, Anytown</p></footer>
</div>
</body>`,
  });

/** Rules like a classic theme's: a 10px root, uppercase buttons, a narrow content column. */
const CLASSIC_THEME_CSS = `
html { font-size: 62.5%; }
*, *::before, *::after { box-sizing: inherit; word-break: break-word; }
body { box-sizing: border-box; margin: 0; background: #f5efe0; color: #000; font-family: 'Hoefler Text', Garamond, 'Times New Roman', serif; font-size: 1.8rem; }
a { color: #a3203f; }
.site-header { background: #fff; padding: 2rem; }
.site-title { margin: 0; font-size: 2.4rem; font-weight: 700; }
.entry-title { text-align: center; font-size: 3.6rem; }
.entry-content > * { max-width: 58rem; width: calc(100% - 4rem); margin: 0 auto 2rem; }
.entry-content p { line-height: 1.4; }
button { text-transform: uppercase; background: #a3203f; color: #fff; border: none; letter-spacing: .0333em; font-size: 1.5rem; font-weight: 600; }
.site-footer { background: #fff; padding: 2rem; font-size: 1.6rem; }
`;

/** What the classic editor's automatic paragraphs do to pasted lines (as wpautop does). */
const autop = (html) => `<p>${html.trim().split('\n').join('<br />\n')}</p>`;

/**
 * A classic theme's page with a snippet pasted into the classic editor: its lines wrapped in a
 * paragraph with line breaks, and its script moved to the end of the body, as optimisation
 * plugins do.
 */
export const classicEditorPage = (snippet) => {
  const scripts = snippet.match(/<script[^>]*><\/script>/g) ?? [];
  const rest = scripts.reduce((html, script) => html.replace(script, ''), snippet);
  return page({
    title: 'Working in the NHS – Anytown Council',
    style: CLASSIC_THEME_CSS,
    body: `<body class="page-template-default page page-id-7">
<div id="page" class="site">
<header id="masthead" class="site-header"><p class="site-title"><a href="#">Anytown Council</a></p></header>
<div id="content" class="site-content"><main id="main" class="site-main">
<article id="post-7" class="post-7 page type-page status-publish hentry">
<header class="entry-header"><h1 class="entry-title">Working in the NHS</h1></header>
<div class="entry-content">
<p>Anytown General Hospital is recruiting. This is one of the roles on offer.</p>
${autop(rest)}
</div>
</article>
</main></div>
<footer class="site-footer"><p>Anytown Council</p></footer>
</div>
${scripts.join('\n')}
</body>`,
  });
};

/** A page with nothing but an embed someone added on an iframe-only platform. */
export const iframeOnlyPage = (snippet) =>
  page({
    title: 'Health careers – Anytown Primary',
    style: `body { margin: 0 auto; max-width: 60rem; padding: 1rem; font-family: 'Open Sans', Arial, sans-serif; color: #202124; }
header { border-bottom: 1px solid #dadce0; } section { padding: 1rem 0; }`,
    body: `<body>
<header><h1>Health careers</h1></header>
<main><section><p>Have a look at the kinds of jobs in the NHS.</p>
${snippet}
</section><section><p>Ask Mrs Patel in the library for more.</p></section></main>
</body>`,
  });
