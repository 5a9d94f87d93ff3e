// `npm run bench:counter`: load and faults for the visit counter's service, on loopback only, in
// bounded runs (about a minute in all). Not a test: the correctness parts are asserted in
// `npm run test:counter`; this prints the figures BENCHMARKS.md quotes.
//
//   node scripts/measure/counter-load.mjs [--seconds=5] [--connections=50]
//
// 1. SQLite, one instance: POST (each from a distinct simulated visitor through the trusted proxy
//    header) and GET: requests/s, p99, and visits counted per second (the total's rise / time).
// 2. Redis (redis-server started here), one instance, then two instances loaded at once.
// 3. N concurrent POSTs from distinct visitors: the total rises by exactly N (both stores).
// 4. SIGKILL during load (SQLite): every answered POST is still counted after a restart.
// 5. Redis killed mid-load and started again: 503s while it is away, then recovery, no restart.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '../lib/free-port.mjs';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const seconds = Math.min(Number(args.seconds ?? 5), 30);
const connections = Math.min(Number(args.connections ?? 50), 500);
const bin = new URL('../../bin/gov-portal-elements-counter.mjs', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'counter-bench-'));
const ORIGIN = 'https://gialoc.haiduong.gov.vn';
const UA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/74.0.3729.169 Safari/537.36';
const children = new Set();
let visitorSeq = 0;

const address = (i) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
const visitor = () => randomBytes(16).toString('hex');

async function waitForPort(port) {
  for (let i = 0; i < 200; i++) {
    const up = await new Promise((resolve) => {
      const socket = createConnection(port, '127.0.0.1');
      socket.once('connect', () => socket.end(() => resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (up) return;
    await sleep(25);
  }
  throw new Error(`nothing listens on ${port}`);
}

/** Starts the command-line service with `store` args; resolves with its URL and process. */
async function startService(storeArgs) {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [bin, '--port', String(port), '--site', `gia-loc=${ORIGIN}`, '--trust-proxy', 'x-forwarded-for', ...storeArgs],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  children.add(child);
  child.once('exit', () => children.delete(child));
  await waitForPort(port);
  return { child, url: `http://127.0.0.1:${port}` };
}

async function startRedis(port) {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  await waitForPort(port);
  return child;
}

const stop = (child) =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', resolve);
    child.kill('SIGKILL');
  });

async function total(url) {
  const res = await fetch(`${url}/counter/gia-loc`, { headers: { 'x-forwarded-for': '192.0.2.1' } });
  return (await res.json()).total;
}

/** One autocannon run; every request comes from a new simulated visitor (address and id). */
function load(url, method, duration = seconds) {
  return autocannon({
    url: `${url}/counter/gia-loc`,
    method,
    connections,
    duration,
    headers: { origin: ORIGIN, 'user-agent': UA },
    requests: [
      {
        setupRequest: (req) => {
          const i = visitorSeq++;
          return {
            ...req,
            path: `/counter/gia-loc?visitor=${visitor()}`,
            headers: { ...req.headers, 'x-forwarded-for': address(i) },
          };
        },
      },
    ],
  });
}

const rows = [];
function report(name, result, counted) {
  const row = {
    scenario: name,
    'req/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    'non-2xx': result.non2xx,
    errors: result.errors + result.timeouts,
    'counted/s': counted === undefined ? '' : Math.round(counted / result.duration),
  };
  rows.push(row);
  console.log(JSON.stringify(row));
}

async function throughput(label, url) {
  const before = await total(url);
  const post = await load(url, 'POST');
  report(`${label}: POST`, post, (await total(url)) - before);
  report(`${label}: GET`, await load(url, 'GET'));
}

/** N POSTs at once from distinct visitors, spread over the given instances; answers the total's rise. */
async function exactly(n, urls) {
  await sleep(500); // requests still in flight when a load run ends are answered first
  const before = await total(urls[0]);
  const answers = await Promise.all(
    Array.from({ length: n }, (_, i) =>
      fetch(`${urls[i % urls.length]}/counter/gia-loc?visitor=${visitor()}`, {
        method: 'POST',
        headers: { origin: ORIGIN, 'user-agent': UA, 'x-forwarded-for': address(visitorSeq++) },
      }).then((r) => r.status),
    ),
  );
  return { ok: answers.filter((s) => s === 200).length, rose: (await total(urls[0])) - before };
}

/** POSTs from `workers` loops until `until()`; counts answers by status. */
async function hammer(url, workers, until) {
  const tally = { answered: 0, failed: 0, errors: 0 };
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (!until()) {
        try {
          const res = await fetch(`${url}/counter/gia-loc?visitor=${visitor()}`, {
            method: 'POST',
            headers: { origin: ORIGIN, 'user-agent': UA, 'x-forwarded-for': address(visitorSeq++) },
            signal: AbortSignal.timeout(3000),
          });
          await res.arrayBuffer();
          if (res.status === 200) tally.answered++;
          else tally.failed++;
        } catch {
          tally.errors++;
          await sleep(20);
        }
      }
    }),
  );
  return tally;
}

