import { css } from 'lit';

/** What every widget shares: the box, inherited typography, links and hidden-but-read text. */
export const base = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--nhs-color-text);
    font: inherit;
    line-height: 1.5;
    overflow-wrap: break-word;
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

  /* A short message shown in place of content the widget could not show. */
  .message {
    margin: 0 0 1em;
    padding-left: 0.75em;
    border-left: 4px solid var(--nhs-color-error);
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
