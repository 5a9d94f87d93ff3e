import { css } from 'lit';

export const newsListStyles = css`
  .items > li,
  .rows > .row {
    display: block;
    padding: 0.45em 0;
    border-bottom: 1px dotted var(--_border);
  }
  .items > li:last-child,
  .rows > .row:last-child {
    border-bottom: 0;
  }
  .link {
    font-weight: 600;
  }
  .date {
    color: var(--_muted);
    font-size: var(--_small);
    white-space: nowrap;
  }
  .image {
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    background: var(--_skeleton);
    border-radius: var(--_radius);
  }
  .summary {
    margin: 0.35em 0 0;
  }
  /* cards: a grid of pictures with their titles (the skeleton's rows too). */
  :host([layout='cards']) :is(.items, .rows) {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--gov-card-min-width, 12em)), 1fr));
    gap: var(--_space);
  }
  :host([layout='cards']) :is(.items > li, .rows > .row) {
    border: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.35em;
  }
  .featured {
    display: grid;
    gap: var(--_space);
    padding-bottom: var(--_space);
    margin-bottom: 0.25em;
    border-bottom: 1px solid var(--_border);
  }
  .featured .link {
    font-size: 1.2em;
  }
  /* By the box's own width, not the viewport's: a 320 px sidebar on a wide page stays stacked. */
  .body {
    container-type: inline-size;
  }
  @container (min-width: 40em) {
    .featured.has-image {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    }
  }
  .more {
    margin-top: var(--_space);
    text-align: center;
  }
  /* The loading placeholder's geometry: the list's own boxes around invisible text (see renderSkeleton). */
  .skeleton-box.image {
    display: block;
    width: 100%;
    aspect-ratio: 16 / 9;
  }
  .skeleton-box.button {
    display: inline-block;
    min-height: var(--_target);
    padding: 0.25em 0.9em;
    border: 1px solid transparent;
  }
  @media print {
    .more {
      display: none;
    }
  }
`;
