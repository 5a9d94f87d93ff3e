// Bodies and text that cannot freeze the page: an article body is bounded before it is parsed
// (elements, characters, nesting depth), table spans are clamped, long text runs are split, and every
// text field is cut at 10,000 characters. Each case renders through <gov-article> and asserts what a
// visitor gets; how long it takes is measured by `npm run bench` (bench/bounds.mjs), never here.
import { expect } from '@open-wc/testing';
import { BODY, TEXT_MAX } from '../../src/core/bounds.js';
import { boundHtml } from '../../src/core/html-bounds.js';
import { sanitizeHtml } from '../../src/core/sanitize.js';
import '../../src/article/article.js';
import { quietly, settled } from './support.js';

interface ArticleElement extends HTMLElement {
  article: unknown;
}

/** A rendered <gov-article> for `article` (in `lang`), settled. */
async function render(article: unknown, lang = 'vi'): Promise<ArticleElement> {
  const el = document.createElement('gov-article') as ArticleElement;
  el.lang = lang;
  el.article = article;
  document.body.append(el);
  expect(await quietly(() => settled(el, 60000))).to.equal('ready');
  return el;
}

const bodyOf = (el: Element): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>('[part~="body"]')!;

/** The deepest nesting of elements under `root`. */
function depth(root: Element): number {
  let max = 0;
  const walk = (el: Element, d: number): void => {
    max = Math.max(max, d);
    for (const child of el.children) walk(child, d + 1);
  };
  walk(root, 0);
  return max;
}

const title = 'Gia Lộc quyết liệt thực hiện đợt cao điểm phòng, chống dịch COVID-19';
const paragraph = 'Thường trực HĐND huyện tổ chức hội nghị chuyên đề về nâng cao chất lượng hoạt động tiếp xúc cử tri.';

