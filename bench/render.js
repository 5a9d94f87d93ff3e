// One sample of "render n news items": <gov-news-list> (impl=lit) or the plain-DOM baseline
// (impl=dom), from the same in-memory items. The clock covers creating the element, validating
// and rendering the items, and the style and layout of the result (forced by reading a size).
import { modelNews, newsItems } from './data.js';

const q = new URLSearchParams(location.search);
const impl = q.get('impl');
const n = Number(q.get('n') ?? 20);
const limit = Number(q.get('limit') ?? 0);
const pageSize = Number(q.get('page-size') ?? 0);
// A/B runs may point at another build of the bundle (served by the runner under /gen/).
const bundle = /^\/gen\/[\w.-]+\.js$/.test(q.get('bundle') ?? '') ? q.get('bundle') : '/dist/gov-portal-elements.bundle.js';
const items = newsItems(await modelNews(), n);

const marks = {};
let render;
if (impl === 'lit') {
  await import(bundle);
  render = async () => {
    const el = document.createElement('gov-news-list');
    if (limit) el.limit = limit;
    if (pageSize) el.pageSize = pageSize;
    el.items = items;
    document.body.append(el);
    await el.updateComplete;
    marks.dom = performance.now();
    return el;
  };
} else {
  const [{ renderNewsList }, { css }] = await Promise.all([import('./baseline.js'), import('/gen/styles.js')]);
  render = async () => {
    const host = document.createElement('div');
    const shown = limit || pageSize ? items.slice(0, Math.min(limit || Infinity, pageSize || Infinity)) : items;
    renderNewsList(host, shown, css['gov-news-list']);
    document.body.append(host);
    marks.dom = performance.now();
    return host;
  };
}

// Start from a quiet page: after a frame, with the module graph evaluated.
await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
performance.mark('bench:start');
const t0 = performance.now();
const host = await render();
void document.body.offsetHeight; // style and layout of what was rendered
const t1 = performance.now();
performance.mark('bench:end');
// The counting below runs in a later task, so the measured task holds the measured work only
// (the runner also reads that task's CPU time from a trace).
await new Promise((r) => setTimeout(r, 0));

const root = host.shadowRoot;
window.__result = {
  ms: t1 - t0,
  // Split: building the DOM (for the element: validation, templates, DOM) and then style + layout.
  build: marks.dom - t0,
  layout: t1 - marks.dom,
  items: root.querySelectorAll('li').length,
  nodes: root.querySelectorAll('*').length,
  height: host.getBoundingClientRect().height,
  // Visible text with whitespace removed (templates and hand-built DOM differ only in blank text nodes).
  text: n <= 100 ? root.textContent.replace(/\s+/g, '') : undefined,
};
