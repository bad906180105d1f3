import { css } from 'lit';

export const categoryGridStyles = css`
  :host {
    --nhs-category-grid-gap: 1em;
    --nhs-category-grid-min-column: 16em;
    --nhs-category-grid-padding: 1.25em;
    --nhs-category-grid-heading-size: 1.25em;
  }

  .note {
    margin: 0 0 1em;
    color: var(--nhs-color-text-secondary);
  }


  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--nhs-category-grid-min-column)), 1fr));
    gap: var(--nhs-category-grid-gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .category {
    display: flex;
    flex-direction: column;
    padding: var(--nhs-category-grid-padding);
    border: 1px solid var(--nhs-color-border);
    border-radius: var(--nhs-radius);
    background: var(--nhs-color-background);
  }

  .category.open {
    grid-column: 1 / -1;
  }

  .name {
    margin: 0 0 0.5em;
    font-size: var(--nhs-category-grid-heading-size);
    line-height: 1.3;
    font-weight: 600;
  }

  .summary {
    margin: 0 0 0.75em;
    flex-grow: 1;
  }

  .count {
    margin: 0 0 0.5em;
    color: var(--nhs-color-text-secondary);
    font-size: 0.875em;
  }

  .toggle {
    display: inline-flex;
    align-items: baseline;
    gap: 0.4em;
    align-self: flex-start;
    padding: 0.25em 0;
    border: 0;
    background: none;
    color: var(--nhs-color-link);
    font: inherit;
    font-weight: 600;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }

  .toggle::before {
    content: '';
    flex: none;
    width: 0;
    height: 0;
    border-style: solid;
    border-width: 0.35em 0 0.35em 0.55em;
    border-color: transparent transparent transparent currentColor;
  }

  .toggle[aria-expanded='true']::before {
    transform: rotate(90deg);
  }

  @media (prefers-reduced-motion: no-preference) {
    .toggle::before {
      transition: transform 0.15s ease-out;
    }
  }

  .panel {
    margin-top: 0.75em;
  }

  .roles {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14em), 1fr));
    gap: 0.25em 1.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .role.open {
    grid-column: 1 / -1;
  }

  .role .toggle {
    font-weight: 400;
  }

  .role nhs-role-card {
    margin: 0.5em 0 1em;
  }

  @media print {
    .panel[hidden] {
      display: block;
    }

    .toggle {
      color: inherit;
      text-decoration: none;
    }

    .category {
      break-inside: avoid;
      border-color: #000;
    }
  }

  @media (forced-colors: active) {
    .category {
      border: 1px solid CanvasText;
    }

    .toggle::before {
      border-color: transparent transparent transparent ButtonText;
    }
  }
`;
