// @ts-check
/**
 * The visit counter's server side, for Node: the request handler, a ready-made server and the
 * count stores. Never imported by the browser bundle.
 * @module
 */
export { createCounterHandler, ONLINE_WINDOW_MS } from './handler.js';
export { startCounterServer } from './server.js';
export { openStore } from './stores.js';
export { openSqliteStore } from './sqlite-store.js';
export { openRedisStore } from './redis-store.js';
export { StoreUnavailableError } from './store.js';
export { DEFAULT_TIME_ZONE } from './sites.js';
