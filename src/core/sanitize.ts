/**
 * Turns untrusted HTML (an article body from a CMS) into HTML that is safe to render: scripts,
 * event handlers, `javascript:`/`data:` URLs, frames, plugins, forms, styles and SVG/MathML are
 * removed; paragraphs, headings, lists, emphasis, links, images, figures and tables are kept.
 * DOMPurify and the configuration in purify.ts are loaded on first use (`import('./purify.js')`),
 * so a page without an article body never downloads them.
 */
export type Sanitizer = (dirty: string, base?: string) => SafeHtml;

/**
 * Sanitized HTML as DOMPurify returns it: a TrustedHTML where the browser has Trusted Types (so it
 * may be assigned to `innerHTML` under `require-trusted-types-for 'script'`), else a string.
 * `String()` of it is the HTML.
 */
export type SafeHtml = string | { toJSON(): string };

let loaded: Sanitizer | undefined;
let loading: Promise<Sanitizer> | undefined;

/** The sanitizer, loading DOMPurify the first time it is needed. */
export function loadSanitizer(): Promise<Sanitizer> {
  // strip-inline (imported by purify.js) is requested at the same time, not after purify.js arrives.
  loading ??= Promise.all([import('./purify.js'), import('./strip-inline.js')]).then(
    ([mod]) => (loaded = mod.createSanitizer()),
    (e: unknown) => {
      loading = undefined; // a failed chunk download can be retried
      throw e;
    },
  );
  return loading;
}

/** Server rendering: `sanitizer` (the same policy over a server DOM) instead of loading DOMPurify for this window. */
export function useSanitizer(sanitizer: Sanitizer): void {
  loaded = sanitizer;
  loading = Promise.resolve(sanitizer);
}

/** The sanitizer if DOMPurify is already loaded (no waiting), else `undefined`. */
export function sanitizerIfLoaded(): Sanitizer | undefined {
  return loaded;
}

/** Sanitizes `dirty` (relative URLs resolve against `base`), loading DOMPurify on first use. */
export async function sanitizeHtml(dirty: string, base?: string): Promise<string> {
  return String((loaded ?? (await loadSanitizer()))(dirty, base));
}
