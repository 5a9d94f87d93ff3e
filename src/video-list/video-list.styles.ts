import { css } from 'lit';

export const videoListStyles = css`
  :host {
    --_overlay: var(--gov-color-overlay, rgb(0 0 0 / 75%));
    --_on-overlay: var(--gov-color-on-overlay, #ffffff);
    --_current: var(--gov-color-current, #e7eef7);
  }
  .body {
    container-type: inline-size;
  }

  /* The 16:9 stage: thumbnail, play button and length badge, then the player in their place. */
  .stage {
    position: relative;
    aspect-ratio: 16 / 9;
    overflow: hidden;
    background: #000;
    border-radius: var(--_radius);
  }
  .image,
  .embed {
    display: block;
    width: 100%;
    height: 100%;
    border: 0;
  }
  .image {
    object-fit: cover;
    background: var(--_skeleton);
    border-radius: var(--_radius);
  }
  .placeholder {
    background: linear-gradient(135deg, #2b3a4a, #0d1620);
  }
  .play {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    width: 100%;
    height: 100%;
    padding: 0;
    border: 0;
    background: none;
  }
  .play,
  .play:hover {
    color: var(--_on-overlay);
  }
  .play:hover {
    background: rgb(0 0 0 / 15%);
  }
  /* Inside the edge: the stage clips anything outside it, and the player fills it. */
  .play:focus-visible,
  .embed:focus-visible,
  .entry:focus-visible {
    outline-offset: -3px;
  }
  /* A white band inside the ring keeps it visible on any thumbnail. */
  .play:focus-visible {
    box-shadow: inset 0 0 0 6px #fff;
  }
  .icon {
    width: clamp(2.75em, 18%, 4.25em);
    height: auto;
    fill: currentColor;
    filter: drop-shadow(0 1px 3px rgb(0 0 0 / 50%));
  }
  .disc {
    fill: var(--_overlay);
    transition: fill 0.15s;
  }
  .play:hover .disc,
  .play:focus-visible .disc {
    fill: var(--_primary);
  }
  .stage .duration,
  .note {
    position: absolute;
    inset-block-end: 0.4em;
    inset-inline-end: 0.4em;
    margin: 0;
    padding: 0 0.35em;
    background: var(--_overlay);
    color: var(--_on-overlay);
    border-radius: var(--_radius);
    font-size: var(--_small);
    pointer-events: none;
  }
  .note {
    inset-inline-start: 0.4em;
    padding: 0.3em 0.6em;
  }
  .stage:has(.duration) .note {
    inset-block-end: 2em;
  }

  /* Titles, dates, lengths. */
  .caption {
    margin: 0.45em 0 0;
  }
  .title {
    font-weight: 600;
  }
  .caption .date,
  .meta {
    color: var(--_muted);
    font-size: var(--_small);
  }

  /* player layout: the stage and its caption, then the playlist (beside them when there is room). */
  .playlist {
    margin-top: var(--_space);
    border-top: 1px solid var(--_border);
  }
  li + li > .entry {
    border-top: 1px dotted var(--_border);
  }
  .entry {
    display: flex;
    gap: 0.6em;
    align-items: flex-start;
    width: 100%;
    padding: 0.45em 0.35em;
    border: 0;
    background: none;
    color: var(--_text);
    text-align: start;
  }
  .entry:hover,
  [aria-current='true'] {
    background: var(--_current);
    color: var(--_text);
  }
  [aria-current='true'] {
    box-shadow: inset 4px 0 0 var(--_primary);
  }
  [aria-current='true'] .title {
    color: var(--_primary);
  }
  .thumb {
    flex: 0 0 var(--gov-playlist-thumb-width, 7.5em);
    aspect-ratio: 16 / 9;
  }
  .entry-text {
    display: grid;
    gap: 0.1em;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.6em;
  }
  @container (max-width: 20em) {
    .thumb {
      flex-basis: 6em;
    }
  }
  @media screen {
    @container (min-width: 40em) {
      .has-playlist {
        display: grid;
        grid-template-columns: minmax(0, 5fr) minmax(0, 3fr);
        align-items: start;
        gap: var(--_space);
      }
      .has-playlist .playlist {
        /* Its own container: a narrow side playlist gets the smaller thumbnails too. Every entry
           whole: the list takes its own height rather than scrolling inside the player's, which
           cut the last visible entry in half. */
        container: gov-side-playlist / inline-size;
        margin: 0;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
      }
    }
    /* Beside the player, each entry has room for three lines of title (a long title in the
       narrow column, or the loading placeholder's) and the date line: the list keeps its height
       when the data arrives. */
    @container gov-side-playlist (min-width: 0) {
      .entry {
        min-height: calc(3 * 1.5em + 0.1em + 1.5 * var(--_small) + 0.9em + 1px);
      }
    }
  }

  /* A playlist entry plays its video: a play symbol on its thumbnail says it can be pressed. */
  .thumb {
    position: relative;
  }
  .thumb .icon {
    position: absolute;
    inset: 0;
    width: 2.25em;
    margin: auto;
  }
  .entry:is(:hover, :focus-visible) .disc {
    fill: var(--_primary);
  }
  @media (forced-colors: active) {
    .entry .disc {
      fill: Canvas;
      stroke: CanvasText;
    }
  }

  /* grid layout: every card plays in place. */
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--gov-video-min-width, 14em)), 1fr));
    gap: var(--_space);
  }

  /* Loading: the same boxes around invisible text of typical length (see renderSkeleton). */
  .skeleton-box.stage {
    display: block;
  }

  @media (forced-colors: active) {
    .icon,
    .stage .duration,
    .note {
      forced-color-adjust: none;
    }
    /* System colours for the play symbol: the button's forced text colour on the dark disc vanished. */
    .icon {
      fill: CanvasText;
    }
    .play .disc,
    .play:is(:hover, :focus-visible) .disc {
      fill: Canvas;
      stroke: CanvasText;
    }
    .play:focus-visible {
      outline-color: Highlight;
    }
    /* Dashed, so the current video is not taken for the (solid) focus ring. */
    [aria-current='true'] {
      outline: 2px dashed Highlight;
      outline-offset: -2px;
    }
  }

  @media print {
    /* No players or controls on paper: thumbnails, titles and dates remain. */
    .play,
    .embed,
    .stage:has(.embed) {
      display: none !important;
    }
    .entry {
      display: flex !important;
      background: none;
      box-shadow: none;
    }
    .stage,
    li {
      break-inside: avoid;
    }
  }
`;
