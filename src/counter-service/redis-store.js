// @ts-check
import { createRequire } from 'node:module';
import { StoreUnavailableError } from './store.js';

/** @typedef {import('./store.js').CountStore} CountStore */

const DAY = 24 * 3600;

/**
 * One request, atomically (a Lua script runs alone in Redis). KEYS: total, day, month, online,
 * counted-marker of the visitor. ARGV: count (1/0), visitor id ('' for none), now (ms), online window
 * (ms), day and month key lifetimes (s), repeat window (ms). A visitor id counted within the repeat
 * window is not counted again, so a POST retried after a lost answer counts once.
 * Answers { total, day, month, online, counted (1/0) }.
 */
const HIT = `
local counted = 0
local now = tonumber(ARGV[3])
local fresh = ARGV[2] == ''
if ARGV[1] == '1' and not fresh then
  -- The marker holds when the id was counted (the service's clock); its expiry only tidies up.
  local before = tonumber(redis.call('GET', KEYS[5]) or '-1')
  fresh = before < 0 or before <= now - tonumber(ARGV[7])
  if fresh then redis.call('SET', KEYS[5], ARGV[3], 'PX', ARGV[7]) end
end
if ARGV[1] == '1' and fresh then
  counted = 1
  redis.call('INCR', KEYS[1])
  redis.call('INCR', KEYS[2])
  redis.call('EXPIRE', KEYS[2], ARGV[5])
  redis.call('INCR', KEYS[3])
  redis.call('EXPIRE', KEYS[3], ARGV[6])
end
if ARGV[2] ~= '' then redis.call('ZADD', KEYS[4], ARGV[3], ARGV[2]) end
redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf', now - tonumber(ARGV[4]))
redis.call('PEXPIRE', KEYS[4], 2 * ARGV[4])
local function n(k) return tonumber(redis.call('GET', k) or '0') end
return { n(KEYS[1]), n(KEYS[2]), n(KEYS[3]), redis.call('ZCARD', KEYS[4]), counted }
`;

/**
 * A count store in Redis, shared by any number of service instances. One script per request:
 * INCR for total, day and month (day and month keys expire once they can no longer be shown), and a
 * sorted set of visitor ids scored by their last request for "online now". Commands are not queued
 * while Redis is away: requests fail at once (503) and succeed again as soon as it is back.
 * @param {string} url `redis://host:port/db`
 * @param {{ prefix?: string, onError?: (error: Error) => void }} [options]
 * @returns {CountStore}
 */
export function openRedisStore(url, { prefix = 'gov-counter:', onError = () => {} } = {}) {
  const require = createRequire(import.meta.url);
  /** @type {typeof import('ioredis').Redis} */
  let Redis;
  try {
    Redis = require('ioredis').Redis;
  } catch (e) {
    throw new Error(`The Redis store needs the ioredis package (npm install ioredis): ${String(e)}`);
  }
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 2000,
    commandTimeout: 2000,
    retryStrategy: (times) => Math.min(100 * times, 1000),
  });
  redis.on('error', onError);
  let everReady = false;
  redis.once('ready', () => (everReady = true));

  /** At start-up, waits (briefly) for the first connection; once Redis was there, its absence fails at once. */
  const connected = async () => {
    if (redis.status === 'ready') return;
    if (!everReady) {
      await new Promise((resolve) => {
        const done = () => {
          clearTimeout(timer);
          redis.off('ready', done);
          resolve(undefined);
        };
        const timer = setTimeout(done, 2000);
        redis.once('ready', done);
      });
    }
    // The status changes while the promise above waits.
    if (/** @type {string} */ (redis.status) !== 'ready')
      throw new StoreUnavailableError(`Redis is unreachable (${redis.status})`);
  };

  return {
    kind: 'redis',
    async hit(site, o) {
      await connected();
      const key = (/** @type {string} */ name) => `${prefix}${site}:${name}`;
      const keys = [key('total'), key(`day:${o.day}`), key(`month:${o.month}`), key('online'), key(`counted:${o.visitor ?? ''}`)];
      const argv = [o.count ? '1' : '0', o.visitor ?? '', o.now, o.onlineWindowMs, 3 * DAY, 40 * DAY, o.repeatWindowMs];
      let reply;
      try {
        reply = /** @type {number[]} */ (await redis.eval(HIT, keys.length, ...keys, ...argv));
      } catch (e) {
        throw new StoreUnavailableError(`Redis is unreachable: ${/** @type {Error} */ (e).message}`, e);
      }
      const [total, today, month, online, counted] = reply.map(Number);
      return { online, today, month, total, counted: counted === 1 };
    },
    async close() {
      redis.disconnect();
    },
  };
}
