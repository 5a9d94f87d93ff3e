import { expect, fixture, html } from '@open-wc/testing';
import { langOf, msg } from '../../src/core/i18n.js';

describe('core/i18n', () => {
  it('takes the language from the element or its closest ancestor', async () => {
    const el = await fixture(
      html`<div lang="en-GB">
        <section><p id="p">x</p></section>
        <p lang="vi" id="q">y</p>
      </div>`,
    );
    expect(langOf(el.querySelector('#p')!)).to.equal('en');
    expect(langOf(el.querySelector('#q')!)).to.equal('vi');
  });

  it('defaults to Vietnamese', async () => {
    const el = await fixture(html`<div lang="fr"><p>x</p></div>`);
    expect(langOf(el.querySelector('p')!)).to.equal('vi');
  });

  it('fills placeholders', () => {
    expect(msg('vi', 'errHttp', 404)).to.equal('Không tải được dữ liệu: máy chủ trả về lỗi HTTP 404.');
    expect(msg('en', 'errTimeout', 0.5)).to.equal('Could not load the data: no answer within 0.5 s.');
    // No plural to get wrong ("after 1 seconds").
    expect(msg('en', 'errTimeout', 1)).to.equal('Could not load the data: no answer within 1 s.');
  });
});
