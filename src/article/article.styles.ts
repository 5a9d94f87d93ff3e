import { css } from 'lit';

export const articleStyles = css`
  .frame > .heading {
    margin-bottom: var(--_space);
    border-radius: var(--_radius);
  }
  .pending {
    padding: var(--_space) 0;
  }
  .article {
    --_title: var(--gov-article-title-color, var(--_primary));
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
    margin: 0 0 0.25rem;
    color: var(--_primary);
    font-size: 0.8125em;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.02em;
  }
  .title {
    margin: 0 0 0.5rem;
    color: var(--_title);
    font-size: var(--gov-article-title-size, 1.6em);
    line-height: 1.3;
    font-weight: 700;
    text-wrap: pretty;
  }
  .title:focus {
    outline: none;
  }
  .title:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0 0 var(--_space);
    color: var(--_muted);
    font-size: 0.875em;
  }
  .summary {
    margin: 0 0 var(--_space);
    font-weight: 700;
  }
  .figure {
    margin: 0 0 var(--_space);
  }
  .figure .image {
    display: block;
    width: 100%;
    max-width: 100%;
    height: auto;
    background: var(--_skeleton);
    border-radius: var(--_radius);
  }
  .caption {
    margin-top: 0.35rem;
    color: var(--_muted);
    font-size: 0.875em;
    font-style: italic;
    text-align: center;
  }
  .content {
    overflow-x: auto;
  }
  .content > :first-child {
    margin-top: 0;
  }
  .content p,
  .content ul,
  .content ol,
  .content dl,
  .content table,
  .content figure,
  .content blockquote,
  .content pre {
    margin: 0 0 0.9em;
  }
  .content p {
    text-align: var(--gov-article-text-align, start);
  }
  .content h1,
  .content h2,
  .content h3,
  .content h4,
  .content h5,
  .content h6 {
    margin: 1.2em 0 0.5em;
    line-height: 1.3;
  }
  .content h1,
  .content h2 {
    font-size: 1.3em;
  }
  .content h3 {
    font-size: 1.15em;
  }
  .content h4,
  .content h5,
  .content h6 {
    font-size: 1em;
  }
  .content ul,
  .content ol {
    padding-inline-start: 1.5em;
  }
  .content ul {
    list-style: disc;
  }
  .content ol {
    list-style: decimal;
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
  .content figcaption {
    color: var(--_muted);
    font-size: 0.875em;
    font-style: italic;
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
  .content th,
  .content td {
    border: 1px solid var(--_border);
    padding: 0.3em 0.5em;
    text-align: start;
    vertical-align: top;
  }
  .content th {
    background: var(--_skeleton);
  }
  .content caption {
    caption-side: top;
    font-weight: 700;
    padding-bottom: 0.3em;
  }
  .content pre {
    overflow-x: auto;
    white-space: pre-wrap;
  }
  .author {
    margin: var(--_space) 0 0;
    font-weight: 700;
    text-align: end;
  }
  .source {
    margin: 0.25rem 0 0;
    color: var(--_muted);
    font-size: 0.875em;
    text-align: end;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5rem;
    margin-top: var(--_space);
    padding-top: var(--_space);
    border-top: 1px solid var(--_border);
  }
  .tools button {
    min-height: 2.25rem;
    min-width: 2.75rem;
    padding: 0.2rem 0.75rem;
    font-size: 0.875rem;
  }
  .tools button[aria-disabled='true'] {
    cursor: not-allowed;
    border-color: var(--_border);
    color: var(--_muted);
    background: var(--_surface);
  }
  .text-size {
    display: inline-flex;
    gap: 0.5rem;
    margin-inline-end: auto;
  }
  .related {
    margin-top: calc(var(--_space) * 2);
  }
  .skeleton .sk-title {
    height: 1.6em;
    width: 90%;
  }
  .skeleton .sk-meta {
    width: 30%;
  }
  .skeleton .sk-image {
    height: auto;
    width: 100%;
    aspect-ratio: 16 / 9;
    max-height: 22rem;
  }
  @media (forced-colors: active) {
    .tools button[aria-disabled='true'] {
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
    .content figure,
    .content table,
    .content img {
      break-inside: avoid;
    }
    .title {
      break-after: avoid;
    }
    .content a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
      overflow-wrap: anywhere;
    }
  }
`;
