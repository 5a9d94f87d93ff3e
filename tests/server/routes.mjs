// Test-only routes served by the test runner's own server: faults, delays and request logs.
// Everything stays on this machine; fixtures come from tests/fixtures, model content from demo/data.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createCounterHandler, openSqliteStore } from '../../src/counter-service/index.js';

const fixtures = new URL('../fixtures/', import.meta.url);
const demoData = new URL('../../demo/data/', import.meta.url);
const seen = new Map(); // id → methods the counter route saw

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const types = {
  json: 'application/json',
  xml: 'application/xml',
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  html: 'text/html',
};

/**
 * A fixture's text: `news.rss` from tests/fixtures, `demo/tin-tuc.json` (or `demo/en/tin-tuc.json`)
 * from the demo's data, the model content every test reads rather than a copy of it.
 */
async function fixture(name) {
  const demo = /^demo\/((?:en\/)?[\w.-]+)$/.exec(name);
  const file = demo ? new URL(demo[1], demoData) : new URL(name.replace(/[^\w.-]/g, ''), fixtures);
  return readFile(fileURLToPath(file), 'utf8');
}

/** A JSON {items} document with only the items `pick` names, or as their bare array with `as=array`. */
function reshape(text, q) {
  if (!q.has('pick') && q.get('as') !== 'array') return text;
  const data = JSON.parse(text);
  const picks = q.get('pick')?.split(',').map(Number);
  const picked = picks ? picks.map((i) => data.items[i]) : data.items;
  return JSON.stringify(q.get('as') === 'array' ? picked : { ...data, items: picked });
}

/** Koa middleware for /api/* routes. */
export async function testRoutes(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (!url.pathname.startsWith('/api/')) return next();
  const q = url.searchParams;
  const delay = Number(q.get('delay') ?? 0);
  if (delay) await sleep(Math.min(delay, 30000));
  const route = url.pathname.slice(5);

  if (route === 'status') {
    // /api/status?code=500 → that status with an HTML error page
    ctx.status = Number(q.get('code') ?? 500);
    ctx.type = 'text/html';
    ctx.body = `<!doctype html><html><body><h1>Error ${ctx.status}</h1></body></html>`;
    return;
  }
  if (route === 'fixture') {
    // /api/fixture?name=news.rss&type=xml&delay=… (name=demo/tin-tuc.json: the demo's data). For JSON with
    // {items}: &pick=0,3,7 keeps those items, &as=array answers the bare array of items.
    const name = q.get('name') ?? '';
    ctx.type = types[q.get('type') ?? name.split('.').pop()] ?? 'text/plain';
    ctx.body = reshape(await fixture(name), q);
    return;
  }
  if (route.startsWith('loading/')) {
    // /api/loading/clip.mp4 → a media file still on its way (an empty answer after 10 s): a player
    // given it stays a player for the test, where a missing file would turn into "cannot play" at once.
    await sleep(10000);
    ctx.status = 204;
    return;
  }
  if (route === 'body') {
    // /api/body?text=…&type=… → exactly that body
    ctx.type = q.get('type') ?? 'application/json';
    ctx.body = q.get('text') ?? '';
    return;
  }
  if (route === 'truncated') {
    // Sends half a JSON document, then closes the connection mid-body.
    ctx.respond = false;
    const res = ctx.res;
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': '5000' });
    res.write('{"items":[{"title":"Một nửa');
    setTimeout(() => res.destroy(), 50);
    return;
  }
  if (route === 'big') {
    // /api/big?n=20000 → a large JSON feed
    const n = Math.min(Number(q.get('n') ?? 20000), 50000);
    const items = Array.from({ length: n }, (_, i) => ({
      title: `Tin số ${i + 1}: Huyện ủy Gia Lộc tổ chức hội nghị chuyên đề về công tác tiếp xúc cử tri`,
      url: `/tin-tuc/${i + 1}.html`,
      date: '2020-03-31',
      summary: 'Thường trực HĐND huyện tổ chức hội nghị chuyên đề về nâng cao chất lượng hoạt động tiếp xúc cử tri. '.repeat(2),
    }));
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ items });
    return;
  }
  if (route === 'counter') {
    // /api/counter?id=x records each method; /api/counter-log?id=x answers the list.
    const id = q.get('id') ?? '';
    seen.set(id, [...(seen.get(id) ?? []), ctx.method]);
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ online: 143, today: 552, month: 141811, total: 1116844 });
    return;
  }
  if (route === 'counter-log') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(seen.get(q.get('id') ?? '') ?? []);
    return;
  }
  if (route === 'flaky') {
    // Fails until /api/flaky-heal?id=x is called: tests "Thử lại" recovering once the server does.
    const id = q.get('id') ?? '';
    if (!seen.get(`healed:${id}`)) {
      ctx.status = 503;
      ctx.body = 'Service Unavailable';
      return;
    }
    ctx.type = 'application/json';
    ctx.body = await fixture(q.get('name') ?? 'demo/tin-tuc.json');
    return;
  }
  if (route === 'flaky-heal') {
    seen.set(`healed:${q.get('id') ?? ''}`, ['yes']);
    ctx.body = 'ok';
    return;
  }
  if (route === 'feed' || route.startsWith('feed/')) {
    // /api/feed?name=f.rss&ct=text/html;%20charset=windows-1258 → tests/fixtures/feeds/f.rss as its
    // bytes, with exactly that Content-Type (none with ct=none); &moved=1 first redirects (302) to
    // /api/feed/chuyen-muc/rss/?…, so relative links must resolve against the final URL.
    if (q.get('moved')) {
      q.delete('moved');
      ctx.status = 302;
      ctx.redirect(`/api/feed/chuyen-muc/rss/?${q}`);
      return;
    }
    const name = (q.get('name') ?? '').replace(/[^\w.-]/g, '');
    const bytes = await readFile(fileURLToPath(new URL(`feeds/${name}`, fixtures)));
    const ct = q.get('ct') ?? 'application/rss+xml; charset=utf-8';
    ctx.respond = false;
    ctx.res.writeHead(200, ct === 'none' ? {} : { 'content-type': ct });
    ctx.res.end(bytes);
    return;
  }
  if (route.startsWith('live-counter/')) return liveCounter(ctx, route.slice(13), q);
  if (route.startsWith('sec/')) return securityRoute(ctx, route.slice(4), q);
  return next();
}

