import { css } from 'lit';

export const photoGalleryStyles = css`
  .photos {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--gov-photo-min-width, 7em)), 1fr));
    gap: calc(var(--_space) * 0.67);
  }
  /* One row that scrolls sideways; the padding keeps the thumbnails' focus rings inside the scroller. */
  :host([layout='strip']) .photos {
    display: flex;
    overflow-x: auto;
    overscroll-behavior-x: contain;
    scroll-snap-type: x proximity;
    padding: 6px;
    margin: -6px;
  }
  :host([layout='strip']) .photos > li {
    flex: 0 0 var(--gov-photo-strip-width, 9em);
    scroll-snap-align: start;
  }
  .album + .album,
  .photos + .album {
    margin-top: var(--_space);
  }
  .album-heading {
    margin-bottom: 0.4em;
    font-weight: 700;
  }
  .thumb {
    display: block;
    width: 100%;
    min-height: 0;
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    background: none;
  }
  .thumb:hover {
    background: none;
  }
  .thumb:hover .frame {
    opacity: 0.85;
  }
  /* Every thumbnail, picture or not, takes the same 4:3 box: nothing moves when a picture arrives or fails. */
  .frame {
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: 4 / 3;
    object-fit: cover;
    background: var(--_skeleton);
    border-radius: var(--_radius);
  }
  .broken {
    display: flex;
    align-items: center;
    justify-content: center;
    overflow: hidden;
    padding: 0.4em;
    border: 1px dashed var(--_border);
    color: var(--_text);
    font-size: var(--_small);
    line-height: 1.3;
    text-align: center;
  }

  /* The lightbox fills the viewport; its picture is scaled into the space left by the bars. */
  .lightbox {
    width: 100%;
    height: 100%;
    max-width: none;
    max-height: none;
    margin: 0;
    padding: var(--_space);
    border: 0;
    background: var(--gov-lightbox-background, #111);
    color: var(--gov-lightbox-color, #fff);
    overflow: hidden;
  }
  .lightbox[open] {
    display: grid;
    grid-template-rows: auto minmax(0, 1fr) auto;
    gap: var(--_space);
  }
  .lightbox::backdrop {
    background: rgb(0 0 0 / 60%);
  }
  .lightbox :focus-visible {
    outline-color: var(--gov-lightbox-focus, #ffbf47);
  }
  .bar,
  .nav {
    display: flex;
    align-items: center;
    gap: var(--_space);
  }
  .bar {
    justify-content: space-between;
  }
  .nav {
    justify-content: center;
  }
  .counter {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .lightbox button {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-height: 2.75em;
    border-color: currentColor;
    background: transparent;
    color: inherit;
  }
  .lightbox button:hover {
    background: var(--gov-lightbox-color, #fff);
    color: var(--gov-lightbox-background, #111);
  }
  .icon {
    width: 1.2em;
    height: 1.2em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .view {
    display: grid;
    grid-template-rows: minmax(0, 1fr) auto;
    gap: 0.5em;
    min-height: 0;
    margin: 0;
  }
  /* Vertical pans and pinch-zoom stay the browser's; a sideways swipe comes to the element. */
  .stage {
    min-height: 0;
    touch-action: pan-y pinch-zoom;
    user-select: none;
  }
  .stage .frame {
    width: 100%;
    height: 100%;
    aspect-ratio: auto;
    object-fit: contain;
    background: none;
  }
  .stage .broken {
    max-width: 40em;
    margin: 0 auto;
    border-color: currentColor;
    color: inherit;
    font-size: 1.1em;
  }
  .caption {
    max-width: 60em;
    margin: 0 auto;
    text-align: center;
  }
  .caption .date {
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .broken {
      border-color: CanvasText;
    }
    .lightbox {
      background: Canvas;
      color: CanvasText;
    }
    .lightbox button:hover {
      background: Highlight;
      color: HighlightText;
    }
  }
  @media print {
    /* Thumbnails print (the base sheet hides buttons); the lightbox never does. */
    .thumb {
      display: block !important;
    }
    .lightbox {
      display: none !important;
    }
    :host([layout='strip']) .photos {
      flex-wrap: wrap;
      overflow: visible;
    }
  }
`;
