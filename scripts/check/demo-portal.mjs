// Browser check of the built demo portal (npm run test:demo). It builds nothing: run
// `npm run build && npm run build:demo` first. It serves demo-dist/ (scripts/lib/static-server.mjs) on 127.0.0.1
// (a free port) and opens demo/index.html, demo/en.html and demo/bundle.html in headless Chromium
// (playwright-core). Every box must show the model page's content (the article, the ten "Các tin
// khác" items with their dates as on the model page, notices, services, documents, videos, the
// counter's figures grouped the local way) with that page's labels; no page error, no console
// error, no request leaving this machine, no axe-core violation of serious or critical impact, and
// no layout shift (CLS under 0.02 at 1280, 768 and 320 px, with the data files answering late).
// Prints `demo: N passed, N failed`; exits 1 on any failure.
//
//   node scripts/check/demo-portal.mjs --screenshot docs/screenshot.png   also saves a full-page PNG of index.html, 1280 px wide.
import { existsSync, readFileSync } from 'node:fs';
import { axeViolations, injectAxe } from '../lib/axe.mjs';
import { launchChromium } from '../lib/launch-chromium.mjs';
import { serve } from '../lib/static-server.mjs';

const root = process.env.DEMO_DIR ?? 'demo-dist';
const timeout = Number(process.env.DEMO_TIMEOUT ?? 30_000);
const shotAt = process.argv.indexOf('--screenshot');
const screenshot = shotAt > 0 ? (process.argv[shotAt + 1] ?? 'docs/screenshot.png') : undefined;

for (const file of ['demo/index.html', 'demo/en.html', 'demo/bundle.html', 'dist/gov-portal-elements.bundle.js']) {
  if (!existsSync(`${root}/${file}`)) {
    console.error(`${root}/${file} not found: run \`npm run build && npm run build:demo\` first.`);
    process.exit(2);
  }
}

// ---- What the model page shows (../shared/seed/district-portal-page.txt) ------------------------

const MODEL_NEWS = [
  'HUYỆN ỦY GIA LỘC TỔ CHỨC HỘI NGHỊ TRỰC TUYẾN CHỈ ĐẠO ĐỢT CAO ĐIỂM PHÒNG CHỐNG DỊCH COVID-19. (31/03/2020)',
  'Gia Lộc quyết liệt thực hiện đợt cao điểm phòng, chống dịch COVID-19 (28/03/2020)',
  'Đại hội Đảng bộ Dân Đảng huyện Gia Lộc lần thứ III, nhiệm kỳ 2020-2025 thành công tốt đẹp (23/03/2020)',
  'Huyện ủy Gia Lộc tổ chức Hội nghị lần thứ 36 Ban Chấp hành Đảng bộ huyện khóa XXV (13/03/2020)',
  'Cơ quan khối Dân Đảng huyện Gia Lộc tổ chức hội nghị cán bộ, công chức, viên chức và ký giao ước thi đua năm 2020 (09/03/2020)',
  'Hội nghị lần thứ 23 Ban Chấp hành Đảng bộ huyện Gia Lộc(khóa XXV), nhiệm kỳ 2015- 2020 thành công tốt đẹp(05/10/2018)',
  'Huyện Gia Lộc: Tăng cường công tác cải cách hành chính gắn với trách nhiệm người đứng đầu cơ quan, đơn vị trên địa bàn huyện. (21/09/2018)',
  'Thường trực HĐND huyện tổ chức phiên họp chất vấn và trả lời chất vấn về đẩy nhanh tiến độ xây dựng nông thôn mới.(14/09/2018)',
  'Huyện ủy Gia Lộc: Tập trung lãnh đạo, chỉ đạo công tác luân chuyển cán bộ (23/08/2018)',
  'Viện Kiểm sát nhân dân huyện Gia Lộc quyết tâm hoàn thành xuất sắc nhiệm vụ chính trị năm 2018.(03/08/2018)',
];

