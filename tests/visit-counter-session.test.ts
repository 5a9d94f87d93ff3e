// Honest counts (one visit per session, shared by all tabs) and the visitor id the counter service
// needs for "online now". The test server's /api/counter route logs the method of each request.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/visit-counter/visit-counter.js';
import type { GovVisitCounter } from '../src/visit-counter/visit-counter.js';
import { one, uid, waitForState } from './helpers.js';

const KEY = 'gov-visit-counter:session';
const MINUTE = 60_000;

/** Methods the test server's /api/counter route saw for `id`. */
async function log(id: string): Promise<string[]> {
  return (await (await fetch(`/api/counter-log?id=${id}`)).json()) as string[];
}

/** Every fetch to a URL containing `part`: its method, visitor id and request headers. */
function spyFetch(part: string): {
  calls: Array<{ method: string; visitor: string | null; headers: string[] }>;
  restore: () => void;
} {
  const original = window.fetch;
  const calls: Array<{ method: string; visitor: string | null; headers: string[] }> = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    if (url.includes(part)) {
      calls.push({
        method: init?.method ?? 'GET',
        visitor: new URL(url, location.href).searchParams.get('visitor'),
        headers: Object.keys(init?.headers ?? {}).map((h) => h.toLowerCase()),
      });
    }
    return original(input, init);
  };
  return { calls, restore: () => (window.fetch = original) };
}

/** A poll, as the element's refresh timer makes it (the timer's interval is at least 10 s). */
function poll(el: GovVisitCounter): void {
  (el as unknown as { data: { refetch(): void } }).data.refetch();
}

/** Runs a poll and waits for its answer (or failure). */
async function polled(el: GovVisitCounter, outcome: 'gov-load' | 'gov-error'): Promise<void> {
  const settled = oneEvent(el, outcome);
  poll(el);
  await settled;
}

/** A session as another tab left it in localStorage. */
function storeSession(session: { id: string; last: number; counted: string[] }): void {
  localStorage.setItem(KEY, JSON.stringify(session));
}

const absolute = (src: string): string => new URL(src, location.href).href;

