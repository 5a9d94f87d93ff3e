import { css } from 'lit';

export const videoListStyles = css`
  :host {
    --_overlay: var(--gov-color-overlay, rgb(0 0 0 / 75%));
    --_on-overlay: var(--gov-color-on-overlay, #ffffff);
    --_current: var(--gov-color-current, #e7eef7);
    --_thumb-width: var(--gov-playlist-thumb-width, 7.5rem);
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
  .image {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
    background: var(--_skeleton);
  }
  .placeholder {
    aspect-ratio: 16 / 9;
    background: linear-gradient(135deg, #2b3a4a, #0d1620);
  }
  .embed {
    display: block;
    width: 100%;
    height: 100%;
    border: 0;
    background: #000;
  }
  .play {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    width: 100%;
    height: 100%;
    min-height: 0;
    padding: 0;
    border: 0;
    border-radius: 0;
    background: transparent;
    color: var(--_on-overlay);
  }
  .play:hover {
    background: rgb(0 0 0 / 15%);
    color: var(--_on-overlay);
  }
  .play:focus-visible {
    outline-offset: -5px;
  }
  .icon {
    width: clamp(2.75rem, 18%, 4.25rem);
    height: auto;
    filter: drop-shadow(0 1px 3px rgb(0 0 0 / 50%));
  }
  .disc {
    fill: var(--_overlay);
    transition: fill 0.15s ease-in-out;
  }
  .arrow {
    fill: currentColor;
  }
  .play:hover .disc,
  .play:focus-visible .disc {
    fill: var(--_primary);
  }
  .stage .duration,
  .note {
    position: absolute;
    margin: 0;
    background: var(--_overlay);
    color: var(--_on-overlay);
    border-radius: var(--_radius);
  }
  .stage .duration {
    inset-block-end: 0.4rem;
    inset-inline-end: 0.4rem;
    padding: 0 0.35em;
    font-size: 0.8125em;
    font-variant-numeric: tabular-nums;
    pointer-events: none;
  }
  .note {
    inset-inline: 0.5rem;
    inset-block-end: 0.5rem;
    padding: 0.3rem 0.6rem;
    font-size: 0.875em;
  }
  .stage:has(.duration) .note {
    inset-block-end: 2.1rem;
  }

  /* Titles, dates, lengths. */
  .caption {
    margin: 0.45rem 0 0;
  }
  .title {
    font-weight: 600;
  }
  a.title {
    text-decoration: none;
  }
  a.title:hover,
  a.title:focus-visible {
    text-decoration: underline;
  }
  .date,
  .meta {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .caption .date {
    margin-inline-start: 0.35em;
    white-space: nowrap;
  }

  /* player layout: the stage and its caption, then the playlist (beside them when there is room). */
  .playlist {
    margin-top: var(--_space);
    border-top: 1px solid var(--_border);
  }
  .playlist > li {
    border-bottom: 1px dotted var(--_border);
  }
  .playlist > li:last-child {
    border-bottom: 0;
  }
  .entry {
    display: flex;
    gap: 0.6rem;
    align-items: flex-start;
    width: 100%;
    padding: 0.45rem 0.35rem;
    border: 0;
    border-radius: 0;
    background: transparent;
    color: var(--_text);
    text-align: start;
  }
  .entry:hover {
    background: var(--_current);
    color: var(--_text);
  }
  .entry:focus-visible {
    outline-offset: -3px;
  }
  .entry[aria-current='true'] {
    background: var(--_current);
    box-shadow: inset 4px 0 0 var(--_primary);
  }
  .entry[aria-current='true'] .title {
    color: var(--_primary);
  }
  .thumb {
    flex: 0 0 var(--_thumb-width);
    aspect-ratio: 16 / 9;
    overflow: hidden;
    border-radius: var(--_radius);
  }
  .entry-text {
    display: flex;
    flex-direction: column;
    gap: 0.1rem;
    min-width: 0;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.6em;
  }
  @container (max-width: 20rem) {
    .thumb {
      flex-basis: 6rem;
    }
  }
  @container (min-width: 40rem) {
    .player-layout.has-playlist {
      display: grid;
      grid-template-columns: minmax(0, 5fr) minmax(0, 3fr);
      gap: var(--_space);
    }
    .has-playlist .playlist-wrap {
      position: relative;
      min-height: 12rem;
    }
    .has-playlist .playlist {
      position: absolute;
      inset: 0;
      margin: 0;
      overflow-y: auto;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
  }

  /* grid layout: every card plays in place. */
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--gov-video-min-width, 14rem)), 1fr));
    gap: var(--_space);
  }

  /* Loading: the same boxes, so nothing moves when the videos arrive. */
  .skeleton span.frame {
    width: 100%;
    height: auto;
    aspect-ratio: 16 / 9;
    margin-top: 0;
  }
  .skeleton .playlist-wrap {
    margin-top: var(--_space);
  }
  .skeleton .playlist-wrap span {
    height: 3.4rem;
    width: 100%;
  }
  @container (min-width: 40rem) {
    .skeleton .playlist-wrap {
      margin-top: 0;
    }
  }

  @media (forced-colors: active) {
    .disc,
    .stage .duration,
    .note {
      forced-color-adjust: none;
    }
    .play:focus-visible {
      outline-color: Highlight;
    }
    .entry[aria-current='true'] {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
  }

  @media print {
    /* No players or controls on paper: thumbnails, titles and dates remain. */
    .play,
    .embed,
    .stage.playing {
      display: none !important;
    }
    .stage {
      break-inside: avoid;
    }
    .entry {
      display: flex !important;
      background: none !important;
      box-shadow: none !important;
      color: #000;
    }
    .has-playlist .playlist {
      position: static !important;
      overflow: visible !important;
    }
    .card,
    .playlist > li {
      break-inside: avoid;
    }
  }
`;
