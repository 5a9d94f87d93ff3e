// No life after leaving the page: an element whose document is no longer shown — moved into an
// iframe that is then removed, or adopted into a document made by script — gets no
// disconnectedCallback there, yet must stop polling; and an article removed while its sanitizer is
// still loading must not render, fire gov-load or set `state` afterwards. Requests are counted at
// the test server; polling delays are made short by warp-timers.ts (the clamp makes 10 s the least).
import { expect, waitUntil } from '@open-wc/testing';
import { loadSanitizer, sanitizerIfLoaded } from '../../src/core/sanitize.js';
import '../../src/article/article.js';
import '../../src/notice-board/notice-board.js';
import { warpPolling } from '../core/warp-timers.js';
import { serverLog, settled, sleep, stash } from './support.js';

const notices = {
  items: [
    {
      title: 'Công bố, công khai Kế hoạch sử dụng đất năm 2020 huyện Gia Lộc',
      url: '/thong-bao/cong-bo-cong-khai-ke-hoach-su-dung-dat-nam-2020.html',
      date: '2020-03-25',
    },
  ],
};

/** A polling notice board (refresh="10", warped to fire every 40 ms) that has polled at least twice. */
async function pollingBoard(): Promise<{ el: HTMLElement; id: string }> {
  const id = await stash(JSON.stringify(notices));
  const el = document.createElement('gov-notice-board');
  el.setAttribute('src', `/api/sec/serve?id=${id}`);
  el.setAttribute('refresh', '10');
  document.body.append(el);
  expect(await settled(el)).to.equal('ready');
  await waitUntil(async () => (await serverLog(id)).hits >= 3, 'it never polled', { timeout: 5000 });
  return { el, id };
}

describe('security: no life after leaving the page', function () {
  this.timeout(20000);

  // First in this file: the sanitizer chunk must not be loaded yet.
  it('an article removed while the sanitizer chunk is still loading never renders, fires gov-load or sets state', async () => {
    expect(sanitizerIfLoaded(), 'the sanitizer is not loaded before this test').to.equal(undefined);
    const el = document.createElement('gov-article');
    const events: string[] = [];
    el.addEventListener('gov-load', () => events.push('gov-load'));
    el.addEventListener('gov-error', () => events.push('gov-error'));
    (el as HTMLElement & { article: unknown }).article = {
      title: 'Gia Lộc quyết liệt thực hiện đợt cao điểm phòng, chống dịch COVID-19',
      body: '<p>Thường trực HĐND huyện tổ chức hội nghị chuyên đề.</p>',
    };
    document.body.append(el);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.getAttribute('state')).to.equal('loading');
    el.remove();
    await loadSanitizer();
    await sleep(300);
    expect(events, 'events after removal').to.deep.equal([]);
    expect(el.getAttribute('state'), 'state after removal').to.equal('loading');
    expect(el.shadowRoot!.querySelector('[part~="body"]'), 'no body rendered').to.equal(null);

    // Put back, it renders as usual.
    document.body.append(el);
    expect(await settled(el)).to.equal('ready');
    expect(el.shadowRoot!.querySelector('[part~="body"]')!.textContent).to.contain('Thường trực HĐND huyện');
    expect(events).to.deep.equal(['gov-load']);
    el.remove();
  });

  it('a polling element moved into an iframe that is then removed stops polling', async () => {
    const warp = warpPolling(40);
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      const { el, id } = await pollingBoard();
      frame.contentDocument!.body.append(el); // still polling in the frame, which is shown
      const inFrame = (await serverLog(id)).hits;
      await waitUntil(async () => (await serverLog(id)).hits >= inFrame + 2, 'it stopped polling inside a shown frame', {
        timeout: 5000,
      });
      frame.remove(); // no disconnectedCallback: the element is still connected to the frame's document
      await sleep(200);
      const after = (await serverLog(id)).hits;
      await sleep(800);
      expect((await serverLog(id)).hits, 'requests after the iframe was removed').to.equal(after);
      expect(warp.pending(), 'polling timers still running').to.deep.equal([]);
    } finally {
      frame.remove();
      warp.restore();
    }
  });

  it('a polling element adopted into a document that is not displayed stops polling', async () => {
    const warp = warpPolling(40);
    try {
      const { el, id } = await pollingBoard();
      const elsewhere = document.implementation.createHTMLDocument('');
      elsewhere.body.append(el);
      expect(el.isConnected, 'connected, to a document no window shows').to.equal(true);
      await sleep(200);
      const after = (await serverLog(id)).hits;
      await sleep(800);
      expect((await serverLog(id)).hits, 'requests after adoption').to.equal(after);
      expect(warp.pending(), 'polling timers still running').to.deep.equal([]);

      // Back in the page, it polls again.
      document.body.append(el);
      await waitUntil(async () => (await serverLog(id)).hits >= after + 2, 'it did not poll again', { timeout: 5000 });
      el.remove();
    } finally {
      warp.restore();
    }
  });
});