try {
  const loadAvg = () =>
    loadavg()
      .map((n) => n.toFixed(1))
      .join(' ');
  console.log(
    `Node ${process.version}, ${cpus().length} cores, load average ${loadAvg()}, ${connections} connections, ${seconds} s per run`,
  );

  // 1. SQLite
  const db = join(dir, 'counts.sqlite');
  const sqlite = await startService(['--db', db]);
  await throughput('SQLite, 1 instance', sqlite.url);
  const n = 1000;
  const onSqlite = await exactly(n, [sqlite.url]);
  console.log(`SQLite: ${n} concurrent POSTs, ${onSqlite.ok} answered 200, total rose by ${onSqlite.rose}`);

  // 4. SIGKILL under load
  let killedAt = 0;
  await sleep(500);
  const base = await total(sqlite.url);
  const run = hammer(sqlite.url, 20, () => killedAt > 0);
  await sleep(1500);
  sqlite.child.kill('SIGKILL');
  killedAt = Date.now();
  const tally = await run;
  const again = await startService(['--db', db]);
  const afterRestart = await total(again.url);
  console.log(
    `SQLite SIGKILL under load: ${tally.answered} POSTs answered, ${tally.errors} cut off by the kill; after a restart ` +
      `the total rose by ${afterRestart - base} (every answered POST kept: ${afterRestart - base >= tally.answered})`,
  );
  await stop(again.child);

  // 2. Redis
  const redisPort = await freePort();
  let redis = await startRedis(redisPort);
  const redisUrl = `redis://127.0.0.1:${redisPort}`;
  const one = await startService(['--redis', redisUrl]);
  await throughput('Redis, 1 instance', one.url);
  const two = await startService(['--redis', redisUrl]);
  const before = await total(one.url);
  const [a, b] = await Promise.all([load(one.url, 'POST'), load(two.url, 'POST')]);
  const rose = (await total(one.url)) - before;
  report('Redis, 2 instances: POST (instance A)', a);
  report('Redis, 2 instances: POST (instance B)', b);
  console.log(
    `Redis, 2 instances together: ${Math.round(a.requests.average + b.requests.average)} req/s, ` +
      `${Math.round(rose / Math.max(a.duration, b.duration))} counted visits/s`,
  );
  const onRedis = await exactly(n, [one.url, two.url]);
  console.log(`Redis, 2 instances: ${n} concurrent POSTs, ${onRedis.ok} answered 200, total rose by ${onRedis.rose}`);

  // 5. Redis restarted mid-load
  const phases = [];
  let done = false;
  const during = hammer(one.url, 10, () => done);
  await sleep(1000);
  await stop(redis);
  const down = Date.now();
  await sleep(2000);
  phases.push(await exactly(20, [one.url])); // waits 0.5 s first
  redis = await startRedis(redisPort);
  const upAgain = Date.now();
  let recovered = 0;
  for (let i = 0; i < 100 && !recovered; i++) {
    const res = await fetch(`${one.url}/counter/gia-loc?visitor=${visitor()}`, {
      method: 'POST',
      headers: { origin: ORIGIN, 'user-agent': UA, 'x-forwarded-for': address(visitorSeq++) },
    });
    if (res.status === 200) recovered = Date.now();
    else await sleep(50);
  }
  await sleep(1000);
  done = true;
  const redisTally = await during;
  console.log(
    `Redis killed under load: while down, ${phases[0].ok}/20 POSTs answered 200 (the rest 503); ` +
      `first 200 ${recovered ? `${recovered - upAgain} ms after redis-server was back` : 'never (within 5 s)'}; ` +
      `whole run: ${redisTally.answered} answered 200, ${redisTally.failed} 503, ${redisTally.errors} errors; outage ${upAgain - down} ms`,
  );
  await Promise.all([one.child, two.child, redis].map(stop));

  console.log(`load average at the end: ${loadAvg()}`);
  console.log('\n| scenario | req/s | p50 ms | p99 ms | non-2xx | errors | counted/s |\n|---|---|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${Object.values(r).join(' | ')} |`);
} finally {
  await Promise.all([...children].map(stop));
  rmSync(dir, { recursive: true, force: true });
}
