// A box whose data fails, as a visitor meets it: one calm message naming the box and a named
// "Thử lại" (the cause only in gov-error and the console), the page's own fallback content kept,
// and the last data that loaded from the same src shown with a quiet "may be out of date" note.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/notice-board/notice-board.js';
import type { GovNoticeBoard } from '../../src/notice-board/notice-board.js';
import { forgetLastGood, keepLastGood, lastGood, savedAt } from '../../src/core/last-good.js';
import { expectCalmError, one, textOf, uid, waitForState } from '../helpers.js';
import { stash } from '../security/support.js';

const notices = [{ title: 'Lịch tiếp công dân tháng 12/2026', url: '/thong-bao/lich-tiep-cong-dan.html', date: '2026-12-01' }];
const noticeText = 'Lịch tiếp công dân tháng 12/2026';

/** Runs `fn` with console.warn recorded instead of printed; returns what was warned. */
async function warnings(fn: () => Promise<void>): Promise<string> {
  const warn = console.warn;
  const said: string[] = [];
  console.warn = (...args: unknown[]) => said.push(args.join(' '));
  try {
    await fn();
  } finally {
    console.warn = warn;
  }
  return said.join('\n');
}

/** A URL that answers `notices` until `breakIt` is called, then HTTP 503, as a server that goes down. */
async function serverThatFails(): Promise<{ src: string; breakIt(): Promise<void> }> {
  const id = await stash(JSON.stringify(notices));
  await fetch(`/api/sec/heal?id=${id}`);
  return {
    src: new URL(`/api/sec/fault?id=${id}&kind=503`, location.href).href,
    // Stashing again un-heals it.
    breakIt: async () => void (await stash(JSON.stringify(notices), 'application/json', id)),
  };
}

