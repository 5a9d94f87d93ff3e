// @ts-check
import { createRequire } from 'node:module';
import { StoreUnavailableError } from './store.js';

/** @typedef {import('./store.js').CountStore} CountStore */

const DAY = 24 * 3600;

/**
 * A count store in Redis, shared by any number of service instances. One MULTI per request:
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
      const [total, day, month, online] = [key('total'), key(`day:${o.day}`), key(`month:${o.month}`), key('online')];
      const m = redis.multi();
      if (o.count) {
        m.incr(total)
          .incr(day)
          .expire(day, 3 * DAY)
          .incr(month)
          .expire(month, 40 * DAY);
      } else {
        m.get(total).get(day).get(month);
      }
      if (o.visitor) m.zadd(online, o.now, o.visitor);
      m.zremrangebyscore(online, '-inf', o.now - o.onlineWindowMs)
        .zcard(online)
        .pexpire(online, 2 * o.onlineWindowMs);
      let replies;
      try {
        replies = await m.exec();
      } catch (e) {
        throw new StoreUnavailableError(`Redis is unreachable: ${/** @type {Error} */ (e).message}`, e);
      }
      if (!replies) throw new StoreUnavailableError('Redis dropped the transaction');
      const failed = replies.find(([err]) => err);
      if (failed) throw new StoreUnavailableError(`Redis refused the transaction: ${String(failed[0])}`, failed[0]);
      const values = replies.map(([, v]) => Number(v ?? 0));
      const counts = o.count ? [values[0], values[1], values[3]] : values.slice(0, 3);
      return { online: values[values.length - 2], today: counts[1], month: counts[2], total: counts[0] };
    },
    async close() {
      redis.disconnect();
    },
  };
}