const VI = {
  lang: 'vi',
  article: {
    title:
      'Thường trực HĐND huyện Gia Lộc tổ chức hội nghị chuyên đề về nâng cao chất lượng, hiệu quả hoạt động tiếp xúc cử tri của đại biểu HĐND 2 cấp huyện và xã.',
    date: '04/10/2018',
    summary: 'Chiều 4/10/2018 tại Hội trường Huyện uỷ; Thường trực HĐND huyện tổ chức hội nghị chuyên đề',
    body: [
      'Tới dự hội nghị có đ/c Nguyễn Thanh Mai-TUV-Phó Chủ tịch HĐND tỉnh',
      'Taị hội nghị đã có 6 lượt ý kiến phát biểu tham luận',
      'trong tham luận của đ/c Mai Thị Thu Huyền-Phó Ban pháp chế HĐND huyện',
      'giữa đại biểu HĐND 2 cấp với đại biểu cử tri tại các hội nghị tiếp xúc cử tri trong huyện./.',
    ],
    author: 'Thực hiện: Minh Quang',
    tools: ['In trang', 'Quay lại', 'Lên trên'],
  },
  news: { heading: 'Các tin khác', items: MODEL_NEWS },
  notices: {
    heading: 'Thông báo',
    titles: [
      'HỆ THỐNG VĂN BẢN CỦA HUYỆN GIA LỘC (Liên quan đến công tác phòng, chống dịch bệnh nCoV)',
      'Công bố, công khai Kế hoạch sử dụng đất năm 2020 huyện Gia Lộc',
      'Gia Lộc đẩy mạnh thực hiện Luật Phòng, chống tác hại của rượu bia và Nghị định 100/2019/NĐ-CP của Chính Phủ.',
      'Thông báo Ý kiến kết luận, chỉ đạo của Chủ tịch UBND huyện tại Hội nghị về phòng, chống dịch bệnh viêm đường hô hấp cấp do chủng mới của vi rút Corona (nCoV) gây ra',
      'Thông báo danh sách cơ sở có khả năng thu dung, điều trị viêm phổi do Corona virut',
    ],
  },
  quickLinks: { titles: ['Lịch làm việc', 'Thông báo mời hợp', 'Thư điện tử', 'Học tập và làm theo lời Bác'] },
  services: {
    heading: 'Dịch vụ công trực tuyến',
    titles: ['Dịch vụ Công huyện Gia Lộc', 'Bộ Thủ tục hành chính Huyện', 'Kết quả giải quyết TTHC Huyện', 'TTHC Tỉnh Hải Dương'],
  },
  videos: {
    heading: 'Video hoạt động',
    play: 'Phát video: ',
    titles: [
      'Đôi nét về Gia Lộc',
      'Đền Quát thôn Hạ Bì, xã Yết Kiêu',
      'Hình Ảnh Chợ Đầu Mối Nông Sản',
      'Huyện Đoàn Gia Lộc',
      'Lễ hội truyền thống thôn Thị Xá-Hồng Hưng',
    ],
  },
  documents: {
    heading: 'Hệ thống văn bản',
    titles: [
      'Văn bản ban hành của huyện',
      'Văn bản ban hành của tỉnh',
      'Văn bản QPPL',
      'Công báo tỉnh Hải Dương',
      'Các ca khúc về Gia Lộc',
    ],
  },
  counter: {
    heading: 'Lượt truy cập',
    rows: [
      ['Đang online', '143'],
      ['Hôm nay', '552'],
      ['Tháng này', '141.811'],
      ['Tất cả', '1.116.844'],
    ],
  },
  photos: {
    heading: 'Thư viện ảnh',
    alts: JSON.parse(readFileSync(`${root}/demo/data/thu-vien-anh.json`, 'utf8')).items.map((p) => p.alt),
  },
  landmarks: { skip: 'Bỏ qua, đến nội dung chính' },
};

