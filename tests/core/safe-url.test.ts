import { expect } from '@open-wc/testing';
import { isExternal, safeUrl } from '../../src/core/safe-url.js';

describe('core/safe-url', () => {
  const base = 'https://gialoc.example.vn/tin-tuc/';

  it('keeps http, https, mailto, tel and relative URLs', () => {
    expect(safeUrl('https://dichvucong.gov.vn/', base)).to.equal('https://dichvucong.gov.vn/');
    expect(safeUrl('http://example.vn/a?b=1#c', base)).to.equal('http://example.vn/a?b=1#c');
    expect(safeUrl('mailto:ubnd@gialoc.gov.vn', base)).to.equal('mailto:ubnd@gialoc.gov.vn');
    expect(safeUrl('tel:+842203716123', base)).to.equal('tel:+842203716123');
    expect(safeUrl('bai-viet.html', base)).to.equal('https://gialoc.example.vn/tin-tuc/bai-viet.html');
    expect(safeUrl('/thong-bao', base)).to.equal('https://gialoc.example.vn/thong-bao');
    expect(safeUrl('//cdn.example.vn/a.jpg', base)).to.equal('https://cdn.example.vn/a.jpg');
    expect(safeUrl('  https://example.vn/  ', base)).to.equal('https://example.vn/');
  });

  it('drops script and data schemes however they are disguised', () => {
    const hostile = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      '\u0001javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'java\rscript:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html,<script>alert(1)</script>',
      'data:image/svg+xml,<svg onload=alert(1)>',
      'file:///etc/passwd',
      'blob:https://example.vn/uuid',
    ];
    for (const url of hostile) expect(safeUrl(url, base), JSON.stringify(url)).to.be.undefined;
  });

  it("gives same-site paths exactly the URL parser's absolute form (its fast path included)", () => {
    const bases = [
      base,
      'http://127.0.0.1:8000/bench/page.html?run=render#x',
      'https://user:pass@GiaLoc.Example.vn:443/a/b',
      'http://[::1]:8080/',
      'https://xn--gia-lc-7va.vn/tin/',
    ];
    const paths = [
      '/tin-tuc/1-huyen-uy-gia-loc.html',
      '/',
      '/a?b=1&c=d#e',
      "/a?it's",
      '/a b',
      '/a%20b/%zz',
      '/a/./b',
      '/a/../b',
      '/a/%2e%2E/b',
      '/a/.',
      '/..',
      '/a//b',
      '//evil.example/x',
      '/\\evil.example/x',
      '/tin-tức/bài-viết',
      '/a"<>`{}|^',
      '/a?q=/./x#/../y',
      '/:@!$&()*+,;=~_-',
      '/a/.html',
      '/a/b.c.d',
      '/van-ban/2020/Quyet_dinh-01.pdf',
      '/a/..',
      '/a/.',
    ];
    for (const b of bases) for (const p of paths) expect(safeUrl(p, b), `${p} against ${b}`).to.equal(new URL(p, b).href);
  });

  it('leaves entity-encoded schemes as harmless relative paths', () => {
    const url = safeUrl('javascript&colon;alert(1)', base);
    expect(url?.startsWith('https://gialoc.example.vn/')).to.be.true;
  });

  it('drops non-strings and empty values', () => {
    for (const v of [undefined, null, 42, {}, [], '', '   ']) expect(safeUrl(v, base)).to.be.undefined;
  });

  it("tells external links from the page's own", () => {
    expect(isExternal('https://dichvucong.gov.vn/')).to.be.true;
    expect(isExternal(new URL('/x', location.href).href)).to.be.false;
    expect(isExternal('mailto:a@b.vn')).to.be.false;
  });
});
