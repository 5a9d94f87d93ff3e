import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/visit-counter/visit-counter.js';
import type { GovVisitCounter, VisitCounts } from '../src/visit-counter/visit-counter.js';
import { warpPolling } from './core/warp-timers.js';
import {
  all,
  expectLoadingSkeleton,
  fixtureUrl,
  heightMoveUntilReady,
  itShowsEachError,
  loadedAs,
  nextError,
  one,
  spoken,
  textOf,
  uid,
  waitForState,
  warnings,
} from './helpers.js';

const model = { online: 143, today: 552, month: 141811, total: 1116844 };

/** [label, number] per row, as a screen reader reads the `<dl>`. */
const rows = (el: Element): Array<[string, string]> =>
  all(el, 'dl > div').map((row) => [spoken(row.querySelector('dt')), spoken(row.querySelector('dd'))]);

/** The numbers as shown on screen ("—" for a missing count; screen-reader text left out). */
const shown = (el: Element): string[] => all(el, 'dd').map((dd) => textOf(dd.querySelector('data, [aria-hidden="true"]')));

const loaded = loadedAs<GovVisitCounter>;

/** Methods the test server's /api/counter route saw for `id`. */
async function log(id: string): Promise<string[]> {
  return (await (await fetch(`/api/counter-log?id=${id}`)).json()) as string[];
}

/** Records the method of every fetch to a URL containing `part`. */
function spyFetch(part: string): { methods: string[]; restore: () => void } {
  const original = window.fetch;
  const methods: string[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    if (String(input).includes(part)) methods.push(init?.method ?? 'GET');
    return original(input, init);
  };
  return { methods, restore: () => (window.fetch = original) };
}

