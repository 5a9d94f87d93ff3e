// Shared by the counter service's tests: a store of the kind under test, a server on a free
// loopback port with a clock the test moves, and requests as a browser on a portal page makes them.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRedisStore, openSqliteStore, startCounterServer } from '../../src/counter-service/index.js';

/** `sqlite` or `redis`: scripts/check/counter-service.mjs runs the suite once with each. */
export const storeKind = process.env.COUNTER_STORE === 'redis' ? 'redis' : 'sqlite';

/** The Redis the suite runs against (started by scripts/check/counter-service.mjs on a loopback port). */
export const redisUrl = process.env.COUNTER_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A browser's user agent (Chrome on Windows, from isbot's fixtures/browsers.yml). */
export const BROWSER =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/74.0.3729.169 Safari/537.36';

export const PAGE = 'https://gialoc.haiduong.gov.vn';

/** A fresh, empty directory, removed after the test. */
export function tempDir(t) {
  const dir = mkdtempSync(join(tmpdir(), 'counter-test-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** An empty store of the kind under test (a new SQLite file, or a fresh key prefix in Redis), closed after the test. */
export function makeStore(t, kind = storeKind) {
  const store =
    kind === 'redis'
      ? openRedisStore(redisUrl, { prefix: `test:${randomUUID()}:` })
      : openSqliteStore(join(tempDir(t), 'counts.sqlite'));
  t.after(() => store.close());
  return store;
}

/** A clock the test sets; starts at 10:00 on 6 December 2026 in Hà Nội. */
export function testClock(iso = '2026-12-06T03:00:00Z') {
  let now = Date.parse(iso);
  return {
    now: () => now,
    set: (text) => (now = Date.parse(text)),
    advance: (ms) => (now += ms),
  };
}

/**
 * A counter server for one test, on a free port; the gia-loc site counts for the model page.
 * @returns {Promise<{ url: string, clock: ReturnType<typeof testClock>, store: object }>}
 */
export async function startTestServer(t, options = {}) {
  const clock = options.clock ?? testClock();
  const store = options.store ?? makeStore(t);
  const running = await startCounterServer({
    port: 0,
    sites: { 'gia-loc': { origins: [PAGE] } },
    now: clock.now,
    log: () => {},
    ...options,
    store,
  });
  t.after(() => running.close());
  return { url: running.url, clock, store };
}

/** Addresses for simulated visitors behind the trusted proxy header (documentation range 198.18.0.0/15). */
export const addressOf = (i) => `198.18.${(i >> 8) & 255}.${i & 255}`;

/**
 * A request as `<gov-visit-counter>` makes it from the model page (an Origin, a browser's user
 * agent, the visitor id in the query); `headers` and `visitor` override those.
 */
export async function visit(base, { method = 'POST', site = 'gia-loc', visitor, headers = {}, body } = {}) {
  const query = visitor ? `?visitor=${encodeURIComponent(visitor)}` : '';
  const res = await fetch(`${base}/counter/${site}${query}`, {
    method,
    body,
    // A header given as undefined is not sent.
    headers: Object.fromEntries(
      Object.entries({ origin: PAGE, 'user-agent': BROWSER, ...headers }).filter(([, v]) => v !== undefined),
    ),
  });
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, json, text };
}

/** The counts as a GET without a visitor id reads them. */
export async function counts(base, site = 'gia-loc') {
  const { json } = await visit(base, { method: 'GET', site });
  return json;
}

/** A visitor id as the element makes one. */
export const newVisitor = () => randomUUID().replaceAll('-', '');
