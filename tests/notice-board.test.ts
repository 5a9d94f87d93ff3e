import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/notice-board/notice-board.js';
import type { GovNoticeBoard, NoticeItemInput } from '../src/notice-board/notice-board.js';
import { arrangeNotices, nextChange, toNoticeItems } from '../src/notice-board/notice-board.data.js';
import { warpPolling } from './core/warp-timers.js';
import { all, fixtureUrl, heightMoveUntilReady, one, textOf, uid, waitForState } from './helpers.js';

const TZ = 'Asia/Ho_Chi_Minh';
/** The model page's day: 31 March 2020, mid-morning in Vietnam. */
const MARCH_31 = new Date('2020-03-31T10:00:00+07:00');

const PINNED = 'HỆ THỐNG VĂN BẢN CỦA HUYỆN GIA LỘC (Liên quan đến công tác phòng, chống dịch bệnh nCoV)';
const LAND_PLAN = 'Công bố, công khai Kế hoạch sử dụng đất năm 2020 huyện Gia Lộc';
const ALCOHOL = 'Gia Lộc đẩy mạnh thực hiện Luật Phòng, chống tác hại của rượu bia và Nghị định 100/2019/NĐ-CP của Chính Phủ.';
const CONCLUSIONS =
  'Thông báo Ý kiến kết luận, chỉ đạo của Chủ tịch UBND huyện tại Hội nghị về phòng, chống dịch bệnh viêm đường hô hấp cấp do chủng mới của vi rút Corona (nCoV) gây ra';
const TREATMENT = 'Thông báo danh sách cơ sở có khả năng thu dung, điều trị viêm phổi do Corona virut';
const MEETING = 'Thông báo mời họp triển khai kế hoạch phòng, chống dịch bệnh nCoV';

/** The titles shown, in order (the ticker's duplicate copy excluded). */
const titles = (el: Element): string[] => all(el, '.items:not(.copy) > li .link').map((a) => textOf(a));

async function board(template: ReturnType<typeof html>, state: 'ready' | 'empty' = 'ready'): Promise<GovNoticeBoard> {
  const el = await fixture<GovNoticeBoard>(template);
  await waitForState(el, state);
  return el;
}

/** Notices enough to overflow any small box; `days` back from `MARCH_31`. */
function many(n: number): NoticeItemInput[] {
  return Array.from({ length: n }, (_, i) => ({
    title: `Thông báo số ${i + 1}: lịch tiếp công dân của Chủ tịch UBND xã tháng 4/2020`,
    url: `/thong-bao/${i + 1}.html`,
    date: `2020-03-${String(30 - i).padStart(2, '0')}`,
  }));
}

const track = (el: GovNoticeBoard): HTMLElement => one(el, '.track');
const animationOf = (el: GovNoticeBoard): Animation | undefined => track(el).getAnimations()[0];

/** A ticker board that overflows its box, once its animation runs. */
async function ticker(template: ReturnType<typeof html>): Promise<GovNoticeBoard> {
  const el = await board(template);
  await waitUntil(() => animationOf(el)?.playState === 'running', 'the ticker never started');
  return el;
}

function inside(inner: Element, outer: Element): boolean {
  const a = inner.getBoundingClientRect();
  const b = outer.getBoundingClientRect();
  return a.top >= b.top - 1 && a.bottom <= b.bottom + 1;
}

