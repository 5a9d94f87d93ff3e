// Test-only routes served by the test runner's own server: faults, delays and request logs.
// Everything stays on this machine; fixtures come from tests/fixtures.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const fixtures = new URL('../fixtures/', import.meta.url);
const seen = new Map(); // id → methods the counter route saw

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const types = {
  json: 'application/json',
  xml: 'application/xml',
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  html: 'text/html',
};

async function fixture(name) {
  return readFile(fileURLToPath(new URL(name.replace(/[^\w.-]/g, ''), fixtures)), 'utf8');
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
    // /api/fixture?name=news.json&type=json&delay=…
    const name = q.get('name') ?? '';
    ctx.type = types[q.get('type') ?? name.split('.').pop()] ?? 'text/plain';
    ctx.body = await fixture(name);
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
    ctx.body = await fixture(q.get('name') ?? 'news.json');
    return;
  }
  if (route === 'flaky-heal') {
    seen.set(`healed:${q.get('id') ?? ''}`, ['yes']);
    ctx.body = 'ok';
    return;
  }
  return next();
}