describe('<gov-visit-counter>', () => {
  describe('data sources', () => {
    it('shows the model page figures from a JSON src, grouped the Vietnamese way, each with its label', async () => {
      const el = await loaded(html`<gov-visit-counter src="/demo/data/luot-truy-cap.json"></gov-visit-counter>`);
      expect(rows(el)).to.deep.equal([
        ['Đang online', '143'],
        ['Hôm nay', '552'],
        ['Tháng này', '141.811'],
        ['Tất cả', '1.116.844'],
      ]);
      expect(textOf(one(el, '[part="heading"]'))).to.equal('Lượt truy cập');
      expect(one(el, '[part="list"]').tagName).to.equal('DL');
      expect(one(el, 'dd data').getAttribute('value')).to.equal('143');
      expect(all(el, '[part~="item"]').map((row) => row.getAttribute('part'))).to.deep.equal([
        'item online',
        'item today',
        'item month',
        'item total',
      ]);
    });

    it('reads the counts from attributes alone', async () => {
      const el = await loaded(
        html`<gov-visit-counter online="143" today="552" month="141811" total="1116844"></gov-visit-counter>`,
      );
      expect(shown(el)).to.deep.equal(['143', '552', '141.811', '1.116.844']);
    });

    it('accepts counts grouped as on a portal page ("1,116,844", "1.116.844")', async () => {
      const el = await loaded(html`<gov-visit-counter month="141,811" total="1.116.844"></gov-visit-counter>`);
      expect(shown(el)).to.deep.equal(['—', '—', '141.811', '1.116.844']);
    });

    it('follows attribute changes', async () => {
      const el = await loaded(html`<gov-visit-counter total="1116844"></gov-visit-counter>`);
      el.setAttribute('total', '1116845');
      await el.updateComplete;
      await waitForState(el, 'ready');
      expect(shown(el)[3]).to.equal('1.116.845');
    });

    it('prefers counts from code over src, and src over attributes', async () => {
      const el = await loaded(
        html`<gov-visit-counter src="/demo/data/luot-truy-cap.json" total="7" .counts=${{ total: 9 }}></gov-visit-counter>`,
      );
      expect(shown(el)).to.deep.equal(['—', '—', '—', '9']);
      el.counts = undefined;
      await aTimeout(0);
      await waitForState(el, 'ready');
      await aTimeout(50);
      expect(shown(el)).to.deep.equal(['143', '552', '141.811', '1.116.844']);
      el.removeAttribute('src');
      await aTimeout(0);
      await waitForState(el, 'ready');
      expect(shown(el)).to.deep.equal(['—', '—', '—', '7']);
    });

    it('fires gov-load with the validated counts', async () => {
      const el = document.createElement('gov-visit-counter');
      const event = oneEvent(el, 'gov-load');
      el.counts = { ...model, today: '552' };
      document.body.append(el);
      const { detail } = (await event) as CustomEvent<{ counts: VisitCounts }>;
      expect(detail.counts).to.deep.equal(model);
      el.remove();
    });
  });

  describe('validation', () => {
    it('shows "—" (not 0) with screen-reader text for missing or unusable counts, and warns about unusable ones', async () => {
      let el!: GovVisitCounter;
      let detail: { counts: VisitCounts } | undefined;
      const seen = await warnings(async () => {
        el = document.createElement('gov-visit-counter');
        el.addEventListener('gov-load', (e) => (detail = (e as CustomEvent).detail));
        el.src = fixtureUrl('counter-partial.json');
        document.body.append(el);
        await waitForState(el, 'ready');
      });
      try {
        expect(shown(el)).to.deep.equal(['—', '552', '—', '1.116.844']);
        expect(rows(el)[0]).to.deep.equal(['Đang online', 'không có số liệu']);
        const missing = one(el, 'dd .missing');
        expect(missing.getAttribute('aria-hidden')).to.equal('true');
        expect(textOf(missing.nextElementSibling)).to.equal('không có số liệu');
        expect(missing.nextElementSibling!.className).to.equal('sr-only');
        expect(detail!.counts).to.deep.equal({ today: 552, total: 1116844 });
        // null is simply missing; -3 is unusable, and said so.
        expect(seen).to.have.length(1);
        expect(seen[0]).to.contain('"month" ignored: -3');
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
    });

    it('treats negative, fractional, non-numeric, unsafe and non-finite values as missing', async () => {
      const seen = await warnings(async () => {
        const el = await fixture<GovVisitCounter>(
          html`<gov-visit-counter
            .counts=${{ online: -1, today: 1.5, month: Number.MAX_SAFE_INTEGER + 2, total: 'nhiều', extra: 5 }}
          ></gov-visit-counter>`,
        );
        await waitForState(el, 'error');
        el.counts = { online: NaN, today: Infinity, month: true as unknown as number, total: 0 };
        await waitForState(el, 'ready');
        expect(shown(el)).to.deep.equal(['—', '—', '—', '0']);
      });
      // Six values skipped, and the failure of the first set (its cause goes to the console).
      expect(seen).to.have.length(8);
    });

    it('is an error when no count at all is usable', async () => {
      const seen = await warnings(async () => {
        const el = await fixture<GovVisitCounter>(
          html`<gov-visit-counter src=${fixtureUrl('counter-invalid.json')}></gov-visit-counter>`,
        );
        const detail = await nextError(el);
        await waitForState(el, 'error');
        expect(detail.error.kind).to.equal('shape');
        expect(detail.error.message).to.contain('None of online, today, month, total');
        expect(textOf(one(el, '[part="message"]'))).to.equal('Chưa tải được Lượt truy cập. Thử lại sau ít phút.');
      });
      // Three values skipped, and the failure (its cause goes to the console).
      expect(seen).to.have.length(5);
    });
  });

  describe('count-visit', () => {
    it('POSTs on the first load of the session, then GETs', async () => {
      const id = uid();
      const src = `/api/counter?id=${id}`;
      const first = await loaded(html`<gov-visit-counter count-visit src=${src}></gov-visit-counter>`);
      expect(shown(first)).to.deep.equal(['143', '552', '141.811', '1.116.844']);
      expect(await log(id)).to.deep.equal(['POST']);
      first.reload();
      await first.updateComplete; // loading again
      await waitForState(first, 'ready');
      // As on the next page of the same visit: a new element, same session.
      first.remove();
      const next = await loaded(html`<gov-visit-counter count-visit src=${src}></gov-visit-counter>`);
      expect(shown(next)[0]).to.equal('143');
      expect(await log(id)).to.deep.equal(['POST', 'GET', 'GET']);
      expect(JSON.parse(localStorage.getItem('gov-visit-counter:session') ?? '{}').counted).to.include(
        new URL(src, location.href).href,
      );
    });

    it('does not count twice when removed mid-POST and added again', async () => {
      const id = uid();
      const el = document.createElement('gov-visit-counter');
      el.countVisit = true;
      el.src = `/api/counter?id=${id}&delay=300`;
      document.body.append(el);
      await aTimeout(50);
      el.remove();
      document.body.append(el);
      await waitForState(el, 'ready');
      await aTimeout(400);
      expect((await log(id)).sort()).to.deep.equal(['GET', 'POST']);
      el.remove();
    });

    it('only GETs without count-visit', async () => {
      const id = uid();
      const el = await loaded(html`<gov-visit-counter src=${`/api/counter?id=${id}`}></gov-visit-counter>`);
      el.reload();
      await waitForState(el, 'ready');
      expect(await log(id)).to.deep.equal(['GET', 'GET']);
    });

    it('POSTs again on "Thử lại" when the counting POST failed', async () => {
      const id = uid();
      const spy = spyFetch(`flaky?id=${id}`);
      try {
        const el = await fixture<GovVisitCounter>(
          html`<gov-visit-counter count-visit src=${`/api/flaky?id=${id}&name=demo/luot-truy-cap.json`}></gov-visit-counter>`,
        );
        await waitForState(el, 'error');
        await fetch(`/api/flaky-heal?id=${id}`);
        one<HTMLButtonElement>(el, '[part~="retry"]').click();
        await waitForState(el, 'ready');
        el.reload();
        await waitForState(el, 'ready');
        expect(spy.methods).to.deep.equal(['POST', 'POST', 'GET']);
      } finally {
        spy.restore();
      }
    });

    it('still counts once per page when sessionStorage throws', async () => {
      const id = uid();
      const proto = Storage.prototype;
      const saved = { getItem: proto.getItem, setItem: proto.setItem, removeItem: proto.removeItem };
      const boom = (): never => {
        throw new DOMException('denied', 'SecurityError');
      };
      proto.getItem = boom;
      proto.setItem = boom;
      proto.removeItem = boom;
      try {
        const el = await loaded(html`<gov-visit-counter count-visit src=${`/api/counter?id=${id}`}></gov-visit-counter>`);
        el.reload();
        await waitForState(el, 'ready');
        expect(await log(id)).to.deep.equal(['POST', 'GET']);
      } finally {
        Object.assign(proto, saved);
      }
    });
  });

  describe('refresh', () => {
    it('polls src quietly: no loading state, nothing announced', async () => {
      const id = uid();
      const warp = warpPolling(); // refresh="10", its timers fired after 40 ms
      const el = await loaded(html`<gov-visit-counter refresh="10" src=${`/api/counter?id=${id}`}></gov-visit-counter>`);
      const states: string[] = [];
      const observer = new MutationObserver(() => states.push(el.getAttribute('state') ?? ''));
      observer.observe(el, { attributes: true, attributeFilter: ['state'] });
      let loads = 0;
      el.addEventListener('gov-load', () => loads++);
      try {
        await waitUntil(async () => (await log(id)).length >= 3, 'two polls after the first load');
      } finally {
        warp.restore();
      }
      observer.disconnect();
      // Counted from the last answer, so a few ms may already have passed when the next poll is asked for.
      expect(warp.timers[0].asked, 'every 10 s').to.be.within(9_900, 10_000);
      expect(loads).to.be.greaterThan(1);
      expect(states).to.deep.equal([]);
      expect(all(el, '[aria-live], [role="status"], [role="alert"]')).to.have.length(0);
      expect(one(el, '[part="body"]').getAttribute('aria-busy')).to.equal('false');
      el.remove();
    });
  });

  describe('states', () => {
    it('shows a skeleton that reserves the space of the four rows while loading', async () => {
      const el = await fixture<GovVisitCounter>(
        html`<gov-visit-counter src=${fixtureUrl('demo/luot-truy-cap.json', '&delay=400')}></gov-visit-counter>`,
      );
      const skeleton = expectLoadingSkeleton(el);
      expect(textOf(skeleton)).to.equal('Đang tải…'); // the placeholder rows carry no text at all
      expect(all(el, '[part="skeleton"] .row[aria-hidden="true"]')).to.have.length(4);
      expect(await heightMoveUntilReady(el)).to.be.below(2);
    });

    // Its own bad data (the shared failure table is in tests/contract.test.ts).
    itShowsEachError('gov-visit-counter', [
      ['a bare number', '/api/body?text=1116844', 'không đúng cấu trúc', 'got number'],
      ['an object of other fields', '/api/body?text=%7B%22visits%22%3A1%7D', 'không đúng cấu trúc', 'None of online'],
    ]);

    it('is accessible when ready, in Vietnamese and in English', async () => {
      const vi = await loaded(html`<gov-visit-counter src="/demo/data/luot-truy-cap.json"></gov-visit-counter>`);
      await expect(vi).to.be.accessible();
      const en = await loaded(html`<gov-visit-counter lang="en" .counts=${{ total: 1116844 }}></gov-visit-counter>`);
      await expect(en).to.be.accessible();
    });
  });

  describe('language and labels', () => {
    it('uses English labels and grouping, and follows lang changes', async () => {
      const wrapper = await fixture(html`<div lang="en"><gov-visit-counter .counts=${model}></gov-visit-counter></div>`);
      const el = wrapper.querySelector('gov-visit-counter')!;
      await waitForState(el, 'ready');
      expect(textOf(one(el, '[part="heading"]'))).to.equal('Visits');
      expect(rows(el)).to.deep.equal([
        ['Online now', '143'],
        ['Today', '552'],
        ['This month', '141,811'],
        ['Total', '1,116,844'],
      ]);
      el.counts = { total: 1116844 };
      await waitForState(el, 'ready');
      expect(rows(el)[0]).to.deep.equal(['Online now', 'no data']);
      wrapper.setAttribute('lang', 'vi');
      await aTimeout(0);
      await el.updateComplete;
      expect(textOf(one(el, '[part="heading"]'))).to.equal('Lượt truy cập');
      expect(rows(el)[3]).to.deep.equal(['Tất cả', '1.116.844']);
    });

    it('takes its own heading, heading level and labels', async () => {
      const el = await loaded(
        html`<gov-visit-counter
          heading="Thống kê truy cập"
          heading-level="3"
          label-online="Đang truy cập"
          .counts=${model}
        ></gov-visit-counter>`,
      );
      const heading = one(el, '[role="heading"]');
      expect(textOf(heading)).to.equal('Thống kê truy cập');
      expect(heading.getAttribute('aria-level')).to.equal('3');
      expect(rows(el)[0]).to.deep.equal(['Đang truy cập', '143']);
      expect(one(el, 'section').getAttribute('aria-labelledby')).to.equal('heading');
    });
  });

  describe('security', () => {
    it('shows markup in labels and heading as text, and never renders markup given as a count', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
      await warnings(async () => {
        const el = await fixture<GovVisitCounter>(
          html`<gov-visit-counter
            heading=${hostile}
            label-total=${hostile}
            .counts=${{ today: 1, total: hostile }}
          ></gov-visit-counter>`,
        );
        await waitForState(el, 'ready');
        await aTimeout(50);
        expect(textOf(one(el, '[part="heading"]'))).to.equal(hostile);
        expect(rows(el)[3][0]).to.equal(hostile);
        expect(shown(el)[3]).to.equal('—');
        expect(all(el, 'img, script')).to.have.length(0);
      });
      expect((window as unknown as { __pwned?: number }).__pwned).to.be.undefined;
    });
  });

  describe('print', () => {
    it("prints its figures and heading in black ink, not the screen's blue", async () => {
      const el = await loaded(html`<gov-visit-counter .counts=${model}></gov-visit-counter>`);
      const value = one(el, '[part~="value"]');
      const black = 'rgb(0, 0, 0)';
      expect(getComputedStyle(value).color, 'on screen').to.not.equal(black);
      try {
        await emulateMedia({ media: 'print' });
        expect(getComputedStyle(value).color).to.equal(black);
        expect(getComputedStyle(one(el, '[part="heading"]')).color).to.equal(black);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('narrow layout', () => {
    it('fits 320 px without horizontal scrolling', async () => {
      const wrapper = await fixture(
        html`<div style="width: 320px"><gov-visit-counter lang="en" .counts=${model}></gov-visit-counter></div>`,
      );
      const el = wrapper.querySelector('gov-visit-counter')!;
      await waitForState(el, 'ready');
      const box = one(el, '[part="box"]');
      expect(box.scrollWidth).to.be.at.most(box.clientWidth);
      const figures = all(el, 'dd');
      expect(figures).to.have.length(4);
      for (const dd of figures) expect(dd.getBoundingClientRect().right).to.be.at.most(wrapper.getBoundingClientRect().right);
      expect(el.getBoundingClientRect().width).to.equal(320);
    });

    it('puts the four figures side by side in a wide box, with no shift from the skeleton', async () => {
      const wrapper = await fixture(
        html`<div style="width: 760px">
          <gov-visit-counter src=${fixtureUrl('demo/luot-truy-cap.json', '&delay=400')}></gov-visit-counter>
        </div>`,
      );
      const el = wrapper.querySelector('gov-visit-counter')!;
      await el.updateComplete;
      const rows = all(el, '[part="skeleton"] .row');
      expect(new Set(rows.map((r) => Math.round(r.getBoundingClientRect().top))).size).to.equal(1);
      expect(await heightMoveUntilReady(el)).to.be.below(2);
      const items = all(el, '[part~="item"]');
      expect(new Set(items.map((r) => Math.round(r.getBoundingClientRect().top))).size).to.equal(1);
      // Each label sits over its number.
      const [dt, dd] = [one(el, '[part~="online"] dt'), one(el, '[part~="online"] dd')];
      expect(dd.getBoundingClientRect().top).to.be.at.least(dt.getBoundingClientRect().bottom - 1);
    });
  });
});
