import { css } from 'lit';

export const noticeBoardStyles = css`
  li {
    padding: 0.45em 0;
  }
  li + li {
    border-top: 1px dotted var(--_border);
  }
  [part~='item-important'] .link {
    font-weight: 700;
  }
  .date {
    color: var(--_muted);
    font-size: var(--_small);
    white-space: nowrap;
  }
  .badge {
    display: inline-block;
    padding: 0 0.4em;
    border-radius: var(--_radius);
    font-size: var(--_small);
    font-weight: 700;
    line-height: 1.5;
    vertical-align: 0.1em;
    white-space: nowrap;
  }
  .new {
    background: var(--gov-color-new, #a00f0f);
    color: var(--gov-color-on-new, #fff);
  }
  .important {
    border: 1px solid;
    color: var(--_accent);
  }
  .important::before {
    content: '!';
    /* Decoration: screen readers say "Quan trọng", not "! Quan trọng" (the first line is the fallback). */
    content: '!' / '';
    margin-inline-end: 0.3em;
    padding: 0 0.35em;
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_surface);
  }
  svg {
    width: 0.9em;
    height: 0.9em;
    margin-inline-end: 0.35em;
    fill: currentColor;
  }
  .pin {
    fill: var(--_primary);
  }

  /* The ticker: the box is the element's height (when it has one) or --gov-ticker-height. */
  :host([ticker]),
  :host([ticker]) .box,
  :host([ticker]) .body,
  .ticker {
    display: flex;
    flex-direction: column;
  }
  :host([ticker]) .box,
  :host([ticker]) .body,
  .ticker,
  .viewport {
    flex: auto;
    min-height: 0;
  }
  .ticker {
    height: var(--gov-ticker-height, 12em);
    overflow: hidden;
  }
  .viewport {
    overflow: auto;
  }
  /* Room at the sides for focus rings, which the ticker's box would clip. */
  .track {
    position: relative;
    padding-inline: 5px;
  }
  .controls {
    margin-bottom: 0.35em;
    text-align: end;
  }
  .pause {
    font-size: 0.875em;
  }
  /* One loop moves the track (list + copy) by one list; the element sets its duration from the speed. */
  @keyframes gov-tick {
    to {
      transform: translateY(-50%);
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .moving {
      overflow: hidden;
    }
    .moving ul {
      border-bottom: 1px dotted var(--_border);
    }
    .moving .track {
      animation: gov-tick 1s linear infinite;
    }
    /* Hover or focus anywhere in the ticker, its pause button included, holds it still. */
    .ticker:is(:hover, :focus-within) .track,
    .paused .track {
      animation-play-state: paused;
    }
  }
  /* Still, and on paper: the whole list, not a box cut mid-line with nothing saying there is more. */
  @media (prefers-reduced-motion: reduce), print {
    :host([ticker]) {
      height: auto !important;
    }
    .ticker,
    .viewport {
      height: auto;
      overflow: visible;
    }
    .copy,
    .controls {
      display: none;
    }
  }

  @media (forced-colors: active) {
    .badge {
      border: 1px solid CanvasText;
    }
    .important::before {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
    }
    .pin {
      fill: CanvasText;
    }
  }
  @media print {
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
