// The poller (src/core/polling.ts) is a lazy chunk: only an element with `refresh`
// loads it. What is asserted is what the page downloads (resource timing) and that polling still happens.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/notice-board/notice-board.js';
import '../../src/visit-counter/visit-counter.js';
import { serverLog, settled, stash } from '../security/support.js';
import { warpPolling } from './warp-timers.js';

const notices = {
  items: [{ title: 'Thông báo lịch tiếp công dân tháng 12', url: '/thong-bao/lich-tiep-cong-dan.html', date: '2020-12-01' }],
};
const counts = { online: 12, today: 345, month: 6789, total: 1234567 };

/** True once the page has requested the poller's module. */
const pollerLoaded = (): boolean =>
  performance.getEntriesByType('resource').some((e) => /\/core\/polling\.(ts|js)(\?|$)/.test(e.name));

/** `tag` with `attrs`, in the page. */
function place(tag: string, attrs: Record<string, string>): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  document.body.append(el);
  return el;
}

describe('the poller loads only when an element polls', function () {
  this.timeout(20000);

  it('boxes without refresh never download it; a box with refresh does, and polls', async () => {
    const board = place('gov-notice-board', { src: `/api/sec/serve?id=${await stash(JSON.stringify(notices))}` });
    const counter = place('gov-visit-counter', { src: `/api/sec/serve?id=${await stash(JSON.stringify(counts))}` });
    const warp = warpPolling(40);
    let polling: HTMLElement | undefined;
    try {
      expect(await settled(board)).to.equal('ready');
      expect(await settled(counter)).to.equal('ready');
      expect(counter.shadowRoot!.textContent).to.contain('345');
      expect(pollerLoaded(), 'loaded without any refresh').to.equal(false);

      // Requested alongside the first request, not after its answer (which may be the network failing).
      const id = await stash(JSON.stringify(notices));
      polling = place('gov-notice-board', { src: `/api/sec/slow?id=${id}&wait=2500`, refresh: '10' });
      await waitUntil(pollerLoaded, 'a box with refresh did not load the poller', { timeout: 2000 });
      expect(polling.getAttribute('state'), 'the first answer had not come yet').to.equal('loading');
      expect(await settled(polling)).to.equal('ready');
      await waitUntil(async () => (await serverLog(id)).hits >= 2, 'it did not poll', { timeout: 12000 });
      expect(warp.timers[0].asked, 'the first poll: refresh after the answer').to.be.closeTo(10_000, 1000);
    } finally {
      board.remove();
      counter.remove();
      polling?.remove();
      warp.restore();
    }
  });
});
