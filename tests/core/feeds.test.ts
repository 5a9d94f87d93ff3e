import { expect } from '@open-wc/testing';
import { GovDataError } from '../../src/core/errors.js';
import { parseXmlFeed } from '../../src/core/feeds.js';
import { decodeBody, parseBody } from '../../src/core/parse-body.js';
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
    const { items } = await parseXmlFeed(await text('news.rss'));
    expect(items).to.have.length(5);
    expect(items[0].title).to.equal(
      'HUYỆN ỦY GIA LỘC TỔ CHỨC HỘI NGHỊ TRỰC TUYẾN CHỈ ĐẠO ĐỢT CAO ĐIỂM PHÒNG CHỐNG DỊCH COVID-19.',
    );
    expect(items[0].date).to.equal('Tue, 31 Mar 2020 08:00:00 +0700');
    // Relative pictures come out absolute, against the feed's own URL (here the page's, by default).
    expect(items[0].image).to.equal(new URL('/demo/images/tin-1.svg', document.baseURI).href);
    expect(items[1].image).to.equal(new URL('/demo/images/tin-2.svg', document.baseURI).href);
    expect(items[0].summary).to.contain('Thường trực HĐND huyện Gia Lộc');
    expect(items[0].summary).not.to.contain('<');
    expect(items[0].category).to.equal('Tin tức');
  });

  it('reads Atom entries', async () => {
    const { items } = await parseXmlFeed(await text('news.atom'));
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

  it('recognises a feed by its root, whatever the content type says (PHP sends text/html)', async () => {
    const rss = '<rss version="2.0"><channel><item><title>Tin</title></item></channel></rss>';
    for (const body of [
      rss,
      `\uFEFF\n\n<?xml version="1.0" encoding="utf-8"?>\n${rss}`,
      `<?xml version="1.0"?><?xml-stylesheet href="/rss.xsl" type="text/xsl"?><!-- NukeViet -->${rss}`,
      '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Tin</title></entry></feed>',
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><item><title>Tin</title></item></rdf:RDF>',
    ]) {
      for (const type of ['text/html; charset=UTF-8', 'text/plain', '', 'application/octet-stream']) {
        const data = (await parseBody(body, type)) as { items: { title: string }[] };
        expect(data.items[0].title, `${type}: ${body.slice(0, 40)}`).to.equal('Tin');
      }
    }
    // An HTML page is still an HTML page, whatever it is labelled.
    expect(await kindOfAsync(() => parseBody('\n<!DOCTYPE html><html><body>Lỗi</body></html>', 'application/rss+xml'))).to.equal(
      'html',
    );
    expect(await kindOfAsync(() => parseBody('<p>Lỗi</p>', 'text/html'))).to.equal('html');
  });

  it('repairs what real feeds get wrong: bare &, HTML entities, undeclared media:', async () => {
    const xml = `<rss version="2.0"><channel><item><title>Gia Lộc & Thanh Miện&nbsp;&ndash; hợp tác</title>
      <link>https://gialoc.gov.vn/?a=1&b=2</link><media:thumbnail url="https://gialoc.gov.vn/anh.jpg"/></item></channel></rss>`;
    const { items } = await parseXmlFeed(xml, 'https://gialoc.gov.vn/rss');
    expect(items[0].title).to.equal('Gia Lộc & Thanh Miện – hợp tác');
    expect(items[0].url).to.equal('https://gialoc.gov.vn/?a=1&b=2');
    expect(items[0].image).to.equal('https://gialoc.gov.vn/anh.jpg');
  });

  it('decodes RSS titles as the HTML-escaped text they are, and drops tags', async () => {
    const xml = `<rss version="2.0"><channel>
      <item><title>Kỷ niệm ngày thành lập &amp;#7875; Đảng &amp;quot;quang vinh&amp;quot;</title></item>
      <item><title><![CDATA[Giá vàng <b>tăng</b> mạnh &amp; ổn định<sup>2</sup>]]></title></item>
      <item><title><![CDATA[Dòng một<br>dòng hai]]></title></item></channel></rss>`;
    const { items } = await parseXmlFeed(xml);
    expect(items.map((i) => i.title)).to.deep.equal([
      'Kỷ niệm ngày thành lập ể Đảng "quang vinh"',
      'Giá vàng tăng mạnh & ổn định2',
      'Dòng một dòng hai',
    ]);
  });

  it('takes the picture from enclosure, media or the first real <img>, never a video or a tracker', async () => {
    const xml = `<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>
      <item><title>a</title><enclosure url="/podcast.mp3" type="audio/mpeg"/><description><![CDATA[<img src="/pixel.gif" width="1" height="1"><p>x</p><img data-src="/lazy.jpg" src="data:image/gif;base64,R0lGOD"><img src="/second.jpg">]]></description></item>
      <item><title>b</title><media:group><media:content url="/clip.mp4"/><media:content url="/poster.jpg" medium="image"/></media:group></item>
      <item><title>c</title><guid isPermaLink="false">https://gialoc.gov.vn/tin/1</guid><guid>news_12</guid></item>
      <item><title>d</title><guid>https://gialoc.gov.vn/tin/2</guid>
        <description><![CDATA[<img src="/anh-d.jpg">]]></description><content:encoded><![CDATA[<p>Nội dung</p>]]></content:encoded></item></channel></rss>`;
    const { items } = await parseXmlFeed(xml, 'https://gialoc.gov.vn/rss/');
    expect(items[0].image).to.equal('https://gialoc.gov.vn/lazy.jpg');
    expect(items[1].image).to.equal('https://gialoc.gov.vn/poster.jpg');
    expect(items[2].url, 'a guid that is not a permalink is not a link').to.be.undefined;
    expect(items[3].url).to.equal('https://gialoc.gov.vn/tin/2');
    expect(items[3]).to.deep.include({ image: 'https://gialoc.gov.vn/anh-d.jpg', summary: 'Nội dung' });
  });
});

