import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { VideoItemInput } from '../src/video-list/video-list.data.js';
import '../src/video-list/video-list.js';
import type { GovVideoList, GovVideoPlayDetail } from '../src/video-list/video-list.js';
import type { VideoSource } from '../src/video-list/video-url.js';
import {
  all,
  expectLoadingSkeleton,
  fixtureUrl,
  inForcedColors,
  loadedAs,
  one,
  textOf,
  uid,
  waitForState,
  warnings,
} from './helpers.js';

/** A request to a video host (or its image server). None may ever happen in these tests. */
const hostPattern = /youtube|youtu\.be|ytimg|vimeo/i;
const hostRequests = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((n) => hostPattern.test(new URL(n).hostname));

/**
 * Keeps players on this machine. Lit sets an iframe's `src` with `setAttribute` before the iframe
 * is inserted; this records the URL the element asked for (also as `data-requested-src`) and loads
 * a local page instead, so the tests can assert the real youtube-nocookie / Vimeo URL while no
 * request leaves the machine. Test code only: the element knows nothing of it.
 */
function interceptEmbeds(): { requested: string[]; restore(): void } {
  const requested: string[] = [];
  const setAttribute = Element.prototype.setAttribute;
  Element.prototype.setAttribute = function (this: Element, name: string, value: string): void {
    if (this instanceof HTMLIFrameElement && name === 'src') {
      requested.push(value);
      setAttribute.call(this, 'data-requested-src', value);
      value = `/api/body?type=text/html&text=${encodeURIComponent('<!doctype html><title>player</title><p>player')}`;
    }
    setAttribute.call(this, name, value);
  };
  return { requested, restore: () => void (Element.prototype.setAttribute = setAttribute) };
}

async function modelVideos(): Promise<VideoItemInput[]> {
  const res = await fetch('/tests/fixtures/videos.json');
  return ((await res.json()) as { items: VideoItemInput[] }).items;
}

const loaded = loadedAs<GovVideoList>;

const requestedSrc = (frame: Element): string | null => frame.getAttribute('data-requested-src');
const activeIn = (el: GovVideoList): Element | null => el.shadowRoot!.activeElement;

/** A real mouse click in the middle of `target`. */
async function click(target: Element): Promise<void> {
  const r = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
}

