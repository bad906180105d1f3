import { css } from 'lit';

export const careerFinderStyles = css`
  :host {
    --nhs-career-finder-padding: 1.5em;
    --nhs-career-finder-heading-size: 1.375em;
  }

  .finder {
    padding: var(--nhs-career-finder-padding);
    border: 1px solid var(--nhs-color-border);
    border-radius: var(--nhs-radius);
  }

  .progress,
  .privacy {
    margin: 0 0 0.75em;
    color: var(--nhs-color-text-secondary);
    font-size: 0.875em;
  }

  fieldset {
    margin: 0 0 1em;
    padding: 0;
    border: 0;
  }

  legend {
    padding: 0;
  }

  .heading {
    margin: 0 0 0.75em;
    font-size: var(--nhs-career-finder-heading-size);
    line-height: 1.3;
  }

  .heading:focus {
    outline: none;
  }

  .answers {
    display: grid;
    gap: 0.5em;
  }

  .answer {
    display: flex;
    align-items: flex-start;
    gap: 0.6em;
    padding: 0.5em 0.75em;
    border: 1px solid var(--nhs-color-border);
    border-radius: var(--nhs-radius);
    cursor: pointer;
  }

  .answer:has(input:checked) {
    border-color: var(--nhs-color-accent);
    box-shadow: inset 4px 0 0 var(--nhs-color-accent);
  }

  .answer input {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin: 0.15em 0 0;
    accent-color: var(--nhs-color-accent);
  }

  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
  }

  .suggestions {
    margin: 0 0 1em;
    padding-left: 1.5em;
  }

  .suggestion {
    margin-bottom: 1em;
  }

  .suggestion-title {
    margin: 0;
    font-size: 1.125em;
  }

  .suggestion p {
    margin: 0.25em 0;
  }

  .reason {
    color: var(--nhs-color-text-secondary);
  }

  .suggestion nhs-role-card {
    margin-top: 0.5em;
  }

  @media print {
    .nav,
    .toggle {
      display: none;
    }
  }

  @media (forced-colors: active) {
    .answer:has(input:checked) {
      border: 3px solid Highlight;
    }
  }
`;
