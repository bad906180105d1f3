import { css } from 'lit';

/** What every widget shares: the box, inherited typography, links and hidden-but-read text. */
export const base = css`
  :host {
    display: block;
    color: var(--nhs-color-text);
    font: inherit;
    overflow-wrap: break-word;
    /*
     * A page's own rules beat :host, so rules like "* { line-height: 1 }" or
     * "body { text-align: center }" would reach inside. !important in a shadow root outranks the
     * page's normal rules; --nhs-line-height is the way in for a host that wants another spacing.
     */
    line-height: var(--nhs-line-height, 1.5) !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    white-space: normal !important;
    /* Everything inside inherits this, so a page's "* { box-sizing: content-box }" must not win. */
    box-sizing: border-box !important;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  a {
    color: var(--nhs-color-link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  a:visited {
    color: var(--nhs-color-link-visited);
  }

  a:hover {
    text-decoration-thickness: 3px;
  }

  /* Ways in and similar labels: a wrapping row of tags. A tag may break inside a long word
     rather than push the page sideways when the text is large and the space narrow. */
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .tag {
    min-width: 0;
    padding: 0.125em 0.5em;
    border-radius: var(--nhs-radius);
    background: var(--nhs-color-tag-background);
    color: var(--nhs-color-tag-text);
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }

  /* A short message shown in place of content the widget could not show. */
  .message {
    margin: 0 0 1em;
    padding-left: 0.75em;
    border-left: 4px solid var(--nhs-color-error);
  }

  /* The credit to the source at the foot of a widget. */
  .credit {
    margin: 0.75em 0 0;
    color: var(--nhs-color-text-secondary);
    font-size: 0.8125em;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`;
