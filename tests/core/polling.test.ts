// Bounded timers: `refresh` is clamped to 10 s … 24 h and `timeout` to 1 s … 120 s, whatever the
// attribute says, and a failing server is polled less and less often (doubling, with jitter, up to a
// ceiling) until it answers again. What is asserted is what the server sees (requests counted at the
// test server) and what the element shows; the delays the poller asks for are read through
// warp-timers.ts, which also makes the 10 s minimum pass in milliseconds.
import { expect, waitUntil } from '@open-wc/testing';
import { backoffMs, refreshMs, timeoutMs } from '../../src/core/bounds.js';
import '../../src/notice-board/notice-board.js';
import { serverLog, settled, sleep, stash } from '../security/support.js';
import { warpPolling } from './warp-timers.js';

const notices = {
  items: [
    {
      title: 'Thông báo mời họp triển khai kế hoạch phòng, chống dịch bệnh nCoV',
      url: '/thong-bao/moi-hop-trien-khai-ke-hoach-phong-chong-ncov.html',
      date: '2020-01-30',
    },
  ],
};

/** A notice board reading `src`, with `attrs`, in the page. */
function board(src: string, attrs: Record<string, string>): HTMLElement {
  const el = document.createElement('gov-notice-board');
  el.setAttribute('src', src);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
  return el;
}

