import { css } from 'lit';

/** One focus style for every widget: the NHS yellow and black, with a forced-colours branch. */
export const focus = css`
  a:focus-visible {
    outline: 4px solid transparent;
    background-color: var(--nhs-color-focus);
    color: var(--nhs-color-focus-text);
    box-shadow: 0 -2px var(--nhs-color-focus), 0 4px var(--nhs-color-focus-text);
    text-decoration: none;
  }

  button:focus-visible,
  input:focus-visible,
  select:focus-visible {
    outline: 4px solid var(--nhs-color-focus);
    outline-offset: 0;
    box-shadow: 0 0 0 8px var(--nhs-color-focus-text);
  }

  @media (forced-colors: active) {
    a:focus-visible,
    button:focus-visible,
    input:focus-visible,
    select:focus-visible {
      outline: 3px solid Highlight;
      outline-offset: 2px;
      box-shadow: none;
    }
  }
`;
