import { css } from 'lit';

export const noticeBoardStyles = css`
  .items > li {
    padding: 0.45rem 0;
    border-bottom: 1px dotted var(--_border);
  }
  .items > li:last-child {
    border-bottom: 0;
  }
  .link {
    text-decoration: none;
  }
  a.link:hover,
  a.link:focus-visible {
    text-decoration: underline;
  }
  .important .link {
    font-weight: 700;
  }
  .date {
    color: var(--_muted);
    font-size: 0.875em;
    white-space: nowrap;
  }
  .badge {
    display: inline-block;
    padding: 0 0.4em;
    border-radius: var(--_radius);
    font-size: 0.75em;
    font-weight: 700;
    line-height: 1.6;
    vertical-align: 0.1em;
    white-space: nowrap;
    text-transform: uppercase;
  }
  .badge.new {
    background: var(--gov-color-new, #a00f0f);
    color: var(--gov-color-on-new, #ffffff);
  }
  .badge.important {
    border: 1px solid var(--_accent);
    color: var(--_accent);
    background: var(--_surface);
  }
  .badge.important::before {
    content: '!';
    display: inline-block;
    margin-inline-end: 0.3em;
    padding: 0 0.35em;
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_surface);
  }
  .pin {
    display: inline-block;
    width: 0.9em;
    height: 0.9em;
    margin-inline-end: 0.3em;
    vertical-align: -0.05em;
    fill: var(--_primary);
  }

  /* The ticker: the box is the element's height (when it has one) or --gov-ticker-height. */
  :host([scroll]) {
    display: flex;
    flex-direction: column;
  }
  :host([scroll]) .box,
  :host([scroll]) .body {
    display: flex;
    flex-direction: column;
    flex: 1 1 auto;
    min-height: 0;
  }
  .ticker,
  .ticker-skeleton {
    display: flex;
    flex-direction: column;
    flex: 1 1 auto;
    min-height: 0;
    height: var(--gov-ticker-height, 12rem);
    overflow: hidden;
  }
  .viewport {
    position: relative;
    flex: 1 1 auto;
    min-height: 0;
    overflow: hidden;
  }
  .viewport.still {
    overflow-y: auto;
  }
  .track {
    position: relative;
  }
  .viewport.moving .items > li:last-child {
    border-bottom: 1px dotted var(--_border);
  }
  .viewport.still .items > li:last-child {
    border-bottom: 0;
  }
  .controls {
    flex: none;
    display: flex;
    justify-content: flex-end;
    margin-bottom: 0.35rem;
  }
  .pause {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 2rem;
    padding: 0.1rem 0.7rem;
    font-size: 0.875em;
  }
  .pause svg {
    width: 0.85em;
    height: 0.85em;
    fill: currentColor;
  }

  @media (forced-colors: active) {
    .badge {
      border: 1px solid CanvasText;
    }
    .badge.important::before {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
    }
    .pin {
      fill: CanvasText;
    }
  }
  @media print {
    :host([scroll]) {
      height: auto !important;
    }
    .ticker,
    .ticker-skeleton,
    .viewport {
      height: auto;
      overflow: visible;
    }
    .copy,
    .controls {
      display: none !important;
    }
    .track {
      transform: none !important;
    }
    .badge {
      border: 1px solid #000;
      background: none;
      color: #000;
    }
  }
`;