describe('<gov-visit-counter> visit session', () => {
  beforeEach(() => localStorage.removeItem(KEY));
  afterEach(() => localStorage.removeItem(KEY));

  it('three tabs of one visit count it once: the mark is in localStorage, not the tab', async () => {
    const id = uid();
    const src = `${location.origin}/api/counter?id=${id}`;
    const page = `<!doctype html><html lang="vi"><body>
      <gov-visit-counter count-visit src="${src}"></gov-visit-counter>
      <script type="module" src="${location.origin}/src/visit-counter/visit-counter.ts"></script>
      <script>
        // A tab left open would hide the test page (no animation frames there): close once answered.
        document.addEventListener('gov-load', () => setTimeout(() => window.close(), 50));
        document.addEventListener('gov-error', () => setTimeout(() => window.close(), 50));
      </script></body></html>`;
    const url = URL.createObjectURL(new Blob([page], { type: 'text/html' }));
    try {
      // Each tab opened without an opener starts with its own, empty sessionStorage.
      for (let i = 0; i < 3; i++) {
        window.open(url, '_blank', 'noopener');
        const seen = i + 1;
        for (let wait = 0; wait < 100 && (await log(id)).length < seen; wait++) await new Promise((r) => setTimeout(r, 50));
      }
      expect(await log(id)).to.deep.equal(['POST', 'GET', 'GET']);
    } finally {
      await new Promise((r) => setTimeout(r, 300)); // the last tab closes itself
      URL.revokeObjectURL(url);
    }
  });

  it('sends one anonymous visitor id with the POST and every poll, as a query parameter (no preflight)', async () => {
    const id = uid();
    const spy = spyFetch(`counter?id=${id}`);
    try {
      const el = await fixture<GovVisitCounter>(
        html`<gov-visit-counter count-visit src=${`/api/counter?id=${id}`}></gov-visit-counter>`,
      );
      await waitForState(el, 'ready');
      await polled(el, 'gov-load');
      await polled(el, 'gov-load');
      expect(spy.calls.map((c) => c.method)).to.deep.equal(['POST', 'GET', 'GET']);
      const visitor = spy.calls[0].visitor;
      expect(visitor).to.match(/^[0-9a-f]{32}$/);
      expect(spy.calls.map((c) => c.visitor)).to.deep.equal([visitor, visitor, visitor]);
      // Only CORS-safelisted headers: the browser sends these requests without an OPTIONS preflight.
      for (const call of spy.calls) expect(call.headers.every((h) => ['accept', 'content-type'].includes(h))).to.be.true;
      expect(JSON.parse(localStorage.getItem(KEY) ?? '{}').id).to.equal(visitor);
    } finally {
      spy.restore();
    }
  });

  it('sends no visitor id without count-visit', async () => {
    const id = uid();
    const spy = spyFetch(`counter?id=${id}`);
    try {
      const el = await fixture<GovVisitCounter>(html`<gov-visit-counter src=${`/api/counter?id=${id}`}></gov-visit-counter>`);
      await waitForState(el, 'ready');
      expect(spy.calls.map((c) => c.visitor)).to.deep.equal([null]);
      expect(localStorage.getItem(KEY)).to.equal(null);
    } finally {
      spy.restore();
    }
  });

  it('a visit counted 29 minutes ago in another tab is the same session; 31 minutes idle is a new one, with a new id', async () => {
    const id = uid();
    const src = `/api/counter?id=${id}`;
    const old = 'a'.repeat(32);
    storeSession({ id: old, last: Date.now() - 29 * MINUTE, counted: [absolute(src)] });
    const spy = spyFetch(`counter?id=${id}`);
    try {
      const same = await fixture<GovVisitCounter>(html`<gov-visit-counter count-visit src=${src}></gov-visit-counter>`);
      await waitForState(same, 'ready');
      same.remove();
      storeSession({ id: old, last: Date.now() - 31 * MINUTE, counted: [absolute(src)] });
      const next = await fixture<GovVisitCounter>(html`<gov-visit-counter count-visit src=${src}></gov-visit-counter>`);
      await waitForState(next, 'ready');
      expect(spy.calls.map((c) => c.method)).to.deep.equal(['GET', 'POST']);
      expect(spy.calls[0].visitor).to.equal(old);
      expect(spy.calls[1].visitor)
        .to.match(/^[0-9a-f]{32}$/)
        .and.not.equal(old);
      const stored = JSON.parse(localStorage.getItem(KEY) ?? '{}');
      expect(stored.counted).to.deep.equal([absolute(src)]);
      expect(stored.last).to.be.closeTo(Date.now(), MINUTE);
    } finally {
      spy.restore();
    }
  });

  for (const [name, stored] of [
    ['not JSON', '{"id":'],
    ['a foreign shape', JSON.stringify({ id: 42, last: 'yesterday', counted: 'all' })],
    ['an id that is not ours', JSON.stringify({ id: '<img src=x onerror=alert(1)>', last: Date.now(), counted: [] })],
    ['a session from the future', JSON.stringify({ id: 'b'.repeat(32), last: Date.now() + 365 * 24 * 60 * MINUTE, counted: [] })],
    ['a huge value', 'x'.repeat(200_000)],
  ]) {
    it(`damaged storage (${name}) starts a new session and counts the visit`, async () => {
      const id = uid();
      const src = `/api/counter?id=${id}`;
      localStorage.setItem(KEY, stored);
      const el = await fixture<GovVisitCounter>(html`<gov-visit-counter count-visit src=${src}></gov-visit-counter>`);
      await waitForState(el, 'ready');
      expect(await log(id)).to.deep.equal(['POST']);
      const session = JSON.parse(localStorage.getItem(KEY) ?? '{}');
      expect(session.id).to.match(/^[0-9a-f]{32}$/);
      expect(session.counted).to.deep.equal([absolute(src)]);
    });
  }

  it('a failed counting POST is retried once by a later poll, then only on "Thử lại"', async () => {
    const id = uid();
    const spy = spyFetch(`flaky?id=${id}`);
    try {
      const el = await fixture<GovVisitCounter>(
        html`<gov-visit-counter
          count-visit
          refresh="10"
          src=${`/api/flaky?id=${id}&name=demo/luot-truy-cap.json`}
        ></gov-visit-counter>`,
      );
      await waitForState(el, 'error');
      await polled(el, 'gov-error'); // the one retry
      await polled(el, 'gov-error');
      await polled(el, 'gov-error');
      expect(spy.calls.map((c) => c.method)).to.deep.equal(['POST', 'POST', 'GET', 'GET']);
      expect(el.state).to.equal('error');
      // The visitor asks: "Thử lại" tries to count the visit again.
      let failed = oneEvent(el, 'gov-error');
      one<HTMLButtonElement>(el, '[part~="retry"]').click();
      await failed;
      await polled(el, 'gov-error');
      expect(spy.calls.map((c) => c.method)).to.deep.equal(['POST', 'POST', 'GET', 'GET', 'POST', 'GET']);
      // The server is back: "Thử lại" counts the visit, and polls only read after that.
      await fetch(`/api/flaky-heal?id=${id}`);
      failed = oneEvent(el, 'gov-load');
      one<HTMLButtonElement>(el, '[part~="retry"]').click();
      await failed;
      await polled(el, 'gov-load');
      expect(spy.calls.map((c) => c.method)).to.deep.equal(['POST', 'POST', 'GET', 'GET', 'POST', 'GET', 'POST', 'GET']);
      expect(JSON.parse(localStorage.getItem(KEY) ?? '{}').counted).to.include(
        absolute(`/api/flaky?id=${id}&name=demo/luot-truy-cap.json`),
      );
    } finally {
      spy.restore();
    }
  });

  it('a counting POST that fails once and then succeeds on the next poll counts the visit once', async () => {
    const id = uid();
    const spy = spyFetch(`flaky?id=${id}`);
    try {
      const el = await fixture<GovVisitCounter>(
        html`<gov-visit-counter
          count-visit
          refresh="10"
          src=${`/api/flaky?id=${id}&name=demo/luot-truy-cap.json`}
        ></gov-visit-counter>`,
      );
      await waitForState(el, 'error');
      await fetch(`/api/flaky-heal?id=${id}`);
      await polled(el, 'gov-load');
      await polled(el, 'gov-load');
      expect(spy.calls.map((c) => c.method)).to.deep.equal(['POST', 'POST', 'GET']);
      expect(el.state).to.equal('ready');
    } finally {
      spy.restore();
    }
  });
});

