// Network faults served by the test runner's own server (/api/sec/fault), for every element that
// loads from `src`: each ends in the specified state with a message that names the failure,
// `gov-error` carries it, and "Thử lại" fails again until the server heals, then recovers. The
// failure table every element shares (HTTP errors, not JSON, an HTML page, an empty body, time-out,
// a connection closed mid-body) is in tests/contract.test.ts; the faults here are the ones it does
// not have (HTTP 503 with its retries, wrong content types). The 5 MB feed is in big-feed.test.ts.
import { expect, oneEvent } from '@open-wc/testing';
import { fold, renderedText, rendered } from './audit.js';
import { available, create, specs, type ElementSpec } from './elements.js';
import { describeEachElement, quietly, settled, stash } from './support.js';

const { missing } = await available();

interface Fault {
  kind: string;
  /** What the fault is, for the test name. */
  name: string;
  /** The state it must end in. */
  state: 'error' | 'ready';
  /** The technical cause as the old messages said it: visitors never read it (gov-error and the console do). */
  hidden?: string;
  /** `gov-error` detail.error.message must match. */
  message?: RegExp;
  errorKind?: string;
  /** Extra attributes (a short timeout). */
  attrs?: Record<string, string>;
  /** Already in the failure table of tests/contract.test.ts, for every element. */
  inContract?: boolean;
}

const faults: Fault[] = [
  {
    kind: '500',
    name: 'HTTP 500',
    state: 'error',
    hidden: 'lỗi HTTP 500',
    message: /HTTP 500/,
    errorKind: 'http',
    inContract: true,
  },
  {
    kind: '404',
    name: 'HTTP 404',
    state: 'error',
    hidden: 'lỗi HTTP 404',
    message: /HTTP 404/,
    errorKind: 'http',
    inContract: true,
  },
  {
    kind: '503',
    name: 'HTTP 503',
    state: 'error',
    hidden: 'lỗi HTTP 503',
    message: /HTTP 503/,
    errorKind: 'http',
  },
  {
    kind: 'html200',
    name: '200 with an HTML error page',
    state: 'error',
    hidden: 'trang HTML',
    message: /HTML page/,
    errorKind: 'html',
    inContract: true,
  },
  {
    kind: 'truncated-json',
    name: 'truncated JSON',
    state: 'error',
    hidden: 'không phải JSON',
    message: /not valid JSON/,
    errorKind: 'parse',
    inContract: true,
  },
  {
    kind: 'empty',
    name: 'an empty body',
    state: 'error',
    hidden: 'nội dung rỗng',
    message: /empty/,
    errorKind: 'empty-body',
    inContract: true,
  },
  {
    kind: 'binary-as-json',
    name: 'a wrong content type: PNG bytes labelled application/json',
    state: 'error',
    hidden: 'không đọc được',
    message: /not valid JSON/,
    errorKind: 'parse',
  },
  { kind: 'json-as-html', name: 'a wrong content type: valid JSON labelled text/html (read by its content)', state: 'ready' },
  { kind: 'json-as-octet', name: 'a wrong content type: valid JSON labelled application/octet-stream', state: 'ready' },
  {
    kind: 'slow',
    name: 'a response slower than `timeout`',
    state: 'error',
    hidden: 'quá thời gian chờ (1 giây)',
    message: /within 1000 ms/,
    errorKind: 'timeout',
    attrs: { timeout: '1000' },
    inContract: true,
  },
  {
    kind: 'closed',
    name: 'a connection closed mid-body',
    state: 'error',
    hidden: 'lỗi mạng',
    message: /Network error/,
    errorKind: 'network',
    inContract: true,
  },
];

function messageOf(el: Element): string {
  return fold(
    rendered(el)
      .filter((n) => (n.getAttribute('part') ?? '').split(/\s+/).includes('message'))
      .map((n) => n.textContent ?? '')
      .join(' '),
  );
}

function retryButton(el: Element): HTMLButtonElement | undefined {
  return rendered(el).find(
    (n): n is HTMLButtonElement =>
      n instanceof HTMLButtonElement && (n.getAttribute('part') ?? '').split(/\s+/).includes('retry'),
  );
}

