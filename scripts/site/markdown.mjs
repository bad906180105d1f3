// Markdown guides to HTML for the static site: headings get ids (the GitHub way, so the guides'
// own `page.md#heading` links keep working), links to other guides point at their HTML pages.
import { Marked } from 'marked';

/** The id GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
export const headingId = (text) =>
  text
    .toLowerCase()
    .trim()
    .replace(/<[^>]+>/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');

/** A relative link to a Markdown file becomes a link to its page; anything else is left alone. */
export const pageLink = (href) => (/^[a-z][a-z0-9+.-]*:|^#|^\/\//i.test(href) ? href : href.replace(/\.md(#|$)/, '.html$1'));

/** Renders one Markdown document; returns its HTML and its first heading (the page title). */
export function renderMarkdown(source) {
  const marked = new Marked({ gfm: true });
  const seen = new Map();
  let title = '';
  marked.use({
    walkTokens(token) {
      if (token.type === 'link') token.href = pageLink(token.href);
    },
    renderer: {
      heading({ tokens, depth, text }) {
        const inner = this.parser.parseInline(tokens);
        if (depth === 1 && !title) title = text;
        const base = headingId(text);
        const count = seen.get(base) ?? 0;
        seen.set(base, count + 1);
        const id = count === 0 ? base : `${base}-${count}`;
        return `<h${depth} id="${id}">${inner}</h${depth}>\n`;
      },
    },
  });
  const html = marked.parse(source);
  return { html, title };
}
