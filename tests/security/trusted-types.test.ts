// Fail visibly under Trusted Types: on a page whose CSP enforces Trusted Types but leaves DOMPurify's
// policy ("dompurify") out of its policy list, <gov-article> cannot render a sanitized body. It must
// say so — the error state, a gov-error and a console error naming the policy to allow — instead of
// reporting `ready` with the body missing. Each page is a fixture with a CSP meta tag
// (tests/security/fixtures/trusted-types-*.html), loaded in an iframe of this test page.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { settled } from './support.js';

interface Page {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  /** console.error calls inside the frame. */
  errors: string[];
}

async function open(name: string): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.src = `/tests/security/fixtures/${name}`;
  document.body.append(frame);
  await oneEvent(frame, 'load');
  const win = frame.contentWindow as Window & typeof globalThis;
  const errors: string[] = [];
  const log = win.console.error.bind(win.console);
  win.console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
    log(...args);
  };
  await waitUntil(() => win.customElements.get('gov-article'), 'gov-article was never defined in the frame', { timeout: 10000 });
  return { frame, win, errors };
}

const article = {
  title: 'Gia Lộc quyết liệt thực hiện đợt cao điểm phòng, chống dịch COVID-19',
  body: '<p>Thường trực HĐND huyện tổ chức hội nghị chuyên đề.</p>',
};

/** A <gov-article> with `article` in the frame's document. */
function articleIn(page: Page): HTMLElement {
  const el = page.win.document.createElement('gov-article') as HTMLElement & { article: unknown };
  el.article = article;
  page.win.document.body.append(el);
  return el;
}

describe("security: Trusted Types without the sanitizer's policy", function () {
  this.timeout(30000);

  it('is an error state whose gov-error and console message name the "dompurify" policy, not a ready article without its body', async () => {
    const page = await open('trusted-types-without-dompurify.html');
    try {
      const el = articleIn(page);
      const error = oneEvent(el, 'gov-error');
      const { detail } = (await error) as CustomEvent<{ error: Error }>;
      expect(await settled(el)).to.equal('error');
      expect(detail.error.message).to.contain('"dompurify"');
      expect(detail.error.message).to.match(/trusted-types/);
      expect(page.errors.join('\n')).to.contain('"dompurify"');
      // A calm, localized message naming the box; no "Thử lại" for data set from code, which would fail again.
      const message = el.shadowRoot!.querySelector('[part~="message"]')!;
      expect(message.textContent).to.equal('Chưa hiển thị được nội dung này.');
      expect(el.shadowRoot!.querySelector('[part~="retry"]')).to.equal(null);
    } finally {
      page.frame.remove();
    }
  });

  it('renders the body when the policy list allows "dompurify" (the same page otherwise)', async () => {
    const page = await open('trusted-types-with-dompurify.html');
    try {
      const el = articleIn(page);
      expect(await settled(el)).to.equal('ready');
      expect(el.shadowRoot!.querySelector('[part~="body"]')!.textContent).to.contain('Thường trực HĐND huyện');
      expect(page.errors).to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });
});