// ---- the real counter service (src/counter-service), for tests/visit-counter-session.test.ts -----
// /api/live-counter/<site>?id=x → the service's handler, one per id (a fresh in-memory SQLite store).
// Sites: "portal" (this server's own origins, as localhost and as 127.0.0.1), "elsewhere" (another
// origin only), "down" (a store that fails: 503). The test browser is headless Chrome, which isbot
// rightly takes for a bot, so these handlers count every user agent.
// /api/live-counter-log?id=x → the methods the handler saw, in order.
const liveHandlers = new Map(); // id → handler
const liveLogs = new Map(); // id → methods

async function liveCounter(ctx, site, q) {
  const id = q.get('id') ?? '';
  if (site === '' || site === 'log') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(liveLogs.get(id) ?? []);
    return;
  }
  if (!liveHandlers.has(id)) {
    const port = ctx.host.split(':').pop();
    const failing = { kind: 'sqlite', hit: async () => Promise.reject(new Error('the disk is gone')), close: async () => {} };
    const handlers = {
      portal: { store: openSqliteStore(':memory:'), origins: [`http://localhost:${port}`, `http://127.0.0.1:${port}`] },
      elsewhere: { store: openSqliteStore(':memory:'), origins: ['https://elsewhere.example'] },
      down: { store: failing, origins: [`http://localhost:${port}`, `http://127.0.0.1:${port}`] },
    };
    const made = Object.fromEntries(
      Object.entries(handlers).map(([name, { store, origins }]) => [
        name,
        createCounterHandler({ store, sites: { [name]: { origins, startTotal: 1116844 } }, isBot: () => false, log: () => {} }),
      ]),
    );
    liveHandlers.set(id, made);
  }
  liveLogs.set(id, [...(liveLogs.get(id) ?? []), ctx.method]);
  const handler = liveHandlers.get(id)[site];
  if (!handler) return void (ctx.status = 404);
  ctx.respond = false;
  await handler(ctx.req, ctx.res);
}

// ---- tests/security: stashed bodies, faults that heal, request logs, big lists -------------------
// POST /api/sec/stash?id=x&type=…  (body) keeps a body under an id;
// GET  /api/sec/serve?id=x          answers it (and logs the hit);
// GET  /api/sec/fault?id=x&kind=k   answers the fault `k` until /api/sec/heal?id=x, then the stashed body;
// GET  /api/sec/slow?id=x&wait=ms   answers the stashed body after `wait`, logging whether the client hung up first.
// (`wait`, not `delay`: testRoutes delays every /api/ request that has a `delay`, healed or not.)
// GET  /api/sec/log?id=x            → { hits, started, completed, aborted } for that id;
// GET  /api/sec/big?shape=news|notice|service|video&n=20000 → a large list of valid items of that shape.
const stash = new Map(); // id → { body, type }
const logs = new Map(); // id → { hits, started, completed, aborted }
const healed = new Set();

function logOf(id) {
  if (!logs.has(id)) logs.set(id, { hits: 0, started: 0, completed: 0, aborted: 0 });
  return logs.get(id);
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function sendStash(ctx, id, type) {
  const entry = stash.get(id) ?? { body: '', type: 'application/json' };
  ctx.type = type ?? entry.type;
  ctx.body = entry.body;
}

// Eight bytes of a PNG header and some binary junk: not JSON, not XML.
const pngBytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0xff, 0xfe]);

