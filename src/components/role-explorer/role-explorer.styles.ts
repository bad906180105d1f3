import { css } from 'lit';

export const roleExplorerStyles = css`
  :host {
    --nhs-role-explorer-gap: 1em;
    --nhs-role-explorer-control-border: 2px solid currentColor;
  }

  label,
  legend {
    display: block;
    margin-bottom: 0.25em;
    font-weight: 600;
  }

  .hint {
    margin: 0 0 0.5em;
    color: var(--nhs-color-text-secondary);
    font-size: 0.875em;
  }

  input,
  select {
    max-width: 100%;
    padding: 0.4em;
    border: var(--nhs-role-explorer-control-border);
    border-radius: 0;
    background: var(--nhs-color-background);
    color: inherit;
    font: inherit;
  }

  .search-filters {
    margin: 0.75em 0 0;
  }

  .search-filters-label {
    margin: 0 0 0.25em;
    font-weight: 600;
  }

  .search-filters ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .search-filter {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    padding: 0.2em 0.2em 0.2em 0.6em;
    border: 2px solid currentColor;
  }

  .search-filter-note {
    font-weight: normal;
    color: var(--nhs-color-text-secondary);
  }

  .search-filter .button {
    min-width: 2.75em;
    min-height: 2.75em;
    padding: 0.2em 0.5em;
  }

  input[type='search'] {
    width: 100%;
    max-width: 30em;
  }

  fieldset {
    margin: 1em 0;
    padding: 0.75em 1em 1em;
    border: 1px solid var(--nhs-color-border);
    border-radius: var(--nhs-radius);
  }

  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14em), 1fr));
    gap: var(--nhs-role-explorer-gap);
  }

  .filters select {
    width: 100%;
  }

  .status {
    margin: 1em 0 0.5em;
    font-weight: 600;
  }

  .results {
    display: grid;
    /* One column that never grows past the explorer, however long a word is. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .result {
    padding: 1em;
    border: 1px solid var(--nhs-color-border);
    border-radius: var(--nhs-radius);
  }

  .result-title {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.3;
  }

  .result-category {
    margin: 0.25em 0 0.5em;
    color: var(--nhs-color-text-secondary);
    font-size: 0.875em;
  }

  .result-summary {
    margin: 0 0 0.5em;
  }

  .result-pay {
    margin: 0 0 0.5em;
    font-size: 0.875em;
  }



  .result .tags {
    margin-bottom: 0.75em;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1.5em;
  }

  .tray {
    position: sticky;
    bottom: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-top: 1em;
    padding: 0.75em 1em;
    border: 1px solid var(--nhs-color-border);
    background: var(--nhs-color-background, #ffffff);
  }

  :host(:not([theme])) .tray {
    background: Canvas;
    color: CanvasText;
  }

  .tray p {
    margin: 0;
  }

  .comparison {
    margin-top: 1.5em;
  }

  .comparison:focus {
    outline: none;
  }

  .suggestions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
  }

  @media print {
    fieldset,
    .tray,
    .more {
      display: none;
    }
  }
`;
