import { css } from 'lit';

/** Buttons shared by the widgets that have them: an outlined one, and a filled `.primary` one. */
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

  @media (forced-colors: active) {
    .button[aria-pressed='true'] {
      border-width: 4px;
    }
  }
`;