describe('bounded timers: refresh and timeout', function () {
  this.timeout(20000);

  it('clamps refresh to 10 s … 24 h; 0, negative or not a number means no polling', () => {
    expect(refreshMs(0.001)).to.equal(10_000);
    expect(refreshMs('0.001')).to.equal(10_000);
    expect(refreshMs(30)).to.equal(30_000);
    expect(refreshMs(2_592_000)).to.equal(86_400_000); // 30 days would overflow setTimeout's 2^31 − 1 ms
    expect(refreshMs(Number.MAX_VALUE)).to.equal(86_400_000);
    for (const none of [0, -5, NaN, Infinity, 'abc', '', undefined, null]) expect(refreshMs(none), String(none)).to.equal(0);
  });

  it('clamps timeout to 1 s … 120 s; unset, 0, negative or not a number takes the 10 s default', () => {
    expect(timeoutMs(200)).to.equal(1000);
    expect(timeoutMs(15_000)).to.equal(15_000);
    expect(timeoutMs(3_000_000_000)).to.equal(120_000);
    for (const none of [0, -5, NaN, 'abc', undefined]) expect(timeoutMs(none), String(none)).to.equal(10_000);
  });

  it('backs off after failures: doubling, ±20 % jitter, at most 32 × refresh; refresh itself after a success', () => {
    expect(backoffMs(10_000, 0)).to.equal(10_000);
    expect(backoffMs(10_000, 1, 0.5)).to.equal(20_000);
    expect(backoffMs(10_000, 2, 0.5)).to.equal(40_000);
    expect(backoffMs(10_000, 1, 0)).to.equal(16_000);
    expect(backoffMs(10_000, 1, 0.999999)).to.be.closeTo(24_000, 1);
    expect(backoffMs(10_000, 50, 0.5)).to.equal(320_000);
    expect(backoffMs(3_600_000, 50, 0.5)).to.equal(86_400_000); // a day at most
  });

  it('refresh="0.001" does not poll back to back: the server sees one request in 1.5 s', async () => {
    const id = await stash(JSON.stringify(notices));
    const el = board(`/api/sec/serve?id=${id}`, { refresh: '0.001' });
    try {
      expect(await settled(el)).to.equal('ready');
      await sleep(1500);
      expect((await serverLog(id)).hits).to.equal(1);
    } finally {
      el.remove();
    }
  });

  it('refresh="2592000" (30 days) does not overflow into a flood: one request in 1.5 s, next poll in 24 h', async () => {
    const id = await stash(JSON.stringify(notices));
    const warp = warpPolling(60_000); // recorded, never fired during the test
    const el = board(`/api/sec/serve?id=${id}`, { refresh: '2592000' });
    try {
      expect(await settled(el)).to.equal('ready');
      await sleep(1500);
      expect((await serverLog(id)).hits).to.equal(1);
      const pending = warp.pending();
      expect(pending).to.have.length(1);
      expect(pending[0].asked, 'the next poll: a day after the answer').to.be.closeTo(86_400_000, 5000);
    } finally {
      el.remove();
      warp.restore();
    }
  });

  it('timeout="3000000000" waits (up to 120 s) instead of timing out at once', async () => {
    const id = await stash(JSON.stringify(notices));
    const el = board(`/api/sec/slow?id=${id}&wait=300`, { timeout: '3000000000' });
    try {
      expect(await settled(el)).to.equal('ready');
      expect(el.shadowRoot!.textContent).to.contain('Thông báo mời họp');
    } finally {
      el.remove();
    }
  });

  it('polls a failing server less and less often, and at the refresh rate again once it answers', async () => {
    const id = await stash(JSON.stringify(notices));
    const warp = warpPolling(40);
    const el = board(`/api/sec/fault?id=${id}&kind=503`, { refresh: '10' });
    const errors: Event[] = [];
    el.addEventListener('gov-error', (e) => errors.push(e));
    try {
      expect(await settled(el)).to.equal('error');
      // The first load failed, then five polls fail: 20, 40, 80, 160, 320 s (±20 %), then the ceiling.
      await waitUntil(() => warp.timers.length >= 7, 'it did not keep polling', { timeout: 8000 });
      const asked = warp.timers.slice(0, 7).map((t) => t.asked);
      const expected = [20_000, 40_000, 80_000, 160_000, 320_000, 320_000, 320_000];
      // (Each wait is counted from the answer, so it is a few ms under the drawn value.)
      asked.forEach((ms, i) =>
        expect(ms, `wait ${i + 1}: ${asked.join(', ')}`).to.be.within(expected[i] * 0.8 - 1000, expected[i] * 1.2),
      );
      expect(new Set(asked).size, 'jitter: the waits are not the exact doublings').to.be.greaterThan(1);
      expect(errors.length, 'each failed poll is reported').to.be.at.least(6);

      await fetch(`/api/sec/heal?id=${id}`);
      await waitUntil(() => el.getAttribute('state') === 'ready', 'it never recovered', { timeout: 5000 });
      const seen = warp.timers.length;
      await waitUntil(() => warp.timers.length > seen, 'no poll after the recovery', { timeout: 5000 });
      expect(warp.timers.at(-1)!.asked, 'after a success: refresh itself').to.be.closeTo(10_000, 1000);
      expect(el.shadowRoot!.textContent).to.contain('Thông báo mời họp');
    } finally {
      el.remove();
      warp.restore();
    }
  });

  it('does not poll while the page is hidden, and polls again once it is shown', async () => {
    const id = await stash(JSON.stringify(notices));
    const warp = warpPolling(40);
    const el = board(`/api/sec/serve?id=${id}`, { refresh: '10' });
    const setVisibility = (value: DocumentVisibilityState): void => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => value });
      document.dispatchEvent(new Event('visibilitychange'));
    };
    try {
      expect(await settled(el)).to.equal('ready');
      await waitUntil(async () => (await serverLog(id)).hits >= 3, 'it never polled', { timeout: 5000 });
      setVisibility('hidden');
      await sleep(200);
      const hidden = (await serverLog(id)).hits;
      await sleep(600);
      expect((await serverLog(id)).hits, 'requests while hidden').to.equal(hidden);
      expect(warp.pending(), 'polling timers while hidden').to.deep.equal([]);
      setVisibility('visible');
      await waitUntil(async () => (await serverLog(id)).hits >= hidden + 2, 'it did not poll once shown', { timeout: 5000 });
    } finally {
      delete (document as unknown as Record<string, unknown>).visibilityState;
      el.remove();
      warp.restore();
    }
  });
});
