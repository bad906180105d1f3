import { css } from 'lit';

export const careersProviderStyles = css`
  .message {
    margin: 0 0 1em;
    padding-left: 0.75em;
    border-left: 4px solid var(--nhs-color-error);
  }
`;
