import { css } from 'lit';

/**
 * The three layouts (`list`, `grid`, `buttons`), group subheadings, icons, the external mark and
 * the loading placeholder's geometry (the same boxes around invisible text, see renderSkeleton).
 */
export const serviceLinksStyles = css`
  :host {
    --_icon: var(--gov-link-icon-size, 1.25em);
  }
  * + .group {
    margin-top: var(--_space);
  }
  .group-heading {
    margin: 0 0 0.35em;
    padding-bottom: 0.2em;
    border-bottom: 2px solid;
    color: var(--_primary);
    font-weight: 700;
    text-transform: var(--gov-group-heading-transform, none);
  }
  .link {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    font-weight: 600;
  }
  .icon {
    flex: none;
    width: var(--_icon);
    height: var(--_icon);
    /* Centre a one-line title's first line on the icon. */
    margin-top: calc((1.5em - var(--_icon)) / 2);
    color: var(--gov-link-icon-color, var(--_primary));
    object-fit: contain;
  }
  /* Inline after the title's last word, so it wraps with the text in every layout. */
  .external {
    width: 0.9em;
    height: 0.9em;
    margin-inline-start: 0.3em;
    vertical-align: -0.1em;
  }
  .description {
    margin: 0.2em 0 0;
    color: var(--_muted);
    font-size: var(--_small);
  }
  .links > * {
    display: block;
    padding: 0.45em 0;
    border-bottom: 1px dotted var(--_border);
  }
  .links > :last-child {
    border: 0;
  }

  /* grid: tiles */
  :host([layout='grid']) .links {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--gov-tile-min-width, 8em)), 1fr));
    gap: calc(var(--_space) * 0.75);
  }
  :host([layout='grid']) .links > * {
    display: flex;
    flex-direction: column;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    text-align: center;
  }
  :host([layout='grid']) .link {
    flex: 1;
    flex-direction: column;
    align-items: center;
    padding: var(--_space) 0.5em;
  }
  :host([layout='grid']) .icon {
    --_icon: var(--gov-link-icon-size, 2.25em);
    margin: 0;
  }
  :host([layout='grid']) .description {
    margin: -0.5em 0.5em 0.5em;
  }
  :host([layout='grid']) a:hover {
    background: var(--gov-color-hover, #eef3f9);
  }

  /* buttons: full-width coloured links, as portal sidebars have */
  :host([layout='buttons']) .links {
    display: grid;
    gap: 0.5em;
  }
  :host([layout='buttons']) .links > * {
    padding: 0;
    border: 0;
  }
  :host([layout='buttons']) .link {
    align-items: center;
    min-height: max(2.75em, 44px);
    padding: 0.5em 0.75em;
    border-radius: var(--_radius);
    /* Filled buttons need no underline to look tappable. */
    text-decoration-line: none;
  }
  /* The loading placeholder's buttons keep its grey. */
  :host([layout='buttons']) .link:not(.skeleton-box) {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  :host([layout='buttons']) .icon {
    margin: 0;
    color: inherit;
  }

  @media (forced-colors: active) {
    :host([layout='buttons']) .link {
      border: 1px solid LinkText;
    }
    .icon,
    .external {
      color: LinkText;
    }
  }
  @media print {
    :host([layout='buttons']) .link {
      background: none;
      color: #000;
      border: 1px solid #000;
    }
  }
`;
