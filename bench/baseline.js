// The plain-DOM baseline: what a careful hand-written script would do to show the same news list
// with the same markup, styles and visible text as <gov-news-list layout="list">: a shadow root
// with the element's own stylesheet (the runner extracts its CSS text from the bundle), the boxed
// heading, and per item a link and its date formatted with Intl (one formatter, made once).
// No library, no templates: createElement, setAttribute and textContent only.

const formatters = new Map();
/** `31/03/2020` (vi) or `3/31/2020` (en), one Intl formatter per language. */
function formatDay(date, lang) {
  let f = formatters.get(lang);
  if (!f) {
    const two = lang === 'vi' ? '2-digit' : 'numeric';
    f = new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-US', { day: two, month: two, year: 'numeric', timeZone: 'UTC' });
    formatters.set(lang, f);
  }
  return f.format(date);
}

/** `2020-03-31` or `31/03/2020` → a UTC calendar date, or undefined. */
function parseDay(s) {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  return m ? new Date(Date.UTC(+m[3], +m[2] - 1, +m[1])) : undefined;
}

function el(tag, attrs, text) {
  const node = document.createElement(tag);
  for (const k in attrs) node.setAttribute(k, attrs[k]);
  if (text !== undefined) node.textContent = text;
  return node;
}

const sheets = new Map();
/** One constructed stylesheet per CSS text, shared by every box (as Lit shares its styles). */
export function sheetFor(cssText) {
  let s = sheets.get(cssText);
  if (!s) {
    s = new CSSStyleSheet();
    s.replaceSync(cssText);
    sheets.set(cssText, s);
  }
  return s;
}

/** The boxed widget: heading bar over a bordered body, in `host`'s shadow root. Returns the body. */
export function box(host, cssText, heading) {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [sheetFor(cssText)];
  const section = el('section', { class: 'box', part: 'box', 'aria-labelledby': 'heading' });
  section.append(el('div', { id: 'heading', class: 'heading', part: 'heading', role: 'heading', 'aria-level': '2' }, heading));
  const body = el('div', { class: 'body', part: 'body', 'aria-busy': 'false' });
  section.append(body);
  root.replaceChildren(section);
  return body;
}

/** The news list (`layout="list"`): title link and "(dd/MM/yyyy)" per item. */
export function renderNewsList(host, items, cssText, { heading = 'Tin tức – Sự kiện', lang = 'vi' } = {}) {
  const body = box(host, cssText, heading);
  const ul = el('ul', { class: 'items list', part: 'list' });
  for (const item of items) {
    const li = el('li', { part: 'item' });
    li.append(
      item.url
        ? el('a', { part: 'link', class: 'link', href: item.url }, item.title)
        : el('span', { part: 'text', class: 'link' }, item.title),
    );
    const day = item.date ? parseDay(item.date) : undefined;
    if (day) {
      li.append(
        ' ',
        el('time', { part: 'date', class: 'date', datetime: day.toISOString().slice(0, 10) }, `(${formatDay(day, lang)})`),
      );
    }
    ul.append(li);
  }
  body.append(ul);
}

const SVG = 'http://www.w3.org/2000/svg';
function svgIcon(cls, viewBox, children) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', cls);
  svg.setAttribute('viewBox', viewBox);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  for (const [tag, attrs] of children) {
    const node = document.createElementNS(SVG, tag);
    for (const k in attrs) node.setAttribute(k, attrs[k]);
    svg.append(node);
  }
  return svg;
}

/** The notice board (still list): pinned first, then newest; "Quan trọng" and "Mới" badges. */
export function renderNoticeBoard(host, items, cssText, { heading = 'Thông báo', lang = 'vi', newDays = 7 } = {}) {
  const body = box(host, cssText, heading);
  const today = Date.parse(new Date().toLocaleDateString('en-CA'));
  const rows = items
    .map((item, index) => ({ item, index, day: item.date ? parseDay(item.date) : undefined }))
    .filter(({ item }) => {
      const end = item.expires ? parseDay(item.expires) : undefined;
      return !end || end.getTime() >= today;
    })
    .sort((a, b) => {
      if (!!a.item.pinned !== !!b.item.pinned) return a.item.pinned ? -1 : 1;
      const ta = a.day?.getTime() ?? -Infinity;
      const tb = b.day?.getTime() ?? -Infinity;
      return ta === tb ? a.index - b.index : tb - ta;
    });
  const ul = el('ul', { class: 'items', part: 'list' });
  for (const { item, day } of rows) {
    const parts = ['item', item.pinned ? 'item-pinned' : '', item.important ? 'item-important' : ''].filter(Boolean).join(' ');
    const li = el('li', { part: parts });
    if (item.pinned) {
      li.append(svgIcon('pin', '0 0 24 24', [['path', { d: 'M9 1h6v2l-1 1v6l3 3v2h-4v7l-1 1-1-1v-7H7v-2l3-3V4L9 3z' }]]));
      li.append(el('span', { class: 'sr-only' }, 'Đã ghim: '));
    }
    if (item.important) li.append(el('span', { class: 'badge important', part: 'badge important' }, 'Quan trọng'), ' ');
    li.append(
      item.url
        ? el('a', { part: 'link', class: 'link', href: item.url }, item.title)
        : el('span', { part: 'text', class: 'link' }, item.title),
      ' ',
    );
    if (day)
      li.append(
        ' ',
        el('time', { part: 'date', class: 'date', datetime: day.toISOString().slice(0, 10) }, `(${formatDay(day, lang)})`),
      );
    if (day && newDays > 0 && Math.round((today - day.getTime()) / 86_400_000) < newDays) {
      li.append(' ', el('span', { class: 'badge new', part: 'badge new' }, 'Mới'));
    }
    ul.append(li);
  }
  body.append(ul);
}

