import { css } from 'lit';

/**
 * Buttons shared by the widgets that have them: an outlined one, a filled `.primary` one, and a
 * `.link-button` that reads as a link but acts in the page (it opens something, it goes nowhere).
 */
export const buttons = css`
  .button {
    padding: 0.45em 0.9em;
    border: 2px solid var(--nhs-color-accent);
    border-radius: var(--nhs-radius);
    background: var(--nhs-color-background);
    color: var(--nhs-color-link);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  .button.primary,
  .button[aria-pressed='true'] {
    background: var(--nhs-color-accent);
    color: var(--nhs-color-on-accent);
  }

  .button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }

  .link-button {
    padding: 0;
    border: 0;
    background: none;
    color: var(--nhs-color-link);
    font: inherit;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }

  @media (forced-colors: active) {
    .button[aria-pressed='true'] {
      border-width: 4px;
    }
  }
`;