// en.html: the same page in English; titles are the translations in demo/data/en/, dates and figures the model page's.
const en = (file) => JSON.parse(readFileSync(`${root}/demo/data/en/${file}`, 'utf8'));
const MONTHS = 'January February March April May June July August September October November December'.split(' ');
/** The English form of a `dd/MM/yyyy` date: the month named ('31 March 2020'), as the elements write it. */
const enDate = (vi) => {
  const [d, m, y] = vi.split('/');
  return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
};
const enArticle = en('bai-viet.json');
const EN = {
  lang: 'en',
  article: {
    title: enArticle.title,
    date: '4 October 2018',
    summary: enArticle.summary.slice(0, 60),
    body: ['Attending the conference was Ms Nguyễn Thanh Mai', 'Only in this way can the quality and effectiveness'],
    author: 'By Minh Quang',
    tools: ['Print', 'Back', 'Back to top'],
  },
  news: {
    heading: 'Other news',
    items: en('tin-tuc.json').items.map((n, i) => `${n.title} (${enDate(MODEL_NEWS[i].match(/\((\d\d\/\d\d\/\d{4})\)$/)[1])})`),
  },
  notices: { heading: 'Notices', titles: en('thong-bao.json').items.map((n) => n.title) },
  quickLinks: { titles: en('lien-ket.json').items.map((n) => n.title) },
  services: { heading: 'Online public services', titles: en('dich-vu-cong.json').items.map((n) => n.title) },
  videos: { heading: 'Videos', play: 'Play video: ', titles: en('video.json').items.map((n) => n.title) },
  documents: { heading: 'Documents', titles: en('van-ban.json').items.map((n) => n.title) },
  counter: {
    heading: 'Visits',
    rows: [
      ['Online now', '143'],
      ['Today', '552'],
      ['This month', '141,811'],
      ['Total', '1,116,844'],
    ],
  },
  photos: { heading: 'Photo library', alts: en('thu-vien-anh.json').items.map((p) => p.alt) },
  landmarks: { skip: 'Skip to main content' },
};

// van-ban.html: the document register ("Văn bản"), 33 documents, 10 a page, newest first.
const REGISTER = {
  lang: 'vi',
  register: { heading: 'Văn bản ban hành của huyện', count: 'Có 33 văn bản.', rows: 10, first: '35/TB-UBND' },
  landmarks: { skip: 'Bỏ qua, đến nội dung chính' },
};

const PAGES = [
  { path: 'demo/index.html', expect: VI, sources: 'src' },
  { path: 'demo/van-ban.html', expect: REGISTER, sources: 'src' },
  { path: 'demo/en.html', expect: EN, sources: 'src' },
  { path: 'demo/bundle.html', expect: VI, sources: 'bundle' },
];

// ---- Helpers -------------------------------------------------------------------------------------