describe('<gov-video-list>', () => {
  let embeds: ReturnType<typeof interceptEmbeds>;
  beforeEach(() => {
    embeds = interceptEmbeds();
  });
  afterEach(async () => {
    embeds.restore();
    await resetMouse();
    // The suite-wide guarantee: whatever a test did, nothing was fetched from a video host.
    expect(hostRequests()).to.deep.equal([]);
  });

  describe('data sources', () => {
    it('renders the model page videos from a JSON {items} src, with the default heading', async () => {
      const el = await loaded(html`<gov-video-list src="/tests/fixtures/videos.json"></gov-video-list>`);
      expect(textOf(one(el, '[part="heading"]'))).to.equal('Video hoạt động');
      expect(all(el, '[part~="playlist"] [part~="title"]').map(textOf)).to.deep.equal([
        'Đôi nét về Gia Lộc',
        'Đền Quát thôn Hạ Bì, xã Yết Kiêu',
        'Hình Ảnh Chợ Đầu Mối Nông Sản',
        'Huyện Đoàn Gia Lộc',
        'Lễ hội truyền thống thôn Thị Xá-Hồng Hưng',
      ]);
    });

    it('accepts a bare JSON array', async () => {
      const el = await loaded(html`<gov-video-list src=${fixtureUrl('demo/video.json', '&pick=0,1&as=array')}></gov-video-list>`);
      expect(all(el, '[part~="item"]')).to.have.length(2);
    });

    it('shows one video without a playlist', async () => {
      const el = await loaded(
        html`<gov-video-list
          .items=${[{ title: 'Huyện Đoàn Gia Lộc', url: '/tests/fixtures/video-huyen-doan-gia-loc.webm' }]}
        ></gov-video-list>`,
      );
      expect(textOf(one(el, '[part="caption"]'))).to.equal('Huyện Đoàn Gia Lộc');
      expect(all(el, '[part~="playlist"]')).to.have.length(0); // one video: no playlist
    });

    it('reads an RSS feed (link and media:thumbnail)', async () => {
      const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>Video</title>
        <item><title>Đôi nét về Gia Lộc</title><link>https://www.youtube.com/watch?v=GiaLoc2020a</link>
        <pubDate>Tue, 31 Mar 2020 08:00:00 +0700</pubDate><media:thumbnail url="/tests/fixtures/video-thumb-1.svg"/></item>
        </channel></rss>`;
      const el = await loaded(
        html`<gov-video-list src=${`/api/body?type=application/rss%2Bxml&text=${encodeURIComponent(rss)}`}></gov-video-list>`,
      );
      expect(textOf(one(el, '[part~="play-button"]'))).to.equal('Phát video: Đôi nét về Gia Lộc');
      expect(one<HTMLImageElement>(el, '[part="player"] img').src).to.match(/\/tests\/fixtures\/video-thumb-1\.svg$/);
    });

    it('prefers the items property over src, and fires gov-load with the validated items', async () => {
      const el = document.createElement('gov-video-list');
      el.src = '/tests/fixtures/videos.json';
      el.items = (await modelVideos()).slice(0, 3);
      const event = oneEvent(el, 'gov-load');
      document.body.append(el);
      try {
        const { detail } = (await event) as CustomEvent<{ items: Array<{ title: string; source?: VideoSource }> }>;
        expect(detail.items).to.have.length(3);
        expect(detail.items[2].source).to.deep.equal({ kind: 'vimeo', id: '76979871' });
        await waitForState(el, 'ready');
        expect(all(el, '[part~="item"]')).to.have.length(3);
      } finally {
        el.remove();
      }
    });

    it('shows at most `limit` videos', async () => {
      const el = await loaded(html`<gov-video-list limit="2" .items=${await modelVideos()}></gov-video-list>`);
      expect(all(el, '[part~="item"]')).to.have.length(2);
    });
  });

  describe('player layout', () => {
    it('shows a lazy thumbnail with dimensions, a labelled play button, a playlist of buttons with the first current', async () => {
      const el = await loaded(html`<gov-video-list .items=${await modelVideos()}></gov-video-list>`);
      expect(el.layout).to.equal('player');
      expect(el.getAttribute('layout')).to.equal('player');
      const stage = one(el, '[part="player"]');
      const img = one<HTMLImageElement>(el, '[part="player"] [part="thumbnail"]');
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('width')).to.equal('480');
      expect(img.getAttribute('height')).to.equal('270');
      expect(img.alt).to.equal('');
      expect(img.getAttribute('src')).to.match(/video-thumb-1\.svg$/);
      const play = one<HTMLButtonElement>(el, '[part="player"] [part="play-button"]');
      expect(play.type).to.equal('button');
      expect(textOf(play)).to.equal('Phát video: Đôi nét về Gia Lộc');
      const r = stage.getBoundingClientRect();
      expect(r.height).to.be.closeTo((r.width * 9) / 16, 1.5);
      expect(all(el, '[part="player"] iframe, video')).to.have.length(0);

      const entries = all<HTMLButtonElement>(el, '[part="playlist"] > li[part="item"] > button[part="item-button"]');
      expect(entries).to.have.length(5);
      expect(entries.map((b) => b.getAttribute('aria-current'))).to.deep.equal(['true', null, null, null, null]);
      expect(one(el, '[part="playlist"]').getAttribute('aria-label')).to.equal('Danh sách video');
      expect(textOf(one(el, '[part="caption"]'))).to.equal('Đôi nét về Gia Lộc 31/03/2020');
    });

    it('shows lengths as text with a spoken label, and dates', async () => {
      const el = await loaded(html`<gov-video-list .items=${await modelVideos()}></gov-video-list>`);
      const badge = one(el, '[part="player"] [part="duration"]');
      expect(badge.getAttribute('datetime')).to.equal('PT3M25S');
      expect(textOf(badge.querySelector('[aria-hidden="true"]'))).to.equal('3:25');
      expect(textOf(badge.querySelector('.sr-only'))).to.equal('Thời lượng 3 phút 25 giây');
      const lengths = all(el, '[part="playlist"] [part="duration"] [aria-hidden="true"]').map(textOf);
      expect(lengths).to.deep.equal(['3:25', '4:32', '12:05', '1:02:03', '0:58']);
      expect(all(el, '[part="playlist"] time.date').map(textOf)).to.deep.equal([
        '31/03/2020',
        '28/03/2020',
        '02/11/2019',
        '26/03/2019',
        '20/02/2019',
      ]);
    });

    it('requests nothing from a video host until play; a mouse click then plays youtube-nocookie in an iframe that takes focus', async () => {
      const seen: string[] = [];
      const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => seen.push(e.name)));
      observer.observe({ type: 'resource' });
      try {
        // Fresh thumbnail URLs: an image already in the page's memory cache makes no new entry.
        const fresh = uid();
        const items = (await modelVideos()).map((v) => ({ ...v, thumbnail: `/tests/fixtures/video-thumb-1.svg?${fresh}` }));
        const el = await loaded(html`<gov-video-list .items=${items}></gov-video-list>`);
        const recorded = (part: string) => () => {
          seen.push(...observer.takeRecords().map((e) => e.name));
          return seen.some((n) => n.includes(part));
        };
        // The thumbnails did load (so the observer works), from this machine only.
        await waitUntil(recorded(`video-thumb-1.svg?${fresh}`), 'the thumbnail never loaded', { timeout: 3000 });
        await aTimeout(100);
        seen.push(...observer.takeRecords().map((e) => e.name));
        expect(seen.filter((n) => hostPattern.test(new URL(n).hostname))).to.deep.equal([]);
        expect(hostRequests()).to.deep.equal([]);
        expect(embeds.requested).to.deep.equal([]);

        const played = oneEvent(document, 'gov-video-play');
        await click(one(el, '[part="play-button"]'));
        const event = (await played) as CustomEvent<GovVideoPlayDetail>;
        expect(event.bubbles).to.be.true;
        expect(event.composed).to.be.true;
        expect(event.target).to.equal(el);
        expect(event.detail.item.title).to.equal('Đôi nét về Gia Lộc');
        expect(event.detail.item.source).to.deep.equal({ kind: 'youtube', id: 'GiaLoc2020a' });
        await el.updateComplete;

        const frame = one<HTMLIFrameElement>(el, '[part="player"] iframe[part="embed"]');
        expect(requestedSrc(frame)).to.equal('https://www.youtube-nocookie.com/embed/GiaLoc2020a?autoplay=1');
        expect(embeds.requested).to.deep.equal(['https://www.youtube-nocookie.com/embed/GiaLoc2020a?autoplay=1']);
        expect(frame.getAttribute('title')).to.equal('Đôi nét về Gia Lộc');
        expect(frame.getAttribute('allow')).to.equal('autoplay; encrypted-media; picture-in-picture; fullscreen');
        // Fullscreen is granted in `allow`; the legacy `allowfullscreen` beside it made Chromium warn on every play.
        expect(frame.hasAttribute('allowfullscreen')).to.be.false;
        expect(activeIn(el)).to.equal(frame);
        expect(all(el, '[part="play-button"]')).to.have.length(0);
        const r = one(el, '[part="player"]').getBoundingClientRect();
        expect(r.height).to.be.closeTo((r.width * 9) / 16, 1.5);
        // The (local) player page loaded in its place: the observer sees iframes too.
        await waitUntil(recorded('/api/body?type=text/html'), 'the local player page never reached the resource timeline', {
          timeout: 3000,
        });
      } finally {
        observer.disconnect();
      }
    });

    it('plays with Enter and with Space on the focused play button', async () => {
      for (const key of ['Enter', 'Space']) {
        const el = await loaded(html`<gov-video-list .items=${(await modelVideos()).slice(1, 3)}></gov-video-list>`);
        const played = oneEvent(el, 'gov-video-play');
        one(el, '[part="play-button"]').focus();
        await sendKeys({ press: key });
        const { detail } = (await played) as CustomEvent<GovVideoPlayDetail>;
        expect(detail.item.title).to.equal('Đền Quát thôn Hạ Bì, xã Yết Kiêu');
        await el.updateComplete;
        const frame = one(el, 'iframe');
        // youtu.be/…?t=1m5s starts at 65 s.
        expect(requestedSrc(frame), key).to.equal('https://www.youtube-nocookie.com/embed/DenQuat_Ha1?autoplay=1&start=65');
        expect(activeIn(el), key).to.equal(frame);
        el.remove();
      }
    });

    it('plays a playlist entry chosen by keyboard in the player, marks it current, and replaces the previous video', async () => {
      const el = await loaded(html`<gov-video-list .items=${await modelVideos()}></gov-video-list>`);
      one(el, '[part="play-button"]').click();
      await el.updateComplete;
      expect(all(el, 'iframe')).to.have.length(1);

      const entries = all<HTMLButtonElement>(el, '[part="item-button"]');
      const played = oneEvent(el, 'gov-video-play');
      entries[2].focus();
      await sendKeys({ press: 'Enter' });
      const { detail } = (await played) as CustomEvent<GovVideoPlayDetail>;
      expect(detail.item.title).to.equal('Hình Ảnh Chợ Đầu Mối Nông Sản');
      await el.updateComplete;
      const frames = all<HTMLIFrameElement>(el, 'iframe');
      expect(frames).to.have.length(1);
      expect(requestedSrc(frames[0])).to.equal('https://player.vimeo.com/video/76979871?autoplay=1&dnt=1');
      expect(frames[0].title).to.equal('Hình Ảnh Chợ Đầu Mối Nông Sản');
      expect(activeIn(el)).to.equal(frames[0]);
      expect(all(el, '[part="item-button"]').map((b) => b.getAttribute('aria-current'))).to.deep.equal([
        null,
        null,
        'true',
        null,
        null,
      ]);
      expect(textOf(one(el, '[part="caption"]'))).to.contain('Hình Ảnh Chợ Đầu Mối Nông Sản');
    });

    it('plays a direct file in a native <video controls autoplay> that takes focus, its ring inside the stage', async () => {
      const el = await loaded(html`<gov-video-list .items=${await modelVideos()}></gov-video-list>`);
      all(el, '[part="item-button"]')[3].focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const video = one<HTMLVideoElement>(el, '[part="player"] video[part="embed"]');
      expect(video.controls).to.be.true;
      expect(video.autoplay).to.be.true;
      expect(video.getAttribute('aria-label')).to.equal('Huyện Đoàn Gia Lộc');
      const source = video.querySelector('source')!;
      expect(source.src).to.match(/\/api\/loading\/video-huyen-doan-gia-loc\.mp4\?v=2$/);
      expect(source.type).to.equal('video/mp4');
      expect(activeIn(el)).to.equal(video);
      // Its focus ring is drawn inside its edge: the stage clips whatever is outside it.
      const ring = getComputedStyle(video);
      expect(ring.outlineStyle).to.equal('solid');
      expect(parseFloat(ring.outlineWidth)).to.be.greaterThan(0);
      expect(-parseFloat(ring.outlineOffset)).to.be.at.least(parseFloat(ring.outlineWidth));
      expect(all(el, 'iframe')).to.have.length(0);
      // (No axe run here: axe waits for an autoplaying video's metadata, which this offline file never sends.)
    });

    it('says so when a video file cannot be loaded, instead of a player that never starts', async () => {
      const el = await loaded(
        html`<gov-video-list
          .items=${[
            {
              title: 'Đôi nét về Gia Lộc',
              url: '/tests/fixtures/khong-co-tep-nay.mp4',
              thumbnail: '/tests/fixtures/video-thumb-1.svg',
            },
            { title: 'Huyện Đoàn Gia Lộc', url: 'https://youtu.be/GiaLoc2020a', thumbnail: '/tests/fixtures/video-thumb-2.svg' },
          ]}
        ></gov-video-list>`,
      );
      one(el, '[part="play-button"]').click();
      await el.updateComplete;
      expect(all(el, 'video')).to.have.length(1);
      await waitUntil(() => all(el, 'video').length === 0, 'the missing file kept its player');
      expect(textOf(one(el, '[part="player"] [part="note"]'))).to.equal('Không phát được video này tại đây.');
      expect(textOf(one(el, '[role="status"]'))).to.equal('Đôi nét về Gia Lộc: Không phát được video này tại đây.');
      expect(one<HTMLAnchorElement>(el, '[part="caption"] a[part~="link"]').href).to.match(/\/khong-co-tep-nay\.mp4$/);
      // Its playlist entry does not try again.
      all(el, '[part="item-button"]')[0].click();
      await el.updateComplete;
      expect(all(el, 'video')).to.have.length(0);
    });

    it('says a link it cannot play cannot be played here, and links its title out', async () => {
      const el = await loaded(
        html`<gov-video-list
          .items=${[
            { title: 'Đôi nét về Gia Lộc', url: 'https://youtu.be/GiaLoc2020a', thumbnail: '/tests/fixtures/video-thumb-1.svg' },
            { title: 'Lễ hội truyền thống thôn Thị Xá-Hồng Hưng', url: '/tin-tuc/le-hoi-thi-xa.html' },
          ]}
        ></gov-video-list>`,
      );
      let plays = 0;
      el.addEventListener('gov-video-play', () => plays++);
      const entry = all<HTMLButtonElement>(el, '[part="item-button"]')[1];
      entry.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(plays).to.equal(0);
      expect(entry.getAttribute('aria-current')).to.equal('true');
      expect(textOf(one(el, '[part="player"] [part="note"]'))).to.equal('Không phát được video này tại đây.');
      expect(all(el, '[part="player"] [part="play-button"], iframe, video')).to.have.length(0);
      expect(one(el, '[part="player"] [part="thumbnail"]').tagName).to.equal('SPAN'); // placeholder
      const link = one<HTMLAnchorElement>(el, '[part="caption"] a[part~="link"]');
      expect(link.href).to.match(/\/tin-tuc\/le-hoi-thi-xa\.html$/);
      expect(textOf(link)).to.equal('Lễ hội truyền thống thôn Thị Xá-Hồng Hưng');
      expect(textOf(one(el, '[role="status"]'))).to.equal(
        'Lễ hội truyền thống thôn Thị Xá-Hồng Hưng: Không phát được video này tại đây.',
      );
      expect(activeIn(el)).to.equal(entry);
      await expect(el).to.be.accessible();
    });

    it('is accessible when ready, and while a YouTube video plays', async () => {
      const el = await loaded(html`<gov-video-list .items=${await modelVideos()}></gov-video-list>`);
      await expect(el).to.be.accessible();
      one(el, '[part="play-button"]').click();
      await el.updateComplete;
      expect(requestedSrc(one(el, '[part="player"] iframe'))).to.match(/^https:\/\/www\.youtube-nocookie\.com\/embed\//);
      await expect(el).to.be.accessible();
    });

    it('can be stopped from code, which shows the thumbnail again', async () => {
      const el = await loaded(html`<gov-video-list .items=${await modelVideos()}></gov-video-list>`);
      one(el, '[part="play-button"]').click();
      await el.updateComplete;
      expect(all(el, 'iframe')).to.have.length(1);
      el.stop();
      await el.updateComplete;
      expect(all(el, 'iframe')).to.have.length(0);
      expect(textOf(one(el, '[part="play-button"]'))).to.equal('Phát video: Đôi nét về Gia Lộc');
    });
  });

  describe('grid layout', () => {
    it('plays each card in place, one at a time', async () => {
      const el = await loaded(html`<gov-video-list layout="grid" .items=${await modelVideos()}></gov-video-list>`);
      const cards = all(el, '[part="list"] > li[part="item"]');
      expect(cards).to.have.length(5);
      expect(all(el, '[part="play-button"]')).to.have.length(5);
      expect(all(el, '[part="playlist"]')).to.have.length(0);
      const thumbnails = all<HTMLImageElement>(el, '[part="thumbnail"]');
      expect(thumbnails).to.have.length(5);
      for (const img of thumbnails) {
        expect(img.getAttribute('loading')).to.equal('lazy');
        expect(img.getAttribute('width')).to.equal('480');
        expect(img.getAttribute('height')).to.equal('270');
      }
      expect(textOf(cards[1].querySelector('[part="play-button"]'))).to.equal('Phát video: Đền Quát thôn Hạ Bì, xã Yết Kiêu');

      await click(cards[1].querySelector('[part="play-button"]')!);
      await el.updateComplete;
      expect(requestedSrc(cards[1].querySelector('iframe')!)).to.equal(
        'https://www.youtube-nocookie.com/embed/DenQuat_Ha1?autoplay=1&start=65',
      );
      expect(activeIn(el)).to.equal(cards[1].querySelector('iframe'));

      cards[4].querySelector<HTMLElement>('[part="play-button"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(all(el, 'iframe')).to.have.length(1);
      expect(cards[1].querySelector('iframe')).to.equal(null);
      expect(cards[1].querySelector('[part="play-button"]')).to.not.equal(null);
      expect(requestedSrc(cards[4].querySelector('iframe')!)).to.equal(
        'https://www.youtube-nocookie.com/embed/LeHoiThiXa1?autoplay=1',
      );
      expect(activeIn(el)).to.equal(cards[4].querySelector('iframe'));
    });

    it('is accessible when ready', async () => {
      const el = await loaded(html`<gov-video-list layout="grid" .items=${await modelVideos()}></gov-video-list>`);
      await expect(el).to.be.accessible();
    });

    it('stops playing when the layout changes', async () => {
      const el = await loaded(html`<gov-video-list layout="grid" .items=${await modelVideos()}></gov-video-list>`);
      one(el, '[part="play-button"]').click();
      await el.updateComplete;
      expect(all(el, 'iframe')).to.have.length(1);
      el.layout = 'player';
      await el.updateComplete;
      expect(all(el, 'iframe')).to.have.length(0);
      expect(all(el, '[part="playlist"]')).to.have.length(1);
    });
  });

  it('plays one video at a time across the page: starting one stops another list', async () => {
    const items = await modelVideos();
    const wrapper = await fixture(
      html`<div>
        <gov-video-list .items=${items}></gov-video-list>
        <gov-video-list layout="grid" .items=${items}></gov-video-list>
      </div>`,
    );
    const [a, b] = [...wrapper.querySelectorAll('gov-video-list')];
    await waitForState(a, 'ready');
    await waitForState(b, 'ready');
    one(a, '[part="play-button"]').click();
    await a.updateComplete;
    expect(all(a, 'iframe')).to.have.length(1);
    all(b, '[part="play-button"]')[3].click();
    await a.updateComplete;
    await b.updateComplete;
    expect(all(a, 'iframe')).to.have.length(0);
    expect(all(b, 'video')).to.have.length(1);
    one(a, '[part="play-button"]').click();
    await a.updateComplete;
    await b.updateComplete;
    expect(all(b, 'video')).to.have.length(0);
    expect(all(a, 'iframe')).to.have.length(1);
  });

  describe('captions and transcripts', () => {
    const clip = {
      title: 'Huyện Đoàn Gia Lộc',
      url: '/api/loading/video-huyen-doan-gia-loc.mp4?v=captions',
      captions: '/tests/fixtures/video-captions.vtt',
      transcript: '/van-ban/loi-video-huyen-doan.html',
    };

    it('gives a video file its WebVTT captions as a <track>, which the browser loads', async () => {
      const el = await loaded(html`<gov-video-list .items=${[clip]}></gov-video-list>`);
      one<HTMLButtonElement>(el, '[part="play-button"]').click();
      await el.updateComplete;
      const track = one<HTMLTrackElement>(el, 'video[part="embed"] track');
      expect(track.kind).to.equal('captions');
      expect(track.srclang).to.equal('vi');
      expect(track.label).to.equal('Phụ đề');
      expect(track.default).to.be.true;
      expect(track.src).to.equal(new URL(clip.captions, location.href).href);
      await waitUntil(() => track.readyState === HTMLTrackElement.LOADED, 'the captions never loaded');
      expect((track.track.cues![0] as VTTCue).text).to.equal('Huyện Đoàn Gia Lộc ra quân Tháng Thanh niên năm 2020.');
    });

    it('shows the transcript link under the player, named with the video', async () => {
      const el = await loaded(
        html`<gov-video-list .items=${[clip, { ...clip, title: 'Video khác', transcript: undefined }]}></gov-video-list>`,
      );
      const link = one<HTMLAnchorElement>(el, '[part="transcript"]');
      expect(link.getAttribute('href')).to.match(/\/van-ban\/loi-video-huyen-doan\.html$/);
      expect(textOf(link)).to.equal('Bản chép lời: Huyện Đoàn Gia Lộc');
      expect(link.getClientRects().length, 'on screen').to.be.greaterThan(0);
      // Under the player: after the stage and its caption.
      expect(one(el, '[part="caption"]').compareDocumentPosition(link) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
      await expect(el).to.be.accessible();
      // The next video in the player has none.
      all<HTMLButtonElement>(el, '[part="item-button"]')[1].click();
      await el.updateComplete;
      expect(all(el, '[part="transcript"]')).to.have.length(0);
    });

    it('drops captions and transcripts outside the URL allowlist; a mailto: is no captions file', async () => {
      const el = await loaded(
        html`<gov-video-list
          .items=${[
            { ...clip, captions: 'javascript:alert(1)', transcript: 'javascript:alert(1)' },
            { ...clip, captions: 'mailto:a@b.vn' },
          ]}
        ></gov-video-list>`,
      );
      expect(all(el, '[part="transcript"]')).to.have.length(0);
      for (const entry of [0, 1]) {
        all<HTMLButtonElement>(el, '[part="item-button"]')[entry].click();
        await el.updateComplete;
        expect(all(el, 'track')).to.have.length(0);
      }
    });

    it('says "Captions" and "Transcript" in English', async () => {
      const el = await loaded(html`<gov-video-list lang="en" .items=${[clip]}></gov-video-list>`);
      expect(textOf(one(el, '[part="transcript"]'))).to.equal('Transcript: Huyện Đoàn Gia Lộc');
      one<HTMLButtonElement>(el, '[part="play-button"]').click();
      await el.updateComplete;
      expect(one<HTMLTrackElement>(el, 'track').label).to.equal('Captions');
    });
  });

  describe('removal', () => {
    it('leaves nothing running and no listener on window or document', async () => {
      const added: Array<[EventTarget, string, unknown]> = [];
      const removed: Array<[EventTarget, string, unknown]> = [];
      const originals = [document, window].map((target) => {
        const { addEventListener, removeEventListener } = target;
        target.addEventListener = function (this: EventTarget, type: string, listener: unknown, ...rest: unknown[]) {
          added.push([target, type, listener]);
          return (addEventListener as (...a: unknown[]) => void).call(this, type, listener, ...rest);
        } as typeof addEventListener;
        target.removeEventListener = function (this: EventTarget, type: string, listener: unknown, ...rest: unknown[]) {
          removed.push([target, type, listener]);
          return (removeEventListener as (...a: unknown[]) => void).call(this, type, listener, ...rest);
        } as typeof removeEventListener;
        return () => Object.assign(target, { addEventListener, removeEventListener });
      });
      try {
        const el = await loaded(html`<gov-video-list .items=${await modelVideos()}></gov-video-list>`);
        expect(added.length).to.be.greaterThan(0);
        all(el, '[part="item-button"]')[3].click();
        await el.updateComplete;
        const first = one<HTMLVideoElement>(el, 'video');
        all(el, '[part="item-button"]')[0].click();
        await el.updateComplete;
        expect(first.isConnected).to.be.false; // replaced, not left playing offscreen
        all(el, '[part="item-button"]')[3].click();
        await el.updateComplete;
        const playing = one<HTMLVideoElement>(el, 'video');
        el.remove();
        await el.updateComplete;
        expect(playing.isConnected).to.be.false;
        expect(playing.paused).to.be.true;
        expect(all(el, 'iframe, video')).to.have.length(0);
        const left = added.filter(([t, type, l]) => !removed.some(([t2, type2, l2]) => t2 === t && type2 === type && l2 === l));
        expect(left.map(([, type]) => type)).to.deep.equal([]);
      } finally {
        originals.forEach((restore) => restore());
      }
    });

    it('removes a playing iframe with the element', async () => {
      const el = await loaded(html`<gov-video-list .items=${await modelVideos()}></gov-video-list>`);
      one(el, '[part="play-button"]').click();
      await el.updateComplete;
      const frame = one<HTMLIFrameElement>(el, 'iframe');
      el.remove();
      await el.updateComplete;
      expect(frame.isConnected).to.be.false;
      expect(frame.contentWindow).to.equal(null); // its document is gone
      // Back on the page, it shows the thumbnail again rather than resuming.
      document.body.append(el);
      await el.updateComplete;
      expect(all(el, 'iframe')).to.have.length(0);
      expect(all(el, '[part="play-button"]')).to.have.length(1);
      el.remove();
    });
  });

  describe('states', () => {
    it('shows a skeleton that reserves the 16:9 player while loading', async () => {
      const el = await fixture<GovVideoList>(
        html`<gov-video-list src=${fixtureUrl('videos.json', '&delay=400')}></gov-video-list>`,
      );
      expectLoadingSkeleton(el);
      const frame = one(el, '[part="skeleton"] .stage').getBoundingClientRect();
      expect(frame.height).to.be.closeTo((frame.width * 9) / 16, 1.5);
      expect(frame.width).to.be.greaterThan(100);
      await waitForState(el, 'ready');
      const stage = one(el, '[part="player"]').getBoundingClientRect();
      expect(stage.width).to.be.closeTo(frame.width, 1);
      expect(stage.top).to.be.closeTo(frame.top, 1);
    });

    it('shows a grid skeleton in the grid layout', async () => {
      const el = await fixture<GovVideoList>(
        html`<gov-video-list layout="grid" limit="3" src=${fixtureUrl('videos.json', '&delay=300')}></gov-video-list>`,
      );
      expect(all(el, '[part="skeleton"] .stage')).to.have.length(3);
      await waitForState(el, 'ready');
    });

    it('stops the video when new data arrives', async () => {
      const el = await loaded(html`<gov-video-list .items=${await modelVideos()}></gov-video-list>`);
      one(el, '[part="play-button"]').click();
      await el.updateComplete;
      expect(all(el, 'iframe')).to.have.length(1);
      el.items = (await modelVideos()).slice(2);
      await waitForState(el, 'ready');
      expect(all(el, 'iframe')).to.have.length(0);
      expect(textOf(one(el, '[part="play-button"]'))).to.equal('Phát video: Hình Ảnh Chợ Đầu Mối Nông Sản');
    });
  });

  describe('security', () => {
    it('drops javascript:/data: links and thumbnails, shows markup in titles as text, skips items without url', async () => {
      let el: GovVideoList | undefined;
      const seen = await warnings(async () => {
        el = await loaded(html`<gov-video-list layout="grid" src="/tests/fixtures/videos-hostile.json"></gov-video-list>`);
        await aTimeout(50);
        const cards = all(el, '[part="item"]');
        expect(cards).to.have.length(3); // the item without url and the one without title are skipped
        expect(textOf(cards[0].querySelector('[part~="title"]'))).to.equal(
          '<img src=x onerror="window.__videoPwned=1"><script>window.__videoPwned=1</script>',
        );
        expect(all(el, 'script')).to.have.length(0);
        expect(all(el, 'img').map((i) => i.getAttribute('src'))).to.deep.equal(
          ['/tests/fixtures/video-thumb-5.svg'].map((p) => new URL(p, location.href).href),
        );
        const links = all<HTMLAnchorElement>(el, 'a');
        expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
          new URL('/tin-tuc/le-hoi-thi-xa.html', location.href).href,
        ]);
        expect(all(el, '[part="play-button"], iframe, video')).to.have.length(0);
        expect(all(el, '[part="note"]')).to.have.length(3);
        expect((window as unknown as { __videoPwned?: number }).__videoPwned).to.be.undefined;
      });
      expect(seen).to.have.length(2);
      await expect(el).to.be.accessible();
    });

    it('never plays a disallowed link given from code, nor lets a title become markup in the player', async () => {
      const hostile = '<b onmouseover="window.__videoPwned=1">Đôi nét</b>';
      const el = await loaded(
        html`<gov-video-list
          .items=${[
            { title: hostile, url: 'https://youtu.be/GiaLoc2020a', thumbnail: '/tests/fixtures/video-thumb-1.svg' },
            { title: 'VBScript', url: 'vbscript:msgbox(1)' },
            { title: 'Tab', url: 'java\tscript:alert(1)//.mp4' },
          ]}
        ></gov-video-list>`,
      );
      expect(textOf(one(el, '[part="play-button"]'))).to.equal(`Phát video: ${hostile}`);
      one(el, '[part="play-button"]').click();
      await el.updateComplete;
      expect(one(el, 'iframe').getAttribute('title')).to.equal(hostile);
      expect(all(el, 'b')).to.have.length(0);
      for (const i of [1, 2]) {
        all(el, '[part="item-button"]')[i].click();
        await el.updateComplete;
        expect(all(el, 'iframe, video, a')).to.have.length(0);
        expect(all(el, '[part="note"]')).to.have.length(1);
      }
    });
  });

  describe('language', () => {
    it('speaks English under an English ancestor', async () => {
      const wrapper = await fixture(html`<div lang="en"><gov-video-list .items=${await modelVideos()}></gov-video-list></div>`);
      const el = wrapper.querySelector('gov-video-list')!;
      await waitForState(el, 'ready');
      expect(textOf(one(el, '[part="heading"]'))).to.equal('Videos');
      expect(textOf(one(el, '[part="play-button"]'))).to.equal('Play video: Đôi nét về Gia Lộc');
      expect(textOf(one(el, '[part="player"] [part="duration"] .sr-only'))).to.equal('Duration 3 minutes 25 seconds');
      expect(one(el, '[part="playlist"]').getAttribute('aria-label')).to.equal('Video playlist');
      expect(textOf(one(el, '[part="caption"] time'))).to.equal('31 March 2020');
      el.items = [{ title: 'Elsewhere', url: '/tin-tuc/elsewhere.html' }];
      await waitForState(el, 'ready');
      expect(textOf(one(el, '[part="note"]'))).to.equal('This video cannot be played here.');
      wrapper.setAttribute('lang', 'vi');
      await aTimeout(0);
      await el.updateComplete;
      expect(textOf(one(el, '[part="heading"]'))).to.equal('Video hoạt động');
    });
  });

  describe('layout and print', () => {
    it('fits 320 px without horizontal scrolling, long titles wrapping', async () => {
      const items = await modelVideos();
      items[1] = {
        ...items[1],
        title: 'Đền Quát thôn Hạ Bì, xã Yết Kiêu — di tích lịch sử văn hóa cấp quốc gia của huyện Gia Lộc',
      };
      for (const layout of ['player', 'grid']) {
        const el = await loaded(html`<gov-video-list style="width: 320px" layout=${layout} .items=${items}></gov-video-list>`);
        const box = one(el, '[part="box"]');
        expect(box.scrollWidth, layout).to.be.at.most(box.clientWidth);
        const right = el.getBoundingClientRect().right;
        for (const node of all(el, '[part="player"], [part="item"], [part="title"]')) {
          expect(node.getBoundingClientRect().right, layout).to.be.at.most(right + 0.5);
        }
        const stage = one(el, '[part="player"]').getBoundingClientRect();
        expect(stage.width, layout).to.be.greaterThan(250);
        el.remove();
      }
    });

    it('puts the playlist beside the player when there is room', async () => {
      const el = await loaded(html`<gov-video-list style="width: 760px" .items=${await modelVideos()}></gov-video-list>`);
      const stage = one(el, '[part="player"]').getBoundingClientRect();
      const playlist = one(el, '[part="playlist"]').getBoundingClientRect();
      expect(playlist.left).to.be.greaterThan(stage.right);
      expect(playlist.top).to.be.closeTo(stage.top, 1);
      expect(stage.height).to.be.closeTo((stage.width * 9) / 16, 1.5);
      // A side playlist this narrow (under 20rem) takes the smaller thumbnails, leaving room for titles.
      expect(playlist.width).to.be.below(320);
      const thumb = el.shadowRoot!.querySelector('[part="playlist"] .thumb')!.getBoundingClientRect();
      expect(thumb.width).to.be.closeTo(96, 1);
    });

    it('prints without the play buttons or players, keeping titles', async () => {
      const el = await loaded(html`<gov-video-list .items=${await modelVideos()}></gov-video-list>`);
      try {
        await emulateMedia({ media: 'print' });
        expect(getComputedStyle(one(el, '[part="play-button"]')).display).to.equal('none');
        const entry = all(el, '[part="item-button"]')[0];
        expect(getComputedStyle(entry).display).to.equal('flex');
        expect(entry.getBoundingClientRect().height).to.be.greaterThan(0);
        await emulateMedia({ media: 'screen' });
        one(el, '[part="play-button"]').click();
        await el.updateComplete;
        await emulateMedia({ media: 'print' });
        expect(getComputedStyle(one(el, '[part="player"]')).display).to.equal('none');
        expect(getComputedStyle(one(el, 'iframe')).display).to.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('keeps the play symbol visible in forced colours: system colours for the symbol and its disc', async () => {
      const el = await loaded(html`<gov-video-list .items=${await modelVideos()}></gov-video-list>`);
      await inForcedColors(async (system) => {
        const want = JSON.stringify([system.backgroundColor, system.color]);
        expect(system.color).to.not.equal(system.backgroundColor);
        const button = one(el, '[part="play-button"]');
        const fills = (): string => JSON.stringify(['.disc', 'path'].map((s) => getComputedStyle(button.querySelector(s)!).fill));
        // Before: the symbol took the button's forced text colour, over the dark disc (black on black).
        // (The disc's fill has a short transition: wait for it to end.)
        await waitUntil(() => fills() === want, `disc and symbol: ${fills()}, want ${want}`, { timeout: 2000 });
        button.focus();
        await waitUntil(() => fills() === want, `focused: ${fills()}, want ${want}`, { timeout: 2000 });
        // The current playlist entry is marked with a dashed outline: the focus ring is solid.
        expect(getComputedStyle(one(el, '[part="item-button"][aria-current="true"]')).outlineStyle).to.equal('dashed');
      });
    });

    it('does not animate the play button under reduced motion', async () => {
      const el = await loaded(html`<gov-video-list .items=${await modelVideos()}></gov-video-list>`);
      const disc = one(el, '[part="play-button"] .disc');
      expect(getComputedStyle(disc).transitionDuration).to.not.equal('0s');
      try {
        await emulateMedia({ reducedMotion: 'reduce' });
        expect(getComputedStyle(disc).transitionDuration).to.equal('0s');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('exposes theming tokens', async () => {
      const el = await loaded(
        html`<gov-video-list
          style="--gov-color-current: rgb(1, 2, 3); --gov-color-overlay: rgb(4, 5, 6)"
          .items=${await modelVideos()}
        ></gov-video-list>`,
      );
      expect(getComputedStyle(one(el, '[part="item-button"][aria-current]')).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(one(el, '[part="player"] [part="duration"]')).backgroundColor).to.equal('rgb(4, 5, 6)');
    });
  });
});
