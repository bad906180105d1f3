import { css } from 'lit';

export const roleCardStyles = css`
  :host {
    --nhs-role-card-padding: 1.5em;
    --nhs-role-card-border-width: 1px;
    --nhs-role-card-background: var(--nhs-color-background);
    --nhs-role-card-heading-size: 1.375em;
    max-width: 100%;
  }

  .card {
    position: relative;
    padding: var(--nhs-role-card-padding);
    border: var(--nhs-role-card-border-width) solid var(--nhs-color-border);
    border-radius: var(--nhs-radius);
    background: var(--nhs-role-card-background);
  }

  .heading {
    margin: 0 0 0.25em;
    font-size: var(--nhs-role-card-heading-size);
    line-height: 1.3;
    font-weight: 600;
  }

  .category {
    margin: 0 0 0.75em;
    color: var(--nhs-color-text-secondary);
    font-size: 0.875em;
  }

  .summary {
    margin: 0 0 1em;
  }

  .section {
    margin: 0 0 1em;
  }

  .section-heading,
  .label {
    margin: 0 0 0.25em;
    font-size: 1em;
    font-weight: 600;
  }

  .section p {
    margin: 0;
  }



  .related {
    margin: 0;
    padding-left: 1.25em;
  }

  .more {
    margin: 0 0 0.5em;
    font-weight: 600;
  }


  ::slotted([slot='actions']) {
    display: block;
    margin-top: 0.5em;
  }

  @media print {
    .card {
      break-inside: avoid;
      border-color: #000;
    }
  }

  @media (forced-colors: active) {
    .card,
    .tag {
      border: 1px solid CanvasText;
    }
  }
`;