/** Whitespace folded; no space before "(" (the model page writes both "tốt đẹp(05/10/2018)" and "tốt đẹp (23/03/2020)"). */
const norm = (s) =>
  String(s ?? '')
    .replace(/\s+/g, ' ')
    .replace(/\s+\(/g, '(')
    .trim();

/** Reads every box of the page (through the elements' documented parts) into plain data. */
function readPage() {
  const t = (n) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const parts = (host, name) => [...(host?.shadowRoot?.querySelectorAll(`[part~="${name}"]`) ?? [])];
  const el = (sel) => document.querySelector(sel);
  const box = (host) =>
    host && {
      defined: !!customElements.get(host.localName),
      state: host.getAttribute('state'),
      heading: t(parts(host, 'heading')[0]),
    };
  const article = el('gov-article');
  const news = el('gov-news-list');
  const notices = el('gov-notice-board');
  const [quick, services, documents] = ['lien-ket', 'dich-vu-cong', 'van-ban'].map((n) => el(`gov-service-links[src*="${n}"]`));
  const videos = el('gov-video-list');
  const counter = el('gov-visit-counter');
  const photos = el('gov-photo-gallery');
  const register = el('gov-document-list');
  const skip = el('a[href^="#"]');
  return {
    states: [...document.querySelectorAll('*')]
      .filter((e) => e.localName.startsWith('gov-'))
      .map((e) => `<${e.localName}${customElements.get(e.localName) ? '' : ' (not defined)'}> ${e.getAttribute('state')}`),
    lang: document.documentElement.lang,
    landmarks: {
      banner: !!el('header'),
      nav: !!el('nav'),
      main: !!el('main'),
      complementary: !!el('aside'),
      contentinfo: !!el('footer'),
      skipText: t(skip),
      skipTarget: skip ? el('main')?.id === skip.getAttribute('href').slice(1) : false,
    },
    article: article && {
      ...box(article),
      title: t(parts(article, 'title')[0]),
      titleTag: parts(article, 'title')[0]?.localName,
      date: t(parts(article, 'date')[0]),
      summary: t(parts(article, 'summary')[0]),
      body: t(parts(article, 'body')[0]),
      author: t(parts(article, 'author')[0]),
      tools: parts(article, 'tools').flatMap((g) => [...g.querySelectorAll('button')].map(t)),
    },
    news: news && { ...box(news), items: parts(news, 'item').map(t) },
    register: register && {
      ...box(register),
      count: t(parts(register, 'count')[0]),
      rows: parts(register, 'row').map((r) => t(r.querySelector('th'))),
    },
    notices: notices && { ...box(notices), titles: [...parts(notices, 'link'), ...parts(notices, 'text')].map(t) },
    quickLinks: quick && { ...box(quick), titles: parts(quick, 'title').map(t) },
    services: services && { ...box(services), titles: parts(services, 'title').map(t) },
    documents: documents && { ...box(documents), titles: parts(documents, 'title').map(t) },
    videos: videos && {
      ...box(videos),
      titles: [...new Set(parts(videos, 'title').map(t))],
      playLabels: parts(videos, 'play-button').map((b) => b.getAttribute('aria-label') ?? t(b)),
      embeds: parts(videos, 'embed').length + (videos.shadowRoot?.querySelectorAll('iframe, video').length ?? 0),
    },
    counter: counter && {
      ...box(counter),
      rows: parts(counter, 'item').map((row) => [
        t(row.querySelector('[part~="label"]')),
        t(row.querySelector('[part~="value"]')),
      ]),
    },
    photos: photos && { ...box(photos), alts: parts(photos, 'image').map((img) => img.getAttribute('alt')) },
  };
}

// ---- The checks ------------------------------------------------------------------------------------

const results = [];
function check(page, name, fn) {
  const problems = [];
  try {
    fn((ok, message) => {
      if (!ok) problems.push(message);
    });
  } catch (e) {
    problems.push(`check threw: ${e.message}`);
  }
  results.push({ page, name, problems });
}

const missing = (want, got) => want.filter((w) => !got.some((g) => norm(g) === norm(w)));
const sameHeading = (got, want) => norm(got).toLocaleLowerCase() === norm(want).toLocaleLowerCase();

function boxChecks(page, name, box, want, extra) {
  check(page, name, (assert) => {
    assert(box, 'the element is not on the page');
    if (!box) return;
    assert(box.defined, 'the element is not defined (not upgraded)');
    assert(box.state === 'ready', `state is ${box.state}, not ready`);
    if (want.heading !== undefined)
      assert(sameHeading(box.heading, want.heading), `heading "${box.heading}", expected "${want.heading}"`);
    extra(assert);
  });
}

/** The "Văn bản" page: its register, under the page's lang, landmarks and skip link. */
function checkRegister(pageName, data, want) {
  check(pageName, 'page: lang, skip link', (assert) => {
    assert(data.lang === want.lang, `<html lang="${data.lang}">, expected "${want.lang}"`);
    assert(
      data.landmarks.skipText === want.landmarks.skip && data.landmarks.skipTarget,
      `skip link "${data.landmarks.skipText}"`,
    );
  });
  const r = data.register;
  boxChecks(pageName, 'register (gov-document-list)', r, want.register, (assert) => {
    assert(r.count === want.register.count, `count "${r.count}", expected "${want.register.count}"`);
    assert(r.rows.length === want.register.rows, `${r.rows.length} rows, expected ${want.register.rows}`);
    assert(r.rows[0] === want.register.first, `first row "${r.rows[0]}", expected "${want.register.first}"`);
  });
}

function checkPage(pageName, data, want) {
  check(pageName, 'page: lang, landmarks, skip link', (assert) => {
    assert(data.lang === want.lang, `<html lang="${data.lang}">, expected "${want.lang}"`);
    for (const [k, v] of Object.entries(data.landmarks)) if (typeof v === 'boolean') assert(v, `no ${k}`);
    assert(data.landmarks.skipText === want.landmarks.skip, `skip link "${data.landmarks.skipText}"`);
  });
  const a = data.article;
  boxChecks(pageName, 'article (gov-article)', a, {}, (assert) => {
    assert(norm(a.title) === norm(want.article.title), `title "${a.title}"`);
    assert(a.titleTag === 'h1', `title is <${a.titleTag}>, expected <h1>`);
    assert(a.date === want.article.date, `date "${a.date}", expected "${want.article.date}"`);
    assert(norm(a.summary).startsWith(norm(want.article.summary)), `summary "${a.summary.slice(0, 80)}…"`);
    for (const p of want.article.body) assert(norm(a.body).includes(norm(p)), `body lacks "${p}"`);
    assert(a.author === want.article.author, `author line "${a.author}", expected "${want.article.author}"`);
    assert(JSON.stringify(a.tools) === JSON.stringify(want.article.tools), `tools ${JSON.stringify(a.tools)}`);
  });
  const n = data.news;
  boxChecks(pageName, 'news (gov-news-list)', n, want.news, (assert) => {
    assert(n.items.length === want.news.items.length, `${n.items.length} items, expected ${want.news.items.length}`);
    want.news.items.forEach((w, i) => assert(norm(n.items[i]) === norm(w), `item ${i + 1}: "${n.items[i]}", expected "${w}"`));
  });
  for (const [key, tag] of [
    ['notices', 'gov-notice-board'],
    ['quickLinks', 'gov-service-links, quick links'],
    ['services', 'gov-service-links'],
    ['documents', 'gov-service-links'],
  ]) {
    const box = data[key];
    boxChecks(pageName, `${key} (${tag})`, box, want[key], (assert) => {
      const lost = missing(want[key].titles, box.titles);
      assert(lost.length === 0, `missing ${JSON.stringify(lost)} (shown: ${JSON.stringify(box.titles)})`);
    });
  }
  const v = data.videos;
  boxChecks(pageName, 'videos (gov-video-list)', v, want.videos, (assert) => {
    const lost = missing(want.videos.titles, v.titles);
    assert(lost.length === 0, `missing ${JSON.stringify(lost)}`);
    const label = `${want.videos.play}${want.videos.titles[0]}`;
    assert(
      v.playLabels.some((l) => norm(l) === norm(label)),
      `no play button "${label}" (found ${JSON.stringify(v.playLabels)})`,
    );
    assert(v.embeds === 0, 'a player is loaded before play was pressed');
  });
  const c = data.counter;
  boxChecks(pageName, 'visit counter (gov-visit-counter)', c, want.counter, (assert) => {
    assert(JSON.stringify(c.rows) === JSON.stringify(want.counter.rows), `rows ${JSON.stringify(c.rows)}`);
  });
  const p = data.photos;
  boxChecks(pageName, 'photo library (gov-photo-gallery)', p, want.photos, (assert) => {
    assert(JSON.stringify(p.alts) === JSON.stringify(want.photos.alts), `pictures ${JSON.stringify(p.alts)}`);
  });
}

/** Below this, a page's Cumulative Layout Shift counts as none (the bound of tests/layout-shift.test.ts). */
const CLS_BUDGET = 0.02;
const FEED_DELAY = 1000;

/**
 * Cumulative Layout Shift of the page at `url`, `width` px wide, from navigation until every element
 * is ready with its images loaded, while its data files answer FEED_DELAY ms late (as a busy server
 * does): the shift a visitor sees while the page and its elements start, measured as Chromium
 * reports it for Core Web Vitals. Also returns the largest shifts' elements, to say what moved.
 */
async function pageLayoutShift(browser, url, width) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  await context.route('**/*', async (route) => {
    const { hostname, pathname } = new URL(route.request().url());
    if (hostname !== '127.0.0.1') return route.abort('blockedbyclient');
    if (pathname.includes('/demo/data/')) await new Promise((r) => setTimeout(r, FEED_DELAY));
    return route.continue();
  });
  await context.addInitScript(() => {
    window.__cls = { value: 0, moved: [] };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.hadRecentInput) continue;
        window.__cls.value += e.value;
        for (const s of e.sources ?? [])
          if (s.node) window.__cls.moved.push(`${s.node.nodeName.toLowerCase()} (${e.value.toFixed(4)})`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const page = await context.newPage();
  await page.goto(url);
  await page
    .waitForFunction(
      () => {
        const els = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('gov-'));
        const images = els.flatMap((e) => [...(e.shadowRoot?.querySelectorAll('img') ?? [])]);
        return (
          els.every((e) => e.getAttribute('state') === 'ready') &&
          images.every((i) => i.complete || (i.loading === 'lazy' && i.getBoundingClientRect().top > innerHeight))
        );
      },
      null,
      { timeout },
    )
    .catch(() => {});
  // Two frames, so a shift from the last change is reported.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const result = await page.evaluate(() => window.__cls);
  await context.close();
  return result;
}

// ---- Run -------------------------------------------------------------------------------------------

const started = Date.now();
// Never cached (as with http-server -c-1 before): every page is checked as built now.
const server = await serve(root, { headers: () => ({ 'cache-control': 'no-cache, no-store, must-revalidate' }) });
const base = server.url;

let browser;
try {
  browser = await launchChromium();
  for (const { path, expect: want, sources } of PAGES) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const outside = [];
    const scripts = [];
    await context.route('**/*', (route) => {
      const req = route.request();
      const { hostname, pathname } = new URL(req.url());
      if (pathname === '/favicon.ico') return route.fulfill({ status: 204 });
      if (hostname !== '127.0.0.1') {
        outside.push(req.url());
        return route.abort('blockedbyclient');
      }
      if (req.resourceType() === 'script') scripts.push(pathname);
      return route.continue();
    });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && errors.push(`console error: ${m.text()}`));
    await page.goto(`${base}/${path}`);
    const settled = await page
      .waitForFunction(
        () =>
          [...document.querySelectorAll('*')]
            .filter((e) => e.localName.startsWith('gov-'))
            .every((e) => customElements.get(e.localName) && e.getAttribute('state') === 'ready'),
        null,
        { timeout },
      )
      .then(
        () => true,
        () => false,
      );
    await page.evaluate(() => Promise.all([...document.querySelectorAll('*')].map((e) => e.updateComplete).filter(Boolean)));
    const data = await page.evaluate(readPage);
    check(path, 'every element upgraded and ready', (assert) =>
      assert(settled, `not all ready: ${data.states.filter((x) => !x.endsWith(' ready')).join(', ')}`),
    );
    (want.register ? checkRegister : checkPage)(path, data, want);

    check(path, 'scripts', (assert) => {
      if (sources === 'bundle') {
        const other = scripts.filter((s) => !s.startsWith('/dist/gov-portal-elements.'));
        assert(scripts.includes('/dist/gov-portal-elements.bundle.js'), 'the drop-in bundle was not loaded');
        assert(other.length === 0, `scripts other than the dist/ bundle: ${other.join(', ')}`);
      } else {
        assert(!scripts.some((s) => s.startsWith('/dist/')), 'this page should use the library built by Vite, not dist/');
      }
    });

    if (path === 'demo/index.html') {
      const layout = async () =>
        page.evaluate(() => {
          const m = document.querySelector('main').getBoundingClientRect();
          const s = document.querySelector('aside').getBoundingClientRect();
          return { beside: s.left >= m.right - 1, below: s.top >= m.bottom - 1, asideShown: s.height > 0 };
        });
      const wide = await layout();
      await page.setViewportSize({ width: 800, height: 900 });
      const narrow = await layout();
      await page.emulateMedia({ media: 'print' });
      const print = await layout();
      await page.emulateMedia({ media: 'screen' });
      await page.setViewportSize({ width: 1280, height: 900 });
      check(path, 'layout: sidebar beside the article at 1280 px, under it at 800 px, hidden in print', (assert) => {
        assert(wide.beside, 'at 1280 px the sidebar is not beside the article');
        assert(narrow.below, 'at 800 px the sidebar is not under the article');
        assert(!print.asideShown, 'the sidebar prints');
      });
    }

    await injectAxe(page);
    const violations = await axeViolations(page);
    check(path, 'axe: no serious or critical violation', (assert) => violations.forEach((v) => assert(false, v)));
    check(path, 'no page or console error', (assert) => errors.forEach((e) => assert(false, e)));
    check(path, 'no request leaves this machine', (assert) => outside.forEach((u) => assert(false, `request to ${u}`)));

    if (screenshot && path === 'demo/index.html') {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: screenshot, fullPage: true });
      console.log(`screenshot: ${screenshot}`);
    }
    await context.close();

    for (const width of [1280, 768, 320]) {
      const cls = await pageLayoutShift(browser, `${base}/${path}`, width);
      check(
        path,
        `no layout shift at ${width} px while it starts, feeds ${FEED_DELAY} ms late (CLS ${cls.value.toFixed(4)})`,
        (assert) => assert(cls.value < CLS_BUDGET, `CLS ${cls.value.toFixed(4)} ≥ ${CLS_BUDGET}; moved: ${cls.moved.join(', ')}`),
      );
    }
  }
} finally {
  await browser?.close();
  await server.close();
}

for (const r of results) {
  if (r.problems.length) console.log(`✗ ${r.page} › ${r.name}\n    ${r.problems.join('\n    ')}`);
  else if (process.env.DEMO_VERBOSE) console.log(`✓ ${r.page} › ${r.name}`);
}
const failed = results.filter((r) => r.problems.length).length;
console.log(
  `demo: ${results.length - failed} passed, ${failed} failed (${PAGES.length} pages, ${((Date.now() - started) / 1000).toFixed(1)} s)`,
);
process.exit(failed ? 1 : 0);
