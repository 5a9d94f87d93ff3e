// @ts-check
import { openRedisStore } from './redis-store.js';
import { openSqliteStore } from './sqlite-store.js';

/**
 * Opens the store the options name: Redis when `redis` is given, else the SQLite file `db`.
 * @param {{ db?: string, redis?: string, onError?: (error: Error) => void }} options
 * @returns {import('./store.js').CountStore}
 */
export function openStore({ db, redis, onError }) {
  if (redis) return openRedisStore(redis, { onError });
  return openSqliteStore(db ?? './counts.sqlite');
}
