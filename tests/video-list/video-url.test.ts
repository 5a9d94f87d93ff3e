import { expect } from '@open-wc/testing';
import { embedUrl, parseVideoUrl, youtubeThumbnail, type VideoSource } from '../../src/video-list/video-url.js';

describe('video-list/video-url: parseVideoUrl, embedUrl, youtubeThumbnail', () => {
  const yt = (id: string, start?: number): VideoSource =>
    start === undefined ? { kind: 'youtube', id } : { kind: 'youtube', id, start };
  const vm = (id: string, hash?: string): VideoSource => (hash ? { kind: 'vimeo', id, hash } : { kind: 'vimeo', id });
  const cases: Array<[string, VideoSource | undefined]> = [
    // YouTube: watch, youtu.be, shorts, embed, live, with the parameters share links carry
    ['https://www.youtube.com/watch?v=GiaLoc2020a', yt('GiaLoc2020a')],
    ['https://youtube.com/watch?v=GiaLoc2020a&t=30s', yt('GiaLoc2020a', 30)],
    ['https://www.youtube.com/watch?v=GiaLoc2020a&list=PLgialocvideo&index=2', yt('GiaLoc2020a')],
    ['https://m.youtube.com/watch?feature=share&v=Gia-Loc_20a', yt('Gia-Loc_20a')],
    ['http://www.youtube.com/watch?v=GiaLoc2020a#t=1m5s', yt('GiaLoc2020a', 65)],
    ['https://www.youtube.com/watch?v=GiaLoc2020a&t=1h2m3s', yt('GiaLoc2020a', 3723)],
    ['https://WWW.YOUTUBE.COM/watch?v=GiaLoc2020a&t=0', yt('GiaLoc2020a')],
    ['https://music.youtube.com/watch?v=GiaLoc2020a', yt('GiaLoc2020a')],
    ['https://youtu.be/GiaLoc2020a', yt('GiaLoc2020a')],
    ['https://youtu.be/GiaLoc2020a?t=90', yt('GiaLoc2020a', 90)],
    ['https://youtu.be/GiaLoc2020a?si=Xy12ab&t=1m5s', yt('GiaLoc2020a', 65)],
    ['https://www.youtube.com/shorts/GiaLoc2020a', yt('GiaLoc2020a')],
    ['https://youtube.com/shorts/GiaLoc2020a?feature=share', yt('GiaLoc2020a')],
    ['https://www.youtube.com/embed/GiaLoc2020a?start=15&rel=0', yt('GiaLoc2020a', 15)],
    ['https://www.youtube-nocookie.com/embed/GiaLoc2020a?autoplay=1', yt('GiaLoc2020a')],
    ['https://www.youtube.com/live/GiaLoc2020a?si=abc', yt('GiaLoc2020a')],
    ['  https://youtu.be/GiaLoc2020a  ', yt('GiaLoc2020a')],
    // Vimeo: pages and the player
    ['https://vimeo.com/76979871', vm('76979871')],
    ['http://www.vimeo.com/76979871?share=copy', vm('76979871')],
    ['https://vimeo.com/76979871/abc123def0', vm('76979871', 'abc123def0')],
    ['https://vimeo.com/channels/staffpicks/76979871', vm('76979871')],
    ['https://vimeo.com/groups/gialoc/videos/76979871', vm('76979871')],
    ['https://vimeo.com/showcase/1234/video/76979871', vm('76979871')],
    ['https://player.vimeo.com/video/76979871', vm('76979871')],
    ['https://player.vimeo.com/video/76979871?h=abc123def0&badge=0', vm('76979871', 'abc123def0')],
    // Files, query strings and fragments allowed
    [
      'https://cdn.gialoc.gov.vn/video/le-hoi.mp4',
      { kind: 'file', url: 'https://cdn.gialoc.gov.vn/video/le-hoi.mp4', type: 'video/mp4' },
    ],
    [
      'https://cdn.gialoc.gov.vn/video/LE-HOI.MP4?token=abc&exp=1',
      { kind: 'file', url: 'https://cdn.gialoc.gov.vn/video/LE-HOI.MP4?token=abc&exp=1', type: 'video/mp4' },
    ],
    ['https://example.org/a.webm#t=10', { kind: 'file', url: 'https://example.org/a.webm#t=10', type: 'video/webm' }],
    // Not playable here
    ['https://www.youtube.com/', undefined],
    ['https://www.youtube.com/watch?v=tooShort', undefined],
    ['https://www.youtube.com/watch?v=GiaLoc2020a1', undefined],
    ['https://www.youtube.com/channel/UCgialoc', undefined],
    ['https://www.youtube.com/playlist?list=PLgialocvideo', undefined],
    ['https://youtube.com.evil.example/watch?v=GiaLoc2020a', undefined],
    ['https://evil-youtube.com/watch?v=GiaLoc2020a', undefined],
    ['https://youtu.be.evil.example/GiaLoc2020a', undefined],
    ['https://vimeo.com/channels/staffpicks', undefined],
    ['https://vimeo.com/gialoc', undefined],
    ['https://vimeo.com/showcase/1234', undefined],
    ['https://notvimeo.com/76979871', undefined],
    ['https://www.facebook.com/watch/?v=1234567890', undefined],
    ['https://example.org/video.mp4.html', undefined],
    ['https://example.org/clip.avi', undefined],
    ['javascript:alert(1)//x.mp4', undefined],
    ['data:video/mp4;base64,AAAA', undefined],
    ['ftp://example.org/a.mp4', undefined],
    ['/media/clip.mp4', undefined], // relative, with no base to resolve it
    ['not a url', undefined],
    ['', undefined],
  ];
  for (const [url, expected] of cases) {
    it(`${JSON.stringify(url)} → ${expected ? expected.kind : 'not playable'}`, () => {
      expect(parseVideoUrl(url)).to.deep.equal(expected);
    });
  }

  it('resolves a relative file against a base', () => {
    expect(parseVideoUrl('clip.webm?v=2', 'https://gialoc.haiduong.gov.vn/media/')).to.deep.equal({
      kind: 'file',
      url: 'https://gialoc.haiduong.gov.vn/media/clip.webm?v=2',
      type: 'video/webm',
    });
  });

  it('builds youtube-nocookie and Vimeo player URLs (do not track) that autoplay', () => {
    expect(embedUrl({ kind: 'youtube', id: 'GiaLoc2020a' })).to.equal(
      'https://www.youtube-nocookie.com/embed/GiaLoc2020a?autoplay=1',
    );
    expect(embedUrl({ kind: 'youtube', id: 'GiaLoc2020a', start: 65 })).to.equal(
      'https://www.youtube-nocookie.com/embed/GiaLoc2020a?autoplay=1&start=65',
    );
    expect(embedUrl({ kind: 'vimeo', id: '76979871' })).to.equal('https://player.vimeo.com/video/76979871?autoplay=1&dnt=1');
    expect(embedUrl({ kind: 'vimeo', id: '76979871', hash: 'abc123def0' })).to.equal(
      'https://player.vimeo.com/video/76979871?autoplay=1&dnt=1&h=abc123def0',
    );
    expect(youtubeThumbnail('GiaLoc2020a')).to.equal('https://i.ytimg.com/vi/GiaLoc2020a/hqdefault.jpg');
  });
});
