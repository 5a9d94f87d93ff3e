import { expect, fixture, html } from '@open-wc/testing';
import { formatDate, formatNumber, parseDate } from '../../src/core/format.js';
import { langOf, msg, parseLabels, registerLanguage } from '../../src/core/i18n.js';
import { warnings } from '../helpers.js';

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
    expect(msg('vi', 'failed', 'Thông báo')).to.equal('Chưa tải được Thông báo. Thử lại sau ít phút.');
    expect(msg('en', 'failed', 'Notices')).to.equal('Could not load Notices. Please try again in a few minutes.');
    expect(msg('vi', 'retryNamed', 'Thông báo', msg('vi', 'retry'))).to.equal('Thử lại: Thông báo');
  });
});

describe('core/i18n: registered languages', () => {
  before(() => {
    registerLanguage('km', { loading: 'កំពុងផ្ទុក…' }, { locale: 'km-KH' });
    registerLanguage('zh-Hant', { loading: '載入中…' });
    registerLanguage('fr', { retry: 'Réessayer' }, { dateStyle: 'numeric', fallback: 'en' });
  });

  it('finds a registered language from the lang attribute, subtags and case included', async () => {
    const el = await fixture(
      html`<div>
        <p lang="km" id="km">x</p>
        <p lang="KM-kh" id="kmKH">x</p>
        <p lang="zh-Hant-TW" id="tw">x</p>
        <p lang="zh-Hans" id="hans">x</p>
        <p lang="lo" id="lo">x</p>
      </div>`,
    );
    const of = (id: string): string => langOf(el.querySelector(`#${id}`)!);
    expect([of('km'), of('kmKH'), of('tw'), of('hans'), of('lo')]).to.deep.equal(['km', 'km', 'zh-hant', 'vi', 'vi']);
  });

  it('gives a registered label, and the fallback language for one it lacks', () => {
    expect(msg('km', 'loading')).to.equal('កំពុងផ្ទុក…');
    expect(msg('km', 'retry')).to.equal('Thử lại');
    expect(msg('fr', 'retry')).to.equal('Réessayer');
    expect(msg('fr', 'loading')).to.equal('Loading…');
  });

  it('rejects a code that is not a language tag', () => {
    expect(() => registerLanguage('not a language!', {})).to.throw(RangeError);
  });

  it("writes dates in the registered language's style", () => {
    const d = parseDate('2020-03-31')!;
    expect(formatDate(d, 'fr')).to.equal('31/03/2020');
    expect(formatDate(d, 'zh-hant')).to.equal('2020年3月31日');
    expect(formatDate(d, 'en')).to.equal('31 March 2020');
    expect(formatDate(d, 'vi')).to.equal('31/03/2020');
    expect(formatNumber(1116844, 'fr')).to.match(/^1\s116\s844$/);
  });

  it('reads the labels attribute as a JSON object of strings, and warns about anything else', async () => {
    expect(parseLabels('{"showMore":"Xem tiếp","limit":3}')).to.deep.equal({ showMore: 'Xem tiếp' });
    const seen = await warnings(async () => {
      expect(parseLabels('["Xem tiếp"]')).to.equal(undefined);
      expect(parseLabels('{showMore:')).to.equal(undefined);
    });
    const about = seen.filter((w) => w.includes('labels attribute'));
    expect(about).to.have.length(2);
    expect(about[0]).to.contain('JSON object of strings');
    expect(about[1]).to.contain('not valid JSON');
  });
});