async function securityRoute(ctx, route, q) {
  const id = q.get('id') ?? '';
  if (route === 'stash') {
    stash.set(id, { body: await readBody(ctx.req), type: q.get('type') ?? 'application/json' });
    healed.delete(id);
    logs.delete(id);
    ctx.body = 'ok';
    return;
  }
  if (route === 'serve') {
    logOf(id).hits++;
    sendStash(ctx, id, q.get('type') ?? undefined);
    return;
  }
  if (route === 'heal') {
    healed.add(id);
    ctx.body = 'ok';
    return;
  }
  if (route === 'log') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(logOf(id));
    return;
  }
  if (route === 'slow') {
    const log = logOf(id);
    log.hits++;
    log.started++;
    let gone = false;
    ctx.res.once('close', () => {
      if (!ctx.res.writableFinished) gone = true;
    });
    const until = Date.now() + Math.min(Number(q.get('wait') ?? 1000), 30000);
    while (!gone && Date.now() < until) await sleep(20);
    if (gone || ctx.req.socket.destroyed) {
      log.aborted++;
      ctx.respond = false;
      return;
    }
    log.completed++;
    sendStash(ctx, id);
    return;
  }
  if (route === 'fault') {
    logOf(id).hits++;
    if (healed.has(id)) return sendStash(ctx, id);
    const kind = q.get('kind') ?? '500';
    const entry = stash.get(id) ?? { body: '{}', type: 'application/json' };
    if (/^\d{3}$/.test(kind)) {
      ctx.status = Number(kind);
      ctx.type = 'text/html';
      ctx.body = `<!doctype html><html><body><h1>Lỗi ${kind}</h1></body></html>`;
      return;
    }
    switch (kind) {
      case 'html200': // a CMS error page served with 200
        ctx.type = 'text/html';
        ctx.body =
          '<!DOCTYPE html>\n<html lang="vi"><head><title>Lỗi</title></head><body><p>Trang không tồn tại</p></body></html>';
        return;
      case 'truncated-json': // a complete response whose JSON stops half way
        ctx.type = 'application/json';
        ctx.body = entry.body.slice(0, Math.max(1, Math.floor(entry.body.length / 2)));
        return;
      case 'empty':
        ctx.status = 200;
        ctx.type = 'application/json';
        ctx.body = '';
        return;
      case 'binary-as-json': // wrong content: an image where JSON was promised
        ctx.type = 'application/json';
        ctx.body = pngBytes;
        return;
      case 'json-as-html': // wrong content type: valid JSON labelled text/html (a common server default)
        ctx.type = 'text/html';
        ctx.body = entry.body;
        return;
      case 'json-as-octet': // wrong content type: valid JSON labelled application/octet-stream
        ctx.type = 'application/octet-stream';
        ctx.body = entry.body;
        return;
      case 'slow': // slower than the element's timeout
        await sleep(Math.min(Number(q.get('wait') ?? 3000), 30000));
        sendStash(ctx, id);
        return;
      case 'closed': {
        // Half the body, then the connection drops before content-length is reached.
        ctx.respond = false;
        const body = Buffer.from(entry.body);
        ctx.res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(body.length + 100) });
        ctx.res.write(body.subarray(0, Math.floor(body.length / 2)));
        setTimeout(() => ctx.res.destroy(), 50);
        return;
      }
      default:
        ctx.status = 400;
        ctx.body = `unknown fault ${kind}`;
        return;
    }
  }
  if (route === 'big') {
    const n = Math.min(Number(q.get('n') ?? 20000), 50000);
    const shape = q.get('shape') ?? 'news';
    const title = (i) =>
      `Tin số ${i + 1}: Huyện ủy Gia Lộc tổ chức hội nghị chuyên đề về công tác tiếp xúc cử tri của đại biểu HĐND 2 cấp`;
    const text = 'Thường trực HĐND huyện tổ chức hội nghị chuyên đề về nâng cao chất lượng hoạt động tiếp xúc cử tri. '.repeat(2);
    const make = {
      news: (i) => ({ title: title(i), url: `/tin-tuc/${i + 1}.html`, date: '2020-03-31', summary: text, category: 'Tin tức' }),
      notice: (i) => ({ title: title(i), url: `/thong-bao/${i + 1}.html`, date: '2020-03-31', summary: text }),
      service: (i) => ({ title: title(i), url: `/dich-vu/${i + 1}.html`, description: text, group: `Nhóm ${(i % 7) + 1}` }),
      video: (i) => ({ title: title(i), url: `/video/${i + 1}.mp4`, duration: '3:25', date: '2020-03-31', summary: text }),
    }[shape];
    if (!make) {
      ctx.status = 400;
      return;
    }
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ items: Array.from({ length: n }, (_, i) => make(i)) });
    return;
  }
  ctx.status = 404;
  ctx.body = `no /api/sec/${route}`;
}
