import type { Args, Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
import { declarationOf, eventArg } from '../.storybook/manifest.js';

/*
 * Shared story helpers. Stories describe args only; `renderElement` turns them into the element
 * using the manifest: an attribute arg becomes an attribute, a JS-only property arg a property,
 * `--gov-*` args inline custom properties, `slot:x` args a slotted <span>, and every event in the
 * manifest is wired to its action.
 */

/** A URL of the Storybook-side mock server (.storybook/mock-fetch.ts), relative to the preview page. */
export const mock = (route: string): string => `__mock__/${route}`;

/** A timeout (ms) that outlasts any visit to a story: the loading state stays on screen. */
export const FOREVER = 2_147_483_647;

/** Options for `renderElement`: light-DOM content (fallback markup or inline JSON), inline style. */
export interface RenderOptions {
  /** Trusted HTML placed inside the element before it connects (fallback content, an inline JSON script). */
  content?: string;
  /** Extra inline CSS for the element, e.g. a height for the ticker. */
  style?: string;
}

/** Builds `<tag>` from story args, as described above. */
export function renderElement(tag: string, args: Args, options: RenderOptions = {}): HTMLElement {
  const el = document.createElement(tag);
  const decl = declarationOf(tag);
  const attributes = new Set((decl?.attributes ?? []).map((a) => a.name));
  if (options.style) el.setAttribute('style', options.style);
  if (options.content) el.innerHTML = options.content;
  for (const [key, value] of Object.entries(args)) {
    if (value === undefined || value === null) continue;
    if (key.startsWith('--')) {
      if (value !== '') el.style.setProperty(key, String(value));
    } else if (key.startsWith('slot:')) {
      if (value === '') continue;
      const span = document.createElement('span');
      span.slot = key.slice(5);
      span.textContent = String(value);
      el.append(span);
    } else if (attributes.has(key) || key === 'lang' || key === 'id') {
      if (value === false) continue;
      el.setAttribute(key, value === true ? '' : String(value));
    } else if (typeof value !== 'function') {
      (el as unknown as Record<string, unknown>)[key] = value;
    }
  }
  for (const event of decl?.events ?? []) {
    const handler = args[eventArg(event.name)];
    if (typeof handler === 'function') el.addEventListener(event.name, handler as EventListener);
  }
  return el;
}

/** The standard render of a meta: `render: renderOf('gov-news-list')`. */
export const renderOf =
  (tag: string, options?: RenderOptions) =>
  (args: Args): HTMLElement =>
    renderElement(tag, args, options);

/** Shows the story in a 320 px wide frame, the narrowest phone layout. */
export const narrow: Decorator = (story) =>
  html`<div style="width: 320px; max-width: 100%; outline: 1px dashed #8795a8; outline-offset: 4px">${story()}</div>`;

/** Shows the story in a frame of a sidebar's width (not for a story with `parameters: { sidebar: false }`). */
export const sidebar: Decorator = (story, { parameters }) =>
  parameters.sidebar === false ? story() : html`<div style="width: 300px; max-width: 100%">${story()}</div>`;

/** For a story in English: `globals: english`. */
export const english = { lang: 'en' };
