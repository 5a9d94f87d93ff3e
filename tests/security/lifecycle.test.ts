// An element removed while fetching, polling (refresh), ticking (the notice board's scroll) or
// playing (video) leaves no timer, no request and no listener behind, and works again when it is
// put back. Requests are counted at the test server (/api/sec/log) and with a PerformanceObserver;
// timers and listeners by wrapping setTimeout/setInterval/requestAnimationFrame and
// addEventListener on window and document (tracker.ts).
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { armCanary, clickEverything, rendered, renderedText } from './audit.js';
import { available, CLIP, create, IMG, specs, type ElementSpec } from './elements.js';
import { describeEachElement, serverLog, settled, sleep, stash } from './support.js';
import { warpPolling } from '../core/warp-timers.js';
import { show, Tracker } from './tracker.js';

const { missing } = await available();

/** Resource entries (requests the page made) whose URL contains `part`, from now on. */
function watchRequests(part: string): { count: () => number; stop: () => void } {
  let seen = 0;
  const observer = new PerformanceObserver((list) => {
    seen += list.getEntries().filter((e) => e.name.includes(part)).length;
  });
  observer.observe({ type: 'resource', buffered: false });
  return {
    count: () => {
      seen += observer.takeRecords().filter((e) => e.name.includes(part)).length;
      return seen;
    },
    stop: () => observer.disconnect(),
  };
}

/** Removes `el`, waits `ms`, and returns what the library left running or started meanwhile. */
async function removeAndWatch(el: Element, tracker: Tracker, ms: number): Promise<{ left: string; late: string }> {
  el.remove();
  const removedAt = performance.now();
  await sleep(ms);
  // Started more than a moment after removal: something still runs for a removed element.
  const late = tracker.startedAfter(removedAt + 50);
  return { left: show(tracker.leftBehind()), late: show(late) };
}

function tracked(): Tracker {
  return new Tracker().install();
}

const ofTag = (tag: string): ElementSpec | undefined => (missing.includes(tag) ? undefined : specs.find((s) => s.tag === tag));

