import type { IncomingMessage, ServerResponse } from 'node:http';

/** One element to render: its tag, attributes and, optionally, its data and light DOM. */
export interface ElementSpec {
  /** A gov- tag, e.g. `gov-news-list`. */
  tag: string;
  /** Its attributes as the page writes them (`src`, `heading`, `limit`…). */
  attributes?: Record<string, string>;
  /** Its data, as its data property takes it; embedded as inline JSON for the browser. */
  data?: unknown;
  /** Its light DOM as HTML: fallback content, an inline `<script type="application/json">`. */
  children?: string;
}

/** How data is loaded while rendering. */
export interface RenderOptions {
  /** The URL of the page being rendered: `src` and relative URLs in the data resolve against it. */
  baseUrl: string;
  /** The fetch to load each `src` with (the global `fetch` by default). */
  fetch?: (input: string, init?: RequestInit) => Promise<Response>;
  /** The page's language (`vi`, `en`) when the element has no `lang` of its own. */
  lang?: string;
}

/** How a whole page is rendered. */
export interface PageOptions extends RenderOptions {
  /** Hears why an element was left for the browser to render (by default `console.warn`). */
  onWarning?: (message: string) => void;
}

/** Why an element was not rendered on the server. */
export class RenderError extends Error {
  constructor(tag: string, message: string);
}

/**
 * Renders one gov- element on the server to HTML with a declarative shadow root, its data loaded
 * first and embedded for the browser to take over. Rejects with a `RenderError` when the data cannot
 * be loaded or used.
 */
export function renderElement(input: string | ElementSpec, options: RenderOptions): Promise<string>;

/** Renders every gov- element of a page, leaving the rest of it byte for byte as it was. */
export function renderPage(page: string, options: PageOptions): Promise<string>;

/** Where the middleware finds pages and how it loads data. */
export interface MiddlewareOptions {
  /** The folder the site's pages and data files are served from. */
  root: string;
  /** The site's public origin (`https://ubnd.example.vn`); by default the request's `Host`. */
  origin?: string;
  /** The fetch for a `src` outside the site (the global `fetch` by default). */
  fetch?: (input: string, init?: RequestInit) => Promise<Response>;
  /** Hears why an element was left for the browser to render (by default `console.warn`). */
  onWarning?: (message: string) => void;
}

/**
 * A Connect / Express / Vite / node:http middleware that serves the HTML pages under `root` with
 * their gov- elements rendered on the server; other requests go to `next`.
 */
export function prerenderMiddleware(
  options: MiddlewareOptions,
): (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;
