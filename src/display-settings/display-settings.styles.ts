import { css } from 'lit';

/** The display settings' own look: two groups of segmented choices that wrap on narrow screens. */
export const displaySettingsStyles = css`
  :host {
    display: inline-block;
  }
  .groups {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
  }
  fieldset {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em;
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    float: left;
    margin-inline-end: 0.25em;
    padding: 0;
    font-weight: 700;
  }
  label {
    position: relative;
    display: inline-flex;
  }
  input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .option {
    display: inline-flex;
    align-items: center;
    min-height: max(2.75em, 44px);
    padding: 0.25em 0.75em;
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_primary);
  }
  input:checked + .option {
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 700;
  }
  input:focus-visible + .option {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    input:checked + .option {
      background: Highlight;
      color: HighlightText;
    }
  }
  @media print {
    :host {
      display: none !important;
    }
  }
`;
