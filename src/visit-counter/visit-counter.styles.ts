import { css } from 'lit';

/** Rows of label and number; the skeleton rows have the same box, so nothing shifts when data arrives. */
export const visitCounterStyles = css`
  .counts {
    margin: 0;
  }
  .count,
  .skeleton .row {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0 0.75em;
    padding: 0.4em 0;
    border-bottom: 1px dotted var(--_border);
  }
  .count:first-child,
  .skeleton .row:first-of-type {
    padding-top: 0;
  }
  .count:last-child,
  .skeleton .row:last-child {
    padding-bottom: 0;
    border-bottom: 0;
  }
  dt {
    color: var(--gov-counter-label-color, var(--_text));
  }
  dd {
    margin: 0 0 0 auto;
    font-weight: 700;
    color: var(--gov-counter-value-color, var(--_primary));
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
    text-align: end;
  }
  .missing {
    color: var(--_muted);
    font-weight: 400;
  }
  .skeleton .label,
  .skeleton .value {
    display: block;
    height: 1.1em;
    margin: 0.2em 0;
    width: 45%;
  }
  .skeleton .value {
    width: 25%;
  }
  /* A wide box (a footer, a stacked sidebar): the four figures side by side, each label over its number. */
  .body {
    container-type: inline-size;
  }
  @container (min-width: 36em) {
    .counts {
      display: grid;
      grid-template-columns: repeat(4, 1fr);
      gap: var(--_space);
    }
    .count,
    .skeleton .row {
      flex-direction: column;
      align-items: center;
      padding: 0;
      border: 0;
    }
    dd {
      margin: 0;
    }
  }
`;
