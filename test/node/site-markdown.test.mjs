// The static site's Markdown rendering (scripts/site/markdown.mjs): headings get the ids GitHub
// gives them, so the guides' links to `page.md#heading` land on the heading in `page.html`.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { headingId, pageLink, renderMarkdown } from '../../scripts/site/markdown.mjs';

describe('guides as HTML', () => {
  it('gives headings GitHub’s ids, numbering repeats', () => {
    assert.equal(headingId('Step 1: make your snippet'), 'step-1-make-your-snippet');
    assert.equal(headingId('Route 3: the iframe (LocalGov Drupal and other locked-down sites)'), 'route-3-the-iframe-localgov-drupal-and-other-locked-down-sites');
    const { html, title } = renderMarkdown('# A guide\n\n## Step 1: go\n\n## Step 1: go\n');
    assert.equal(title, 'A guide');
    assert.match(html, /<h2 id="step-1-go">Step 1: go<\/h2>\n<h2 id="step-1-go-1">/);
  });

  it('points links to other guides at their pages, and leaves other links alone', () => {
    assert.equal(pageLink('wordpress.md#step-1-make-your-snippet'), 'wordpress.html#step-1-make-your-snippet');
    assert.equal(pageLink('../privacy-and-accessibility.md'), '../privacy-and-accessibility.html');
    assert.equal(pageLink('https://example.org/readme.md'), 'https://example.org/readme.md');
    assert.equal(pageLink('#how-tall'), '#how-tall');
    const { html } = renderMarkdown('See [WordPress](wordpress.md) and ![a picture](images/a.png).');
    assert.match(html, /<a href="wordpress\.html">WordPress<\/a>/);
    assert.match(html, /<img src="images\/a\.png" alt="a picture">/);
  });
});
