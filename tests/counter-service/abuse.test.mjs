// Abuse and bad input: CORS, crawlers, rate limits, 4xx answers, what is (not) stored.
//
// Real-world artifacts used here:
// - Crawler and browser user agents: isbot's own fixtures (github.com/omrilotan/isbot,
//   fixtures/crawlers.yml and fixtures/browsers.yml); the Cốc Cốc browser's user agent as it
//   appears in public code that sends it (coc_coc_browser/… is the token ua-parser-js matches).
// - CORS: a request needs no preflight when its method is GET, HEAD or POST and it carries only
//   CORS-safelisted headers (Accept without "():<>?@[\]{} and at most 128 bytes; Content-Type only
//   text/plain, multipart/form-data or application/x-www-form-urlencoded): MDN, "CORS-safelisted
//   request header" (developer.mozilla.org/docs/Glossary/CORS-safelisted_request_header) and the
//   Fetch standard (whatwg/fetch, "CORS-unsafe request-header byte"). The element's requests are such
//   requests; the browser then shows the answer only with a matching Access-Control-Allow-Origin.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { openSqliteStore } from '../../src/counter-service/index.js';
import { addressOf, BROWSER, counts, newVisitor, PAGE, startTestServer, storeKind, tempDir, visit } from './helpers.mjs';

const crawlers = {
  Googlebot:
    'Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/80.0.3987.92 Mobile Safari/537.36 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
  'Cốc Cốc bot': 'Mozilla/5.0 (compatible; coccocbot-web/1.0; +http://help.coccoc.com/searchengine)',
  Baiduspider: 'Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)',
  Facebook: 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
  AhrefsBot:
    'Mozilla/5.0 (compatible; AhrefsBot/5.0; +http://ahrefs.com/robot/) AppEngine-Google; (+http://code.google.com/appengine; appid: s~proxyfile1-hrd)',
  'Headless Chrome':
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/100.0.4896.88 Safari/537.36',
  ApacheBench: 'ApacheBench/2.3',
  'no user agent': '',
};

const browsers = {
  'Chrome on Windows': BROWSER,
  'Chrome on Android':
    'Mozilla/5.0 (Linux; Android 7.0; BLL-L22 Build/HUAWEIBLL-L22) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/55.0.2883.91 Mobile Safari/537.36',
  'Safari on iPhone (Ecosia)':
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1 (Ecosia ios@9.2.3.1367)',
  'Cốc Cốc':
    'Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) coc_coc_browser/91.0.146 Chrome/85.0.4183.146 Safari/537.36',
};