describe('<gov-notice-board>', () => {
  describe('data sources', () => {
    it('renders the model page notices from JSON: pinned first, then newest, expired hidden', async () => {
      const el = await board(
        html`<gov-notice-board src="/tests/fixtures/notices.json" time-zone=${TZ} .now=${MARCH_31}></gov-notice-board>`,
      );
      expect(titles(el)).to.deep.equal([PINNED, LAND_PLAN, ALCOHOL, CONCLUSIONS, TREATMENT]);
      expect(textOf(one(el, '[part="heading"]'))).to.equal('Thông báo');
      const rows = all(el, '.items > li');
      expect(textOf(rows[1])).to.equal(`${LAND_PLAN} (25/03/2020) Mới`);
      expect(textOf(rows[4])).to.equal(`${TREATMENT} (03/02/2020)`);
      expect(one(el, '.items > li time').getAttribute('datetime')).to.equal('2020-01-31');
      expect(one<HTMLAnchorElement>(el, '.items a').getAttribute('href')).to.match(
        /\/van-ban\/phong-chong-dich-benh-ncov\.html$/,
      );
    });

    it('reads an RSS feed (title, link, date) and drops a javascript: link', async () => {
      const el = await board(html`<gov-notice-board src=${fixtureUrl('notices.rss')} .now=${MARCH_31}></gov-notice-board>`);
      expect(titles(el)).to.deep.equal([LAND_PLAN, ALCOHOL, CONCLUSIONS, TREATMENT]);
      expect(all(el, '.items a')).to.have.length(3);
      expect(one(el, '.items > li:nth-child(3) .link').localName).to.equal('span');
      expect(textOf(one(el, '.items time'))).to.equal('(25/03/2020)');
    });

    it('reads inline JSON, a bare array', async () => {
      const el = await board(
        html`<gov-notice-board .now=${MARCH_31}>
          <script type="application/json">
            [{ "title": "Lịch làm việc của Thường trực Huyện ủy tuần 14", "date": "30/03/2020" }]
          </script>
        </gov-notice-board>`,
      );
      expect(titles(el)).to.deep.equal(['Lịch làm việc của Thường trực Huyện ủy tuần 14']);
      expect(one(el, '.items span.link')).to.exist;
    });

    it('prefers the items property, skips items without a title with a warning', async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (m: string) => warnings.push(m);
      try {
        const el = await board(
          html`<gov-notice-board
            src="/tests/fixtures/notices.json"
            .now=${MARCH_31}
            .items=${[{ title: 'Thông báo từ mã nguồn', date: '2020-03-30' }, { url: '/x' } as unknown as NoticeItemInput]}
          ></gov-notice-board>`,
        );
        expect(titles(el)).to.deep.equal(['Thông báo từ mã nguồn']);
        expect(warnings.join()).to.contain('<gov-notice-board>: item 1 skipped: it has no "title"');
      } finally {
        console.warn = warn;
      }
    });

    it('fires gov-load with the notices shown (unexpired, ordered, limited)', async () => {
      const el = document.createElement('gov-notice-board');
      el.src = '/tests/fixtures/notices.json';
      el.now = MARCH_31;
      el.limit = 3;
      el.timeZone = TZ;
      const event = oneEvent(el, 'gov-load');
      document.body.append(el);
      try {
        const { detail } = (await event) as CustomEvent<{ items: Array<{ title: string; pinned: boolean }> }>;
        expect(detail.items.map((i) => i.title)).to.deep.equal([PINNED, LAND_PLAN, ALCOHOL]);
        expect(detail.items[0].pinned).to.be.true;
      } finally {
        el.remove();
      }
    });
  });

  describe('order, expiry and badges', () => {
    it('hides a notice once its expiry day is over, judged by the injected clock and time zone', async () => {
      const el = await board(
        html`<gov-notice-board
          src="/tests/fixtures/notices.json"
          time-zone=${TZ}
          .now=${new Date('2020-03-31T23:59:59+07:00')}
        ></gov-notice-board>`,
      );
      expect(titles(el)).to.include(TREATMENT); // expires 2020-03-31: still shown on its last day
      el.now = new Date('2020-04-01T00:00:01+07:00');
      await el.updateComplete;
      expect(titles(el)).to.not.include(TREATMENT);
      expect(titles(el)).to.have.length(4);
      // The same moment is still 31 March in UTC (17:00): the zone decides which day it is.
      el.timeZone = 'UTC';
      await el.updateComplete;
      expect(titles(el)).to.include(TREATMENT);
    });

    it('hides a notice whose expiry timestamp has passed', async () => {
      const items = [
        { title: 'Hết hạn lúc 17 giờ', date: '2020-03-30', expires: '2020-03-31T17:00:00+07:00' },
        { title: 'Còn hạn', date: '2020-03-29' },
      ];
      const el = await board(
        html`<gov-notice-board .items=${items} .now=${new Date('2020-03-31T16:59:00+07:00')}></gov-notice-board>`,
      );
      expect(titles(el)).to.deep.equal(['Hết hạn lúc 17 giờ', 'Còn hạn']);
      el.now = new Date('2020-03-31T17:00:01+07:00');
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Còn hạn']);
    });

    it('orders pinned first (newest first among them), then newest first, undated last', () => {
      const items = toNoticeItems(
        [
          { title: 'a', date: '2020-01-01' },
          { title: 'b' },
          { title: 'c', date: '2020-03-01', pinned: 1 },
          { title: 'd', date: '2020-03-05' },
          { title: 'e', date: '2019-12-01', pinned: 'true' },
          { title: 'f' },
        ],
        document.baseURI,
      );
      const order = arrangeNotices(items, MARCH_31).map((v) => v.item.title);
      expect(order).to.deep.equal(['c', 'e', 'd', 'a', 'b', 'f']);
    });

    it('shows "Mới" on notices dated within new-days (default 7, today counting as one)', async () => {
      const items = [
        { title: 'Hôm nay', date: '2020-03-31' },
        { title: 'Sáu ngày trước', date: '2020-03-25' },
        { title: 'Bảy ngày trước', date: '2020-03-24' },
        { title: 'Không ngày' },
      ];
      const el = await board(html`<gov-notice-board time-zone=${TZ} .items=${items} .now=${MARCH_31}></gov-notice-board>`);
      const isNew = (): boolean[] => all(el, '.items > li').map((li) => li.querySelector('[part~="new"]') !== null);
      expect(isNew()).to.deep.equal([true, true, false, false]);
      expect(textOf(one(el, '[part~="new"]'))).to.equal('Mới');
      el.newDays = 1;
      await el.updateComplete;
      expect(isNew()).to.deep.equal([true, false, false, false]);
      el.newDays = 0;
      await el.updateComplete;
      expect(all(el, '[part~="new"]')).to.have.length(0);
    });

    it('judges "Mới" against the current time by default', async () => {
      const today = new Date().toISOString();
      const el = await board(
        html`<gov-notice-board
          .items=${[
            { title: 'Vừa đăng', date: today },
            { title: 'Cũ', date: '2020-01-01' },
          ]}
        ></gov-notice-board>`,
      );
      expect(all(el, '[part~="new"]')).to.have.length(1);
      expect(textOf(one(el, '.items > li'))).to.contain('Mới');
    });

    it('marks important notices with a visible text label, not colour alone', async () => {
      const el = await board(html`<gov-notice-board src="/tests/fixtures/notices.json" .now=${MARCH_31}></gov-notice-board>`);
      const important = all(el, '[part~="item-important"]');
      expect(important).to.have.length(2);
      for (const li of important) {
        const label = li.querySelector('[part~="important"]')!;
        expect(textOf(label)).to.equal('Quan trọng');
        // On screen; for screen readers it is part of the link's name instead (tests/a11y/names.test.ts).
        expect(label.getAttribute('aria-hidden')).to.equal('true');
        expect(label.closest('li')!.querySelector('a')!.getAttribute('aria-label')).to.contain('Quan trọng');
        expect(label.getBoundingClientRect().width).to.be.greaterThan(20);
        // The "!" disc is decoration: its alternative text is empty, so it is not read out.
        expect(getComputedStyle(label, '::before').content).to.equal('"!" / ""');
      }
      expect(textOf(important[1])).to.match(/^Quan trọng Thông báo Ý kiến kết luận/);
      // The pinned one says so to screen readers too, in its link's name (tests/a11y/names.test.ts).
      expect(one(el, '[part~="item-pinned"] a').getAttribute('aria-label')).to.equal(`${PINNED} (Đã ghim, Quan trọng)`);
    });

    it('limits the notices shown, after expiry and ordering', async () => {
      const el = await board(
        html`<gov-notice-board limit="2" src="/tests/fixtures/notices.json" .now=${MARCH_31}></gov-notice-board>`,
      );
      expect(titles(el)).to.deep.equal([PINNED, LAND_PLAN]);
      el.limit = 0;
      await el.updateComplete;
      expect(titles(el)).to.have.length(5);
    });
  });

  describe('still by default', () => {
    it('has no ticker, animation or pause button without scroll', async () => {
      const el = await board(
        html`<gov-notice-board style="height: 8rem" .items=${many(12)} .now=${MARCH_31}></gov-notice-board>`,
      );
      await aTimeout(100);
      expect(all(el, '[part="ticker"], .copy, [part~="pause"]')).to.have.length(0);
      expect(el.shadowRoot!.getAnimations().filter((a) => !(a instanceof CSSAnimation))).to.have.length(0);
      expect(titles(el)).to.have.length(12);
    });

    it('renders its data once: measuring for a ticker it does not have starts no second update', async () => {
      const el = document.createElement('gov-notice-board') as GovNoticeBoard;
      let updates = 0;
      el.addController({ hostUpdated: () => updates++ });
      el.now = MARCH_31;
      el.items = many(3);
      await fixture(el);
      await el.updateComplete;
      await aTimeout(50);
      expect(el.state).to.equal('ready');
      expect(updates).to.equal(1);
    });
  });

  describe('ticker (scroll)', () => {
    afterEach(async () => {
      await resetMouse();
      await emulateMedia({ reducedMotion: 'no-preference' });
    });

    it('moves a list taller than the element at scroll-speed px/s, with an aria-hidden, inert copy', async () => {
      const el = await ticker(
        html`<gov-notice-board
          scroll
          scroll-speed="60"
          style="height: 16rem"
          .items=${many(10)}
          .now=${MARCH_31}
        ></gov-notice-board>`,
      );
      expect(el.getBoundingClientRect().height).to.equal(256);
      const box = one(el, '[part="viewport"]');
      expect(box.getBoundingClientRect().bottom).to.be.at.most(el.getBoundingClientRect().bottom);
      const list = one(el, '.track > .items:not(.copy)');
      const copy = one(el, '.track > .copy');
      expect(copy.getAttribute('aria-hidden')).to.equal('true');
      expect(copy.hasAttribute('inert')).to.be.true;
      for (const a of copy.querySelectorAll('a')) expect(a.getAttribute('tabindex')).to.equal('-1');
      expect(textOf(copy)).to.equal(textOf(list));
      // One loop moves the track by one list (its last separator included) in period / speed seconds.
      const anim = animationOf(el)!;
      const period = list.getBoundingClientRect().height;
      expect(copy.getBoundingClientRect().top - list.getBoundingClientRect().top).to.be.closeTo(period, 0.01);
      expect(period).to.be.greaterThan(box.clientHeight);
      expect(anim.effect!.getTiming().duration).to.be.closeTo((period / 60) * 1000, 1);
      expect(anim.effect!.getTiming().iterations).to.equal(Infinity);
      // It moves, and by scroll-speed px per second of its animation's own time (no wall clock).
      const startTime = Number(anim.currentTime);
      const before = list.getBoundingClientRect().top;
      await waitUntil(() => before - list.getBoundingClientRect().top > 3, 'the list did not move');
      const moved = before - list.getBoundingClientRect().top;
      const elapsed = (Number(anim.currentTime) - startTime) / 1000;
      expect(moved).to.be.closeTo(60 * elapsed, 1);
      // The copy's links cannot take focus.
      copy.querySelector('a')!.focus();
      expect(el.shadowRoot!.activeElement).to.equal(null);
    });

    it('keeps its place in the loop when its width changes and the list rewraps', async () => {
      const el = await ticker(
        html`<gov-notice-board
          scroll
          style="height: 14rem; width: 480px"
          .items=${many(10)}
          .now=${MARCH_31}
        ></gov-notice-board>`,
      );
      const anim = animationOf(el)!;
      anim.currentTime = 0.4 * Number(anim.effect!.getComputedTiming().duration);
      anim.pause(); // a still picture: only the resize moves it
      const list = one(el, '.track > .items:not(.copy)');
      const wide = list.getBoundingClientRect().height;
      el.style.width = '260px';
      await waitUntil(
        () => Math.abs(Number(anim.effect!.getComputedTiming().duration) - (wide / 30) * 1000) > 100,
        'no new length',
      );
      const narrow = list.getBoundingClientRect().height;
      expect(narrow).to.be.greaterThan(wide);
      expect(anim.effect!.getComputedTiming().duration).to.be.closeTo((narrow / 30) * 1000, 1);
      expect(anim.effect!.getComputedTiming().progress).to.be.closeTo(0.4, 0.01);
    });

    it('uses --gov-ticker-height for its box when the element has no height', async () => {
      const el = await ticker(
        html`<gov-notice-board scroll style="--gov-ticker-height: 7rem" .items=${many(8)} .now=${MARCH_31}></gov-notice-board>`,
      );
      expect(one(el, '[part="ticker"]').getBoundingClientRect().height).to.equal(112);
    });

    it('stays still, with no copy and no button, when the list fits its box', async () => {
      const el = await board(html`<gov-notice-board scroll .items=${many(2)} .now=${MARCH_31}></gov-notice-board>`);
      await aTimeout(100);
      expect(all(el, '[part="ticker"]')).to.have.length(1);
      expect(all(el, '.copy, [part~="pause"]')).to.have.length(0);
      expect(track(el).getAnimations()).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('pauses while hovered and resumes when the pointer leaves', async () => {
      const el = await ticker(
        html`<gov-notice-board scroll style="height: 14rem" .items=${many(10)} .now=${MARCH_31}></gov-notice-board>`,
      );
      const box = one(el, '[part="viewport"]').getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(box.left + 20), Math.round(box.top + 20)] });
      await waitUntil(() => animationOf(el)!.playState === 'paused', 'hover did not pause');
      const time = animationOf(el)!.currentTime;
      await aTimeout(150);
      expect(animationOf(el)!.currentTime).to.equal(time);
      await sendMouse({ type: 'move', position: [Math.round(box.left + 20), Math.round(box.bottom + 200)] });
      await waitUntil(() => animationOf(el)!.playState === 'running', 'leaving did not resume');
    });

    it('pauses while keyboard focus is inside, and shows the focused notice', async () => {
      const el = await ticker(
        html`<gov-notice-board scroll style="height: 14rem" .items=${many(10)} .now=${MARCH_31}></gov-notice-board>`,
      );
      const box = one(el, '[part="viewport"]');
      const links = all<HTMLAnchorElement>(el, '.items:not(.copy) a');
      links[0].focus();
      expect(animationOf(el)!.playState).to.equal('paused');
      const last = links[links.length - 1];
      last.focus();
      expect(el.shadowRoot!.activeElement).to.equal(last);
      expect(animationOf(el)!.playState).to.equal('paused');
      expect(inside(last, box)).to.be.true;
      expect(box.scrollTop).to.equal(0);
      last.blur();
      expect(animationOf(el)!.playState).to.equal('running');
      // Reaching the pause button (before the list) already holds it still; leaving lets it go on.
      const button = one<HTMLButtonElement>(el, '[part~="pause"]');
      button.focus();
      expect(animationOf(el)!.playState).to.equal('paused');
      expect(textOf(button)).to.equal('Tạm dừng');
      button.blur();
      expect(animationOf(el)!.playState).to.equal('running');
    });

    it("draws a focused notice's whole focus ring inside its box", async () => {
      const el = await ticker(
        html`<gov-notice-board scroll style="height: 14rem" .items=${many(10)} .now=${MARCH_31}></gov-notice-board>`,
      );
      one<HTMLButtonElement>(el, '[part~="pause"]').focus();
      await sendKeys({ press: 'Tab' });
      const link = all<HTMLAnchorElement>(el, '.items:not(.copy) a')[0];
      expect(el.shadowRoot!.activeElement).to.equal(link);
      const ring = getComputedStyle(link);
      expect(ring.outlineStyle).to.equal('solid');
      const reach = parseFloat(ring.outlineOffset) + parseFloat(ring.outlineWidth);
      const box = one(el, '[part="viewport"]').getBoundingClientRect();
      for (const r of link.getClientRects()) {
        expect(r.left - reach, 'left edge').to.be.at.least(box.left - 0.5);
        expect(r.right + reach, 'right edge').to.be.at.most(box.right + 0.5);
      }
    });

    it('has a visible pause / play button that stops it until pressed again (WCAG 2.2.2)', async () => {
      const el = await ticker(
        html`<gov-notice-board scroll style="height: 14rem" .items=${many(10)} .now=${MARCH_31}></gov-notice-board>`,
      );
      const button = one<HTMLButtonElement>(el, '[part~="pause"]');
      expect(textOf(button)).to.equal('Tạm dừng');
      expect(button.getBoundingClientRect().height).to.be.greaterThan(20);
      // It comes before the moving list, so keyboard users reach it first.
      expect(button.compareDocumentPosition(one(el, '[part="viewport"]')) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
      button.click();
      await el.updateComplete;
      expect(textOf(button)).to.equal('Tiếp tục');
      expect(animationOf(el)!.playState).to.equal('paused');
      // Hover and focus coming and going do not restart it.
      const link = one<HTMLAnchorElement>(el, '.items a');
      link.focus();
      link.blur();
      expect(animationOf(el)!.playState).to.equal('paused');
      button.click();
      await el.updateComplete;
      expect(textOf(button)).to.equal('Tạm dừng');
      expect(animationOf(el)!.playState).to.equal('running');
    });

    it('does not move under prefers-reduced-motion, and shows the whole list instead of a box cut mid-line', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await board(
        html`<gov-notice-board scroll style="height: 14rem" .items=${many(10)} .now=${MARCH_31}></gov-notice-board>`,
      );
      await aTimeout(150);
      expect(track(el).getAnimations()).to.have.length(0);
      // No copy and no pause button on screen (they are display: none under reduced motion).
      expect(all(el, '.copy, [part~="pause"]').filter((n) => n.getClientRects().length > 0)).to.have.length(0);
      // Every notice is on screen, whole, inside the element: the page's height gives way.
      const rows = all(el, '.items:not(.copy) > li');
      expect(rows).to.have.length(10);
      for (const row of rows) expect(inside(row, el), textOf(row)).to.be.true;
      const box = one(el, '[part="viewport"]');
      expect(box.scrollHeight, 'nothing to scroll').to.be.at.most(box.clientHeight + 1);
      expect(one(el, '[part="ticker"]').getBoundingClientRect().height).to.be.greaterThan(14 * 16);
      await expect(el).to.be.accessible();
      // The visitor's setting can change while the page is open.
      await emulateMedia({ reducedMotion: 'no-preference' });
      await waitUntil(() => animationOf(el)?.playState === 'running', 'did not start after reduced motion was turned off');
      await emulateMedia({ reducedMotion: 'reduce' });
      await waitUntil(() => track(el).getAnimations().length === 0, 'did not stop under reduced motion');
    });

    it('shows a still list that has no links whole under reduced motion: nothing to scroll, no focus stop', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const items = many(10).map(({ title, date }) => ({ title, date }));
      const el = await board(
        html`<gov-notice-board scroll style="height: 14rem" .items=${items} .now=${MARCH_31}></gov-notice-board>`,
      );
      await aTimeout(150);
      for (const row of all(el, '.items > li')) expect(inside(row, el), textOf(row)).to.be.true;
      expect(one(el, '[part="viewport"]').hasAttribute('tabindex')).to.be.false;
      await expect(el).to.be.accessible();
    });

    it('stops and drops the copy when scroll is turned off', async () => {
      const el = await ticker(
        html`<gov-notice-board scroll style="height: 14rem" .items=${many(10)} .now=${MARCH_31}></gov-notice-board>`,
      );
      const anim = animationOf(el)!;
      el.autoScroll = false;
      await el.updateComplete;
      expect(anim.playState).to.equal('idle');
      expect(el.hasAttribute('scroll')).to.be.false;
      expect(all(el, '[part="ticker"], .copy, [part~="pause"]')).to.have.length(0);
    });

    it('speaks English: "Pause" / "Play"', async () => {
      const el = await ticker(
        html`<gov-notice-board lang="en" scroll style="height: 14rem" .items=${many(10)} .now=${MARCH_31}></gov-notice-board>`,
      );
      const button = one<HTMLButtonElement>(el, '[part~="pause"]');
      expect(textOf(button)).to.equal('Pause');
      button.click();
      await el.updateComplete;
      expect(textOf(button)).to.equal('Play');
    });

    it('is accessible while moving and while paused', async () => {
      const el = await ticker(
        html`<gov-notice-board
          scroll
          style="height: 14rem"
          src="/tests/fixtures/notices.json"
          .now=${MARCH_31}
        ></gov-notice-board>`,
      );
      await expect(el).to.be.accessible();
      one<HTMLButtonElement>(el, '[part~="pause"]').click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });

  describe('refresh and cleanup', () => {
    it('refetches src every `refresh` seconds, and stops when removed; re-adding resumes', async () => {
      const id = uid();
      const realFetch = window.fetch;
      const warp = warpPolling(); // refresh="10", its timers fired after 40 ms
      let requests = 0;
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        if (String(input instanceof Request ? input.url : input).includes(id)) requests++;
        return realFetch(input, init);
      };
      try {
        const el = await board(
          html`<gov-notice-board
            refresh="10"
            src=${fixtureUrl('notices.json', `&id=${id}`)}
            .now=${MARCH_31}
          ></gov-notice-board>`,
        );
        await waitUntil(() => requests >= 3, 'did not poll', { timeout: 3000 });
        expect(titles(el)).to.have.length(5);
        el.remove();
        await aTimeout(50);
        const after = requests;
        await aTimeout(300);
        expect(requests).to.equal(after);
        expect(warp.pending(), 'no poll left waiting').to.have.length(0);
        document.body.append(el);
        await waitUntil(() => requests >= after + 2, 'did not poll again after re-adding', { timeout: 3000 });
        el.remove();
      } finally {
        window.fetch = realFetch;
        warp.restore();
      }
    });

    it('leaves no interval, timer, animation, observer or media listener behind after removal', async () => {
      const real = {
        setInterval: window.setInterval,
        clearInterval: window.clearInterval,
        setTimeout: window.setTimeout,
        clearTimeout: window.clearTimeout,
        ResizeObserver: window.ResizeObserver,
        matchMedia: window.matchMedia,
      };
      const setIntervalNow = real.setInterval.bind(window);
      const clearIntervalNow = real.clearInterval.bind(window);
      const setTimeoutNow = real.setTimeout.bind(window);
      const clearTimeoutNow = real.clearTimeout.bind(window);
      const intervals = new Set<number>();
      const timers = new Set<number>(); // set by the library (src/core, src/notice-board), not by test helpers
      let observers = 0;
      let mediaListeners = 0;
      window.setInterval = ((fn: () => void, ms?: number) => {
        const id = setIntervalNow(fn, ms);
        intervals.add(id);
        return id;
      }) as typeof window.setInterval;
      window.clearInterval = ((id?: number) => {
        if (id !== undefined) intervals.delete(id);
        clearIntervalNow(id);
      }) as typeof window.clearInterval;
      window.setTimeout = ((fn: () => void, ms?: number) => {
        const id = setTimeoutNow(() => {
          timers.delete(id);
          fn();
        }, ms);
        if (/\/src\/(core|notice-board)\//.test(new Error().stack ?? '')) timers.add(id);
        return id;
      }) as typeof window.setTimeout;
      window.clearTimeout = ((id?: number) => {
        if (id !== undefined) timers.delete(id);
        clearTimeoutNow(id);
      }) as typeof window.clearTimeout;
      window.ResizeObserver = class extends real.ResizeObserver {
        constructor(cb: ResizeObserverCallback) {
          super(cb);
          observers++;
        }
        override disconnect(): void {
          observers--;
          super.disconnect();
        }
      };
      window.matchMedia = (query: string) => {
        const mql = real.matchMedia.call(window, query);
        const add = mql.addEventListener.bind(mql);
        const remove = mql.removeEventListener.bind(mql);
        mql.addEventListener = ((...args: Parameters<typeof add>) => {
          mediaListeners++;
          add(...args);
        }) as typeof mql.addEventListener;
        mql.removeEventListener = ((...args: Parameters<typeof remove>) => {
          mediaListeners--;
          remove(...args);
        }) as typeof mql.removeEventListener;
        return mql;
      };
      try {
        // The real clock: the board also keeps a timer for the next midnight (badges and expiry).
        const el = await ticker(
          html`<gov-notice-board
            scroll
            refresh="30"
            style="height: 14rem"
            src=${`/api/big?n=12&id=${uid()}`}
          ></gov-notice-board>`,
        );
        expect(intervals.size).to.equal(0);
        // The refresh poll and the midnight re-check (the poll's timer once the lazy poller is in).
        await waitUntil(() => timers.size === 2, 'the poll and the midnight re-check were not both set');
        expect(observers).to.equal(1);
        expect(mediaListeners).to.equal(0); // reduced motion is a CSS media query: nothing to listen to
        const anim = animationOf(el)!;
        el.remove();
        expect(anim.playState).to.equal('idle');
        expect(track(el).getAnimations()).to.have.length(0);
        expect(intervals.size).to.equal(0);
        expect(timers.size).to.equal(0);
        expect(observers).to.equal(0);
        expect(mediaListeners).to.equal(0);
        // Re-adding starts everything again.
        document.body.append(el);
        await waitUntil(() => animationOf(el)?.playState === 'running', 'the ticker did not restart');
        expect(intervals.size).to.equal(0);
        expect(timers.size).to.equal(2);
        expect(observers).to.equal(1);
        expect(mediaListeners).to.equal(0);
        el.remove();
        expect(intervals.size + timers.size + observers + mediaListeners).to.equal(0);
      } finally {
        Object.assign(window, real);
      }
    });

    it('drops a notice when it expires while the page stays open (no injected clock)', async () => {
      const soon = new Date(Date.now() + 1500).toISOString();
      const el = await board(
        html`<gov-notice-board .items=${[{ title: 'Sắp hết hạn', expires: soon }, { title: 'Còn hạn' }]}></gov-notice-board>`,
      );
      expect(titles(el)).to.deep.equal(['Sắp hết hạn', 'Còn hạn']);
      await waitUntil(() => titles(el).length === 1, 'the notice did not expire', { timeout: 5000 });
      expect(titles(el)).to.deep.equal(['Còn hạn']);
    });

    it('goes empty when its last notice expires while the page stays open', async () => {
      const soon = new Date(Date.now() + 1500).toISOString();
      const el = await board(html`<gov-notice-board .items=${[{ title: 'Sắp hết hạn', expires: soon }]}></gov-notice-board>`);
      await waitForState(el, 'empty', 5000);
      expect(textOf(one(el, '[part="message"]'))).to.equal('Chưa có dữ liệu.');
    });

    it('knows when the view next changes by itself', () => {
      const now = new Date('2020-03-31T23:00:00+07:00');
      const items = toNoticeItems(
        [
          { title: 'a', expires: '2020-03-31T23:30:00+07:00' },
          { title: 'b', expires: '2020-03-31T22:00:00+07:00' }, // already over: ignored
        ],
        document.baseURI,
      );
      expect(nextChange(items, now, TZ)).to.equal(30 * 60_000 + 1);
      const daily = toNoticeItems([{ title: 'c', expires: '2020-04-05' }], document.baseURI);
      expect(nextChange(daily, now, TZ)).to.equal(60 * 60_000); // midnight in Hà Nội
      expect(nextChange(daily, now, 'UTC')).to.equal(8 * 60 * 60_000); // 16:00 UTC → midnight UTC
      const dated = toNoticeItems([{ title: 'd', date: '2020-03-30' }], document.baseURI);
      expect(nextChange(dated, now, TZ, 7)).to.equal(60 * 60_000); // the "Mới" badge is per day
      expect(nextChange(dated, now, TZ, 0)).to.equal(undefined);
    });
  });

  describe('states', () => {
    it('shows a skeleton that reserves space while loading, in both modes', async () => {
      const el = await fixture<GovNoticeBoard>(
        html`<gov-notice-board src=${fixtureUrl('notices.json', '&delay=1000')} .now=${MARCH_31}></gov-notice-board>`,
      );
      expect(el.getAttribute('state')).to.equal('loading');
      const skeleton = one(el, '[part="skeleton"]');
      expect(skeleton.getAttribute('role')).to.equal('status');
      expect(all(el, '[part="skeleton"] [aria-hidden="true"] > li')).to.have.length(5);
      expect(skeleton.getBoundingClientRect().height).to.be.greaterThan(80);
      await waitForState(el, 'ready');

      const scrolling = await fixture<GovNoticeBoard>(
        html`<gov-notice-board scroll src=${fixtureUrl('notices.json', '&delay=1000')} .now=${MARCH_31}></gov-notice-board>`,
      );
      expect(scrolling.state).to.equal('loading');
      expect(one(scrolling, '.ticker:has([part="skeleton"])').getBoundingClientRect().height).to.equal(192);
      expect(await heightMoveUntilReady(scrolling)).to.be.at.most(1);
      expect(one(scrolling, '[part="ticker"]').getBoundingClientRect().height).to.equal(192);
    });

    it('reserves about the height of the model notices while loading, at any width and limit', async () => {
      const off: string[] = [];
      const bad: string[] = [];
      for (const [width, limit] of [
        [240, 5],
        [320, 5],
        [320, 3],
        [480, 5],
        [760, 5],
        [1100, 5],
      ]) {
        const wrap = await fixture<HTMLDivElement>(
          // A page's font (the elements take it), the one the placeholder's lengths are measured in.
          html`<div style="width: ${width}px; font: 16px/1.5 system-ui, sans-serif">
            <gov-notice-board
              limit=${limit}
              src=${fixtureUrl('notices.json', `&delay=500&id=${uid()}`)}
              .now=${MARCH_31}
            ></gov-notice-board>
          </div>`,
        );
        const el = wrap.firstElementChild as GovNoticeBoard;
        expect(el.state).to.equal('loading');
        expect(all(el, '[part="skeleton"] li')).to.have.length(limit);
        const loading = el.getBoundingClientRect().height;
        await waitForState(el, 'ready');
        const ready = el.getBoundingClientRect().height;
        off.push(`${width} px, limit ${limit}: ${loading.toFixed(0)} px loading, ${ready.toFixed(0)} px ready`);
        if (Math.abs(loading - ready) > ready * 0.08) bad.push(off[off.length - 1]);
      }
      console.log(off.join('\n'));
      expect(bad).to.deep.equal([]);
    });

    it('is empty when every notice has expired, and ready again if the clock goes back', async () => {
      const el = await board(html`<gov-notice-board src="/tests/fixtures/notices-expired.json"></gov-notice-board>`, 'empty');
      expect(el.state).to.equal('empty');
      expect(textOf(one(el, '[part="message"]'))).to.equal('Chưa có dữ liệu.');
      await expect(el).to.be.accessible();
      el.now = new Date('2020-02-01T12:00:00+07:00');
      await waitForState(el, 'ready');
      expect(titles(el)).to.deep.equal([TREATMENT, MEETING]);
    });

    it('is accessible when ready', async () => {
      const el = await board(
        html`<gov-notice-board src="/tests/fixtures/notices.json" time-zone=${TZ} .now=${MARCH_31}></gov-notice-board>`,
      );
      await expect(el).to.be.accessible();
    });
  });

  describe('language', () => {
    it('uses English labels and dates', async () => {
      const el = await board(
        html`<gov-notice-board lang="en" src="/tests/fixtures/notices.json" .now=${MARCH_31}></gov-notice-board>`,
      );
      expect(textOf(one(el, '[part="heading"]'))).to.equal('Notices');
      expect(textOf(one(el, '[part~="new"]'))).to.equal('New');
      expect(textOf(one(el, '[part~="important"]'))).to.equal('Important');
      expect(textOf(one(el, '.items time'))).to.equal('(31 January 2020)');
      expect(one(el, '[part~="item-pinned"] a').getAttribute('aria-label')).to.match(/ \(Pinned, Important\)$/);
    });
  });
});
