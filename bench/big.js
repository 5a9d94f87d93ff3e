// 20,000 items given to <gov-news-list> with `limit` or `page-size`: only the shown items may be
// rendered. The clock runs from setting the data (property, or `src` answered from memory) to the
// rendered, laid-out list; the DOM is counted afterwards.
import { modelNews, newsItems } from './data.js';

const q = new URLSearchParams(location.search);
const n = Number(q.get('n') ?? 20000);
const via = q.get('via') ?? 'items'; // items | src
const items = newsItems(await modelNews(), n);
const url = URL.createObjectURL(new Blob([JSON.stringify({ items })], { type: 'application/json' }));
await import('/dist/gov-portal-elements.bundle.js');
await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

const el = document.createElement('gov-news-list');
if (q.has('limit')) el.limit = Number(q.get('limit'));
if (q.has('page-size')) el.pageSize = Number(q.get('page-size'));
const loaded = new Promise((r) => el.addEventListener('gov-load', r, { once: true }));
const t0 = performance.now();
if (via === 'src') el.src = url;
else el.items = items;
document.body.append(el);
await loaded;
await el.updateComplete;
void document.body.offsetHeight;
const t1 = performance.now();

const root = el.shadowRoot;
window.__result = {
  ms: t1 - t0,
  items: root.querySelectorAll('li').length,
  nodes: root.querySelectorAll('*').length,
  more: !!root.querySelector('[part~="more"]'),
};