describe('core/feeds: long feeds', () => {
  it('reads a long feed in parts with the same result as whole: every item, namespaces and xml:base kept', async () => {
    const item = (i: number): string =>
      `<item><title>Tin ${i}</title><link>tin/${i}.html</link><description><![CDATA[<p>Không phải </item> thật</p>]]></description>` +
      `<!-- </item> --><media:thumbnail url="anh/${i}.jpg"/></item>`;
    const xml = `<?xml version="1.0"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xml:base="https://gialoc.gov.vn/">
      <channel><title>Tin</title>${Array.from({ length: 3000 }, (_, i) => item(i)).join('\n')}</channel></rss>`;
    expect(xml.length).to.be.greaterThan(400_000);
    const { items } = await parseXmlFeed(xml, 'https://example.com/');
    expect(items).to.have.length(3000);
    expect(items[2999]).to.deep.include({
      title: 'Tin 2999',
      url: 'https://gialoc.gov.vn/tin/2999.html',
      image: 'https://gialoc.gov.vn/anh/2999.jpg',
      summary: 'Không phải thật', // (in HTML, a stray </item> end tag is dropped)
    });
    expect(new Set(items.map((i) => i.title)).size).to.equal(3000);
  });
});

describe('core/parse-body: decoding', () => {
  const bytes = (s: string, map?: (c: number) => number): Uint8Array =>
    map ? Uint8Array.from([...s].map((c) => map(c.codePointAt(0)!))) : new TextEncoder().encode(s);
  const latin1 = (c: number): number => c; // the text below has Latin-1 letters only

  it('decodes UTF-8, else by the byte-order mark, the HTTP charset or the XML prolog', async () => {
    const text = 'Notícias de São Paulo';
    expect(await decodeBody(bytes(text, latin1), 'text/xml; charset=ISO-8859-1')).to.equal(text);
    expect(await decodeBody(bytes(`<?xml version="1.0" encoding="iso-8859-1"?>${text}`, latin1), 'text/xml')).to.contain(text);
    expect(await decodeBody(bytes(text), '')).to.equal(text);
    expect(await decodeBody(bytes('\uFEFFTin'), 'text/plain')).to.equal('Tin');
    const utf16 = Uint8Array.from([0xff, 0xfe, ...[...'Tin tức'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect(await decodeBody(utf16, 'text/xml')).to.equal('Tin tức');
  });

  it('reads UTF-8 behind a wrong single-byte label as UTF-8, never as mojibake', async () => {
    expect(await decodeBody(bytes('Huyện Gia Lộc'), 'text/html; charset=ISO-8859-1')).to.equal('Huyện Gia Lộc');
  });

  it('fails visibly when nothing decodes the bytes', async () => {
    expect(await kindOfAsync(() => decodeBody(bytes('Notícias', latin1), 'application/rss+xml'))).to.equal('parse');
    let message = '';
    try {
      await decodeBody(Uint8Array.from([...bytes('<?xml version="1.0" encoding="VISCII"?><rss>'), 0xff]), '');
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).to.contain('"VISCII"');
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
