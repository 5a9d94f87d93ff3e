import { isServer } from 'lit';

/** The page URL the server renderer was given (`setServerPage`); unused in a browser. */
let serverPage = 'http://localhost/';

/**
 * The base URL relative URLs resolve against: the document's in a browser; on the server, the page
 * URL the renderer was given, as there is no document there.
 */
export function pageBase(): string {
  return isServer ? serverPage : document.baseURI;
}

/** The page's own origin (`location.origin` in a browser). */
export function pageOrigin(): string {
  return isServer ? new URL(serverPage).origin : location.origin;
}

/** Server rendering: the URL of the page being rendered, for `pageBase` and `pageOrigin`. */
export function setServerPage(url: string): void {
  serverPage = new URL(url).href;
}

/**
 * True while `el` is in a document that a window shows: connected, and its document still has a
 * window. A document of a removed `<iframe>`, or one made with `createHTMLDocument()`, has none, and
 * no `disconnectedCallback` runs when an element ends up there.
 */
export function inLiveDocument(el: Element): boolean {
  return el.isConnected && el.ownerDocument.defaultView !== null;
}
