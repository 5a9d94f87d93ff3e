// What every gov- element does, tested once over the element catalogue (tests/elements.ts): the
// failure table, data set from code over `src`, late answers, abort on removal, accessibility in
// every state, the empty state, fallback content, the heading, inline JSON. An element gets all of
// it by registering in the catalogue; its own test file keeps only its own behaviour.
import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { define } from '../src/core/gov-element.js';
import { catalogue, make, type CatalogueEntry } from './elements.js';
import { expectCalmError, expectLoadingSkeleton, nextError, one, spoken, textOf, waitForState } from './helpers.js';
import { quietly, serverLog, stash } from './security/support.js';

type Element = ReturnType<typeof make>;

/** The element on the page, removed after the test. */
const placed: HTMLElement[] = [];
function put(el: Element): Element {
  placed.push(el);
  document.body.append(el);
  return el;
}

/** What the element renders in its shadow root: its text, and the text alternatives of its pictures. */
const shown = (el: HTMLElement): string =>
  [el.shadowRoot?.textContent ?? '', ...[...(el.shadowRoot?.querySelectorAll('[alt]') ?? [])].map((n) => n.getAttribute('alt'))]
    .join(' ')
    .replace(/\s+/g, ' ');

/** A URL answering exactly `text` (JSON unless `type` says otherwise). */
const body = (text: string, type = 'application/json'): string =>
  `/api/body?type=${encodeURIComponent(type)}&text=${encodeURIComponent(text)}`;

/** One failure: its name, the `src`, technical text visitors never read, the developer message, the error kind. */
type Failure = [name: string, src: string, hidden: string, developerMessage: string, kind: string];

/** The failure table: what can go wrong with a `src`, for every element. */
const failures = (entry: CatalogueEntry): Failure[] => [
  ['HTTP 404', '/api/status?code=404', 'máy chủ trả về lỗi HTTP 404', 'HTTP 404', 'http'],
  ['HTTP 500', '/api/status?code=500', 'máy chủ trả về lỗi HTTP 500', 'HTTP 500', 'http'],
  ['a body that is not JSON', body('{"items":['), 'không phải JSON', 'not valid JSON', 'parse'],
  ['an HTML error page answered with 200', body('<html><body>Lỗi</body></html>', 'text/html'), 'trang HTML', 'HTML page', 'html'],
  ['an empty body', body(''), 'nội dung rỗng', 'empty', 'empty-body'],
  ['data of the wrong shape', body(entry.wrongShape[0]), 'không đúng cấu trúc', entry.wrongShape[1], 'shape'],
  ['a connection closed mid-body (network)', '/api/truncated', 'lỗi mạng', 'Network error', 'network'],
  ...(entry.empty === undefined
    ? []
    : ([
        ['a list with no usable item', body('[{"name":1}]'), 'không có mục nào hợp lệ', 'None of the 1 items', 'no-items'],
      ] as Failure[])),
];

/** Asserts the calm error state (see `expectCalmError`), without `hidden`, and accessible. */
async function expectErrorShown(el: Element, hidden: string, lang: 'vi' | 'en' = 'vi'): Promise<void> {
  expectCalmError(el, lang);
  expect(shown(el)).not.to.contain(hidden);
  await expect(el).to.be.accessible();
}