const clock = (s) => {
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
};
const isoDuration = (s) => {
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s % 60 ? `${s % 60}S` : ''}`;
};
const units = new Map();
const spoken = (s) =>
  [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60]
    .map((n, i) => {
      const unit = ['hour', 'minute', 'second'][i];
      if (!n) return '';
      let f = units.get(unit);
      if (!f) units.set(unit, (f = new Intl.NumberFormat('vi', { style: 'unit', unit, unitDisplay: 'long' })));
      return f.format(n);
    })
    .filter(Boolean)
    .join(' ');

function duration(seconds) {
  const t = el('time', { class: 'duration', part: 'duration', datetime: isoDuration(seconds) });
  t.append(
    el('span', { 'aria-hidden': 'true' }, clock(seconds)),
    el('span', { class: 'sr-only' }, `Thời lượng ${spoken(seconds)}`),
  );
  return t;
}

function thumbnail(src, width, height) {
  return el('img', { part: 'thumbnail', class: 'image', src, alt: '', width, height, loading: 'lazy', decoding: 'async' });
}

function dateEl(date, lang) {
  const day = date ? parseDay(date) : undefined;
  return day ? el('time', { part: 'date', class: 'date', datetime: day.toISOString().slice(0, 10) }, formatDay(day, lang)) : '';
}

/** The video list (`layout="player"`): the first video's stage (thumbnail, play button) and the playlist. */
export function renderVideoList(host, items, cssText, { heading = 'Video hoạt động', lang = 'vi' } = {}) {
  const body = box(host, cssText, heading);
  const [current] = items;
  const layout = el('div', { class: items.length > 1 ? 'has-playlist' : '' });
  const main = el('div', { class: 'main' });
  const stage = el('div', { class: 'stage', part: 'player' });
  const play = el('button', { type: 'button', class: 'play', part: 'play-button' });
  play.append(
    svgIcon('icon', '0 0 64 64', [
      ['circle', { class: 'disc', cx: '32', cy: '32', r: '32' }],
      ['path', { d: 'M25 19 47 32 25 45Z' }],
    ]),
    el('span', { class: 'sr-only' }, `Phát video: ${current.title}`),
  );
  stage.append(thumbnail(current.thumbnail, 480, 270), play);
  if (current.duration) stage.append(duration(current.duration));
  const caption = el('p', { class: 'caption', part: 'caption' });
  caption.append(el('span', { class: 'title', part: 'title' }, current.title), ' ', dateEl(current.date, lang));
  main.append(stage, caption);
  layout.append(main);
  if (items.length > 1) {
    const ul = el('ul', { class: 'playlist', part: 'playlist', 'aria-label': 'Danh sách video' });
    items.forEach((item, i) => {
      const li = el('li', { part: 'item' });
      const button = el('button', { type: 'button', class: 'entry', part: 'item-button' });
      if (i === 0) button.setAttribute('aria-current', 'true');
      const thumb = el('span', { class: 'thumb' });
      thumb.append(thumbnail(item.thumbnail, 160, 90));
      const text = el('span', { class: 'entry-text' });
      const meta = el('span', { class: 'meta' });
      if (item.duration) meta.append(duration(item.duration));
      meta.append(' ', dateEl(item.date, lang));
      text.append(el('span', { class: 'title', part: 'title' }, item.title), meta);
      button.append(thumb, text);
      li.append(button);
      ul.append(li);
    });
    layout.append(ul);
  }
  layout.append(el('p', { class: 'sr-only', role: 'status' }));
  body.append(layout);
}
