/**
 * The elements for a page rendered on the server (`gov-portal-elements/ssr`, the prerender command):
 * Lit's hydration support first, then every element, which takes over its server-rendered shadow
 * root and the data embedded with it, without fetching `src` again or drawing anything twice.
 * Pages without server rendering work with it as with the main entry.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
export * from './index.js';