describe('the contract every element keeps', function () {
  this.timeout(20000);
  afterEach(() => placed.splice(0).forEach((el) => el.remove()));

  for (const entry of catalogue) {
    describe(`<${entry.tag}>`, () => {
      before(() => entry.load());

      describe('states, each accessible', () => {
        it('renders the model content from the demo data, fires gov-load and is accessible', async () => {
          const el = make(entry, { attrs: { src: entry.model } });
          const loaded = oneEvent(el, 'gov-load');
          put(el);
          await waitForState(el, 'ready');
          await loaded;
          expect(el.state).to.equal('ready');
          expect(shown(el)).to.contain(entry.modelText);
          await expect(el).to.be.accessible();
        });

        it('shows a skeleton while loading: a status read as "Đang tải…", accessible, and not printed', async () => {
          const id = await stash(JSON.stringify(entry.data));
          const el = put(make(entry, { attrs: { src: `/api/sec/slow?id=${id}&wait=800` } }));
          await el.updateComplete;
          expectLoadingSkeleton(el);
          expect(one(el, '[aria-busy]').getAttribute('aria-busy')).to.equal('true');
          await expect(el).to.be.accessible();
          await waitForState(el, 'ready');
          expect(one(el, '[aria-busy]').getAttribute('aria-busy')).to.equal('false');
        });

        it('is empty, with a message read as a status, when it has no source at all (vi and en)', async () => {
          const el = put(make(entry));
          await waitForState(el, 'empty');
          const message = one(el, '[part~="message"]');
          expect(message.getAttribute('role')).to.equal('status');
          expect(textOf(message)).to.equal('Chưa có dữ liệu.');
          await expect(el).to.be.accessible();
          el.setAttribute('lang', 'en');
          await waitUntil(() => textOf(one(el, '[part~="message"]')) === 'No items yet.', 'English empty message');
        });

        if (entry.empty !== undefined) {
          it('is empty, with the message, for valid data with nothing to show, from code or src', async () => {
            const fromCode = put(make(entry, { data: entry.empty }));
            await waitForState(fromCode, 'empty');
            expect(textOf(one(fromCode, '[part~="message"]'))).to.equal('Chưa có dữ liệu.');
            await expect(fromCode).to.be.accessible();
            const fromSrc = put(make(entry, { attrs: { src: body(JSON.stringify(entry.empty)), lang: 'en' } }));
            await waitForState(fromSrc, 'empty');
            expect(textOf(one(fromSrc, '[part~="message"]'))).to.equal('No items yet.');
          });
        }
      });

      describe('the failure table', () => {
        for (const [name, src, hidden, developerMessage, kind] of failures(entry)) {
          it(`${name}: a calm message naming the box, "Thử lại: <box>", gov-error with src and reason, accessible`, async () => {
            await quietly(async () => {
              const el = make(entry, { attrs: { src } });
              const error = nextError(el);
              put(el);
              const detail = (await error) as { src: string; error: Error & { kind: string } };
              await waitForState(el, 'error');
              expect(el.state).to.equal('error');
              expect(detail.src).to.equal(src);
              expect(detail.error.kind).to.equal(kind);
              expect(detail.error.message).to.contain(developerMessage);
              await expectErrorShown(el, hidden);
            });
          });
        }

        it('a time-out: fails after `timeout` ms with a message saying so, in the page language', async () => {
          const id = await stash(JSON.stringify(entry.data));
          const el = make(entry, { attrs: { lang: 'en', timeout: '1000', src: `/api/sec/slow?id=${id}&wait=4000` } });
          const error = nextError(el);
          put(el);
          const detail = (await error) as { error: Error & { kind: string } };
          await waitForState(el, 'error');
          expect(detail.error.kind).to.equal('timeout');
          expect(detail.error.message).to.contain('within 1000 ms');
          await expectErrorShown(el, 'within 1', 'en');
        });

        it('leaves the error state for a new src', async () => {
          const el = put(make(entry, { attrs: { src: '/api/status?code=500' } }));
          await waitForState(el, 'error');
          el.setAttribute('src', entry.model);
          await waitForState(el, 'ready');
          expect(shown(el)).to.contain(entry.modelText);
        });

        it('recovers with "Thử lại" by keyboard once the server does, focus staying in its box', async () => {
          const id = await stash(JSON.stringify(entry.data));
          const el = put(make(entry, { attrs: { src: `/api/sec/fault?id=${id}&kind=503` } }));
          await waitForState(el, 'error');
          expectCalmError(el);
          await fetch(`/api/sec/heal?id=${id}`);
          // The button goes with the message: focus moves to the box, not to the page's start.
          one(el, '[part~="retry"]').focus();
          await sendKeys({ press: 'Enter' });
          expect(el.shadowRoot!.activeElement).to.equal(one(el, '[part~="box"]'));
          await waitForState(el, 'ready');
          expect(shown(el)).to.contain(entry.dataText);
          expect(el.shadowRoot!.activeElement, 'focus stays in the box once the data shows').to.equal(one(el, '[part~="box"]'));
        });
      });

      describe('sources', () => {
        it(`prefers the ${entry.property} property over src, and falls back to src when it is cleared`, async () => {
          const el = put(make(entry, { attrs: { src: entry.model }, data: entry.data }));
          await waitForState(el, 'ready');
          expect(shown(el)).to.contain(entry.dataText);
          expect(shown(el)).not.to.contain(entry.modelText);
          (el as unknown as Record<string, unknown>)[entry.property] = undefined;
          await waitUntil(() => shown(el).includes(entry.modelText), 'src after the property is cleared');
          expect(el.state).to.equal('ready');
        });

        it('reads inline JSON from a <script type="application/json"> child', async () => {
          const el = put(make(entry, { inner: `<script type="application/json">${JSON.stringify(entry.data)}</script>` }));
          await waitForState(el, 'ready');
          expect(shown(el)).to.contain(entry.dataText);
        });

        it('never lets a late answer for an old src overwrite a newer one', async () => {
          const id = await stash(JSON.stringify(await (await fetch(entry.model)).json()));
          const el = put(make(entry, { attrs: { src: `/api/sec/slow?id=${id}&wait=600` } }));
          await el.updateComplete;
          el.setAttribute('src', body(JSON.stringify(entry.data)));
          await waitForState(el, 'ready');
          // The old request, given up or answered, changes nothing. It may have been given up before it
          // reached the server (then the server never logs it), so wait past its 0.6 s answer, then until
          // every request the server did see has ended.
          await aTimeout(700);
          await waitUntil(
            async () => {
              const log = await serverLog(id);
              return log.started === log.completed + log.aborted;
            },
            'every request for the old src has ended',
            { timeout: 5000 },
          );
          await el.updateComplete;
          expect(shown(el)).to.contain(entry.dataText);
          expect(shown(el)).not.to.contain(entry.modelText);
        });

        it('does not fetch before it is connected, and aborts on removal: no event, no state change', async () => {
          const id = await stash(JSON.stringify(entry.data));
          const el = make(entry, { attrs: { src: `/api/sec/slow?id=${id}&wait=600` } });
          await aTimeout(100); // an unconnected element never updates: there is nothing to wait for
          expect((await serverLog(id)).hits, 'requests before connection').to.equal(0);
          const events: string[] = [];
          el.addEventListener('gov-load', () => events.push('gov-load'));
          el.addEventListener('gov-error', () => events.push('gov-error'));
          put(el);
          await waitUntil(async () => (await serverLog(id)).hits === 1, 'the request once connected');
          el.remove();
          await waitUntil(async () => (await serverLog(id)).aborted === 1, 'the request is aborted');
          expect(events).to.deep.equal([]);
          expect(el.getAttribute('state')).to.equal('loading');
          // Put back, it loads again.
          put(el);
          await waitForState(el, 'ready');
          expect(events).to.deep.equal(['gov-load']);
        });
      });

      describe('fallback content and heading', () => {
        const fallback = '<p>Xem thêm trên <a href="/trang-cu.html">trang cũ</a></p>';

        it("shows the page's own content until data renders, then hides it", async () => {
          const id = await stash(JSON.stringify(entry.data));
          const el = put(make(entry, { attrs: { src: `/api/sec/slow?id=${id}&wait=300` }, inner: fallback }));
          await el.updateComplete;
          const link = el.querySelector('a')!;
          expect(link.getBoundingClientRect().height, 'fallback shown while loading').to.be.greaterThan(0);
          await waitForState(el, 'ready');
          expect(link.getBoundingClientRect().height, 'fallback hidden once data shows').to.equal(0);
        });

        it("keeps the page's own content with the error, so a failed load still leaves the links", async () => {
          const el = put(make(entry, { attrs: { src: '/api/status?code=500' }, inner: fallback }));
          await waitForState(el, 'error');
          expect(el.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
          if (!entry.childrenAreContent) {
            // Instead of the error: no message, only a quiet "Thử lại" named with the box.
            expect(el.shadowRoot!.querySelector('[part~="message"]')).to.equal(null);
            expect(one(el, '[part~="retry"]').getAttribute('aria-label')).to.match(/^Thử lại: ./);
          }
          await expect(el).to.be.accessible();
        });

        if (!entry.childrenAreContent) {
          it("keeps showing the page's own content when there is no source at all", async () => {
            const el = put(make(entry, { inner: fallback }));
            await waitForState(el, 'empty');
            expect(el.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
            expect(spoken(el.shadowRoot!.querySelector('[part~="body"]'))).not.to.contain('Chưa có dữ liệu');
          });
        }

        if (!entry.noDefaultHeading) {
          it('has a localized heading at a configurable level, and hides it with heading=""', async () => {
            const el = put(make(entry, { attrs: { 'heading-level': '3', heading: 'Hộp bên' }, data: entry.data }));
            await waitForState(el, 'ready');
            const heading = one(el, '[role="heading"]');
            expect(heading.getAttribute('aria-level')).to.equal('3');
            expect(textOf(heading)).to.equal('Hộp bên');
            el.setAttribute('heading', '');
            await el.updateComplete;
            // Not displayed (so not in the accessibility tree), and the box is no longer labelled by it.
            expect(getComputedStyle(heading).display).to.equal('none');
            expect(one(el, '[part~="box"]').hasAttribute('aria-labelledby')).to.equal(false);
          });
        }
      });

      it(entry.showsDates ? 'takes a time-zone attribute for its dates' : 'has no time-zone attribute: it shows no dates', () => {
        const observed = (customElements.get(entry.tag) as unknown as { observedAttributes: string[] }).observedAttributes;
        expect(observed.includes('time-zone')).to.equal(entry.showsDates);
      });

      it('can be defined twice without throwing', () => {
        const defined = customElements.get(entry.tag)!;
        expect(() => define(entry.tag, class extends (defined as typeof HTMLElement) {})).not.to.throw();
        expect(customElements.get(entry.tag)).to.equal(defined);
      });
    });
  }
});
