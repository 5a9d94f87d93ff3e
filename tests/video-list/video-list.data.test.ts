import { expect } from '@open-wc/testing';
import { formatClock, isoDuration, parseDuration, spokenDuration, toVideoItems } from '../../src/video-list/video-list.data.js';
import { warnings } from '../helpers.js';

describe('video-list/video-list.data: durations and item validation', () => {
  it('parses durations in every accepted form, and rejects the rest', () => {
    const cases: Array<[unknown, number | undefined]> = [
      ['3:25', 205],
      ['03:25', 205],
      ['1:02:03', 3723],
      ['0:58', 58],
      [205, 205],
      [204.6, 205],
      ['205', 205],
      [' 58 ', 58],
      ['PT3M25S', 205],
      ['PT1H2M3S', 3723],
      ['pt12m5s', 725],
      ['3:75', undefined],
      ['1:75:00', undefined],
      ['3 phút', undefined],
      ['PT', undefined],
      [0, undefined],
      [-5, undefined],
      [Number.NaN, undefined],
      [Infinity, undefined],
      ['', undefined],
      [null, undefined],
      [{ seconds: 3 }, undefined],
    ];
    for (const [raw, seconds] of cases) expect(parseDuration(raw), JSON.stringify(raw)).to.equal(seconds);
  });

  it('shows lengths as a clock, as ISO 8601, and in words for screen readers', () => {
    expect(formatClock(58)).to.equal('0:58');
    expect(formatClock(205)).to.equal('3:25');
    expect(formatClock(3723)).to.equal('1:02:03');
    expect(isoDuration(205)).to.equal('PT3M25S');
    expect(isoDuration(3600)).to.equal('PT1H');
    expect(spokenDuration(205, 'vi')).to.equal('3 phút 25 giây');
    expect(spokenDuration(3723, 'vi')).to.equal('1 giờ 2 phút 3 giây');
    expect(spokenDuration(205, 'en')).to.equal('3 minutes 25 seconds');
    expect(spokenDuration(3601, 'en')).to.equal('1 hour 1 second');
  });

  it('skips items without title or url (with a warning), keeps disallowed links as unplayable items', async () => {
    const seen = await warnings(async () => {
      const items = toVideoItems(
        [
          { title: 'Đôi nét về Gia Lộc', url: 'https://youtu.be/GiaLoc2020a', duration: '3:25', date: '2020-03-31' },
          { title: 'Không có đường dẫn' },
          { url: 'https://youtu.be/GiaLoc2020a' },
          { title: '  ', url: 'https://youtu.be/GiaLoc2020a' },
          'not an object',
          { title: 'JS', url: 'javascript:alert(1)' },
          { title: 'Trang', link: '/tin-tuc/le-hoi.html', image: '/tests/fixtures/video-thumb-5.svg' },
        ],
        'https://gialoc.haiduong.gov.vn/data/videos.json',
      );
      expect(items.map((i) => i.title)).to.deep.equal(['Đôi nét về Gia Lộc', 'JS', 'Trang']);
      expect(items[0].source).to.deep.equal({ kind: 'youtube', id: 'GiaLoc2020a' });
      expect(items[0].duration).to.equal(205);
      expect(items[0].date?.dateOnly).to.be.true;
      expect(items[1].url).to.be.undefined;
      expect(items[1].source).to.be.undefined;
      expect(items[2].url).to.equal('https://gialoc.haiduong.gov.vn/tin-tuc/le-hoi.html');
      expect(items[2].source).to.be.undefined;
      expect(items[2].thumbnail?.src).to.equal('https://gialoc.haiduong.gov.vn/tests/fixtures/video-thumb-5.svg');
    });
    expect(seen.join('\n')).to.contain('<gov-video-list>: item 1 skipped: it has no "url"');
    expect(seen.join('\n')).to.contain('<gov-video-list>: item 2 skipped: it has no "title"');
  });

  it("gives a YouTube video without thumbnail YouTube's still (URL only: never loaded here)", () => {
    const [yt, vimeo, unsafe] = toVideoItems(
      [
        { title: 'YouTube', url: 'https://www.youtube.com/watch?v=GiaLoc2020a' },
        { title: 'Vimeo', url: 'https://vimeo.com/76979871' },
        { title: 'Bad thumbnail', url: 'https://youtu.be/DenQuat_Ha1', thumbnail: 'javascript:alert(1)' },
      ],
      document.baseURI,
    );
    expect(yt.thumbnail).to.deep.equal({ src: 'https://i.ytimg.com/vi/GiaLoc2020a/hqdefault.jpg', alt: '' });
    expect(vimeo.thumbnail).to.be.undefined;
    expect(unsafe.thumbnail?.src).to.equal('https://i.ytimg.com/vi/DenQuat_Ha1/hqdefault.jpg');
  });
});