describe('<gov-visit-counter> against the counter service', () => {
  // /api/live-counter/<site> is the real service (src/counter-service) mounted in the test server.
  beforeEach(() => localStorage.removeItem(KEY));
  afterEach(() => localStorage.removeItem(KEY));

  const liveLog = async (id: string): Promise<string[]> =>
    (await (await fetch(`/api/live-counter/log?id=${id}`)).json()) as string[];
  const figures = (el: GovVisitCounter): string[] =>
    [...el.shadowRoot!.querySelectorAll('dd data')].map((d) => d.textContent?.trim() ?? '');

  it("counts the visit once and shows the service's figures, from the model page's 1.116.844", async () => {
    const id = uid();
    const src = `/api/live-counter/portal?id=${id}`;
    const first = await fixture<GovVisitCounter>(html`<gov-visit-counter count-visit src=${src}></gov-visit-counter>`);
    await waitForState(first, 'ready');
    expect(figures(first)).to.deep.equal(['1', '1', '1', '1.116.845']);
    first.remove();
    const next = await fixture<GovVisitCounter>(html`<gov-visit-counter count-visit src=${src}></gov-visit-counter>`);
    await waitForState(next, 'ready');
    // The same visitor: still one online, still one visit.
    expect(figures(next)).to.deep.equal(['1', '1', '1', '1.116.845']);
    expect(await liveLog(id)).to.deep.equal(['POST', 'GET']);
  });

  it("works across origins without a preflight: the service allows the page's origin", async () => {
    const id = uid();
    const other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    const src = `${location.protocol}//${other}:${location.port}/api/live-counter/portal?id=${id}`;
    const el = await fixture<GovVisitCounter>(html`<gov-visit-counter count-visit src=${src}></gov-visit-counter>`);
    await waitForState(el, 'ready');
    expect(figures(el)).to.deep.equal(['1', '1', '1', '1.116.845']);
    await polled(el, 'gov-load');
    expect(await liveLog(id)).to.deep.equal(['POST', 'GET']); // no OPTIONS
  });

  it('a page whose origin the site does not list gets the error state, and nothing is counted', async () => {
    const id = uid();
    const el = await fixture<GovVisitCounter>(
      html`<gov-visit-counter count-visit src=${`/api/live-counter/elsewhere?id=${id}`}></gov-visit-counter>`,
    );
    await waitForState(el, 'error');
    // The status is for the webmaster (gov-error, the console); the visitor reads a calm message.
    expect(
      (
        await el.loaded.then(
          () => undefined,
          (e: Error) => e,
        )
      )?.message,
    ).to.include('403');
    expect(one(el, '[part~="message"]').textContent).to.equal('Chưa tải được Lượt truy cập. Thử lại sau ít phút.');
    expect(el.shadowRoot!.querySelector('[part~="retry"]')).to.exist;
  });

  it('a store that is down (503) shows the error state, and "Thử lại" tries to count again', async () => {
    const id = uid();
    const el = await fixture<GovVisitCounter>(
      html`<gov-visit-counter count-visit src=${`/api/live-counter/down?id=${id}`}></gov-visit-counter>`,
    );
    await waitForState(el, 'error');
    expect(
      (
        await el.loaded.then(
          () => undefined,
          (e: Error) => e,
        )
      )?.message,
    ).to.include('503');
    const failed = oneEvent(el, 'gov-error');
    one<HTMLButtonElement>(el, '[part~="retry"]').click();
    await failed;
    expect(await liveLog(id)).to.deep.equal(['POST', 'POST']);
  });
});
