import { expect } from '@open-wc/testing';
import { GovDataError } from '../../src/core/errors.js';
import { parseXmlFeed } from '../../src/core/feeds.js';
import { parseBody } from '../../src/core/parse-body.js';
import { validateList, itemsOf } from '../../src/core/validate.js';

async function text(name: string): Promise<string> {
  return (await fetch(`/tests/fixtures/${name}`)).text();
}

function kindOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof GovDataError ? e.kind : 'other';
  }
  return undefined;
}

async function kindOfAsync(fn: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await fn();
  } catch (e) {
    return e instanceof GovDataError ? e.kind : 'other';
  }
  return undefined;
}

describe('core/feeds', () => {
  it('reads RSS 2.0 items, with plain-text descriptions and enclosure or media images', async () => {
    const { items } = parseXmlFeed(await text('news.rss'));
    expect(items).to.have.length(5);
    expect(items[0].title).to.equal(
      'HUYỆN ỦY GIA LỘC TỔ CHỨC HỘI NGHỊ TRỰC TUYẾN CHỈ ĐẠO ĐỢT CAO ĐIỂM PHÒNG CHỐNG DỊCH COVID-19.',
    );
    expect(items[0].date).to.equal('Tue, 31 Mar 2020 08:00:00 +0700');
    expect(items[0].image).to.equal('/demo/images/tin-1.svg');
    expect(items[1].image).to.equal('/demo/images/tin-2.svg');
    expect(items[0].summary).to.contain('Thường trực HĐND huyện Gia Lộc');
    expect(items[0].summary).not.to.contain('<');
    expect(items[0].category).to.equal('Tin tức');
  });

  it('reads Atom entries', async () => {
    const { items } = parseXmlFeed(await text('news.atom'));
    expect(items).to.have.length(5);
    expect(items[0].url).to.match(/^https:\/\/gialoc\.haiduong\.gov\.vn\/tin-tuc\//);
    expect(items[0].date).to.equal('2018-10-05T08:00:00+07:00');
    expect(items[0].category).to.equal('Tin tức');
  });

  it('tells JSON, XML, HTML, empty and broken bodies apart', async () => {
    expect(await parseBody('[{"title":"a"}]', 'application/json')).to.deep.equal([{ title: 'a' }]);
    expect(await parseBody('\uFEFF{"items":[]}', 'text/plain')).to.deep.equal({ items: [] });
    expect(await kindOfAsync(() => parseBody('<!doctype html><html><body>Lỗi</body></html>', 'text/html'))).to.equal('html');
    expect(await kindOfAsync(() => parseBody('<html><body>Lỗi</body></html>', 'application/xml'))).to.equal('html');
    expect(await kindOfAsync(() => parseBody('   ', 'application/json'))).to.equal('empty-body');
    expect(await kindOfAsync(() => parseBody('{"items":[', 'application/json'))).to.equal('parse');
    expect(await kindOfAsync(() => parseBody('<rss><channel>', 'application/rss+xml'))).to.equal('parse');
    expect(await kindOfAsync(() => parseBody('<note>hi</note>', 'application/xml'))).to.equal('shape');
  });
});

describe('core/validate', () => {
  it('takes an array or an object with items, and nothing else', () => {
    expect(itemsOf([1])).to.deep.equal([1]);
    expect(itemsOf({ items: [2] })).to.deep.equal([2]);
    for (const bad of [null, 'x', 3, { data: [] }, { items: 'no' }]) expect(kindOf(() => itemsOf(bad))).to.equal('shape');
  });

  it('skips unusable items with a console warning naming which and why', () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      const out = validateList([{ title: 'ok' }, 'text', { nope: 1 }], 'gov-test', (r) => (r.title ? r : 'it has no "title"'));
      expect(out).to.have.length(1);
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.contain('<gov-test>: item 1 skipped: it is not an object');
    expect(warnings[1]).to.contain('item 2 skipped: it has no "title"');
  });

  it('calls a list with no usable item an error, and an empty list empty', () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      expect(kindOf(() => validateList([{}, {}], 'gov-test', () => 'bad'))).to.equal('no-items');
    } finally {
      console.warn = warn;
    }
    expect(validateList([], 'gov-test', () => 'bad')).to.deep.equal([]);
  });
});
