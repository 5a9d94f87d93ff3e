import { css } from 'lit';

/**
 * The host sheet every element shares: box model, the `--gov-*` tokens with their defaults, the
 * heading bar over a bordered body, and the loading, empty and error pieces.
 */
export const baseStyles = css`
  :host {
    --_primary: var(--gov-color-primary, #0b4a8b);
    --_on-primary: var(--gov-color-on-primary, #fff);
    --_text: var(--gov-color-text, #1b1f24);
    --_muted: var(--gov-color-muted, #4d5560);
    --_link: var(--gov-color-link, #0b4a8b);
    --_border: var(--gov-color-border, #b9c6d6);
    --_surface: var(--gov-color-surface, #fff);
    --_accent: var(--gov-color-accent, #b3261e);
    --_focus: var(--gov-color-focus, #b35900);
    --_radius: var(--gov-radius, 4px);
    --_space: var(--gov-space, 0.75em);
    /* Secondary text (dates, badges, counts): a step under the body text, never under 15 px on phones. */
    --_small: var(--gov-font-size-small, 0.875em);
    /* Buttons' height: 44 px at least on phones (below). */
    --_target: max(2.25em, 36px);
    --_skeleton: var(--gov-color-skeleton, #e3e8ee);
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    /* Under a dark or high-contrast theme the page around may stay light: the text keeps its own ground. */
    background: var(--gov-color-canvas, none);
    border-radius: var(--_radius);
    /* The page's own font and size (em, never rem: old themes set html { font-size: 10px }). */
    font-family: var(--gov-font-family, inherit);
    font-size: calc(var(--gov-font-size, 1em) * var(--gov-text-scale, 1));
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  /* The text scale (<gov-display-settings>) applies once: an element inside another keeps its size. */
  * {
    --gov-text-scale: 1;
  }
  *,
  ::before,
  ::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  .box {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .heading {
    margin: 0;
    padding: calc(var(--_space) * 0.6) var(--_space);
    background: var(--_primary);
    color: var(--_on-primary);
    font-size: 1em;
    font-weight: 700;
    /* Capitals by style only: text-transform would put THE CAPITALS in the accessibility tree
       (Chromium names from transformed text), and screen readers may spell them letter by letter. */
    font-variant-caps: var(--gov-heading-caps, all-small-caps);
    text-transform: var(--gov-heading-transform, none);
  }
  .body {
    padding: var(--_space);
  }
  a {
    color: var(--_link);
    text-decoration-line: var(--gov-link-decoration, underline);
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    cursor: pointer;
    min-height: var(--_target);
    padding: 0.25em 0.9em;
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_primary);
  }
  button:hover {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .message {
    margin: 0;
    color: var(--_muted);
  }
  .error {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    color: var(--_accent);
  }
  .error p {
    margin: 0;
    flex: 1 1 12em;
  }
  /* Over kept data or fallback content after a failure: quiet, in the muted colour. */
  .state-note {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    justify-content: flex-end;
    margin: 0 0 0.5em;
    color: var(--_muted);
  }
  .state-note p {
    margin: 0;
    flex: 1 1 12em;
  }
  /* The loading placeholder's boxes (skeletonBox() in templates.ts); each element gives them its geometry.
     Inside the frame, so the grey wins over the element's own colours for the same piece. */
  .skeleton .skeleton-box {
    background: var(--_skeleton);
    border-radius: var(--_radius);
    -webkit-box-decoration-break: clone;
    box-decoration-break: clone;
    color: transparent;
    animation: gov-pulse 1.2s ease-in-out infinite alternate;
    user-select: none;
  }
  /* Invisible, not just transparent: never read, never measured for contrast. */
  .skeleton-box * {
    visibility: hidden;
  }
  @keyframes gov-pulse {
    to {
      opacity: 0.45;
    }
  }
  /* Phones (the viewport, not the box: a sidebar on a desktop keeps the page's size): body text
     18 px, secondary text 15 px and buttons and link rows 44 px at least. */
  @media screen and (max-width: 40em) {
    :host {
      font-size: calc(max(var(--gov-font-size, 1em), 18px) * var(--gov-text-scale, 1));
      --_small: max(var(--gov-font-size-small, 0.875em), 15px);
      --_target: max(2.75em, 44px);
    }
    li:has(a, button) {
      min-height: 44px;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    ::before,
    ::after {
      animation: none !important;
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    .heading {
      border-bottom: 1px solid CanvasText;
    }
    .skeleton .skeleton-box {
      background: GrayText;
    }
  }
  @media print {
    /* Ink, not screen colours: links, figures and titles in black, secondary text in dark grey. */
    :host {
      --_primary: #000;
      --_link: #000;
      --_muted: #333;
    }
    .box {
      border-color: #000;
    }
    .heading {
      background: none;
      color: #000;
      border-bottom: 2px solid #000;
    }
    button,
    [part~='skeleton'] {
      display: none !important;
    }
  }
`;
