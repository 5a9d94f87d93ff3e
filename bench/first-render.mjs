// Pages for the "first render from inline JSON" scenario: the same items inline in the page (20 news
// items, 20 notices, the model page's 5 videos),
// shown by the element (the drop-in bundle as a module script) or by the plain-DOM baseline
// (bench/baseline.js as a module script). Both pages record, from navigation start, the first
// contentful paint and the moment the list is rendered and laid out.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const recorder = `<script>
  window.__t = {};
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') window.__t.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
</script>`;

const page = (body) =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>first render</title>${recorder}</head>` +
  `<body style="margin:0;width:1000px">${body}</body></html>`;

const done = (hostExpr) => `void document.body.offsetHeight;
  window.__t.rendered = performance.now();
  performance.mark('bench:rendered');
  const host = ${hostExpr};
  window.__t.items = host.shadowRoot.querySelectorAll('li').length;
  window.__t.height = host.getBoundingClientRect().height;`;

/** The element's page and the baseline's page for the same inline JSON; `render` is baseline.js's function. */
const pagePair = (tag, json, render, css) => ({
  tag,
  lit: page(`<${tag}><script type="application/json">${json}</script></${tag}>
    <script type="module">
      import '/dist/gov-portal-elements.bundle.js';
      const el = document.querySelector('${tag}');
      await el.updateComplete;
      ${done('el')}
    </script>`),
  dom: page(`<div id="baseline"><script type="application/json">${json}</script></div>
    <script type="module">
      import { ${render} } from '/bench/baseline.js';
      const css = ${JSON.stringify(css[tag])};
      const el = document.getElementById('baseline');
      ${render}(el, JSON.parse(el.querySelector('script').textContent).items, css);
      ${done('el')}
    </script>`),
});

/** [{ tag, lit, dom }] for each element that has a baseline and is in the bundle. */
export async function firstRenderPages(root, css) {
  const model = JSON.parse(await readFile(join(root, 'demo/data/tin-tuc.json'), 'utf8')).items;
  const news = JSON.stringify({
    items: Array.from({ length: 20 }, (_, i) => {
      const m = model[i % model.length];
      return { title: m.title, url: `/tin-tuc/${i + 1}-${m.url.split('/').pop()}`, date: m.date, summary: m.summary };
    }),
  });
  const pages = [];
  if (css['gov-news-list']) {
    pages.push(pagePair('gov-news-list', news, 'renderNewsList', css));
  }
  const notices = JSON.parse(await readFile(join(root, 'demo/data/thong-bao.json'), 'utf8')).items;
  const day = (daysAgo) => new Date(Date.now() - daysAgo * 86_400_000).toLocaleDateString('en-CA');
  const noticeData = JSON.stringify({
    items: Array.from({ length: 20 }, (_, i) => ({
      title: notices[i % notices.length].title,
      url: `/thong-bao/${i + 1}.html`,
      date: day(i * 2),
      pinned: i === 0,
      important: i === 0 || i === 3,
    })),
  });
  if (css['gov-notice-board']) {
    pages.push(pagePair('gov-notice-board', noticeData, 'renderNoticeBoard', css));
  }
  const videos = JSON.parse(await readFile(join(root, 'demo/data/video.json'), 'utf8')).items;
  const videoData = JSON.stringify({
    items: videos.map((v, i) => ({
      title: v.title,
      url: `https://www.youtube.com/watch?v=GiaLocVid0${i + 1}`,
      thumbnail: `/tests/fixtures/video-thumb-${i + 1}.svg`,
      duration: [205, 272, 725, 3723, 58][i],
      date: ['2020-03-31', '2020-03-28', '2019-11-02', '2019-03-26', '2019-02-20'][i],
    })),
  });
  if (css['gov-video-list']) {
    pages.push(pagePair('gov-video-list', videoData, 'renderVideoList', css));
  }
  return pages;
}
