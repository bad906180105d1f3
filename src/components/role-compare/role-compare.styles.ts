import { css } from 'lit';

export const roleCompareStyles = css`
  :host {
    --nhs-role-compare-cell-padding: 0.75em;
    --nhs-role-compare-header-background: var(--nhs-color-surface);
    container-type: inline-size;
  }

  table {
    width: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }

  caption {
    margin-bottom: 0.5em;
    font-weight: 600;
    font-size: 1.125em;
    text-align: start;
  }

  th,
  td {
    padding: var(--nhs-role-compare-cell-padding);
    border: 1px solid var(--nhs-color-border);
    text-align: start;
    vertical-align: top;
  }

  thead th,
  tbody th {
    background: var(--nhs-role-compare-header-background);
  }

  tbody th {
    width: 11em;
    font-weight: 600;
  }



  .narrow {
    display: none;
  }

  .narrow table + table {
    margin-top: 1.5em;
  }

  /* On narrow screens the same facts stack: one real table per role, one above another. */
  @container (max-width: 40em) {
    .wide {
      display: none;
    }

    .narrow {
      display: block;
    }

    th,
    td {
      padding: 0.5em;
    }

    tbody th {
      width: 45%;
    }
  }

  @media print {
    th,
    td {
      border-color: #000;
    }
  }

  @media (forced-colors: active) {
    th,
    td {
      border: 1px solid CanvasText;
    }
  }
`;
