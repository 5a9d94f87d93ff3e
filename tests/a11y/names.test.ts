import { expect, fixture, html } from '@open-wc/testing';
import '../../src/article/article.js';
import type { GovArticle } from '../../src/article/article.js';
import '../../src/news-list/news-list.js';
import '../../src/notice-board/notice-board.js';
import type { GovNoticeBoard } from '../../src/notice-board/notice-board.js';
import '../../src/video-list/video-list.js';
import type { GovVideoList } from '../../src/video-list/video-list.js';
import { all, loadedAs, one, spoken, textOf, waitForState } from '../helpers.js';
import { accessibleName } from './accessible-name.js';

/** The model page's day: 31 March 2020, mid-morning in Vietnam. */
const MARCH_31 = new Date('2020-03-31T10:00:00+07:00');
const PINNED = 'HỆ THỐNG VĂN BẢN CỦA HUYỆN GIA LỘC (Liên quan đến công tác phòng, chống dịch bệnh nCoV)';
const LAND_PLAN = 'Công bố, công khai Kế hoạch sử dụng đất năm 2020 huyện Gia Lộc';
const CONCLUSIONS =
  'Thông báo Ý kiến kết luận, chỉ đạo của Chủ tịch UBND huyện tại Hội nghị về phòng, chống dịch bệnh viêm đường hô hấp cấp do chủng mới của vi rút Corona (nCoV) gây ra';
const ALCOHOL = 'Gia Lộc đẩy mạnh thực hiện Luật Phòng, chống tác hại của rượu bia và Nghị định 100/2019/NĐ-CP của Chính Phủ.';

/** The name of each notice link, in order (the ticker's copy left out). */
const linkNames = (el: Element): string[] => all(el, '.items:not(.copy) a').map(accessibleName);

/** The accessible name of the box's region. */
const regionName = (el: Element): string => accessibleName(one(el, 'section[part="box"]'));

describe('accessible names', () => {
  describe('<gov-notice-board>: status words are part of the link', () => {
    it('names each link with its title first, then "Đã ghim", "Quan trọng" and "Mới"', async () => {
      const el = await loadedAs<GovNoticeBoard>(
        html`<gov-notice-board src="/tests/fixtures/notices.json" .now=${MARCH_31}></gov-notice-board>`,
      );
      expect(linkNames(el).slice(0, 4)).to.deep.equal([
        `${PINNED} (Đã ghim, Quan trọng)`,
        `${LAND_PLAN} (Mới)`,
        ALCOHOL,
        `${CONCLUSIONS} (Quan trọng)`,
      ]);
      // The words stay on screen, beside the link, and are not read a second time when reading the row.
      const row = one(el, '[part~="item-pinned"]');
      expect(textOf(row.querySelector('[part~="important"]'))).to.equal('Quan trọng');
      expect(spoken(row)).to.equal(`${PINNED} (31/01/2020)`);
      expect(spoken(all(el, '.items > li')[1])).to.equal(`${LAND_PLAN} (25/03/2020)`);
      await expect(el).to.be.accessible();
    });

    it('keeps the words as text when a notice has no link, and speaks English in English', async () => {
      const el = await loadedAs<GovNoticeBoard>(
        html`<gov-notice-board
          lang="en"
          .now=${MARCH_31}
          .items=${[
            { title: 'Lịch tiếp công dân', date: '2020-03-30', important: true, pinned: true },
            { title: 'Kế hoạch', url: '/ke-hoach.html', date: '2020-03-30', important: true },
          ]}
        ></gov-notice-board>`,
      );
      const [plain, linked] = all(el, '.items > li');
      expect(spoken(plain).replace(/\(.*\)/, '(date)')).to.equal('Pinned: Important Lịch tiếp công dân (date) New');
      expect(accessibleName(linked.querySelector('a')!)).to.equal('Kế hoạch (Important, New)');
    });
  });

  describe('<gov-video-list>: playlist entries', () => {
    it('are named "Phát video: …" like the play button, and show a play symbol', async () => {
      const el = await loadedAs<GovVideoList>(html`<gov-video-list src="/tests/fixtures/videos.json"></gov-video-list>`);
      const entries = all(el, '[part="item-button"]');
      expect(entries.length).to.be.greaterThan(1);
      const title = textOf(entries[1].querySelector('[part~="title"]'));
      expect(accessibleName(entries[1])).to.match(new RegExp(`^Phát video: ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      expect(accessibleName(one(el, '[part="play-button"]'))).to.match(/^Phát video: /);
      for (const entry of entries) {
        const icon = entry.querySelector('.thumb svg')!;
        expect(icon.getAttribute('aria-hidden')).to.equal('true');
        expect(icon.getBoundingClientRect().width, 'a visible play symbol').to.be.greaterThan(16);
      }
    });

    it('says "Play video: …" in English', async () => {
      const el = await loadedAs<GovVideoList>(
        html`<gov-video-list lang="en" src="/tests/fixtures/videos.json"></gov-video-list>`,
      );
      expect(accessibleName(all(el, '[part="item-button"]')[0])).to.match(/^Play video: /);
    });
  });

  describe('regions', () => {
    it('gives boxes with the same heading distinct names, in page order, and renumbers when one goes', async () => {
      const items = [{ title: 'Thông báo', url: '/a.html' }];
      const page = await fixture(
        html`<div>
          <gov-notice-board .items=${items}></gov-notice-board>
          <gov-news-list heading="Tin nổi bật" .items=${items}></gov-news-list>
          <gov-notice-board .items=${items}></gov-notice-board>
          <gov-notice-board .items=${items}></gov-notice-board>
        </div>`,
      );
      const [first, news, second, third] = [...page.children] as GovNoticeBoard[];
      for (const el of [first, news, second, third]) await waitForState(el, 'ready');
      await Promise.all([first, second, third].map((el) => el.updateComplete));
      expect([first, news, second, third].map(regionName)).to.deep.equal([
        'Thông báo',
        'Tin nổi bật',
        'Thông báo (2)',
        'Thông báo (3)',
      ]);
      expect(textOf(one(second, '[part="heading"]')), 'the visible heading is unchanged').to.equal('Thông báo');
      first.remove();
      await Promise.all([second.updateComplete, third.updateComplete]);
      expect([second, third].map(regionName)).to.deep.equal(['Thông báo', 'Thông báo (2)']);
      // A heading of its own makes it unique again.
      third.heading = 'Thông báo của UBND xã';
      await third.updateComplete;
      await second.updateComplete;
      expect([second, third].map(regionName)).to.deep.equal(['Thông báo', 'Thông báo của UBND xã']);
      await expect(page).to.be.accessible();
    });
  });

  describe('<gov-article>: A− / A+', () => {
    it('include their visible text in their names (WCAG 2.5.3), with the words after it', async () => {
      const el = await loadedAs<GovArticle>(html`<gov-article tools="text-size" .article=${{ title: 'Tin' }}></gov-article>`);
      const smaller = one(el, '[part~="smaller"]');
      const larger = one(el, '[part~="larger"]');
      expect(textOf(smaller)).to.equal('A−');
      expect(textOf(larger)).to.equal('A+');
      expect(accessibleName(smaller)).to.equal('A− Giảm cỡ chữ');
      expect(accessibleName(larger)).to.equal('A+ Tăng cỡ chữ');
      // The tooltip says the same, so it is not read again as a description.
      expect(smaller.title).to.equal('A− Giảm cỡ chữ');
      await expect(el).to.be.accessible();
    });
  });
});
