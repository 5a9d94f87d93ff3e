// Hostile XML for the feed reader: entity expansion ("billion laughs"), external entities (XXE) and
// external DTDs. The reader must fail fast or ignore them, and never fetch anything.
import { expect } from '@open-wc/testing';
import { GovDataError } from '../../src/core/errors.js';
import { parseXmlFeed } from '../../src/core/feeds.js';
import { uid } from '../helpers.js';
import { serverLog, sleep } from './support.js';

const laughs = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "lol">${'bcdefghi'
  .split('')
  .map((e, i) => `<!ENTITY ${e} "${`&${'abcdefghi'[i]};`.repeat(10)}">`)
  .join('')}]><rss version="2.0"><channel><item><title>&i;</title></item></channel></rss>`;

async function outcome(xml: string): Promise<{ error?: string; titles?: string[] }> {
  try {
    return { titles: (await parseXmlFeed(xml)).items.map((i) => i.title) };
  } catch (e) {
    expect(e).to.be.instanceOf(GovDataError);
    return { error: (e as Error).message };
  }
}

describe('security: hostile XML feeds', () => {
  it('an entity expansion bomb (a billion "lol"s) is refused or left unexpanded, never expanded', async () => {
    // Expanded, it is 3 GB of text: the page would run out of memory, or a title would be huge.
    const result = await outcome(laughs);
    const longest = Math.max(0, ...(result.titles ?? []).map((t) => t.length));
    expect(result.error !== undefined || longest < 100_000, JSON.stringify(result).slice(0, 200)).to.be.true;
  });

  it('external entities and DTDs are neither resolved nor fetched (no XXE)', async () => {
    const id = uid();
    const xxe = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd"><!ENTITY y SYSTEM "/api/sec/serve?id=${id}">]><rss version="2.0"><channel><item><title>A&x;B&y;C</title></item></channel></rss>`;
    const dtd = `<?xml version="1.0"?><!DOCTYPE rss SYSTEM "/api/sec/serve?id=${id}"><rss version="2.0"><channel><item><title>T</title></item></channel></rss>`;
    for (const xml of [xxe, dtd]) {
      const result = await outcome(xml);
      expect(JSON.stringify(result)).not.to.contain('root:');
    }
    await sleep(200);
    expect((await serverLog(id)).hits, 'requests for the external entity or DTD').to.equal(0);
  });

  it('processing instructions and CDATA tricks stay text', async () => {
    const id = uid();
    const xml = `<?xml version="1.0"?><?xml-stylesheet type="text/xsl" href="javascript:alert(1)"?><rss version="2.0"><channel><item><title><![CDATA[<img src="/api/sec/serve?id=${id}" onerror=alert(1)>Tin <b>mới</b>]]></title><link>javascript:alert(1)</link><description><![CDATA[<script>alert(1)</script>Nội dung]]></description></item></channel></rss>`;
    const { items } = await parseXmlFeed(xml);
    // RSS titles are HTML-escaped text: decoded, tags dropped, and the result is only ever text.
    expect(items[0].title).to.equal('Tin mới');
    expect(items[0].summary).to.equal('Nội dung');
    await sleep(200);
    expect((await serverLog(id)).hits, 'the <img> in the title was loaded').to.equal(0);
  });

  it('markup in a title reaches the element as text, never as HTML', async () => {
    const xml = `<rss version="2.0"><channel><item><title>&lt;img src=x onerror=alert(1)&gt;&amp;lt;script&amp;gt;</title></item>
      <item><title><![CDATA[&lt;b&gt;đậm&lt;/b&gt;]]></title></item></channel></rss>`;
    const { items } = await parseXmlFeed(xml);
    // Escaped twice, a tag is text the reader must show as written; escaped once, it is markup, dropped.
    expect(items[0].title).to.equal('<script>');
    expect(items[1].title).to.equal('<b>đậm</b>');
  });
});
