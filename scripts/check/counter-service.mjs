// Runs the counter service's tests twice, against SQLite (temporary files) and against Redis
// (a redis-server started here on a free loopback port, without persistence, stopped by its PID at
// the end). Prints `counter: N passed, N failed` last; exits 1 on any failure.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createConnection } from 'node:net';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '../lib/free-port.mjs';

const dir = new URL('../../tests/counter-service/', import.meta.url);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.test.mjs'))
  .map((f) => new URL(f, dir).pathname);

async function startRedis() {
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  child.once('error', (e) => console.error(`redis-server could not start: ${e.message}`));
  for (let i = 0; i < 100; i++) {
    const up = await new Promise((resolve) => {
      const socket = createConnection(port, '127.0.0.1');
      socket.once('connect', () => socket.end(() => resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (up) return { child, url: `redis://127.0.0.1:${port}` };
    await sleep(50);
  }
  child.kill('SIGKILL');
  throw new Error('redis-server did not start (is it installed? apt-get install redis-server)');
}

/** Runs every test file with the store `kind`; resolves with the leaf tests' pass and fail counts. */
async function runWith(kind, env) {
  Object.assign(process.env, { COUNTER_STORE: kind, ...env });
  console.log(`\n— counter service tests on ${kind} —`);
  const tally = { passed: 0, failed: 0 };
  const stream = run({ files, concurrency: 1, timeout: 60_000 });
  stream.on('test:pass', (t) => t.details?.type !== 'suite' && tally.passed++);
  stream.on('test:fail', (t) => t.details?.type !== 'suite' && tally.failed++);
  stream.compose(spec).pipe(process.stdout, { end: false });
  await new Promise((resolve) => stream.once('end', resolve));
  return tally;
}

let redis;
const totals = { passed: 0, failed: 0 };
try {
  const sqlite = await runWith('sqlite', {});
  redis = await startRedis();
  const onRedis = await runWith('redis', { COUNTER_REDIS_URL: redis.url });
  for (const tally of [sqlite, onRedis]) {
    totals.passed += tally.passed;
    totals.failed += tally.failed;
  }
} catch (e) {
  console.error(e);
  totals.failed++;
} finally {
  if (redis && redis.child.exitCode === null) {
    process.kill(redis.child.pid, 'SIGTERM');
    await new Promise((resolve) => redis.child.once('exit', resolve));
  }
}
console.log(`counter: ${totals.passed} passed, ${totals.failed} failed`);
process.exitCode = totals.failed ? 1 : 0;
