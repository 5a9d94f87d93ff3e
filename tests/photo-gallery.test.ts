import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../src/photo-gallery/photo-gallery.js';
import type { GovPhotoGallery, GovPhotoViewDetail, PhotoItemInput } from '../src/photo-gallery/photo-gallery.js';
import {
  all,
  expectLoadingSkeleton,
  inForcedColors,
  loadedAs,
  nextError,
  one,
  spoken,
  textOf,
  uid,
  waitForState,
  warnings,
} from './helpers.js';

/** The demo portal's photo library: six pictures of Gia Lộc with their large versions, captions and dates. */
const DEMO = '/demo/data/thu-vien-anh.json';
const IMG = (name: string): string => `/demo/images/anh-${name}.webp`;
/** A picture URL that answers 404 (the test server has no such file). */
const MISSING = '/demo/images/khong-co-anh-nay.webp';

const modelPhotos = (): PhotoItemInput[] => [
  {
    src: IMG('hoi-nghi'),
    full: IMG('hoi-nghi-lon'),
    alt: 'Hội trường Huyện ủy Gia Lộc',
    caption: 'Hội nghị trực tuyến',
    date: '31/03/2020',
  },
  { src: IMG('den-quat'), full: IMG('den-quat-lon'), alt: 'Đền Quát mái ngói đỏ', caption: 'Đền Quát thôn Hạ Bì, xã Yết Kiêu' },
  { src: IMG('cho-nong-san'), alt: 'Các sạp rau quả', caption: 'Chợ đầu mối nông sản' },
  { src: IMG('le-hoi'), alt: 'Cờ đuôi nheo giăng ngang sân lễ hội' },
  { src: IMG('canh-dong'), alt: 'Cánh đồng lúa xanh' },
  { src: IMG('tru-so'), alt: 'Trụ sở Ủy ban nhân dân huyện' },
];

const loaded = loadedAs<GovPhotoGallery>;

/** As `loaded`, for a `src`: a request can take seconds on a loaded machine (a wait, not a timed assertion). */
async function fetched(template: ReturnType<typeof html>): Promise<GovPhotoGallery> {
  const el = await fixture<GovPhotoGallery>(template);
  await waitForState(el, 'ready', 20_000);
  return el;
}

const thumbnails = (el: Element): HTMLButtonElement[] => all<HTMLButtonElement>(el, '[part~="thumbnail"]');
const dialogOf = (el: Element): HTMLDialogElement => one<HTMLDialogElement>(el, 'dialog');
const counter = (el: Element): string => textOf(one(el, '[part="counter"] [aria-hidden]'));
const active = (el: Element): Element | null => el.shadowRoot!.activeElement;

/** Opens the lightbox by pressing Enter on the `index`-th thumbnail, as a keyboard user does. */
async function openByKeyboard(el: GovPhotoGallery, index: number): Promise<HTMLDialogElement> {
  thumbnails(el)[index].focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
  const dialog = dialogOf(el);
  await waitUntil(() => dialog.open, 'the lightbox did not open');
  return dialog;
}

