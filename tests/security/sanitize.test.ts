// The article body's pre-pass (stripInline): it keeps DOMPurify's parse from reporting CSP
// violations for inline styles and handlers, without changing anything else, in linear time.
import { expect } from '@open-wc/testing';
import { sanitizeHtml } from '../../src/core/sanitize.js';
import { stripInline } from '../../src/core/strip-inline.js';

describe('security: stripInline before DOMPurify', () => {
  it('removes style and on… attributes, quoted, unquoted or bare, and <style> elements (the spaces between stay)', () => {
    expect(stripInline('<p style="text-align: justify">Chiều 4/10/2018</p>')).to.equal('<p >Chiều 4/10/2018</p>');
    expect(stripInline(`<img src=x onerror=alert(1) alt='a'>`)).to.equal(`<img src=x  alt='a'>`);
    expect(stripInline('<img/onerror="alert(1)"/src="x">')).to.equal('<img//src="x">');
    expect(stripInline('<P STYLE = "color:red" OnClick=\'x()\'>a</P>')).to.equal('<P  >a</P>');
    expect(stripInline('<p a=1 style="x"b=2>')).to.equal('<p a=1 b=2>');
    expect(stripInline('<div onmouseover>x</div>')).to.equal('<div >x</div>');
    expect(stripInline('a<style>p{color:red}</style>b<STYLE type="text/css">x</STYLE >c')).to.equal('abc');
  });

  it('leaves text, attribute values and everything else exactly as written', () => {
    const kept = [
      '<p>Giá trị style="x" và onclick=1 trong văn bản</p>',
      '<a href="/tin/onboarding=1" title="one=1 on=2">Tin</a>',
      '<img alt="a > b" src="/a.png">',
      '<stylebox>nội dung</stylebox>',
      '<p>1 < 2 và 3 > 2</p>',
      '<a data-on="1" data-style="2">x</a>',
      '<table><tr><td colspan=2>ô</td></tr></table>',
    ];
    for (const html of kept) expect(stripInline(html), html).to.equal(html);
  });

  it('leaves an unclosed <style> or tag for DOMPurify, and still sanitizes the same', async () => {
    expect(stripInline('a<style>p{}')).to.equal('a<style>p{}');
    expect(stripInline('<p title="x')).to.equal('<p title="x');
    expect(await sanitizeHtml('<p style="x" onclick="y">a</p><style>p{}</style>')).to.equal('<p>a</p>');
  });

  it('handles pathological input: 100,000 unclosed <style>s, tags or quotes are left as written, handlers in one endless tag removed', () => {
    // (How fast it is on such input is a benchmark's question, not a test's.)
    const unchanged = [
      '<style>'.repeat(100_000),
      '</style>' + '<style '.repeat(100_000),
      '<p '.repeat(100_000),
      '<a x="'.repeat(50_000),
    ];
    for (const input of unchanged) {
      // Compared as a boolean: a failure message with two 700 kB strings helps no one.
      expect(stripInline(input) === input, `${input.slice(0, 10)}… (${input.length} characters) unchanged`).to.be.true;
    }
    const handlers = '<p style="x" onclick=y '.repeat(50_000);
    expect(stripInline(handlers) === '<p   '.repeat(50_000), 'style and onclick out of 50,000 unclosed tags').to.be.true;
  });
});
