// Parsing and validating a big feed, without rendering: JSON.parse + the news list's validation
// (toNewsItems), and the RSS path (DOMParser + the feed reader + validation). The modules are
// tsc's per-file output in dist/, loaded as they are (no Lit needed for these).
import { modelNews, newsItems, newsRss } from './data.js';
import { toNewsItems } from '/dist/news-list/news-list.data.js';
import { parseXmlFeed } from '/dist/core/feeds.js';

const n = Number(new URLSearchParams(location.search).get('n') ?? 20000);
const items = newsItems(await modelNews(), n);
const json = JSON.stringify({ items });
const rss = newsRss(items);
const base = location.href;

const time = (fn) => {
  const t0 = performance.now();
  const value = fn();
  return [performance.now() - t0, value];
};
const [jsonParse, raw] = time(() => JSON.parse(json));
const [jsonValidate, valid] = time(() => toNewsItems(raw, base));
// The feed reader is async (it yields between slices of a long feed); this times the whole read.
const t0 = performance.now();
const feed = await parseXmlFeed(rss);
const rssParse = performance.now() - t0;
const [rssValidate, fromRss] = time(() => toNewsItems(feed, base));

window.__result = {
  jsonBytes: new Blob([json]).size,
  rssBytes: new Blob([rss]).size,
  jsonParse,
  jsonValidate,
  rssParse,
  rssValidate,
  valid: valid.length,
  validRss: fromRss.length,
};
