// Faults: a killed service keeps every answered visit (SQLite); Redis going away gives clear 5xx
// answers and the service recovers by itself; two instances on one Redis count exactly.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { openRedisStore } from '../../src/counter-service/index.js';
import { addressOf, counts, newVisitor, redisUrl, startTestServer, storeKind, tempDir, visit } from './helpers.mjs';
import { freePort } from '../../scripts/lib/free-port.mjs';

const bin = new URL('../../bin/gov-portal-elements-counter.mjs', import.meta.url).pathname;

/** Starts the command-line service; resolves with its child process and URL once it listens. */
async function startCli(t, args) {
  const child = spawn(process.execPath, [bin, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  t.after(() => child.exitCode === null && child.kill('SIGKILL'));
  let output = '';
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the service did not start: ${output}`)), 10_000);
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /Counting visits: (http:\/\/[^/\s]+)\/counter\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => reject(new Error(`the service exited (${code}): ${output}`)));
  });
  return { child, url, output: () => output };
}

/** Starts redis-server on `port` (no persistence); resolves once it accepts commands. */
async function startRedis(t, port) {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  t.after(() => child.exitCode === null && child.kill('SIGKILL'));
  for (let i = 0; i < 100; i++) {
    const ok = await new Promise((resolve) => {
      const socket = createServer().listen(port, '127.0.0.1');
      socket.once('listening', () => socket.close(() => resolve(false)));
      socket.once('error', () => resolve(true));
    });
    if (ok) return child;
    await sleep(50);
  }
  throw new Error('redis-server did not start');
}

const killed = (child) =>
  new Promise((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', resolve), child.kill('SIGKILL'))));

describe(`counter faults (${storeKind})`, () => {
  test('one command starts the service on a new SQLite file, and it counts', async (t) => {
    const db = join(tempDir(t), 'counts.sqlite');
    const { url, output } = await startCli(t, [
      '--db',
      db,
      '--site',
      'gia-loc=https://gialoc.haiduong.gov.vn',
      '--start',
      'gia-loc=1.116.844',
    ]);
    assert.match(output(), /Counts kept in .*counts\.sqlite/);
    assert.deepEqual((await visit(url, { visitor: newVisitor() })).json, { online: 1, today: 1, month: 1, total: 1116845 });
  });

  test('the command explains a bad configuration instead of starting', async () => {
    for (const [args, message] of [
      [[], /No site configured/],
      [['--site', 'gia-loc'], /expected NAME=ORIGIN/],
      [['--site', 'gia-loc=https://gialoc.haiduong.gov.vn/trang-chu'], /no path/],
      [['--site', 'gia-loc=https://gialoc.haiduong.gov.vn', '--time-zone', 'Mars/Olympus'], /Unknown time zone/],
      [['--site', 'gia-loc=https://gialoc.haiduong.gov.vn', '--start', 'gia-tan=5'], /no site "gia-tan"/],
      [['--bogus'], /Unknown option/],
    ]) {
      const child = spawn(process.execPath, [bin, '--port', '0', '--db', ':memory:', ...args], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stderr.on('data', (chunk) => (output += chunk));
      const code = await new Promise((resolve) => child.once('exit', resolve));
      assert.notEqual(code, 0, args.join(' '));
      assert.match(output, message);
    }
  });

  test('SQLite: a service killed with SIGKILL under load keeps every answered visit after a restart', async (t) => {
    if (storeKind !== 'sqlite') return;
    const db = join(tempDir(t), 'counts.sqlite');
    const args = ['--db', db, '--site', 'gia-loc=https://gialoc.haiduong.gov.vn', '--trust-proxy', 'x-forwarded-for'];
    const first = await startCli(t, args);
    let answered = 0;
    let sent = 0;
    let stop = false;
    const worker = async (w) => {
      for (let i = 0; !stop && i < 2000; i++) {
        sent++;
        const res = await visit(first.url, {
          visitor: newVisitor(),
          headers: { 'x-forwarded-for': addressOf(w * 2000 + i) },
        }).catch(() => undefined);
        if (!res) return;
        if (res.status === 200) answered++;
      }
    };
    const workers = Array.from({ length: 20 }, (_, w) => worker(w));
    while (answered < 400) await sleep(5);
    first.child.kill('SIGKILL');
    stop = true;
    await Promise.all(workers);
    const second = await startCli(t, args);
    const { total } = await counts(second.url);
    assert.ok(total >= answered, `${total} counted, ${answered} answered`);
    assert.ok(total <= sent, `${total} counted, ${sent} sent`);
  });

  test('Redis: while it is down the service answers 503 clearly, and recovers without a restart', async (t) => {
    if (storeKind !== 'redis') return;
    const port = await freePort();
    const store = openRedisStore(`redis://127.0.0.1:${port}`, { prefix: `test:${randomUUID()}:` });
    t.after(() => store.close());
    const { url } = await startTestServer(t, { store });
    // Not started yet: the service is up, the store is not.
    const before = await visit(url, { visitor: newVisitor() });
    assert.equal(before.status, 503);
    assert.match(before.json.error, /count store is unavailable/);
    assert.equal(before.headers.get('retry-after'), '5');
    assert.equal(before.headers.get('access-control-allow-origin'), 'https://gialoc.haiduong.gov.vn');

    const untilAnswered = async () => {
      for (let i = 0; i < 200; i++) {
        const res = await visit(url, { visitor: newVisitor() });
        if (res.status === 200) return res;
        assert.equal(res.status, 503);
        await sleep(50);
      }
      throw new Error('the service did not recover within 10 s');
    };
    let redis = await startRedis(t, port);
    assert.equal((await untilAnswered()).json.total, 1);
    await killed(redis);
    const during = await visit(url, { visitor: newVisitor() });
    assert.equal(during.status, 503);
    assert.equal((await visit(url, { method: 'GET' })).status, 503);
    redis = await startRedis(t, port);
    const after = await untilAnswered();
    assert.equal(after.status, 200);
    assert.deepEqual(Object.keys(after.json), ['online', 'today', 'month', 'total']);
  });

  test('Redis: two instances sharing one Redis count N concurrent visits exactly N times', async (t) => {
    if (storeKind !== 'redis') return;
    const prefix = `test:${randomUUID()}:`;
    const stores = [openRedisStore(redisUrl, { prefix }), openRedisStore(redisUrl, { prefix })];
    t.after(() => Promise.all(stores.map((s) => s.close())));
    const [a, b] = await Promise.all(stores.map((store) => startTestServer(t, { store, trustProxy: true })));
    const n = 400;
    const answers = await Promise.all(
      Array.from({ length: n }, (_, i) =>
        visit(i % 2 ? a.url : b.url, { visitor: newVisitor(), headers: { 'x-forwarded-for': addressOf(i) } }),
      ),
    );
    assert.ok(answers.every((r) => r.status === 200));
    assert.deepEqual(await counts(a.url), { online: n, today: n, month: n, total: n });
    assert.deepEqual(await counts(b.url), { online: n, today: n, month: n, total: n });
  });

  test('Redis: keys expire, and no key or value holds an address', async (t) => {
    if (storeKind !== 'redis') return;
    const { Redis } = await import('ioredis');
    const prefix = `test:${randomUUID()}:`;
    const store = openRedisStore(redisUrl, { prefix });
    t.after(() => store.close());
    const { url } = await startTestServer(t, { store, trustProxy: true });
    const visitor = newVisitor();
    await visit(url, { visitor, headers: { 'x-forwarded-for': '203.0.113.77' } });
    const redis = new Redis(redisUrl);
    t.after(() => redis.disconnect());
    const keys = (await redis.keys(`${prefix}*`)).sort();
    assert.deepEqual(
      keys.map((k) => k.slice(prefix.length)),
      [`gia-loc:counted:${visitor}`, 'gia-loc:day:2026-12-06', 'gia-loc:month:2026-12', 'gia-loc:online', 'gia-loc:total'],
    );
    for (const key of keys) {
      const ttl = await redis.ttl(key);
      if (key.endsWith(':total')) assert.equal(ttl, -1, key);
      else assert.ok(ttl > 0, `${key} expires`);
      const type = await redis.type(key);
      const value = type === 'zset' ? (await redis.zrange(key, 0, -1)).join(' ') : await redis.get(key);
      assert.ok(!String(value).includes('203.0.113.77'), key);
    }
  });
});
