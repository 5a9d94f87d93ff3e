// `node bench/feedsmith-compare.mjs`: the feed corpus (tests/core/feed-corpus.cases.ts) read by
// feedsmith 3 instead of the library's own reader, and the size of each reader as a lazy chunk.
//
// Correctness: each feed is decoded as the library decodes it (HTTP charset, prolog, UTF-8), then
// given to feedsmith's parseFeed; its items go through the plain mapping a developer would write
// (title, link or permalink guid, pubDate / published / updated, an image enclosure or media RSS
// picture) and then through the same validation as the library's reader (toNewsItems: URLs against
// the final URL, dates in Asia/Ho_Chi_Minh). Each expected field of the table is compared.
// The library's own reader runs in the browser (DOMParser): its figure is tests/core/feed-corpus.test.ts.
//
// Size: each reader bundled as the lazy chunk would be (esbuild, minified, ES module), brotli.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { parseFeed } from 'feedsmith';

const root = resolve(import.meta.dirname, '..');
const ORIGIN = 'http://localhost:8000';
globalThis.location = new URL(`${ORIGIN}/`); // safe-url and the table's same-origin URLs read it
const work = mkdtempSync(join(tmpdir(), 'feedsmith-compare-'));

// The table and the library's decoding and validation, bundled for Node.
const entry = join(work, 'entry.ts');
writeFileSync(
  entry,
  [
    `export { corpus, HANOI } from ${JSON.stringify(join(root, 'tests/core/feed-corpus.cases.ts'))};`,
    `export { decodeBody } from ${JSON.stringify(join(root, 'src/core/parse-body.ts'))};`,
    `export { toNewsItems } from ${JSON.stringify(join(root, 'src/news-list/news-list.data.ts'))};`,
    `export { formatDate, isoDay } from ${JSON.stringify(join(root, 'src/core/format.ts'))};`,
  ].join('\n'),
);
await build({
  entryPoints: [entry],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  outfile: join(work, 'lib.mjs'),
  logLevel: 'error',
});
const { corpus, HANOI, decodeBody, toNewsItems, formatDate, isoDay } = await import(pathToFileURL(join(work, 'lib.mjs')).href);

const first = (v) => (Array.isArray(v) ? v[0] : v);
const text = (v) => (v && typeof v === 'object' ? v.value : v);
const isImage = (type, medium) => (type ? type.startsWith('image/') : medium ? medium === 'image' : true);

/** The mapping from feedsmith's output to the news item shape, as a developer would write it. */
function mapItem(format, it) {
  const media = it.media ?? {};
  const picture =
    (it.enclosures ?? []).find((e) => isImage(e.type))?.url ??
    first(media.thumbnails)?.url ??
    (media.contents ?? []).find((c) => isImage(c.type, c.medium))?.url ??
    first((media.groups ?? []).flatMap((g) => g.thumbnails ?? []))?.url;
  if (format === 'atom') {
    const links = it.links ?? [];
    return {
      title: text(it.title),
      url: (links.find((l) => (l.rel ?? 'alternate') === 'alternate') ?? {}).href,
      date: it.published ?? it.updated ?? it.issued ?? it.modified,
      image: links.find((l) => l.rel === 'enclosure' && isImage(l.type))?.href ?? picture,
    };
  }
  const guid = it.guid;
  return {
    title: it.title,
    url: it.link ?? (guid && guid.isPermaLink !== false ? text(guid) : undefined),
    date: it.pubDate ?? first(it.dc?.dates) ?? it.dc?.date,
    image: picture,
  };
}

async function read(c) {
  const q = new URLSearchParams(c.served ?? '');
  const ct = q.get('ct') === 'none' ? '' : (q.get('ct') ?? 'application/rss+xml; charset=utf-8');
  const url = q.get('moved') ? `${ORIGIN}/api/feed/chuyen-muc/rss/` : `${ORIGIN}/api/feed`;
  const body = await decodeBody(new Uint8Array(readFileSync(join(root, 'tests/fixtures/feeds', c.file))), ct);
  const { format, feed } = parseFeed(body.trim());
  const raw = (format === 'atom' ? feed.entries : feed.items) ?? [];
  const warn = console.warn;
  console.warn = () => {};
  try {
    return toNewsItems({ items: raw.map((it) => mapItem(format, it)) }, url, HANOI);
  } finally {
    console.warn = warn;
  }
}

const seen = (item) => ({
  title: item.title,
  url: item.url,
  date: item.date && (item.date.dateOnly ? `day ${isoDay(item.date)}` : item.date.time.toISOString()),
  shown: item.date && formatDate(item.date, 'vi', HANOI),
  image: item.image?.src,
});

let fields = 0;
let right = 0;
let casesRight = 0;
const misses = [];
for (const c of corpus) {
  let items;
  let state;
  try {
    items = await read(c);
    state = items.length ? 'ready' : 'empty';
  } catch {
    items = [];
    state = 'error';
  }
  let ok = state === c.state;
  fields++;
  if (ok) right++;
  else misses.push(`${c.file}: state ${state}, expected ${c.state}`);
  if (c.count !== undefined) {
    fields++;
    if (items.length === c.count) right++;
    else {
      ok = false;
      misses.push(`${c.file}: ${items.length} items, expected ${c.count}`);
    }
  }
  (c.first ?? []).forEach((want, i) => {
    const got = items[i] ? seen(items[i]) : {};
    for (const [k, v] of Object.entries(want)) {
      fields++;
      if (got[k] === v) right++;
      else {
        ok = false;
        misses.push(`${c.file} #${i} ${k}: ${JSON.stringify(got[k])?.slice(0, 90)} ≠ ${JSON.stringify(v)?.slice(0, 90)}`);
      }
    }
  });
  if (ok) casesRight++;
}

// Sizes: feedsmith's parseFeed as a chunk, and the library's reader chunk (feeds + feed-html + feed-split).
async function brotli(entryCode, name) {
  const file = join(work, `${name}.mjs`);
  writeFileSync(file, entryCode);
  const out = await build({
    entryPoints: [file],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    legalComments: 'none',
    charset: 'utf8',
    nodePaths: [join(root, 'node_modules')],
    plugins: [
      {
        name: 'lazy-stays-lazy',
        setup(b) {
          b.onResolve({ filter: /.*/ }, (a) => (a.kind === 'dynamic-import' ? { path: a.path, external: true } : undefined));
        },
      },
    ],
    logLevel: 'error',
  });
  const bytes = out.outputFiles[0].contents;
  return { raw: bytes.length, br: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length };
}
const fs = await brotli(`export { parseFeed } from 'feedsmith';`, 'feedsmith');
const ours = await brotli(`export { parseXmlFeed } from ${JSON.stringify(join(root, 'src/core/feeds.ts'))};`, 'ours');

console.log(
  `feedsmith 3 on the feed corpus (${corpus.length} cases): ${casesRight} cases fully right, ${right}/${fields} fields right`,
);
for (const m of misses) console.log(`  ✗ ${m}`);
console.log(
  `chunk size (minified, brotli): feedsmith parseFeed ${(fs.br / 1000).toFixed(2)} kB (${(fs.raw / 1000).toFixed(1)} kB raw); library reader ${(ours.br / 1000).toFixed(2)} kB (${(ours.raw / 1000).toFixed(1)} kB raw, strip-inline included)`,
);