describe('failure states', function () {
  this.timeout(20000);

  it('names the box in one calm message; the HTTP status goes to gov-error and the console only', async () => {
    let detail: { error: Error & { kind: string }; src: string } | undefined;
    const said = await warnings(async () => {
      const el = await fixture<GovNoticeBoard>(html`<gov-notice-board src="/api/status?code=404"></gov-notice-board>`);
      detail = (await oneEvent(el, 'gov-error')).detail as typeof detail;
      await waitForState(el, 'error');
      expect(textOf(one(el, '[part~="message"]'))).to.equal('Chưa tải được Thông báo. Thử lại sau ít phút.');
      expectCalmError(el);
      expect(one(el, '[part~="retry"]').getAttribute('aria-label')).to.equal('Thử lại: Thông báo');
      await expect(el).to.be.accessible();
    });
    expect(detail!.src).to.equal('/api/status?code=404');
    expect(detail!.error.message).to.contain('HTTP 404');
    expect(said).to.contain('<gov-notice-board>').and.to.contain('HTTP 404');
  });

  it('speaks English, and names the box by its own heading, or the default one when the heading is hidden', async () => {
    await warnings(async () => {
      const en = await fixture<GovNoticeBoard>(html`<gov-notice-board lang="en" src="/api/status?code=500"></gov-notice-board>`);
      await waitForState(en, 'error');
      expect(textOf(one(en, '[part~="message"]'))).to.equal('Could not load Notices. Please try again in a few minutes.');
      expect(one(en, '[part~="retry"]').getAttribute('aria-label')).to.equal('Try again: Notices');
      const own = await fixture<GovNoticeBoard>(
        html`<gov-notice-board heading="Lịch công tác" src="/api/status?code=500"></gov-notice-board>`,
      );
      await waitForState(own, 'error');
      expect(textOf(one(own, '[part~="message"]'))).to.equal('Chưa tải được Lịch công tác. Thử lại sau ít phút.');
      const hidden = await fixture<GovNoticeBoard>(
        html`<gov-notice-board heading="" src="/api/status?code=500"></gov-notice-board>`,
      );
      await waitForState(hidden, 'error');
      expect(textOf(one(hidden, '[part~="message"]'))).to.equal('Chưa tải được Thông báo. Thử lại sau ít phút.');
      expect(one(hidden, '[part~="retry"]').getAttribute('aria-label')).to.equal('Thử lại: Thông báo');
    });
  });

  it('names the button with the label the page gave "Thử lại", so its name still starts with its text', async () => {
    await warnings(async () => {
      const el = await fixture<GovNoticeBoard>(
        html`<gov-notice-board labels='{"retry":"Tải lại"}' src="/api/status?code=500"></gov-notice-board>`,
      );
      await waitForState(el, 'error');
      expect(textOf(one(el, '[part~="retry"]'))).to.equal('Tải lại');
      expect(one(el, '[part~="retry"]').getAttribute('aria-label')).to.equal('Tải lại: Thông báo');
    });
  });

  it("keeps the webmaster's fallback content instead of the error, with a quiet named Thử lại", async () => {
    await warnings(async () => {
      const el = await fixture<GovNoticeBoard>(
        html`<gov-notice-board src="/api/status?code=500"><a href="/thong-bao.html">Xem các thông báo</a></gov-notice-board>`,
      );
      await waitForState(el, 'error');
      expect(el.querySelector('a')!.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(el.shadowRoot!.querySelector('[part~="message"], [role="alert"], [role="status"]')).to.equal(null);
      expect(one(el, '[part~="retry"]').getAttribute('aria-label')).to.equal('Thử lại: Thông báo');
      await expect(el).to.be.accessible();
    });
  });

  it('shows the last data that loaded from the same src, with "may be out of date", when it fails', async () => {
    const server = await serverThatFails();
    const first = await fixture<GovNoticeBoard>(html`<gov-notice-board src=${server.src}></gov-notice-board>`);
    await waitForState(first, 'ready');
    first.remove();
    await server.breakIt();
    let detail: { error: Error } | undefined;
    const said = await warnings(async () => {
      const el = await fixture<GovNoticeBoard>(html`<gov-notice-board src=${server.src}></gov-notice-board>`);
      detail = (await oneEvent(el, 'gov-error')).detail as typeof detail;
      await el.updateComplete;
      expect(el.state).to.equal('ready');
      expect(el.shadowRoot!.textContent).to.contain(noticeText);
      const note = one(el, '[part~="note"]');
      expect(textOf(note)).to.match(/^Có thể chưa cập nhật \(lúc \d\d:\d\d \d\d\/\d\d\)/);
      expect(one(el, '[part~="retry"]').getAttribute('aria-label')).to.equal('Thử lại: Thông báo');
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
    expect(detail!.error.message).to.contain('HTTP 503');
    expect(said).to.contain('HTTP 503').and.to.contain('showing the data kept from');
    forgetLastGood(server.src);
  });

  it('no-cache turns it off: the error shows and nothing is kept', async () => {
    const server = await serverThatFails();
    const first = await fixture<GovNoticeBoard>(html`<gov-notice-board no-cache src=${server.src}></gov-notice-board>`);
    await waitForState(first, 'ready');
    expect(lastGood(server.src)).to.equal(undefined);
    first.remove();
    keepLastGood(server.src, notices, server.src);
    await server.breakIt();
    await warnings(async () => {
      const el = await fixture<GovNoticeBoard>(html`<gov-notice-board no-cache src=${server.src}></gov-notice-board>`);
      await waitForState(el, 'error');
      expectCalmError(el);
    });
    forgetLastGood(server.src);
  });

  it('validates kept data again: kept data that is no longer valid is forgotten and the error shows', async () => {
    const src = new URL(`/api/status?code=500&k=${uid()}`, location.href).href;
    keepLastGood(src, { not: 'notices' }, src);
    await warnings(async () => {
      const el = await fixture<GovNoticeBoard>(html`<gov-notice-board src=${src}></gov-notice-board>`);
      await waitForState(el, 'error');
      expectCalmError(el);
    });
    expect(lastGood(src)).to.equal(undefined);
  });

  it('inline JSON that does not parse: the parser position in the console, no pointless Thử lại', async () => {
    const said = await warnings(async () => {
      const el = await fixture<GovNoticeBoard>(
        html`<gov-notice-board
          ><script type="application/json">
            [{"title": "Lịch tiếp dân",]
          </script></gov-notice-board
        >`,
      );
      await waitForState(el, 'error');
      expect(textOf(one(el, '[part~="message"]'))).to.equal('Chưa hiển thị được Thông báo.');
      expect(el.shadowRoot!.querySelector('[part~="retry"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });
    expect(said).to.match(/inline JSON.*position \d+/);
  });

  it('gives the parser position for inline JSON cut short, too: its end', async () => {
    const el = document.createElement('gov-notice-board') as GovNoticeBoard;
    el.innerHTML = '<script type="application/json">[{"title":</script>';
    const said = await warnings(async () => {
      document.body.append(el);
      await waitForState(el, 'error');
    });
    el.remove();
    expect(said).to.match(/inline JSON.*position 10\b/);
  });
});

describe('core/last-good', () => {
  const url = (): string => `https://example.gov.vn/thong-bao-${uid()}.json`;

  it('keeps data per absolute URL with its time, and reads back only what it wrote', () => {
    const src = url();
    keepLastGood(src, notices, src);
    const saved = lastGood(src)!;
    expect(saved.data).to.deep.equal(notices);
    expect(saved.base).to.equal(src);
    expect(Date.now() - saved.time).to.be.within(0, 60_000);
    localStorage.setItem(`gov-last-good:${src}`, '{"time":"yesterday","data":[]}');
    expect(lastGood(src)).to.equal(undefined);
    localStorage.setItem(`gov-last-good:${src}`, '{not json');
    expect(lastGood(src)).to.equal(undefined);
    forgetLastGood(src);
  });

  it('is size-bounded: a big answer is not kept, and at most 20 sources are', () => {
    const big = url();
    keepLastGood(big, ['x'.repeat(300_000)], big);
    expect(lastGood(big)).to.equal(undefined);
    const many = Array.from({ length: 25 }, url);
    many.forEach((src) => keepLastGood(src, notices, src));
    const kept = Object.keys(localStorage).filter((k) => k.startsWith('gov-last-good:'));
    expect(kept.length).to.be.at.most(20);
    many.forEach(forgetLastGood);
  });

  it('says when in the note: "10:30 06/12" in Vietnamese, "10:30, 6 Dec" in English', () => {
    const time = new Date(2026, 11, 6, 10, 30).getTime();
    expect(savedAt(time, 'vi')).to.equal('10:30 06/12');
    expect(savedAt(time, 'en')).to.equal('10:30, 6 Dec');
  });
});