async function faultCase(spec: ElementSpec, fault: Fault): Promise<void> {
  const id = await stash(JSON.stringify(spec.valid));
  const src = `/api/sec/fault?id=${id}&kind=${fault.kind}&wait=4000`;
  const el = create(spec, undefined, { attrs: { src, ...fault.attrs } });
  const errors: CustomEvent[] = [];
  el.addEventListener('gov-error', (e) => errors.push(e as CustomEvent));
  document.body.append(el);
  try {
    const state = await quietly(() => settled(el));
    expect(state, `state after ${fault.name}`).to.equal(fault.state);
    if (fault.state === 'ready') {
      expect(renderedText(el)).to.contain(spec.validText);
      expect(errors).to.have.length(0);
      return;
    }
    // A calm message names the box; the cause is in gov-error only.
    expect(messageOf(el)).to.match(/^Chưa tải được .+\. Thử lại sau ít phút\.$/);
    expect(renderedText(el)).not.to.contain(fault.hidden);
    expect(errors, 'one gov-error').to.have.length(1);
    const { detail } = errors[0];
    expect(detail.src).to.equal(src);
    expect(detail.error.kind).to.equal(fault.errorKind);
    expect(detail.error.message).to.match(fault.message!);
    const retry = retryButton(el);
    expect(retry, '"Thử lại" button').to.exist;
    expect(fold(retry!.textContent ?? '')).to.equal('Thử lại');
    // Clicking "Thử lại" before the server heals fails again, with the same message.
    retry!.click();
    await oneEvent(el, 'gov-error');
    await settled(el);
    expect(messageOf(el)).to.match(/^Chưa tải được /);
    // Once the server is well again, "Thử lại" recovers.
    await fetch(`/api/sec/heal?id=${id}`);
    el.setAttribute('timeout', '15000'); // recovery is what is tested here, not the time-out again
    const outcome = Promise.race([oneEvent(el, 'gov-load'), oneEvent(el, 'gov-error')]);
    retryButton(el)!.click();
    expect(((await outcome) as Event).type, 'after the server healed').to.equal('gov-load');
    expect(await settled(el)).to.equal('ready');
    expect(renderedText(el)).to.contain(spec.validText);
  } finally {
    el.remove();
  }
}

describe('security: network faults, for every element that loads from src', function () {
  this.timeout(30000);

  describeEachElement(specs, missing, (spec) => {
    for (const fault of faults) {
      if (fault.inContract) continue;
      const end = fault.state === 'ready' ? 'renders the data' : 'shows the error, fires gov-error and recovers with "Thử lại"';
      it(`${fault.name}: ${end}`, () => faultCase(spec, fault));
    }

    it('a src that is not a URL at all ("http://[") ends in the error state, with no uncaught exception', async () => {
      const uncaught: string[] = [];
      const onError = (e: ErrorEvent): void => void uncaught.push(e.message);
      const onRejection = (e: PromiseRejectionEvent): void => void uncaught.push(String(e.reason));
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
      const el = create(spec, undefined, { attrs: { src: 'http://[' } });
      const error = oneEvent(el, 'gov-error');
      document.body.append(el);
      try {
        const { detail } = (await error) as CustomEvent;
        expect(await settled(el)).to.equal('error');
        expect(detail.error.kind).to.equal('network');
        expect(detail.src).to.equal('http://[');
        expect(messageOf(el)).to.match(/^Chưa tải được /);
        expect(retryButton(el), '"Thử lại" button').to.exist;
        expect(uncaught).to.deep.equal([]);
      } finally {
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onRejection);
        el.remove();
      }
    });

    it('a timeout that is not a positive number ("abc", "0", "-5") falls back to the default instead of failing at once', async () => {
      for (const timeout of ['abc', '0', '-5']) {
        const id = await stash(JSON.stringify(spec.valid));
        const el = create(spec, undefined, { attrs: { src: `/api/sec/serve?id=${id}`, timeout } });
        document.body.append(el);
        try {
          expect(await quietly(() => settled(el)), `timeout="${timeout}"`).to.equal('ready');
        } finally {
          el.remove();
        }
      }
    });

    if (spec.tag === 'gov-article') {
      it('a failing related-src does not hide the article, and its error stays inside', async () => {
        const errors: Event[] = [];
        const el = create(spec, spec.valid, { attrs: { 'related-src': '/api/sec/fault?kind=500&id=related' } });
        el.addEventListener('gov-error', (e) => errors.push(e));
        document.body.append(el);
        try {
          expect(await settled(el)).to.equal('ready');
          const list = rendered(el).find((n) => n.localName === 'gov-news-list') as HTMLElement;
          expect(list, 'related news list').to.exist;
          expect(await settled(list)).to.equal('error');
          expect(renderedText(el)).to.contain(spec.validText);
          expect(errors, 'gov-error of the related list does not look like the article failing').to.have.length(0);
        } finally {
          el.remove();
        }
      });
    }
  });
});