/** Shift+Tab, as a keyboard user presses it. */
async function shiftTab(): Promise<void> {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

/** Presses a key and waits for the render that follows. */
async function press(el: GovPhotoGallery, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

/** The root's overflow, as the page's own scrolling sees it. */
const pageOverflow = (): string => getComputedStyle(document.documentElement).overflowY;

describe('<gov-photo-gallery>', () => {
  afterEach(async () => {
    await resetMouse();
  });

  describe('data sources', () => {
    it("renders the demo's library from a JSON {title, items} src: lazy thumbnails with sizes and alt text", async () => {
      const el = await fetched(html`<gov-photo-gallery src=${DEMO}></gov-photo-gallery>`);
      const imgs = all<HTMLImageElement>(el, '[part~="thumbnail"] img');
      expect(imgs).to.have.length(6);
      for (const img of imgs) {
        expect(img.getAttribute('loading')).to.equal('lazy');
        expect([img.getAttribute('width'), img.getAttribute('height')]).to.deep.equal(['320', '240']);
        expect(img.alt.length).to.be.greaterThan(10);
      }
      // Relative picture URLs resolve against the JSON file, not the page.
      expect(imgs[0].src).to.match(/\/demo\/images\/anh-hoi-nghi\.webp$/);
      expect(imgs[0].alt).to.contain('Hội trường Huyện ủy Gia Lộc');
      expect(textOf(one(el, '[part="heading"]'))).to.equal('Thư viện ảnh');
      // A thumbnail is a button named by its picture, and says it opens a dialog.
      expect(thumbnails(el)[0].getAttribute('aria-haspopup')).to.equal('dialog');
      expect(spoken(thumbnails(el)[0])).to.equal('');
    });

    it("uses the data's title as the heading when the page sets none; the heading attribute wins", async () => {
      const data = { title: 'Đại hội Đảng bộ huyện lần thứ XXV', items: modelPhotos() };
      const el = await loaded(html`<gov-photo-gallery .items=${data}></gov-photo-gallery>`);
      expect(textOf(one(el, '[part="heading"]'))).to.equal('Đại hội Đảng bộ huyện lần thứ XXV');
      el.heading = 'Ảnh hoạt động';
      await el.updateComplete;
      expect(textOf(one(el, '[part="heading"]'))).to.equal('Ảnh hoạt động');
      el.heading = undefined;
      el.items = modelPhotos();
      await waitForState(el, 'ready');
      expect(textOf(one(el, '[part="heading"]'))).to.equal('Thư viện ảnh');
    });

    it('fires gov-load with the validated pictures', async () => {
      const el = document.createElement('gov-photo-gallery');
      const event = oneEvent(el, 'gov-load');
      el.items = modelPhotos();
      document.body.append(el);
      try {
        const { detail } = (await event) as CustomEvent<{ items: Array<{ src: string; date?: unknown }> }>;
        expect(detail.items).to.have.length(6);
        expect(detail.items[0].src).to.equal(new URL(IMG('hoi-nghi'), location.href).href);
        expect(detail.items[0].date).to.have.property('dateOnly', true);
      } finally {
        el.remove();
      }
    });

    it("reads a Media RSS photo feed (Gallery 3's shape): thumbnail as the picture, title as its alt text", async () => {
      // The item shape of gallery/gallery3, modules/media_rss/views/feed.mrss.php (a photo CMS's feed):
      // <media:group> with <media:thumbnail> and <media:content>, here with the model page's content.
      const rss = `<?xml version="1.0"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">
  <channel><title>Thư viện ảnh</title><link>https://gialoc.example.vn/albums/1</link><description></description>
    <item>
      <title>Đền Quát thôn Hạ Bì, xã Yết Kiêu</title>
      <link>https://gialoc.example.vn/photos/12</link>
      <guid isPermaLink="false">12</guid>
      <description>Đền Quát mùa lễ hội</description>
      <media:group>
        <media:thumbnail url="/demo/images/anh-den-quat.webp" height="240" width="320"/>
        <media:content url="/demo/images/anh-den-quat-lon.webp" type="image/webp" height="900" width="1200" isDefault="true"/>
      </media:group>
    </item>
    <item><title>Một mục không có ảnh</title><link>https://gialoc.example.vn/photos/13</link></item>
  </channel>
</rss>`;
      const src = `/api/body?type=application/rss%2Bxml&text=${encodeURIComponent(rss)}`;
      const seen = await warnings(async () => {
        const el = await fetched(html`<gov-photo-gallery src=${src}></gov-photo-gallery>`);
        const imgs = all<HTMLImageElement>(el, 'img');
        expect(imgs.map((i) => i.alt)).to.deep.equal(['Đền Quát thôn Hạ Bì, xã Yết Kiêu']);
        expect(imgs[0].src).to.match(/anh-den-quat\.webp$/);
      });
      expect(seen.join('\n')).to.match(/item 1 skipped: it has no "src"/);
    });
  });

  describe('validation', () => {
    it('skips a picture without alt text, with a warning that says why', async () => {
      const items = [
        { src: IMG('hoi-nghi') },
        { src: IMG('den-quat'), alt: '   ' },
        { src: IMG('le-hoi'), alt: 'Cờ đuôi nheo' },
      ] as PhotoItemInput[];
      let el!: GovPhotoGallery;
      const seen = await warnings(async () => {
        el = await loaded(html`<gov-photo-gallery .items=${items}></gov-photo-gallery>`);
      });
      expect(all<HTMLImageElement>(el, 'img').map((i) => i.alt)).to.deep.equal(['Cờ đuôi nheo']);
      expect(seen).to.have.length(2);
      for (const [i, warning] of seen.entries()) {
        expect(warning).to.contain(`<gov-photo-gallery>: item ${i} skipped: it has no "alt" text`);
        expect(warning).to.contain('require a text equivalent for every picture');
      }
    });

    it('skips pictures whose URL is javascript:, data: or vbscript:, and drops such a `full`', async () => {
      const hostile = [
        'javascript:window.__pwned=1',
        ' JaVaScRiPt:window.__pwned=1',
        'java\tscript:window.__pwned=1',
        'data:image/svg+xml,<svg onload=window.__pwned=1>',
        'vbscript:msgbox(1)',
      ];
      const items = [
        ...hostile.map((src) => ({ src, alt: 'Ảnh độc' })),
        { src: IMG('tru-so'), full: 'javascript:window.__pwned=1', alt: 'Trụ sở' },
      ];
      let el!: GovPhotoGallery;
      const seen = await warnings(async () => {
        el = await loaded(html`<gov-photo-gallery .items=${items}></gov-photo-gallery>`);
      });
      expect(seen.filter((w) => w.includes('is not an allowed picture URL'))).to.have.length(5);
      expect(thumbnails(el)).to.have.length(1);
      await el.showPhoto(0);
      const urls = all(el, '[src]').map((n) => n.getAttribute('src')!);
      expect(
        urls.some((u) => /script|data:/i.test(u)),
        urls.join(' '),
      ).to.be.false;
      // The lightbox shows the thumbnail's picture instead of the dropped `full`.
      expect(one<HTMLImageElement>(el, '[part="picture"]').src).to.match(/anh-tru-so\.webp$/);
      el.closePhoto();
      expect((window as unknown as { __pwned?: number }).__pwned).to.be.undefined;
    });

    it('renders no entity-encoded or obfuscated script URL from an RSS or Atom feed, and keeps the good picture', async () => {
      // The hostile links of tests/security/urls.test.ts, as enclosures, beside one good picture.
      const hostile = [
        '&#106;avascript:alert(1)',
        '&#x6A;avascript&#x3A;alert(1)',
        'java&#x09;script:alert(1)',
        '&#x20;javascript:alert(1)',
        'vbscript:msgbox(1)',
        'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+',
      ];
      const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Ảnh</title>${hostile
        .map((u, i) => `<item><title>Ảnh ${i}</title><enclosure url="${u}" type="image/png"/></item>`)
        .join('')}<item><title>Ảnh tốt</title><enclosure url="${IMG('tru-so')}" type="image/webp"/></item></channel></rss>`;
      const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Ảnh</title>${hostile
        .map((u, i) => `<entry><title>Ảnh ${i}</title><link rel="enclosure" type="image/png" href="${u}"/></entry>`)
        .join('')}<entry><title>Ảnh tốt</title><link rel="enclosure" type="image/webp" href="${IMG('tru-so')}"/></entry></feed>`;
      for (const [body, type] of [
        [rss, 'application/rss+xml'],
        [atom, 'application/atom+xml'],
      ]) {
        let el!: GovPhotoGallery;
        const seen = await warnings(async () => {
          el = await fetched(
            html`<gov-photo-gallery
              src=${`/api/body?type=${encodeURIComponent(type)}&text=${encodeURIComponent(body)}`}
            ></gov-photo-gallery>`,
          );
          await el.showPhoto(0);
        });
        expect(seen, type).to.have.length(hostile.length);
        const urls = all(el, '[src]').map((n) => n.getAttribute('src')!);
        expect(
          urls.some((u) => /script|data:/i.test(u)),
          urls.join(' '),
        ).to.be.false;
        expect(
          all<HTMLImageElement>(el, '[part="image"]').map((i) => i.alt),
          type,
        ).to.deep.equal(['Ảnh tốt']);
        el.closePhoto();
        el.remove();
      }
    });

    it('is an error, not an empty library, when no picture is usable', async () => {
      const el = document.createElement('gov-photo-gallery');
      el.items = [{ src: 'javascript:alert(1)', alt: 'x' }, { alt: 'không có ảnh' }] as PhotoItemInput[];
      const error = nextError(el);
      await warnings(async () => {
        document.body.append(el);
        const detail = (await error) as { error: { kind: string; message: string } };
        expect(detail.error.kind).to.equal('no-items');
        expect(detail.error.message).to.contain('None of the 2 items');
        await waitForState(el, 'error');
      });
      try {
        expect(textOf(one(el, '[part="message"]'))).to.equal('Chưa hiển thị được Thư viện ảnh.');
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
    });

    it('shows markup in alt, caption and album as text', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
      const el = await loaded(
        html`<gov-photo-gallery
          .items=${[{ src: MISSING, alt: hostile, caption: hostile, album: hostile }]}
        ></gov-photo-gallery>`,
      );
      await el.showPhoto(0);
      await waitUntil(() => all(el, '[part="broken"]').length === 2, 'the broken pictures never showed their alt text');
      expect(textOf(one(el, '[part="album-heading"]'))).to.equal(hostile);
      expect(textOf(one(el, '[part="caption"]'))).to.equal(hostile);
      expect(all(el, '[part="broken"]').map((n) => textOf(n))).to.deep.equal([hostile, hostile]);
      expect(all(el, 'script, img')).to.have.length(0);
      el.closePhoto();
      await aTimeout(50);
      expect((window as unknown as { __pwned?: number }).__pwned).to.be.undefined;
    });
  });

  describe('states', () => {
    it('shows a skeleton of `limit` thumbnail frames while loading, which the pictures then fill without moving the page', async () => {
      const data = await (await fetch(DEMO)).text();
      const slow = await fixture<GovPhotoGallery>(
        html`<gov-photo-gallery
          style="width: 600px"
          limit="6"
          src=${`/api/body?delay=400&text=${encodeURIComponent(data.replaceAll('../images/', '/demo/images/'))}`}
        ></gov-photo-gallery>`,
      );
      const skeleton = expectLoadingSkeleton(slow);
      expect(skeleton.querySelectorAll('.frame')).to.have.length(6);
      const loadingHeight = slow.getBoundingClientRect().height;
      await waitForState(slow, 'ready', 20_000);
      expect(thumbnails(slow)).to.have.length(6);
      expect(Math.abs(slow.getBoundingClientRect().height - loadingHeight)).to.be.below(1);
    });

    it('does not animate the skeleton under reduced motion', async () => {
      const el = await fixture<GovPhotoGallery>(
        html`<gov-photo-gallery timeout="60000" src=${`/api/loading/anh-${uid()}.json`}></gov-photo-gallery>`,
      );
      const frame = one(el, '[part="skeleton"] .frame');
      try {
        expect(frame.getAnimations()).to.have.length(1);
        await emulateMedia({ reducedMotion: 'reduce' });
        expect(frame.getAnimations()).to.have.length(0);
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
        el.remove();
      }
    });

    it('says "No items yet." under its English heading', async () => {
      const el = await fixture<GovPhotoGallery>(
        html`<gov-photo-gallery lang="en" src="/api/body?text=%5B%5D"></gov-photo-gallery>`,
      );
      await waitForState(el, 'empty');
      expect(textOf(one(el, '[part="message"]'))).to.equal('No items yet.');
      expect(textOf(one(el, '[part="heading"]'))).to.equal('Photo library');
    });

    it('is accessible when ready, in both layouts and with albums', async () => {
      const items = modelPhotos().map((p, i) => ({ ...p, album: i < 3 ? 'Hội nghị' : undefined }));
      const el = await loaded(html`<gov-photo-gallery .items=${items}></gov-photo-gallery>`);
      await expect(el).to.be.accessible();
      el.layout = 'strip';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });

  describe('layouts, limit and albums', () => {
    it('grid: several thumbnails a row, every one the same 4:3 box', async () => {
      const el = await loaded(html`<gov-photo-gallery style="width: 640px" .items=${modelPhotos()}></gov-photo-gallery>`);
      const boxes = thumbnails(el).map((t) => t.getBoundingClientRect());
      expect(new Set(boxes.map((b) => Math.round(b.top))).size).to.be.within(2, 3);
      for (const b of boxes) {
        expect(b.width).to.be.closeTo(boxes[0].width, 0.5);
        expect(b.height / b.width).to.be.closeTo(0.75, 0.02);
      }
    });

    it('strip: one row that scrolls sideways, inside the box', async () => {
      const el = await loaded(
        html`<gov-photo-gallery style="width: 300px" layout="strip" .items=${modelPhotos()}></gov-photo-gallery>`,
      );
      const list = one(el, '[part="list"]');
      expect(new Set(thumbnails(el).map((t) => Math.round(t.getBoundingClientRect().top))).size).to.equal(1);
      expect(list.scrollWidth).to.be.greaterThan(list.clientWidth);
      expect(getComputedStyle(list).overflowX).to.equal('auto');
      expect(el.getBoundingClientRect().width).to.equal(300);
      // The last thumbnail, focused by keyboard, is scrolled into view.
      thumbnails(el)[5].focus();
      expect(list.scrollLeft).to.be.greaterThan(0);
    });

    it('shows at most `limit` pictures', async () => {
      const el = await loaded(html`<gov-photo-gallery limit="4" .items=${modelPhotos()}></gov-photo-gallery>`);
      expect(thumbnails(el)).to.have.length(4);
    });

    it('groups pictures by album under headings one level below the box, pictures without an album first', async () => {
      const items = modelPhotos().map((p, i) => ({ ...p, album: ['Lễ hội', undefined, 'Hội nghị'][i % 3] }));
      const el = await loaded(html`<gov-photo-gallery heading-level="3" .items=${items}></gov-photo-gallery>`);
      const headings = all(el, '[part="album-heading"]');
      expect(headings.map((h) => textOf(h))).to.deep.equal(['Lễ hội', 'Hội nghị']);
      expect(headings.map((h) => h.getAttribute('aria-level'))).to.deep.equal(['4', '4']);
      const lists = all(el, '[part="list"]');
      expect(lists.map((l) => l.querySelectorAll('img').length)).to.deep.equal([2, 2, 2]);
      expect(lists[1].getAttribute('aria-labelledby')).to.equal(headings[0].id);
      expect([...lists[0].querySelectorAll('img')].map((i) => i.alt)).to.deep.equal([
        'Đền Quát mái ngói đỏ',
        'Cánh đồng lúa xanh',
      ]);
    });
  });

  describe('lightbox', () => {
    it('opens a modal dialog on click: the large picture, caption, date, "3 / 6", buttons with names', async () => {
      const el = await loaded(html`<gov-photo-gallery .items=${modelPhotos()}></gov-photo-gallery>`);
      const view = oneEvent(el, 'gov-photo-view');
      thumbnails(el)[0].click();
      const { detail } = (await view) as CustomEvent<GovPhotoViewDetail>;
      expect(detail.index).to.equal(0);
      expect(detail.item.alt).to.equal('Hội trường Huyện ủy Gia Lộc');
      const dialog = dialogOf(el);
      expect(dialog.open).to.be.true;
      expect(dialog.matches(':modal')).to.be.true;
      expect(dialog.getAttribute('aria-label')).to.equal('Thư viện ảnh');
      const picture = one<HTMLImageElement>(el, '[part="picture"]');
      expect(picture.src).to.match(/anh-hoi-nghi-lon\.webp$/);
      expect(picture.alt).to.equal('Hội trường Huyện ủy Gia Lộc');
      expect(textOf(one(el, '[part="caption"]'))).to.equal('Hội nghị trực tuyến (31/03/2020)');
      expect(counter(el)).to.equal('1 / 6');
      expect(spoken(one(el, '[part="counter"]'))).to.equal('Ảnh 1 trên 6');
      expect(['close', 'previous', 'next'].map((p) => textOf(one(el, `[part~="${p}"]`)))).to.deep.equal([
        'Đóng',
        'Ảnh trước',
        'Ảnh sau',
      ]);
      expect(active(el), 'focus moves into the dialog').to.equal(one(el, '[part~="close"]'));
      await expect(el).to.be.accessible();
      el.closePhoto();
      await waitUntil(() => !dialog.open);
    });

    it('moves with the arrow keys, Home and End, round from the last to the first; Escape closes it and focus returns to that thumbnail', async () => {
      const el = await loaded(html`<gov-photo-gallery .items=${modelPhotos()}></gov-photo-gallery>`);
      const dialog = await openByKeyboard(el, 2);
      expect(counter(el)).to.equal('3 / 6');
      await press(el, 'ArrowRight');
      expect(counter(el)).to.equal('4 / 6');
      expect(one<HTMLImageElement>(el, '[part="picture"]').alt).to.equal('Cờ đuôi nheo giăng ngang sân lễ hội');
      // Screen readers hear the new picture.
      expect(textOf(one(el, 'dialog [role="status"]'))).to.equal('Ảnh 4 trên 6: Cờ đuôi nheo giăng ngang sân lễ hội');
      await press(el, 'ArrowLeft');
      await press(el, 'ArrowLeft');
      expect(counter(el)).to.equal('2 / 6');
      await press(el, 'End');
      expect(counter(el)).to.equal('6 / 6');
      await press(el, 'ArrowRight');
      expect(counter(el)).to.equal('1 / 6');
      await press(el, 'ArrowLeft');
      await press(el, 'Home');
      await press(el, 'ArrowRight');
      expect(counter(el)).to.equal('2 / 6');
      await press(el, 'Escape');
      await waitUntil(() => !dialog.open, 'Escape did not close the lightbox');
      await waitUntil(() => active(el) === thumbnails(el)[1], 'focus did not return to the thumbnail of the picture shown');
      expect(thumbnails(el)[1].matches(':focus-visible')).to.be.true;
    });

    it('keeps focus inside: Tab and Shift+Tab go round its buttons', async () => {
      const el = await loaded(html`<gov-photo-gallery .items=${modelPhotos()}></gov-photo-gallery>`);
      const dialog = await openByKeyboard(el, 0);
      const name = (): string => textOf(active(el));
      const order: string[] = [name()];
      for (let i = 0; i < 3; i++) {
        await sendKeys({ press: 'Tab' });
        order.push(name());
      }
      expect(order).to.deep.equal(['Đóng', 'Ảnh trước', 'Ảnh sau', 'Đóng']);
      await shiftTab();
      expect(name()).to.equal('Ảnh sau');
      // The buttons work by keyboard.
      await press(el, 'Enter');
      expect(counter(el)).to.equal('2 / 6');
      await shiftTab();
      await press(el, 'Space');
      expect(counter(el)).to.equal('1 / 6');
      await shiftTab();
      await press(el, 'Enter');
      await waitUntil(() => !dialog.open, '"Đóng" did not close the lightbox');
      expect(active(el)).to.equal(thumbnails(el)[0]);
    });

    it('makes the page behind inert and stops it scrolling, and gives both back on close', async () => {
      const page = await fixture<HTMLDivElement>(
        html`<div>
          <button id="outside">Nút của trang</button>
          <gov-photo-gallery .items=${modelPhotos()}></gov-photo-gallery>
          <div style="height: 3000px"></div>
        </div>`,
      );
      const el = page.querySelector('gov-photo-gallery')!;
      const outside = page.querySelector<HTMLButtonElement>('#outside')!;
      await waitForState(el, 'ready');
      const before = document.documentElement.getAttribute('style');
      expect(pageOverflow()).to.not.equal('hidden');
      const dialog = await openByKeyboard(el, 0);
      expect(pageOverflow()).to.equal('hidden');
      outside.focus();
      expect(document.activeElement, 'the page behind takes no focus').to.equal(el);
      let clicked = false;
      outside.addEventListener('click', () => (clicked = true));
      const box = outside.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(box.x + 5), Math.round(box.y + 5)] });
      expect(clicked, 'the page behind takes no click').to.be.false;
      el.closePhoto();
      await waitUntil(() => !dialog.open);
      expect(pageOverflow()).to.not.equal('hidden');
      expect(document.documentElement.getAttribute('style')).to.equal(before);
    });

    it("puts back the page's own inline overflow", async () => {
      document.documentElement.style.overflow = 'scroll';
      try {
        const el = await loaded(html`<gov-photo-gallery .items=${modelPhotos()}></gov-photo-gallery>`);
        const dialog = await openByKeyboard(el, 0);
        expect(pageOverflow()).to.equal('hidden');
        await press(el, 'Escape');
        await waitUntil(() => !dialog.open);
        expect(document.documentElement.style.overflow).to.equal('scroll');
      } finally {
        document.documentElement.style.overflow = '';
      }
    });

    it('closes on a click on its background, not on its picture', async () => {
      const el = await loaded(html`<gov-photo-gallery .items=${modelPhotos()}></gov-photo-gallery>`);
      const dialog = await openByKeyboard(el, 0);
      const picture = one(el, '[part="picture"]').getBoundingClientRect();
      await sendMouse({
        type: 'click',
        position: [Math.round(picture.x + picture.width / 2), Math.round(picture.y + picture.height / 2)],
      });
      expect(dialog.open).to.be.true;
      await sendMouse({ type: 'click', position: [4, 4] });
      await waitUntil(() => !dialog.open, 'a click on the background did not close it');
    });

    it('moves with a swipe: a finger (touch pointer) or a mouse drag sideways, not up or down', async () => {
      const el = await loaded(html`<gov-photo-gallery .items=${modelPhotos()}></gov-photo-gallery>`);
      await openByKeyboard(el, 0);
      const stage = one(el, '[part="stage"]');
      expect(getComputedStyle(stage).touchAction).to.equal('pan-y pinch-zoom');
      const r = stage.getBoundingClientRect();
      const [x, y] = [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)];
      // A mouse drag from right to left: real input events through the browser.
      await sendMouse({ type: 'move', position: [x + 80, y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [x - 80, y + 10] });
      await sendMouse({ type: 'up' });
      await el.updateComplete;
      expect(counter(el)).to.equal('2 / 6');
      // A finger from left to right goes back.
      const touch = (type: string, cx: number, cy: number): boolean =>
        stage.dispatchEvent(
          new PointerEvent(type, { pointerType: 'touch', isPrimary: true, clientX: cx, clientY: cy, bubbles: true }),
        );
      touch('pointerdown', x - 100, y);
      touch('pointerup', x + 100, y);
      await el.updateComplete;
      expect(counter(el)).to.equal('1 / 6');
      // Mostly vertical, short, or cancelled by the browser: no move.
      touch('pointerdown', x, y - 100);
      touch('pointerup', x + 60, y + 100);
      touch('pointerdown', x, y);
      touch('pointerup', x - 20, y);
      touch('pointerdown', x, y);
      touch('pointercancel', x - 200, y);
      touch('pointerup', x - 200, y);
      await el.updateComplete;
      expect(counter(el)).to.equal('1 / 6');
      el.closePhoto();
    });

    it('never moves by itself', async () => {
      const el = await loaded(html`<gov-photo-gallery .items=${modelPhotos()}></gov-photo-gallery>`);
      await openByKeyboard(el, 1);
      await aTimeout(1500);
      expect(counter(el)).to.equal('2 / 6');
      el.closePhoto();
    });

    it('browses within the album of the picture opened', async () => {
      const items = modelPhotos().map((p, i) => ({ ...p, album: i < 2 ? 'Hội nghị' : 'Quê hương' }));
      const el = await loaded(html`<gov-photo-gallery .items=${items}></gov-photo-gallery>`);
      await openByKeyboard(el, 1);
      expect(counter(el)).to.equal('2 / 2');
      expect(dialogOf(el).getAttribute('aria-label')).to.equal('Hội nghị');
      await press(el, 'ArrowRight');
      expect(counter(el)).to.equal('1 / 2');
      await press(el, 'Escape');
      await waitUntil(() => active(el) === thumbnails(el)[0]);
      await openByKeyboard(el, 3);
      expect(counter(el)).to.equal('2 / 4');
      el.closePhoto();
    });

    it('has no previous or next button for a single picture', async () => {
      const el = await loaded(html`<gov-photo-gallery .items=${modelPhotos().slice(0, 1)}></gov-photo-gallery>`);
      await openByKeyboard(el, 0);
      expect(counter(el)).to.equal('1 / 1');
      expect(all(el, '[part~="previous"], [part~="next"]')).to.have.length(0);
      await press(el, 'ArrowRight');
      expect(counter(el)).to.equal('1 / 1');
      el.closePhoto();
    });

    it('is accessible open, in English, with English labels', async () => {
      const el = await loaded(html`<gov-photo-gallery lang="en" .items=${modelPhotos()}></gov-photo-gallery>`);
      await openByKeyboard(el, 2);
      expect(spoken(one(el, '[part="counter"]'))).to.equal('Photo 3 of 6');
      expect(['close', 'previous', 'next'].map((p) => textOf(one(el, `[part~="${p}"]`)))).to.deep.equal([
        'Close',
        'Previous photo',
        'Next photo',
      ]);
      expect(dialogOf(el).getAttribute('aria-label')).to.equal('Photo library');
      await expect(el).to.be.accessible();
      el.closePhoto();
    });

    it('fits a 320 px phone: nothing wider than the screen, buttons at least 44 px tall', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const el = await loaded(html`<gov-photo-gallery .items=${modelPhotos()}></gov-photo-gallery>`);
        expect(one(el, '[part="body"]').scrollWidth).to.be.at.most(one(el, '[part="body"]').clientWidth);
        expect(new Set(thumbnails(el).map((t) => Math.round(t.getBoundingClientRect().top))).size).to.equal(3);
        await openByKeyboard(el, 0);
        for (const part of ['close', 'previous', 'next', 'picture']) {
          const r = one(el, `[part~="${part}"]`).getBoundingClientRect();
          expect(r.left, part).to.be.at.least(0);
          expect(r.right, part).to.be.at.most(320);
          expect(r.bottom, part).to.be.at.most(640);
          if (part !== 'picture') expect(r.height, part).to.be.at.least(44);
        }
        el.closePhoto();
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('never prints: thumbnails print, the open lightbox does not', async () => {
      const el = await loaded(html`<gov-photo-gallery .items=${modelPhotos()}></gov-photo-gallery>`);
      await openByKeyboard(el, 0);
      try {
        await emulateMedia({ media: 'print' });
        expect(getComputedStyle(dialogOf(el)).display).to.equal('none');
        expect(getComputedStyle(thumbnails(el)[0]).display).to.equal('block');
        expect(thumbnails(el)[0].getBoundingClientRect().height).to.be.greaterThan(50);
      } finally {
        await emulateMedia({ media: 'screen' });
        el.closePhoto();
      }
    });

    it('uses system colours in forced-colours mode', async () => {
      const el = await loaded(html`<gov-photo-gallery .items=${modelPhotos()}></gov-photo-gallery>`);
      await openByKeyboard(el, 0);
      try {
        await inForcedColors((system) => {
          const dialog = getComputedStyle(dialogOf(el));
          expect([dialog.backgroundColor, dialog.color]).to.deep.equal([system.backgroundColor, system.color]);
          expect(getComputedStyle(one(el, '[part~="close"]')).borderTopStyle).to.equal('solid');
        });
      } finally {
        el.closePhoto();
      }
    });

    it('removed while open: the dialog closes, the page scrolls again, nothing fires; put back, it works again', async () => {
      const el = await loaded(html`<gov-photo-gallery .items=${modelPhotos()}></gov-photo-gallery>`);
      const dialog = await openByKeyboard(el, 0);
      expect(pageOverflow()).to.equal('hidden');
      const parent = el.parentElement!;
      el.remove();
      expect(dialog.open).to.be.false;
      expect(pageOverflow()).to.not.equal('hidden');
      expect(document.documentElement.getAttribute('style') ?? '').to.not.contain('overflow');
      parent.append(el);
      await el.updateComplete;
      const again = await openByKeyboard(el, 1);
      expect(counter(el)).to.equal('2 / 6');
      expect(pageOverflow()).to.equal('hidden');
      await press(el, 'Escape');
      await waitUntil(() => !again.open);
      expect(pageOverflow()).to.not.equal('hidden');
    });

    it('closes when its picture goes (new data), giving focus to the box and scrolling to the page', async () => {
      const el = await loaded(html`<gov-photo-gallery .items=${modelPhotos()}></gov-photo-gallery>`);
      await openByKeyboard(el, 3);
      el.items = modelPhotos().slice(0, 2);
      await el.updateComplete;
      await el.updateComplete;
      expect(all(el, 'dialog')).to.have.length(0);
      expect(pageOverflow()).to.not.equal('hidden');
      expect(active(el)).to.equal(one(el, '[part="box"]'));
    });
  });

  describe('pictures that fail to load', () => {
    it('shows the alt text in a frame of the same size instead of a broken picture', async () => {
      const items = [{ src: MISSING, alt: 'Lễ khánh thành cầu Gia Lộc' }, ...modelPhotos().slice(0, 2)];
      const el = await loaded(html`<gov-photo-gallery style="width: 640px" .items=${items}></gov-photo-gallery>`);
      await waitUntil(() => all(el, '[part="broken"]').length === 1, 'the broken picture was not replaced');
      const [broken, good] = thumbnails(el);
      expect(broken.querySelector('img')).to.equal(null);
      expect(textOf(broken)).to.equal('Lễ khánh thành cầu Gia Lộc');
      expect(broken.getBoundingClientRect().height).to.be.closeTo(good.getBoundingClientRect().height, 0.5);
      // Still a button that opens the lightbox, which shows the same text.
      await openByKeyboard(el, 0);
      expect(textOf(one(el, '[part="stage"]'))).to.equal('Lễ khánh thành cầu Gia Lộc');
      await expect(el).to.be.accessible();
      el.closePhoto();
    });

    it('falls back from a large picture that fails to the thumbnail', async () => {
      const el = await loaded(
        html`<gov-photo-gallery .items=${[{ src: IMG('le-hoi'), full: MISSING, alt: 'Cờ đuôi nheo' }]}></gov-photo-gallery>`,
      );
      await openByKeyboard(el, 0);
      await waitUntil(() => /anh-le-hoi\.webp$/.test(one<HTMLImageElement>(el, '[part="picture"]').src), 'no fallback');
      expect(all(el, '[part="broken"]')).to.have.length(0);
      el.closePhoto();
    });
  });
});
