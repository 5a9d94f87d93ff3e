import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/notice-board/notice-board.js';
import type { GovNoticeBoard, NoticeItemInput } from '../src/notice-board/notice-board.js';
import { all, one, waitForState } from './helpers.js';

/** The model page's day: 31 March 2020, mid-morning in Vietnam. */
const MARCH_31 = new Date('2020-03-31T10:00:00+07:00');

/** Notices enough to overflow a 14rem box. */
const notices: NoticeItemInput[] = Array.from({ length: 10 }, (_, i) => ({
  title: `Thông báo số ${i + 1}: lịch tiếp công dân của Chủ tịch UBND xã tháng 4/2020`,
  url: `/thong-bao/${i + 1}.html`,
  date: `2020-03-${String(30 - i).padStart(2, '0')}`,
}));

const animationOf = (el: GovNoticeBoard): Animation | undefined => one(el, '.track').getAnimations()[0];

/** Resolves when the ticker's animation runs. */
async function moving(el: GovNoticeBoard): Promise<Animation> {
  await waitForState(el, 'ready');
  await waitUntil(() => animationOf(el)?.playState === 'running', 'the ticker never started');
  return animationOf(el)!;
}

/** The animation's loop length in seconds for one list height at `speed` px/s. */
function expectSpeed(el: GovNoticeBoard, animation: Animation, speed: number): void {
  const period = one(el, '.track > .items:not(.copy)').getBoundingClientRect().height;
  expect(Number(animation.effect!.getTiming().duration)).to.be.closeTo((period / speed) * 1000, 1);
}

/** A still board of notices, as a framework creates it: the element first, then its properties. */
async function created(set: (el: GovNoticeBoard) => void): Promise<GovNoticeBoard> {
  const el = document.createElement('gov-notice-board');
  el.style.height = '14rem';
  el.now = MARCH_31;
  el.items = notices;
  set(el);
  return fixture<GovNoticeBoard>(el);
}

describe('<gov-notice-board> ticker and ticker-speed', () => {
  it('starts the ticker with the `ticker` attribute, at `ticker-speed` px/s', async () => {
    const el = await fixture<GovNoticeBoard>(
      html`<gov-notice-board
        ticker
        ticker-speed="45"
        style="height: 14rem"
        .items=${notices}
        .now=${MARCH_31}
      ></gov-notice-board>`,
    );
    const animation = await moving(el);
    expect(el.ticker).to.be.true;
    expect(el.tickerSpeed).to.equal(45);
    expect(all(el, '[part~="pause"]')).to.have.length(1);
    expectSpeed(el, animation, 45);
  });

  it('starts the ticker when code sets the `ticker` and `tickerSpeed` properties, as React 19 and Vue do', async () => {
    const el = await created((board) => {
      board.ticker = true;
      board.tickerSpeed = 50;
    });
    const animation = await moving(el);
    // The property reflects, so CSS and tests can see it.
    expect(el.hasAttribute('ticker')).to.be.true;
    expectSpeed(el, animation, 50);
  });

  it('leaves Element.prototype.scroll() alone: `scroll` is no property of the element', async () => {
    const el = await created((board) => (board.ticker = true));
    await moving(el);
    expect(Object.prototype.hasOwnProperty.call(el, 'scroll')).to.be.false;
    expect(el.scroll).to.equal(Element.prototype.scroll);
    expect(Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'scroll')).to.be.undefined;
  });

  it('still reads the old spelling, `scroll` and `scroll-speed`, as attributes', async () => {
    const el = await fixture<GovNoticeBoard>(
      html`<gov-notice-board
        scroll
        scroll-speed="40"
        style="height: 14rem"
        .items=${notices}
        .now=${MARCH_31}
      ></gov-notice-board>`,
    );
    const animation = await moving(el);
    expect(el.ticker).to.be.true;
    expectSpeed(el, animation, 40);
  });

  it('follows the attributes as they change: `ticker-speed` later, then `ticker` removed', async () => {
    const el = await fixture<GovNoticeBoard>(
      html`<gov-notice-board ticker style="height: 14rem" .items=${notices} .now=${MARCH_31}></gov-notice-board>`,
    );
    expectSpeed(el, await moving(el), 30);
    el.setAttribute('ticker-speed', '90');
    await el.updateComplete;
    await waitUntil(() => el.tickerSpeed === 90);
    expectSpeed(el, animationOf(el)!, 90);
    el.removeAttribute('ticker');
    await el.updateComplete;
    expect(all(el, '[part="ticker"], .copy, [part~="pause"]')).to.have.length(0);
  });

  it('stops when the old `scroll` attribute is removed, and drops it when code turns the ticker off', async () => {
    const el = await fixture<GovNoticeBoard>(
      html`<gov-notice-board scroll style="height: 14rem" .items=${notices} .now=${MARCH_31}></gov-notice-board>`,
    );
    await moving(el);
    el.removeAttribute('scroll');
    await el.updateComplete;
    expect(el.ticker).to.be.false;
    expect(all(el, '[part="ticker"]')).to.have.length(0);

    el.setAttribute('scroll', '');
    await moving(el);
    el.ticker = false;
    await el.updateComplete;
    expect(el.hasAttribute('scroll')).to.be.false;
    expect(el.hasAttribute('ticker')).to.be.false;
    expect(all(el, '[part="ticker"], .copy')).to.have.length(0);
  });

  it('is still by default: no ticker without `ticker` or `scroll`', async () => {
    const el = await created(() => {});
    await waitForState(el, 'ready');
    expect(el.ticker).to.be.false;
    expect(all(el, '[part="ticker"], .copy, [part~="pause"]')).to.have.length(0);
  });
});