describe('security: bodies and text that cannot freeze the page', function () {
  this.timeout(90000);

  it('clamps colspan to 100 and rowspan to 1000, and drops the spans of a table whose spans would cover a huge grid', async () => {
    // The issue's 9 KB table, which froze the tab for a minute: overlapping rowspans push each row's
    // cell 100 columns further, so even clamped spans would make a grid of 200 × 20,000 cells.
    const table = `<table>${'<tr><td colspan=1000 rowspan=65534>ô</td></tr>'.repeat(200)}</table>`;
    const el = await render({ title, body: table });
    try {
      const cells = [...bodyOf(el).querySelectorAll('td')];
      expect(cells).to.have.length(200);
      expect(cells.every((c) => c.colSpan === 1 && c.rowSpan === 1)).to.equal(true);
      expect(bodyOf(el).textContent).to.equal('ô'.repeat(200));
    } finally {
      el.remove();
    }
    // One large span alone is clamped, not dropped; ordinary spans stay as written.
    expect(await sanitizeHtml('<table><tr><td colspan=1000 rowspan=65534>a</td></tr><tr><td>b</td></tr></table>')).to.equal(
      '<table><tbody><tr><td colspan="100" rowspan="1000">a</td></tr><tr><td>b</td></tr></tbody></table>',
    );
    const kept = await sanitizeHtml(
      '<table><tr><td colspan="3" rowspan="2">a</td><td colspan="x" rowspan="-1">b</td></tr></table>',
    );
    expect(kept).to.equal('<table><tbody><tr><td colspan="3" rowspan="2">a</td><td>b</td></tr></tbody></table>');
  });

  it(`flattens nesting deeper than ${BODY.maxDepth} levels, keeping the text ('<div>'.repeat(100000) was a 14–20 s task)`, async () => {
    const el = await render({ title, body: `${'<div>'.repeat(1000)}<p>${paragraph}</p>${'</div>'.repeat(1000)}<p>Hết.</p>` });
    try {
      expect(depth(bodyOf(el))).to.be.at.most(BODY.maxDepth + 1);
      expect(bodyOf(el).textContent).to.equal(`${paragraph}Hết.`);
    } finally {
      el.remove();
    }
    const deep = await render({ title, body: '<div>'.repeat(100_000) });
    try {
      expect(depth(bodyOf(deep))).to.be.at.most(BODY.maxDepth + 1);
    } finally {
      deep.remove();
    }
  });

  it(`cuts a body of more than ${BODY.maxElements} elements, with a visible note in the page's language`, async () => {
    const body = Array.from({ length: 20_000 }, (_, i) => `<p>Đoạn ${i + 1}: ${paragraph}</p>`).join('');
    for (const [lang, note] of [
      ['vi', 'Bài viết quá dài nên chỉ hiển thị phần đầu.'],
      ['en', 'This article is too long to show in full: only its beginning is shown.'],
    ]) {
      const el = await render({ title, body }, lang);
      try {
        const content = bodyOf(el);
        expect(content.querySelectorAll('*').length).to.be.at.most(BODY.maxElements + 1);
        expect(content.querySelector('p')!.textContent).to.equal(`Đoạn 1: ${paragraph}`);
        const cut = content.lastElementChild!;
        expect(cut.getAttribute('part')).to.equal('body-cut');
        expect(cut.textContent).to.equal(note);
      } finally {
        el.remove();
      }
    }
  });

  it(`cuts a body of more than ${BODY.maxChars} characters at a tag boundary, with the note`, async () => {
    const body = `<p>${'Gia Lộc '.repeat(60_000)}</p><p>Không hiển thị</p>`;
    const el = await render({ title, body });
    try {
      const text = bodyOf(el).textContent!;
      expect(text.length).to.be.within(BODY.maxChars - 10, BODY.maxChars + 100);
      expect(text).not.to.contain('Không hiển thị');
      expect(text).to.contain('Bài viết quá dài');
    } finally {
      el.remove();
    }
  });

  it('keeps all the text of a long paragraph, split into text nodes the browser can lay out quickly', async () => {
    const words = 'Gia Lộc '.repeat(30_000).trim();
    const el = await render({ title, body: `<p>${words}</p>` });
    try {
      const p = bodyOf(el).querySelector('p')!;
      expect(p.textContent).to.equal(words);
      expect(p.childNodes.length).to.be.at.least(words.length / BODY.textRun);
    } finally {
      el.remove();
    }
  });

  it('leaves ordinary CMS markup exactly as written (unclosed p, li, td; tables; lists in lists)', () => {
    const bodies = [
      Array.from({ length: 200 }, (_, i) => `<p>Đoạn ${i}: ${paragraph}`).join('\n'),
      `<ul>${Array.from({ length: 200 }, (_, i) => `<li>Mục ${i}<ul><li>Mục con</ul>`).join('')}</ul>`,
      `<table><tr><th>Số<th>Tên${Array.from({ length: 300 }, (_, i) => `<tr><td>${i}<td>Văn bản số ${i}/UBND`).join('')}</table>`,
      `<dl>${'<dt>Ngày<dd>31/03/2020'.repeat(100)}</dl>`,
      `<div><div><table><tbody><tr><td><p>${paragraph}</p><ol><li><p><strong>Gia Lộc</strong></p></li></ol></td></tr></tbody></table></div></div>`,
    ];
    for (const html of bodies) {
      const out = boundHtml(html);
      expect(out.flattened, html.slice(0, 40)).to.equal(0);
      expect(out.cut).to.equal(false);
      expect(out.html === html, `${html.slice(0, 40)}… unchanged`).to.equal(true);
    }
  });

  it(`cuts every text field at ${TEXT_MAX} characters (a 50 MB title was a 7 s task)`, async () => {
    const huge = 'Huyện ủy Gia Lộc tổ chức Hội nghị lần thứ 36 '.repeat(50_000);
    const el = await render({ title: huge, summary: huge, author: huge, body: `<p>${paragraph}</p>` });
    try {
      for (const part of ['title', 'summary']) {
        const text = el.shadowRoot!.querySelector(`[part~="${part}"]`)!.textContent!.trim();
        expect(text.length, part).to.be.at.most(TEXT_MAX);
        expect(text.endsWith('…'), part).to.equal(true);
      }
      expect(el.shadowRoot!.querySelector('[part~="author"]')!.textContent!.length).to.be.below(TEXT_MAX + 50);
    } finally {
      el.remove();
    }
  });
});
