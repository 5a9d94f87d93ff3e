// "No wasted work" checks, run on the built drop-in bundle in Chromium (part of `npm run bench`):
//   1. Intl formatters are made once per locale (and zone) and reused: the count does not grow
//      with the number of items, nor with a second list.
//   2. No fetch before an element is connected; exactly one after.
//   3. Every image and thumbnail is loading="lazy", with width and height.
//   4. No request to a video host (YouTube, Vimeo, or the file itself) before play.
//   5. Polling (`refresh`) stops while the page is hidden and resumes when it is shown.
// Each returns { name, ok, detail }.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const json = (value) => ({ type: 'application/json', body: JSON.stringify(value) });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Counts Intl.DateTimeFormat / NumberFormat constructions (installed before any page script). */
const countIntl = () => {
  const counts = { DateTimeFormat: 0, NumberFormat: 0 };
  for (const name of Object.keys(counts)) {
    const Original = Intl[name];
    Intl[name] = new Proxy(Original, {
      construct(target, args, newTarget) {
        counts[name]++;
        return Reflect.construct(target, args, newTarget);
      },
      apply(target, self, args) {
        counts[name]++;
        return Reflect.apply(target, self, args);
      },
    });
  }
  window.__intl = counts;
};

const page = (body) =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body style="width:1000px">${body}</body></html>`;

export async function runChecks({ root, generated, requests, sample, withPage }) {
  const fixture = async (name) => JSON.parse(await readFile(join(root, 'tests/fixtures', name), 'utf8'));
  const demoData = async (name) => JSON.parse(await readFile(join(root, 'demo/data', name), 'utf8'));
  // The demo's pictures are relative to its data file; these pages inline the items elsewhere.
  const fromDemo = (src) => new URL(src, 'http://localhost/demo/data/').pathname;
  const news = (await demoData('tin-tuc.json')).items.map((n) =>
    n.image ? { ...n, image: { ...n.image, src: fromDemo(n.image.src) } } : n,
  );
  const results = [];
  const add = (name, ok, detail) => results.push({ name, ok, detail });

  // ---- 1. Intl formatters -------------------------------------------------------------------
  {
    const items = (n) =>
      Array.from({ length: n }, (_, i) => ({
        ...news[i % news.length],
        url: `/tin-tuc/${i}.html`,
        // Half calendar dates, half timestamps: timestamps go through the time-zone path.
        date: i % 2 ? news[i % news.length].date : `2020-03-${String((i % 28) + 1).padStart(2, '0')}T08:30:00+07:00`,
      }));
    generated.set('/gen/check-intl.html', {
      type: 'text/html',
      body: page(`<script type="module">
        await import('/dist/gov-portal-elements.bundle.js');
        const counts = [];
        const n = Number(new URLSearchParams(location.search).get('n'));
        const items = ${JSON.stringify(items(1000))}.slice(0, n);
        const snap = () => ({ ...window.__intl });
        for (const [lang, tz] of [['vi', 'Asia/Ho_Chi_Minh'], ['vi', 'Asia/Ho_Chi_Minh'], ['en', 'Asia/Ho_Chi_Minh'], ['vi', '']]) {
          const el = document.createElement('gov-news-list');
          el.lang = lang;
          if (tz) el.setAttribute('time-zone', tz);
          el.items = items;
          document.body.append(el);
          await el.updateComplete;
          counts.push(snap());
        }
        const counter = document.createElement('gov-visit-counter');
        Object.assign(counter, { counts: { online: 143, today: 552, month: 141811, total: 1116844 } });
        document.body.append(counter, counter.cloneNode());
        await counter.updateComplete;
        counts.push(snap());
        window.__result = counts;
      </script>`),
    });
    const setup = (p) => p.addInitScript(countIntl);
    const few = await sample('/gen/check-intl.html?n=10', { setup });
    const many = await sample('/gen/check-intl.html?n=1000', { setup });
    const steps = ['vi + time-zone', 'vi + time-zone again', 'en + time-zone', 'vi, no zone', 'two visit counters'];
    const grows = many.some((c, i) => c.DateTimeFormat !== few[i].DateTimeFormat || c.NumberFormat !== few[i].NumberFormat);
    const second = many[1].DateTimeFormat - many[0].DateTimeFormat;
    add(
      'Intl formatters made once per locale/zone, reused',
      !grows && second === 0,
      `DateTimeFormat/NumberFormat made (cumulative) after each list of 1000 items: ${many
        .map((c, i) => `${steps[i]} ${c.DateTimeFormat}/${c.NumberFormat}`)
        .join(', ')}; same counts with 10 items: ${!grows}; a second identical list made ${second}`,
    );
  }

  // ---- 2. No fetch before connected -----------------------------------------------------------
  {
    const data = {
      'gov-news-list': { items: news },
      'gov-notice-board': await fixture('notices.json'),
      'gov-service-links': await demoData('dich-vu-cong.json'),
      'gov-video-list': await fixture('videos.json'),
      'gov-visit-counter': await demoData('luot-truy-cap.json'),
      'gov-article': await fixture('article.json'),
    };
    for (const [tag, value] of Object.entries(data)) generated.set(`/gen/data/${tag}.json`, json(value));
    generated.set('/gen/check-connect.html', {
      type: 'text/html',
      body: page(`<script type="module">
        await import('/dist/gov-portal-elements.bundle.js');
        const tags = ${JSON.stringify(Object.keys(data))};
        // Created and configured, and also inside a detached tree: nothing may be fetched yet.
        window.__els = tags.map((tag) => { const el = document.createElement(tag); el.src = '/gen/data/' + tag + '.json'; return el; });
        document.createElement('div').append(...window.__els.map((el) => el.cloneNode()));
        window.__result = true;
      </script>`),
    });
    const dataRequests = (from) => requests.slice(from).filter((r) => r.startsWith('/gen/data/gov-'));
    const { detached, after, states } = await withPage(async (p, origin) => {
      const start = requests.length;
      await p.goto(`${origin}/gen/check-connect.html`);
      await p.waitForFunction('window.__result');
      await sleep(500);
      const detached = dataRequests(start).length;
      const connected = requests.length;
      const states = await p.evaluate(async () => {
        const els = window.__els;
        document.body.append(...els);
        await Promise.all(
          els.map(
            (el) =>
              new Promise((r) =>
                el.getAttribute('state') === 'ready' ? r() : el.addEventListener('gov-load', r, { once: true }),
              ),
          ),
        );
        return els.map((el) => el.getAttribute('state'));
      });
      await sleep(300);
      return { detached, after: dataRequests(connected), states };
    });
    const tags = Object.keys(data);
    add(
      'no fetch before an element is connected',
      detached === 0 && tags.every((t) => after.filter((r) => r.includes(t)).length === 1) && states.every((s) => s === 'ready'),
      `requests in the 500 ms the ${tags.length} elements were created (and cloned into a detached tree) but not connected: ${detached}; ` +
        `after connecting, one each: ${tags.map((t) => `${t} ${after.filter((r) => r.includes(t)).length}`).join(', ')}`,
    );
  }

  // ---- 3. Lazy images with dimensions -----------------------------------------------------------
  {
    const videos = (await fixture('videos.json')).items;
    const article = await fixture('article.json');
    const services = [
      { title: 'Cổng Dịch vụ công Quốc gia', url: 'https://dichvucong.gov.vn/', icon: '/demo/images/favicon.svg' },
      ...(await demoData('dich-vu-cong.json')).items,
    ];
    generated.set('/gen/check-images.html', {
      type: 'text/html',
      body: page(`
        <gov-news-list layout="cards" limit="4"><script type="application/json">${JSON.stringify({ items: news })}</script></gov-news-list>
        <gov-news-list layout="featured" limit="3"><script type="application/json">${JSON.stringify({ items: news })}</script></gov-news-list>
        <gov-video-list><script type="application/json">${JSON.stringify({ items: videos })}</script></gov-video-list>
        <gov-video-list layout="grid"><script type="application/json">${JSON.stringify({ items: videos })}</script></gov-video-list>
        <gov-service-links layout="grid"><script type="application/json">${JSON.stringify({ items: services })}</script></gov-service-links>
        <gov-article><script type="application/json">${JSON.stringify(article)}</script></gov-article>
        <script type="module">
          await import('/dist/gov-portal-elements.bundle.js');
          const els = [...document.querySelectorAll('body > *:not(script)')];
          await new Promise((r) => setTimeout(r, 1500));
          const imgs = (root) => [...root.querySelectorAll('img'), ...[...root.querySelectorAll('*')].filter((e) => e.shadowRoot).flatMap((e) => imgs(e.shadowRoot))];
          window.__result = els.map((el) => ({
            el: el.localName + (el.getAttribute('layout') ? '[' + el.getAttribute('layout') + ']' : ''),
            state: el.getAttribute('state'),
            imgs: imgs(el.shadowRoot).map((i) => ({ loading: i.getAttribute('loading'), w: i.getAttribute('width'), h: i.getAttribute('height'), src: i.getAttribute('src') })),
          }));
        </script>`),
    });
    const found = await sample('/gen/check-images.html');
    const all = found.flatMap((f) => f.imgs);
    const bad = found.flatMap((f) =>
      f.imgs.filter((i) => i.loading !== 'lazy' || !i.w || !i.h).map((i) => `${f.el}: ${JSON.stringify(i)}`),
    );
    add(
      'images and thumbnails: loading="lazy" with width and height',
      all.length > 0 && bad.length === 0,
      `${all.length} images in ${found.map((f) => `${f.el} (${f.state}) ${f.imgs.length}`).join(', ')}${bad.length ? `; NOT LAZY/NO SIZE: ${bad.join('; ')}` : ''}`,
    );
  }

  // ---- 4. Nothing from a video host before play -----------------------------------------------------
  {
    const items = [
      {
        title: 'Đôi nét về Gia Lộc',
        url: 'https://www.youtube.com/watch?v=GiaLoc2020a',
        thumbnail: '/tests/fixtures/video-thumb-1.svg',
      },
      { title: 'Đền Quát thôn Hạ Bì', url: 'https://vimeo.com/76979871', thumbnail: '/tests/fixtures/video-thumb-2.svg' },
      {
        title: 'Chợ đầu mối nông sản Gia Lộc',
        url: '/gen/media/cho-gia-loc.mp4',
        thumbnail: '/tests/fixtures/video-thumb-3.svg',
      },
    ];
    generated.set('/gen/check-video.html', {
      type: 'text/html',
      body: page(`
        <gov-video-list><script type="application/json">${JSON.stringify({ items })}</script></gov-video-list>
        <gov-video-list layout="grid"><script type="application/json">${JSON.stringify({ items })}</script></gov-video-list>
        <script type="module">
          await import('/dist/gov-portal-elements.bundle.js');
          window.__result = true;
        </script>`),
    });
    const r = await withPage(async (p, origin) => {
      const external = [];
      await p.route(
        (url) => !url.href.startsWith(origin),
        (route) => {
          external.push(route.request().url());
          return route.abort();
        },
      );
      const start = requests.length;
      await p.goto(`${origin}/gen/check-video.html`);
      await p.waitForFunction('window.__result');
      await sleep(1500); // thumbnails loaded, nothing pressed
      const before = [...external];
      const fileBefore = requests.slice(start).some((u) => u.startsWith('/gen/media/'));
      const states = await p.evaluate(() => [...document.querySelectorAll('gov-video-list')].map((e) => e.getAttribute('state')));
      // Press play on the first list's YouTube video (the player's big play button).
      const pressed = await p.evaluate(() => {
        const el = document.querySelector('gov-video-list');
        const button = [...el.shadowRoot.querySelectorAll('button')].find((b) =>
          /Phát video/.test(b.getAttribute('aria-label') ?? b.textContent),
        );
        button?.click();
        return button ? (button.getAttribute('aria-label') ?? button.textContent).trim() : undefined;
      });
      await sleep(800);
      return { before, fileBefore, states, pressed, after: external.slice(before.length) };
    });
    add(
      'no request to a video host before play',
      r.before.length === 0 && !r.fileBefore && r.after.some((u) => u.includes('youtube-nocookie.com')),
      `before play (player and grid, ${r.states.join('/')}): ${r.before.length} external request(s)${r.before.length ? ` (${r.before.join(', ')})` : ''}, ` +
        `video file requested: ${r.fileBefore}; after pressing "${r.pressed}": ${r.after.map((u) => new URL(u).host).join(', ') || 'nothing'} (aborted here)`,
    );
  }

  // ---- 5. Polling stops while the page is hidden -------------------------------------------------------
  {
    generated.set('/gen/data/poll-counter.json', json(await demoData('luot-truy-cap.json')));
    generated.set('/gen/data/poll-notices.json', json(await fixture('notices.json')));
    generated.set('/gen/check-poll.html', {
      type: 'text/html',
      body: page(`
        <gov-visit-counter refresh="1" src="/gen/data/poll-counter.json"></gov-visit-counter>
        <gov-notice-board refresh="1" src="/gen/data/poll-notices.json"></gov-notice-board>
        <script type="module">
          await import('/dist/gov-portal-elements.bundle.js');
          window.__result = true;
        </script>`),
    });
    const polls = (from, to = requests.length) => {
      const slice = requests.slice(from, to);
      return ['counter', 'notices'].map((k) => slice.filter((u) => u === `/gen/data/poll-${k}.json`).length);
    };
    // Headless Chromium keeps every tab 'visible' (a tab in front of it, a minimized window: both
    // tried), so the page is hidden as the browser would do it: document.visibilityState and
    // document.hidden report 'hidden' and a visibilitychange event fires.
    const setVisibility = (state) =>
      `(() => {
        Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => '${state}' });
        Object.defineProperty(document, 'hidden', { configurable: true, get: () => ${state === 'hidden'} });
        document.dispatchEvent(new Event('visibilitychange'));
      })()`;
    const r = await withPage(async (p, origin) => {
      await p.goto(`${origin}/gen/check-poll.html`);
      await p.waitForFunction('window.__result');
      await sleep(300);
      const t0 = requests.length;
      await sleep(3000);
      const visible = polls(t0);
      await p.evaluate(setVisibility('hidden'));
      await sleep(200);
      const t1 = requests.length;
      await sleep(3000);
      const hidden = polls(t1);
      const t2 = requests.length;
      await p.evaluate(setVisibility('visible'));
      await sleep(1500);
      const shown = polls(t2);
      return { visible, hidden, shown };
    });
    add(
      'polling stops while the page is hidden',
      r.visible.every((n) => n >= 2) && r.hidden.every((n) => n === 0) && r.shown.every((n) => n >= 1),
      `refresh="1", requests (visit counter / notice board): 3 s visible ${r.visible.join('/')}, 3 s hidden ${r.hidden.join('/')}, 1.5 s after showing the page again ${r.shown.join('/')}`,
    );
  }

  return results;
}
