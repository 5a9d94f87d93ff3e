import { css } from 'lit';

export const documentListStyles = css`
  :host {
    --_stripe: var(--gov-color-stripe, #f4f7fa);
  }
  /* By the box's own width, not the viewport's: a register in a narrow column gets cards too. */
  .body {
    container-type: inline-size;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em var(--_space);
    align-items: flex-end;
    margin-bottom: 0.5em;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2em;
    flex: 1 1 10em;
    min-width: 0;
  }
  .field.search {
    flex: 3 1 16em;
  }
  .field.clear {
    flex: 0 0 auto;
  }
  label {
    font-size: var(--_small);
    font-weight: 600;
  }
  input,
  select {
    font: inherit;
    width: 100%;
    min-height: var(--_target);
    padding: 0.25em 0.5em;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .count {
    margin: 0 0 0.5em;
    color: var(--_muted);
  }
  .table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    padding: 0.45em 0.5em;
    text-align: start;
    vertical-align: top;
    border-bottom: 1px solid var(--_border);
  }
  thead th {
    font-size: var(--_small);
    border-bottom: 2px solid var(--_primary);
    white-space: nowrap;
  }
  tbody th {
    font-weight: 600;
    white-space: nowrap;
  }
  tbody tr:nth-child(even) {
    background: var(--_stripe);
  }
  .col-title {
    min-width: 14em;
  }
  [part~='sort'] {
    min-height: 0;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font-weight: 700;
    text-align: start;
  }
  [part~='sort']:hover {
    background: none;
    color: var(--_link);
    text-decoration: underline;
  }
  .arrow {
    margin-inline-start: 0.3em;
    color: var(--_muted);
  }
  [aria-sort] .arrow {
    color: var(--_primary);
  }
  .link {
    font-weight: 600;
  }
  .date {
    white-space: nowrap;
  }
  .none {
    color: var(--_muted);
    font-weight: 400;
  }
  .status {
    display: inline-block;
    padding: 0 0.4em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    font-size: var(--_small);
    font-weight: 600;
    white-space: nowrap;
  }
  .effective {
    color: var(--gov-color-status-effective, #17663a);
    background: #e8f5ec;
  }
  .expired {
    color: var(--gov-color-status-expired, #a0201a);
    background: #fbeaea;
  }
  .partly-expired {
    color: var(--gov-color-status-partly-expired, #8a4b00);
    background: #fdf1e0;
  }
  .not-yet {
    color: var(--gov-color-status-not-yet, #0b4a8b);
    background: #e7eff8;
  }
  .files li + li {
    margin-top: 0.25em;
  }
  .meta {
    white-space: nowrap;
  }
  .no-match {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    padding: var(--_space) 0;
  }
  .no-match p {
    margin: 0;
    flex: 1 1 12em;
  }
  .pager {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    justify-content: center;
    margin-top: var(--_space);
  }
  button:disabled {
    cursor: default;
    opacity: 0.6;
    background: var(--_surface);
    color: var(--_muted);
    border-color: var(--_muted);
  }
  /* Cards: each row a bordered block whose cells carry their column's name. */
  @container (max-width: 39.99em) {
    .table,
    .table > tbody,
    .table tr,
    .table th,
    .table td {
      display: block;
    }
    .table > thead > tr {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1em;
      margin-bottom: 0.5em;
    }
    /* The column names are on every card; only the sort buttons stay visible above them. */
    thead th:not(.sortable) {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
      padding: 0;
    }
    thead th {
      border: 0;
      padding: 0;
    }
    .table .col-title {
      min-width: 0;
    }
    [part~='sort'] {
      min-height: max(2.75em, 44px);
    }
    tbody tr {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: 0.35em 0.6em;
      margin-bottom: 0.6em;
    }
    tbody tr:nth-child(even) {
      background: none;
    }
    tbody th,
    tbody td {
      border: 0;
      padding: 0.2em 0;
      white-space: normal;
    }
    tbody th::before,
    tbody td::before {
      /* The cell's name for sighted readers; screen readers have the column header already. */
      content: attr(data-label);
      content: attr(data-label) / '';
      display: block;
      color: var(--_muted);
      font-size: var(--_small);
      font-weight: 600;
    }
    tbody td:empty {
      display: none;
    }
    input,
    select,
    button {
      min-height: 2.75em;
    }
    .skeleton-box.input {
      height: 2.75em;
    }
    /* Narrow boxes are phones: body text of at least 18 px. */
    .controls,
    .count,
    .table,
    .no-match,
    .pager {
      font-size: max(1em, 18px);
    }
  }
  /* The loading placeholder's geometry (the shared look is skeletonBox() in the core). */
  .skeleton-box.label {
    align-self: flex-start;
    font-size: var(--_small);
  }
  .skeleton-box.input {
    display: block;
    height: var(--_target);
  }
  @media (forced-colors: active) {
    .status {
      forced-color-adjust: none;
      color: CanvasText;
      background: Canvas;
      border-color: CanvasText;
    }
    tbody tr:nth-child(even) {
      background: none;
    }
  }
  @media print {
    .controls,
    .pager,
    .no-match button {
      display: none !important;
    }
    .table {
      display: table !important;
    }
    .status {
      background: none;
      color: #000;
    }
    tbody tr:nth-child(even) {
      background: none;
    }
    thead th:not(.sortable) {
      position: static;
      width: auto;
      height: auto;
      clip-path: none;
    }
    [part~='sort'] {
      display: inline !important;
      color: #000;
    }
    .arrow {
      display: none;
    }
  }
`;
