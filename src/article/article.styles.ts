import { css } from 'lit';

export const articleStyles = css`
  .frame > .heading {
    margin-bottom: var(--_space);
    border-radius: var(--_radius);
  }
  .pending {
    padding: var(--_space) 0;
  }
  .size-0 {
    font-size: 0.9em;
  }
  .size-2 {
    font-size: 1.15em;
  }
  .size-3 {
    font-size: 1.3em;
  }
  .size-4 {
    font-size: 1.5em;
  }
  .category {
    margin: 0 0 0.25em;
    color: var(--_primary);
    font-size: var(--_small);
    font-weight: 700;
    /* Capitals by style, not text-transform, which would reach the accessibility tree (see .heading). */
    font-variant-caps: all-small-caps;
    letter-spacing: 0.02em;
  }
  .title {
    margin: 0 0 0.5em;
    color: var(--gov-article-title-color, var(--_primary));
    font-size: var(--gov-article-title-size, 1.6em);
    line-height: 1.3;
    text-wrap: pretty;
  }
  .meta,
  .caption,
  .source,
  .content figcaption,
  .related .date {
    color: var(--_muted);
    font-size: var(--_small);
  }
  .meta,
  .summary,
  .figure {
    margin: 0 0 var(--_space);
  }
  .summary {
    font-weight: 700;
  }
  .image {
    display: block;
    width: 100%;
    height: auto;
    background: var(--_skeleton);
    border-radius: var(--_radius);
  }
  .caption,
  .content figcaption {
    font-style: italic;
  }
  .caption {
    margin-top: 0.35em;
    text-align: center;
  }
  .content {
    overflow-x: auto;
  }
  .content > :first-child {
    margin-top: 0;
  }
  .content :is(p, ul, ol, dl, table, figure, blockquote, pre) {
    margin: 0 0 0.9em;
  }
  .content p {
    text-align: var(--gov-article-text-align, start);
  }
  .content :is(h1, h2, h3, h4, h5, h6) {
    margin: 1.2em 0 0.5em;
    line-height: 1.3;
    font-size: 1em;
  }
  .content :is(h1, h2) {
    font-size: 1.3em;
  }
  .content h3 {
    font-size: 1.15em;
  }
  .content :is(ul, ol) {
    padding-inline-start: 1.5em;
  }
  .content ul {
    list-style: disc;
  }
  .content li + li {
    margin-top: 0.25em;
  }
  .content img {
    max-width: 100%;
    height: auto;
  }
  .content figure {
    margin-inline: 0;
    text-align: center;
  }
  .content blockquote {
    margin-inline: 0;
    padding: 0.25em 0 0.25em 1em;
    border-inline-start: 4px solid var(--_border);
    color: var(--_muted);
  }
  .content table {
    border-collapse: collapse;
    max-width: 100%;
  }
  .content :is(th, td) {
    border: 1px solid var(--_border);
    padding: 0.3em 0.5em;
    text-align: start;
    vertical-align: top;
  }
  .content th {
    background: var(--_skeleton);
  }
  .content caption {
    font-weight: 700;
    padding-bottom: 0.3em;
  }
  .content pre {
    white-space: pre-wrap;
  }
  .author,
  .source {
    margin: 0.25em 0 0;
    text-align: end;
  }
  .author {
    margin-top: var(--_space);
    font-weight: 700;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5em;
    margin-top: var(--_space);
    padding-top: var(--_space);
    border-top: 1px solid var(--_border);
  }
  .tools button {
    min-width: 2.75em;
    padding: 0.2em 0.75em;
    font-size: 0.875em;
  }
  .tools [aria-disabled='true'] {
    cursor: not-allowed;
    border-color: var(--_border);
    color: var(--_muted);
    background: var(--_surface);
  }
  .text-size {
    display: inline-flex;
    gap: 0.5em;
  }
  /* "Các tin khác": the article's own related items, with the look of <gov-news-list>'s list. */
  .related {
    margin-top: calc(var(--_space) * 2);
  }
  .related li {
    padding: 0.45em 0;
    border-bottom: 1px dotted var(--_border);
  }
  .related li:last-child {
    border: 0;
  }
  .related .link {
    font-weight: 600;
  }
  .related .date {
    white-space: nowrap;
  }
  /* The loading placeholder: lines of text, longer for the title, and the picture's 16:9 box. */
  .lines > * {
    display: block;
    height: 1.1em;
    margin: 0.2em 0 0.6em;
  }
  .lines > :nth-child(odd) {
    width: 80%;
  }
  .lines > .sk-title {
    height: 1.6em;
  }
  .sk-title + .sk-title {
    width: 90%;
  }
  .lines > .sk-image {
    height: auto;
    width: 100%;
    aspect-ratio: 16 / 9;
    max-height: 22em;
  }
  @media (forced-colors: active) {
    .tools [aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }
  @media print {
    .tools {
      display: none !important;
    }
    .article,
    .title,
    .category,
    .meta,
    .caption,
    .source {
      color: #000;
    }
    .figure,
    .content :is(figure, table, img) {
      break-inside: avoid;
    }
    .title {
      break-after: avoid;
    }
    .content a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
    }
  }
`;