describe('security: lifecycle — nothing keeps running after removal', function () {
  this.timeout(30000);

  describeEachElement(specs, missing, (spec) => {
    it('removed while fetching: the request is aborted, no timer or listener is left, and re-adding loads again', async () => {
      const id = await stash(JSON.stringify(spec.valid));
      const src = `/api/sec/slow?id=${id}&wait=1500`;
      const tracker = tracked();
      const requests = watchRequests(`/api/sec/slow?id=${id}`);
      const el = create(spec, undefined, { attrs: { src } });
      const events: string[] = [];
      el.addEventListener('gov-load', () => events.push('gov-load'));
      el.addEventListener('gov-error', () => events.push('gov-error'));
      try {
        document.body.append(el);
        await waitUntil(async () => (await serverLog(id)).started === 1, 'the request never reached the server');
        const { left, late } = await removeAndWatch(el, tracker, 1800);
        const log = await serverLog(id);
        expect(log.aborted, 'the server saw the client hang up').to.equal(1);
        expect(log.completed, 'no answer was sent').to.equal(0);
        expect(events, 'no gov-load or gov-error after removal').to.deep.equal([]);
        expect(el.getAttribute('state')).to.equal('loading');
        expect(left, 'timers or listeners left behind').to.equal('');
        expect(late, 'timers or listeners started after removal').to.equal('');

        // Put back, it loads again (one new request), and removing it again leaves nothing.
        document.body.append(el);
        expect(await settled(el, 10000)).to.equal('ready');
        expect(renderedText(el)).to.contain(spec.validText);
        expect((await serverLog(id)).completed).to.equal(1);
        expect(requests.count(), 'requests in all').to.equal(2);
        const again = await removeAndWatch(el, tracker, 300);
        expect(again.left, 'left behind after the second removal').to.equal('');
      } finally {
        requests.stop();
        tracker.uninstall();
        el.remove();
      }
    });

    if (spec.polls) {
      it('removed while polling (refresh): no request, timer or listener after removal, and polling resumes when re-added', async () => {
        const id = await stash(JSON.stringify(spec.valid));
        const src = `/api/sec/serve?id=${id}`;
        const tracker = tracked();
        const warp = warpPolling(300); // refresh="10", the shortest poll, fires every 0.3 s here
        const requests = watchRequests(src);
        const el = create(spec, undefined, { attrs: { src, refresh: '10' } });
        try {
          document.body.append(el);
          await waitUntil(async () => (await serverLog(id)).hits >= 2, 'it never polled', { timeout: 5000 });
          const before = (await serverLog(id)).hits;
          const seenBefore = requests.count();
          const { left, late } = await removeAndWatch(el, tracker, 2600);
          expect((await serverLog(id)).hits, 'requests the server saw after removal').to.equal(before);
          expect(requests.count(), 'requests the page made after removal').to.equal(seenBefore);
          expect(left, 'timers or listeners left behind').to.equal('');
          expect(late, 'timers or listeners started after removal').to.equal('');

          document.body.append(el);
          await waitUntil(async () => (await serverLog(id)).hits >= before + 2, 'polling did not resume', { timeout: 5000 });
          expect(el.getAttribute('state')).to.equal('ready');
          const again = await removeAndWatch(el, tracker, 1500);
          expect(again.left, 'left behind after the second removal').to.equal('');
        } finally {
          requests.stop();
          warp.restore();
          tracker.uninstall();
          el.remove();
        }
      });
    }

    it('removed once ready (after every button and link was clicked): nothing it started is left running', async () => {
      const guard = armCanary(); // links do not navigate; print and back are stubbed
      const tracker = tracked();
      const el = create(spec, spec.valid);
      try {
        document.body.append(el);
        expect(await settled(el)).to.equal('ready');
        await clickEverything(el);
        const { left, late } = await removeAndWatch(el, tracker, 300);
        expect(left, 'timers or listeners left behind').to.equal('');
        expect(late, 'timers or listeners started after removal').to.equal('');
      } finally {
        tracker.uninstall();
        guard.disarm();
        el.remove();
      }
    });
  });

  it('<gov-notice-board> removed while ticking: its animation stops, nothing is left, and it ticks again when re-added', async function () {
    const spec = ofTag('gov-notice-board');
    if (!spec) return this.skip();
    const items = Array.from({ length: 30 }, (_, i) => ({
      title: `Thông báo số ${i + 1} của UBND huyện Gia Lộc`,
      url: `/tb/${i}`,
    }));
    const tracker = tracked();
    const el = create(spec, items, { attrs: { scroll: '', 'scroll-speed': '60' }, style: 'height: 120px' });
    const running = (): Animation[] =>
      rendered(el)
        .flatMap((n) => n.getAnimations())
        .filter((a) => a.playState === 'running');
    try {
      document.body.append(el);
      expect(await settled(el)).to.equal('ready');
      await waitUntil(() => running().length > 0, 'the ticker never moved', { timeout: 3000 });
      const animations = running();
      const { left, late } = await removeAndWatch(el, tracker, 500);
      expect(
        animations.map((a) => a.playState),
        'animations after removal',
      ).to.satisfy((states: string[]) => states.every((s) => s !== 'running'));
      expect(left, 'timers or listeners left behind').to.equal('');
      expect(late, 'timers or listeners started after removal').to.equal('');

      document.body.append(el);
      await waitUntil(() => running().length > 0, 'the ticker did not move again', { timeout: 3000 });
    } finally {
      tracker.uninstall();
      el.remove();
    }
  });

  it('<gov-video-list> removed while playing: the video stops, nothing is left, and it plays again when re-added', async function () {
    const spec = ofTag('gov-video-list');
    if (!spec) return this.skip();
    const items = [
      { title: 'Đôi nét về Gia Lộc', url: CLIP, thumbnail: IMG },
      { title: 'Lễ hội truyền thống thôn Thị Xá', url: CLIP.replace('clip', 'clip-2'), thumbnail: IMG },
    ];
    const tracker = tracked();
    const el = create(spec, items, { attrs: {} });
    const play = (): HTMLButtonElement =>
      rendered(el).find(
        (n): n is HTMLButtonElement => n instanceof HTMLButtonElement && /play/.test(n.getAttribute('part') ?? ''),
      )!;
    try {
      document.body.append(el);
      expect(await settled(el)).to.equal('ready');
      const started = oneEvent(el, 'gov-video-play');
      play().click();
      await started;
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const video = rendered(el).find((n): n is HTMLVideoElement => n instanceof HTMLVideoElement);
      expect(video, 'a native player after play').to.exist;
      const { left, late } = await removeAndWatch(el, tracker, 500);
      expect(video!.paused, 'the video is paused once removed').to.be.true;
      expect(left, 'timers or listeners left behind').to.equal('');
      expect(late, 'timers or listeners started after removal').to.equal('');

      document.body.append(el);
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      const again = oneEvent(el, 'gov-video-play');
      play().click();
      await again;
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(rendered(el).some((n) => n instanceof HTMLVideoElement)).to.be.true;
    } finally {
      tracker.uninstall();
      el.remove();
    }
  });

  it('the tracker sees timers the library starts, and not the test’s own (self-test)', async () => {
    const { fetchData } = await import('../../src/core/fetch-data.js');
    const id = await stash('{}');
    const tracker = tracked();
    try {
      setTimeout(() => {}, 10); // the test's own: not tracked
      const controller = new AbortController();
      const request = fetchData(`/api/sec/slow?id=${id}&wait=2000`, { signal: controller.signal, timeout: 5000 }).catch(() => {});
      expect(show(tracker.leftBehind())).to.match(/^timeout 5000 ms started at \/src\/core\/fetch-data\.ts/);
      controller.abort();
      await request;
      expect(tracker.leftBehind()).to.deep.equal([]);
    } finally {
      tracker.uninstall();
    }
  });
});
