import { render } from '@lit-labs/ssr';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { distModule, loadElements } from './elements.js';
import { RenderError } from './errors.js';
import { loadData } from './load-data.js';

/**
 * @typedef {import('./index.js').ElementSpec} ElementSpec
 * @typedef {import('./index.js').RenderOptions} RenderOptions
 */

/** @param {string} text */
const escapeAttr = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * JSON that may stand inside a `<script>` element: `<` is written as `\u003c`, so no `</script>`
 * or `<!--` in the data can end or change it.
 * @param {unknown} value
 */
export const scriptJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * True when `children` (the element's light DOM) shows something of its own, as `GovElement`
 * decides in a browser: elements other than scripts, templates and slotted ones, or non-blank text.
 * @param {string} children
 */
function hasFallback(children) {
  const withoutData = children.replace(/<(script|template)\b[\s\S]*?<\/\1\s*>/gi, '').replace(/<!--[\s\S]*?-->/g, '');
  const withoutSlotted = withoutData.replace(/<(\w[\w-]*)\b[^>]*\sslot\s*=[\s\S]*?<\/\1\s*>/gi, '');
  return withoutSlotted.trim() !== '';
}

/**
 * Renders one gov- element to HTML with its declarative shadow root, its data loaded first (from
 * `data`, `src` or its inline JSON) and embedded for hydration. Throws a `RenderError` when the
 * data cannot be loaded or used: loading states and errors are never written out.
 * @param {ElementSpec} spec
 * @param {RenderOptions} options
 * @returns {Promise<string>}
 */
export async function renderSpec(spec, options) {
  await loadElements();
  const { tag } = spec;
  const attributes = spec.attributes ?? {};
  const children = spec.children ?? '';
  // The registry of Lit's server DOM shim, where the elements defined themselves.
  const Ctor = /** @type {any} */ (globalThis).customElements.get(tag);
  if (!Ctor) throw new RenderError(tag, 'not a gov-portal-elements element');
  const { setServerPage } = await distModule('core/page.js');
  setServerPage(options.baseUrl);

  /** @type {any} the element's own controllers are read as its class uses them */
  const el = new Ctor();
  for (const [name, value] of Object.entries(attributes)) {
    el.setAttribute(name, value);
    el.attributeChangedCallback(name, null, value);
  }
  if (el.i18n) el.i18n.lang = /^en\b/i.test(attributes.lang ?? options.lang ?? '') ? 'en' : 'vi';
  let embed = '';
  // A control without data (the display settings) renders as it is.
  if (el.data) {
    el.hasFallback = hasFallback(children);
    const loaded = await loadData(el, spec, options);
    if (loaded) {
      await el.data.preload(loaded.raw, loaded.base);
      if (loaded.embedAs !== undefined) {
        const base = loaded.embedAs === '' ? '' : ` data-gov-base="${escapeAttr(loaded.embedAs)}"`;
        embed = `<script type="application/json"${base}>${scriptJson(loaded.raw)}</script>`;
      }
    } else el.data.sync();
    if (el.data.state === 'error') throw new RenderError(tag, el.data.error?.message ?? 'the data could not be used');
    if (el.data.state === 'loading') throw new RenderError(tag, 'the data was not ready');
    el.setAttribute('state', el.state);
  } else el.setAttribute('state', 'ready'); // as it says once rendered in a browser

  let prepared = el;
  /** Renders the prepared element instead of a new one (the first of its tag; nested ones are new). */
  class PreparedRenderer extends LitElementRenderer {
    /** @param {string} tagName */
    constructor(tagName) {
      super(tagName);
      if (prepared && tagName === tag) {
        this.element = prepared;
        prepared = undefined;
      }
    }
  }
  const name = unsafeStatic(tag);
  // A static tag name (lit/static-html), which the template lint rules cannot read.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  const result = render(html`<${name}>${unsafeHTML(embed + children)}</${name}>`, {
    elementRenderers: [PreparedRenderer],
  });
  return stripOuterMarkers(await collectResult(result));
}

/**
 * The markers of the one-off template the element was rendered in (not the element's own, inside
 * its shadow root): nothing in the browser hydrates that template.
 * @param {string} out
 */
function stripOuterMarkers(out) {
  return out.replace(/^<!--lit-part [^>]*-->/, '').replace(/<!--\/lit-part-->$/, '');
}
