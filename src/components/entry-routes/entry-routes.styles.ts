import { css } from 'lit';

export const entryRoutesStyles = css`
  :host {
    --nhs-entry-routes-gap: 1em;
    --nhs-entry-routes-padding: 1.25em;
    --nhs-entry-routes-heading-size: 1.25em;
  }

  .routes {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18em), 1fr));
    gap: var(--nhs-entry-routes-gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .route {
    padding: var(--nhs-entry-routes-padding);
    border: 1px solid var(--nhs-color-border);
    border-left: 4px solid var(--nhs-color-accent);
    border-radius: var(--nhs-radius);
    background: var(--nhs-color-background);
  }

  .heading {
    margin: 0 0 0.5em;
    font-size: var(--nhs-entry-routes-heading-size);
    line-height: 1.3;
    font-weight: 600;
  }

  .subheading {
    margin: 1em 0 0.25em;
    font-size: 1em;
    font-weight: 600;
  }

  p {
    margin: 0 0 0.5em;
  }

  .asks {
    color: var(--nhs-color-text-secondary);
  }

  .role-list {
    margin: 0;
    padding-left: 1.25em;
  }

  .columns {
    columns: 16em;
    column-gap: 2em;
  }


  @media print {
    .route {
      break-inside: avoid;
      border-color: #000;
    }
  }

  @media (forced-colors: active) {
    .route {
      border: 1px solid CanvasText;
      border-left-width: 4px;
    }
  }
`;
