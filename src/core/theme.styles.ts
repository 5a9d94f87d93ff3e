import { css } from 'lit';

/**
 * The dark and high-contrast themes: `--gov-*` values set on `<html>` by `data-gov-theme`, which
 * `<gov-display-settings>` sets (and adopts this sheet into the document), so every element on the
 * page inherits them through its shadow root. Colours a page sets on a closer ancestor still win.
 */
export const themeStyles = css`
  html[data-gov-theme='dark'] {
    --gov-color-primary: #9cc3ff;
    --gov-color-on-primary: #0d1b2a;
    --gov-color-link: #b8d4ff;
    --gov-color-text: #e8eef5;
    --gov-color-muted: #b6c2cf;
    --gov-color-border: #50657c;
    --gov-color-surface: #14212f;
    --gov-color-canvas: #14212f;
    --gov-color-accent: #ffb4a9;
    --gov-color-focus: #ffd166;
    --gov-color-skeleton: #24364a;
    --gov-color-hover: #1f3247;
    --gov-color-stripe: #1a2a3b;
    --gov-color-current: #22384f;
    --gov-color-new: #ffb4a9;
    --gov-color-on-new: #0d1b2a;
  }
  html[data-gov-theme='contrast'] {
    --gov-color-primary: #ffff00;
    --gov-color-on-primary: #000;
    --gov-color-link: #ffff00;
    --gov-color-text: #fff;
    --gov-color-muted: #fff;
    --gov-color-border: #fff;
    --gov-color-surface: #000;
    --gov-color-canvas: #000;
    --gov-color-accent: #ff9e9e;
    --gov-color-focus: #00ffff;
    --gov-color-skeleton: #333;
    --gov-color-hover: #262626;
    --gov-color-stripe: #121212;
    --gov-color-current: #333;
    --gov-color-new: #ffff00;
    --gov-color-on-new: #000;
  }
`;
