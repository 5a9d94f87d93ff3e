// A 5,000-item RSS feed in NukeViet's shape (a picture and two paragraphs in each description, RFC
// 822 dates) given to <gov-news-list limit="10"> through `src`. Measures, from setting `src` to the
// rendered list: the wall time, and every main-thread task over 50 ms (Long Tasks API); the runner
// also reads each task's CPU time from a trace between the marks feed:start and feed:end.
// Page-side of `node bench/run.mjs --only=feeds`.
import { modelNews } from './data.js';

const q = new URLSearchParams(location.search);
const n = Number(q.get('n') ?? 5000);
const model = await modelNews();
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const items = Array.from({ length: n }, (_, i) => {
  const m = model[i % model.length];
  const day = new Date(Date.UTC(2026, 11, 6, 3, 12) - i * 3_600_000).toUTCString();
  return (
    `<item><title>${esc(m.title)}</title><link>https://gialoc.haiduong.gov.vn/tin-tuc/bai-viet-${i + 1}.html</link>` +
    `<guid isPermaLink="false"><![CDATA[news_${i + 1}]]></guid><pubDate>${day}</pubDate>` +
    `<description><![CDATA[<img src="/uploads/news/anh-${i % 10}.jpg" width="100" align="left" border="0"><p>${m.summary ?? m.title}</p><p>${m.title}</p>]]></description></item>`
  );
});
const rss = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Tin tức</title>${items.join('')}</channel></rss>`;
const src = URL.createObjectURL(new Blob([rss], { type: 'application/rss+xml; charset=utf-8' }));

await import('/dist/gov-portal-elements.bundle.js');
await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

const tasks = [];
const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration)));
observer.observe({ type: 'longtask' });

const el = document.createElement('gov-news-list');
el.limit = 10;
el.setAttribute('time-zone', 'Asia/Ho_Chi_Minh');
const loaded = new Promise((r) => el.addEventListener('gov-load', r, { once: true }));
performance.mark('feed:start');
const t0 = performance.now();
el.src = src;
document.body.append(el);
await loaded;
await el.updateComplete;
void document.body.offsetHeight;
const t1 = performance.now();
performance.mark('feed:end');
// Long-task entries arrive after the task ends: give the last one time to be reported.
await new Promise((r) => setTimeout(r, 100));
observer.disconnect();

window.__result = {
  ms: t1 - t0,
  bytes: new Blob([rss]).size,
  longest: Math.max(0, ...tasks),
  longTasks: tasks.length,
  items: el.shadowRoot.querySelectorAll('li').length,
  state: el.getAttribute('state'),
};