describe(`counter abuse and bad input (${storeKind})`, () => {
  test('CORS: the configured origin gets Access-Control-Allow-Origin; other pages get 403 and count nothing', async (t) => {
    const { url } = await startTestServer(t);
    const ok = await visit(url, { visitor: newVisitor() });
    assert.equal(ok.headers.get('access-control-allow-origin'), PAGE);
    assert.match(ok.headers.get('vary'), /Origin/);
    for (const origin of [
      'https://evil.example',
      'http://gialoc.haiduong.gov.vn',
      'https://gialoc.haiduong.gov.vn.evil.example',
      'null',
    ]) {
      const res = await visit(url, { visitor: newVisitor(), headers: { origin } });
      assert.equal(res.status, 403, origin);
      assert.equal(res.headers.get('access-control-allow-origin'), null);
      assert.match(res.json.error, /may not use the counter/);
    }
    // No Origin at all: a same-origin GET, or a server-side client; answered (and rate-limited like any other).
    const plain = await visit(url, { method: 'GET', headers: { origin: undefined } });
    assert.equal(plain.status, 200);
    assert.equal((await counts(url)).total, 1);
  });

  test('CORS: a preflight from the configured origin is answered, from others refused', async (t) => {
    const { url } = await startTestServer(t);
    const res = await fetch(`${url}/counter/gia-loc`, {
      method: 'OPTIONS',
      headers: { origin: PAGE, 'access-control-request-method': 'POST' },
    });
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('access-control-allow-origin'), PAGE);
    assert.match(res.headers.get('access-control-allow-methods'), /POST/);
    const other = await fetch(`${url}/counter/gia-loc`, { method: 'OPTIONS', headers: { origin: 'https://evil.example' } });
    assert.equal(other.status, 403);
  });

  test("the element's own request headers are CORS-safelisted, so it never triggers a preflight", async () => {
    // The Accept header fetch-data.ts sends, and the text/plain content type a body would carry.
    const source = readFileSync(new URL('../../src/core/fetch-data.ts', import.meta.url), 'utf8');
    const accept = /'(application\/json, [^']+)'/.exec(source)?.[1];
    assert.ok(accept, 'fetch-data.ts sends an Accept header');
    assert.ok(Buffer.byteLength(accept) <= 128, `Accept is ${Buffer.byteLength(accept)} bytes`);
    const unsafe = [...accept].filter((c) => (c < ' ' && c !== '\t') || c === '\x7f' || '"():<>?@[\\]{}'.includes(c));
    assert.deepEqual(unsafe, [], 'no CORS-unsafe request-header byte');
    assert.doesNotMatch(source, /headers: \{[^}]*(content-type|x-)/i);
  });

  for (const [name, ua] of Object.entries(crawlers)) {
    test(`a crawler is answered but not counted: ${name}`, async (t) => {
      const { url } = await startTestServer(t);
      const res = await visit(url, { visitor: newVisitor(), headers: { 'user-agent': ua } });
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('x-visit-counted'), '0');
      assert.deepEqual(res.json, { online: 0, today: 0, month: 0, total: 0 });
    });
  }

  test('browsers are counted: Chrome, Android, iPhone, Cốc Cốc', async (t) => {
    const { url } = await startTestServer(t, { trustProxy: true });
    let i = 0;
    for (const [name, ua] of Object.entries(browsers)) {
      const res = await visit(url, { visitor: newVisitor(), headers: { 'user-agent': ua, 'x-forwarded-for': addressOf(i++) } });
      assert.equal(res.headers.get('x-visit-counted'), '1', name);
    }
    assert.equal((await counts(url)).total, Object.keys(browsers).length);
  });

  test('one address cannot inflate the count: after 20 visits at once, 2 a minute (reloads, cleared storage, new tabs)', async (t) => {
    const { url, clock } = await startTestServer(t);
    const answers = [];
    for (let i = 0; i < 30; i++) answers.push(await visit(url, { visitor: newVisitor() }));
    assert.deepEqual(
      answers.map((a) => a.status),
      Array(30).fill(200),
    );
    assert.equal((await counts(url)).total, 20);
    assert.equal(answers[29].headers.get('x-visit-counted'), '0');
    clock.advance(60_000);
    for (let i = 0; i < 5; i++) await visit(url, { visitor: newVisitor() });
    assert.equal((await counts(url)).total, 22);
  });

  test('too many requests from one address get 429 with Retry-After; other addresses are unaffected', async (t) => {
    const { url } = await startTestServer(t, { trustProxy: true, requestLimit: { burst: 5, perMinute: 6 } });
    const from = (i) => ({ method: 'GET', headers: { 'x-forwarded-for': `203.0.113.1, ${addressOf(i)}` } });
    for (let i = 0; i < 5; i++) assert.equal((await visit(url, from(1))).status, 200);
    const limited = await visit(url, from(1));
    assert.equal(limited.status, 429);
    assert.equal(limited.headers.get('retry-after'), '10');
    assert.match(limited.json.error, /Too many requests/);
    assert.equal((await visit(url, from(2))).status, 200);
  });

  test('the proxy header is ignored unless configured: spoofed addresses share one limit', async (t) => {
    const { url } = await startTestServer(t);
    for (let i = 0; i < 25; i++) await visit(url, { visitor: newVisitor(), headers: { 'x-forwarded-for': addressOf(i) } });
    assert.equal((await counts(url)).total, 20);
  });

  test('clear 4xx answers: unknown site, bad method, oversized or malformed body, bad visitor id', async (t) => {
    const { url } = await startTestServer(t);
    const cases = [
      [{ site: 'nowhere' }, 404, /No counter for "nowhere"/],
      [{ site: '%E0%A4%A' }, 404, /No counter/],
      [{ site: '..%2F..%2Fetc%2Fpasswd' }, 404, /No counter/],
      [{ method: 'PUT' }, 405, /PUT is not supported/],
      [{ method: 'DELETE' }, 405, /DELETE is not supported/],
      [{ body: 'x'.repeat(5000) }, 413, /larger than 1024 bytes/],
      [{ body: '{"visitor":' }, 400, /not JSON/],
      [{ body: '[1,2]' }, 400, /must be a JSON object/],
      [{ body: '{"visitor":42}' }, 400, /must be a string/],
      [{ visitor: 'short' }, 400, /8–64 letters/],
      [{ visitor: '<script>alert(1)</script>' }, 400, /8–64 letters/],
      [{ visitor: 'a'.repeat(1000) }, 400, /8–64 letters/],
    ];
    for (const [request, status, message] of cases) {
      const res = await visit(url, request);
      assert.equal(res.status, status, JSON.stringify(request).slice(0, 80));
      assert.match(res.json.error, message);
    }
    const put = await visit(url, { method: 'PUT' });
    assert.equal(put.headers.get('allow'), 'GET, POST, OPTIONS');
    const elsewhere = await fetch(`${url}/admin`);
    assert.equal(elsewhere.status, 404);
    assert.deepEqual(await counts(url), { online: 0, today: 0, month: 0, total: 0 });
  });

  test('a body announced larger than the limit is refused before it is read', async (t) => {
    const { url } = await startTestServer(t);
    const res = await fetch(`${url}/counter/gia-loc`, {
      method: 'POST',
      headers: { origin: PAGE, 'user-agent': BROWSER, 'content-type': 'text/plain' },
      body: new Blob([new Uint8Array(2 * 1024 * 1024)]),
    }).catch((e) => e);
    // Either the 413 arrives, or the connection is closed while the client is still sending.
    if (res instanceof Error) assert.match(String(res.cause ?? res), /closed|reset|EPIPE|socket|other side/i);
    else assert.equal(res.status, 413);
  });

  test('addresses are never stored; visitor ids only as the random ids the browser made', async (t) => {
    if (storeKind !== 'sqlite') return; // the Redis keys are checked in faults.test.mjs
    const file = join(tempDir(t), 'counts.sqlite');
    const store = openSqliteStore(file);
    const { url } = await startTestServer(t, { store, trustProxy: true });
    const visitor = newVisitor();
    await visit(url, { visitor, headers: { 'x-forwarded-for': '203.0.113.77' } });
    await store.close();
    const bytes = [file, `${file}-wal`].map((f) => (existsSync(f) ? readFileSync(f).toString('latin1') : '')).join('');
    assert.ok(bytes.includes(visitor), 'the visitor id is where the store keeps it');
    assert.ok(!bytes.includes('203.0.113.77'), 'the address is nowhere in the database');
  });
});
