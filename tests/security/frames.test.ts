// Frames: a link in an article body may open a new window (target="_blank", with rel="noopener
// noreferrer") and nothing else, so it can never navigate one of the page's own named frames or the
// top window; the video player iframe is sandboxed to what YouTube and Vimeo players need (the
// sources of that list are in src/video-list/video-url.ts), and Vimeo is asked not to track.
// No request leaves the machine: the player iframe's src is swapped for a local page, as the element
// asked for it, before the iframe loads.
import { expect } from '@open-wc/testing';
import { sanitizeHtml } from '../../src/core/sanitize.js';
import '../../src/article/article.js';
import '../../src/video-list/video-list.js';
import { settled } from './support.js';

/** Records the src each new iframe is given and loads a local page instead. Test code only. */
function keepPlayersLocal(): { asked: string[]; restore(): void } {
  const asked: string[] = [];
  const real = Element.prototype.setAttribute;
  Element.prototype.setAttribute = function (this: Element, name: string, value: string): void {
    if (this instanceof HTMLIFrameElement && name === 'src') {
      asked.push(value);
      value = `/api/body?type=text/html&text=${encodeURIComponent('<!doctype html><title>trình phát</title>')}`;
    }
    real.call(this, name, value);
  };
  return { asked, restore: () => void (Element.prototype.setAttribute = real) };
}

const link = (target: string): string => `<p><a href="/tin-tuc/hoi-nghi-36.html" target="${target}">Hội nghị lần thứ 36</a></p>`;

describe('security: frames', function () {
  this.timeout(20000);

  it('an article body keeps target="_blank" (with rel="noopener noreferrer") and drops every other target', async () => {
    const frame = document.createElement('iframe');
    frame.name = 'khung-tin'; // a named frame of the page a body's link must not reach
    document.body.append(frame);
    const el = document.createElement('gov-article') as HTMLElement & { article: unknown };
    const targets = ['khung-tin', '_top', '_parent', '_self', 'KHUNG-TIN', '', '_blank', ' _BLANK '];
    el.article = { title: 'Các liên kết trong bài', body: targets.map(link).join('') };
    document.body.append(el);
    try {
      expect(await settled(el)).to.equal('ready');
      const links = [...el.shadowRoot!.querySelectorAll('[part~="body"] a')];
      expect(links).to.have.length(targets.length);
      const seen = links.map((a) => [a.getAttribute('target'), a.getAttribute('rel')]);
      expect(seen).to.deep.equal([
        [null, null],
        [null, null],
        [null, null],
        [null, null],
        [null, null],
        [null, null],
        ['_blank', 'noopener noreferrer'],
        ['_blank', 'noopener noreferrer'],
      ]);
    } finally {
      el.remove();
      frame.remove();
    }
    // Not on other elements either.
    expect(await sanitizeHtml('<p target="khung-tin">Đoạn văn</p>')).to.equal('<p>Đoạn văn</p>');
  });

  it('the video player iframe is sandboxed to what YouTube and Vimeo need, and Vimeo gets dnt=1', async () => {
    const players = keepPlayersLocal();
    const el = document.createElement('gov-video-list') as HTMLElement & { items: unknown; updateComplete: Promise<unknown> };
    el.items = [
      {
        title: 'Đôi nét về Gia Lộc',
        url: 'https://www.youtube.com/watch?v=GiaLoc2020a',
        thumbnail: '/tests/fixtures/video-thumb-1.svg',
      },
      {
        title: 'Hình Ảnh Chợ Đầu Mối Nông Sản',
        url: 'https://vimeo.com/76979871',
        thumbnail: '/tests/fixtures/video-thumb-3.svg',
      },
    ];
    document.body.append(el);
    const expected = [
      'allow-popups',
      'allow-popups-to-escape-sandbox',
      'allow-presentation',
      'allow-same-origin',
      'allow-scripts',
    ];
    try {
      expect(await settled(el)).to.equal('ready');
      const root = el.shadowRoot!;
      root.querySelector<HTMLButtonElement>('[part="play-button"]')!.click();
      await el.updateComplete;
      let frame = root.querySelector('iframe')!;
      expect([...frame.sandbox].sort(), 'YouTube').to.deep.equal(expected);
      expect(players.asked.at(-1)).to.match(/^https:\/\/www\.youtube-nocookie\.com\/embed\/GiaLoc2020a\?/);

      root.querySelectorAll<HTMLButtonElement>('[part="item-button"]')[1].click();
      await el.updateComplete;
      frame = root.querySelector('iframe')!;
      expect([...frame.sandbox].sort(), 'Vimeo').to.deep.equal(expected);
      const vimeo = new URL(players.asked.at(-1)!);
      expect(vimeo.origin + vimeo.pathname).to.equal('https://player.vimeo.com/video/76979871');
      expect(vimeo.searchParams.get('dnt')).to.equal('1');
      // Never the right to navigate the portal's own page.
      expect(frame.sandbox.contains('allow-top-navigation')).to.equal(false);
      expect(frame.sandbox.contains('allow-top-navigation-by-user-activation')).to.equal(false);
    } finally {
      el.remove();
      players.restore();
    }
  });
});
