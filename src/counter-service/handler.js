// @ts-check
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { periodOf } from './calendar.js';
import { RateLimiter } from './rate-limit.js';
import { SITE_NAME, toSites } from './sites.js';

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */
/** @typedef {import('./store.js').CountStore} CountStore */

/** A visitor id as the element makes it: 8–64 URL-safe characters, random, nothing personal. */
const VISITOR_ID = /^[A-Za-z0-9_-]{8,64}$/;

/** How long a visitor counts as "online now" after their last request. */
export const ONLINE_WINDOW_MS = 5 * 60_000;

/** How long a counted visitor id is not counted again: a POST retried after a lost answer counts once. */
export const REPEAT_WINDOW_MS = 30 * 60_000;

/**
 * @typedef {object} CounterHandlerOptions
 * @property {CountStore} store Where the counts live (`openSqliteStore` or `openRedisStore`).
 * @property {Record<string, import('./sites.js').SiteOptions>} sites The sites counted, by name.
 * @property {string | boolean} [trustProxy] Take the client address from this header's last entry
 *   (`true`: X-Forwarded-For). Only behind a proxy that sets it; otherwise anyone can pick an address.
 * @property {{ burst: number, perMinute: number }} [visitLimit] Counted visits per address (default 20, then 2 a minute).
 * @property {{ burst: number, perMinute: number }} [requestLimit] Requests per address (default 120, then 120 a minute).
 * @property {number} [maxBodyBytes] Largest request body accepted (default 1024).
 * @property {() => number} [now] The clock (ms since the epoch); tests pass their own.
 * @property {(ua: string) => boolean} [isBot] Crawler detection (default: the `isbot` package).
 * @property {(message: string) => void} [log] Where store failures are reported (default console.error).
 */

/** Answered with a status and a one-line reason. */
class HttpError extends Error {
  /** @param {number} status @param {string} message @param {Record<string, string>} [headers] */
  constructor(status, message, headers = {}) {
    super(message);
    this.status = status;
    this.headers = headers;
  }
}

/** @returns {(ua: string) => boolean} */
function loadIsBot() {
  try {
    const { isbot } = createRequire(import.meta.url)('isbot');
    return isbot;
  } catch (e) {
    throw new Error(`The counter service needs the isbot package (npm install isbot@5): ${String(e)}`);
  }
}

/**
 * A `node:http` request handler for `<gov-visit-counter count-visit>`: `POST …/<site>` counts a
 * visit and answers `{ online, today, month, total }`; `GET …/<site>` answers them. The site is the
 * last segment of the path, so the handler can be mounted under any prefix.
 * @param {CounterHandlerOptions} options
 * @returns {((req: IncomingMessage, res: ServerResponse) => Promise<void>)}
 */
export function createCounterHandler(options) {
  const { store, trustProxy, maxBodyBytes = 1024, now = Date.now, log = console.error } = options;
  const sites = toSites(options.sites);
  const isBot = options.isBot ?? loadIsBot();
  const visits = new RateLimiter({ ...(options.visitLimit ?? { burst: 20, perMinute: 2 }), now });
  const requests = new RateLimiter({ ...(options.requestLimit ?? { burst: 120, perMinute: 120 }), now });
  const proxyHeader = trustProxy === true ? 'x-forwarded-for' : trustProxy ? trustProxy.toLowerCase() : undefined;
  let lastLog = 0;

  /** @param {IncomingMessage} req */
  const addressOf = (req) => {
    const forwarded = proxyHeader ? req.headers[proxyHeader] : undefined;
    const value = Array.isArray(forwarded) ? forwarded[forwarded.length - 1] : forwarded;
    const last = value?.split(',').pop()?.trim();
    return last || req.socket.remoteAddress || 'unknown';
  };

  return async function counterHandler(req, res) {
    /** @type {Record<string, string>} */
    const cors = {};
    try {
      const url = new URL(req.url ?? '/', 'http://counter.invalid');
      const segment = lastSegment(url.pathname);
      const site = SITE_NAME.test(segment) ? sites.get(segment.toLowerCase()) : undefined;
      if (!site)
        throw new HttpError(404, `No counter for "${segment.slice(0, 64)}" here: the URL must end with a configured site name`);

      const origin = req.headers.origin;
      if (origin !== undefined) {
        if (!site.origins.has(origin))
          throw new HttpError(403, `Pages at ${origin.slice(0, 100)} may not use the counter of "${site.name}"`);
        cors['access-control-allow-origin'] = origin;
      }
      cors.vary = 'Origin';

      if (req.method === 'OPTIONS') {
        // Not needed by the element (its requests are simple), answered for other clients.
        send(res, 204, '', { ...cors, 'access-control-allow-methods': 'GET, POST', 'access-control-max-age': '86400' });
        return;
      }
      if (req.method !== 'GET' && req.method !== 'POST') {
        throw new HttpError(
          405,
          `${String(req.method).slice(0, 20)} is not supported: use GET to read the counts, POST to count a visit`,
          {
            allow: 'GET, POST, OPTIONS',
          },
        );
      }

      const address = addressOf(req);
      if (!requests.take(address)) {
        throw new HttpError(429, 'Too many requests from this address; try again later', {
          'retry-after': String(requests.retryAfter(address)),
        });
      }

      let visitor = url.searchParams.get('visitor') ?? undefined;
      if (req.method === 'POST') visitor = (await readVisitor(req, maxBodyBytes)) ?? visitor;
      if (visitor !== undefined && !VISITOR_ID.test(visitor)) {
        throw new HttpError(400, 'The visitor id must be 8–64 letters, digits, "-" or "_"');
      }

      const ua = req.headers['user-agent'] ?? '';
      const human = ua !== '' && !isBot(ua);
      const counting = req.method === 'POST' && human && visits.take(address);
      // A POST without an id is still one visitor online, under an id nobody will send again.
      if (human && !visitor && req.method === 'POST') visitor = randomUUID();
      const at = now();
      let hit;
      try {
        hit = await store.hit(site.name, {
          ...periodOf(at, site.timeZone),
          count: counting,
          visitor: human ? visitor : undefined,
          now: at,
          onlineWindowMs: ONLINE_WINDOW_MS,
          repeatWindowMs: REPEAT_WINDOW_MS,
        });
      } catch (e) {
        if (Date.now() - lastLog > 10_000) {
          lastLog = Date.now();
          log(`gov-portal-elements-counter: the count store failed: ${/** @type {Error} */ (e).message}`);
        }
        throw new HttpError(503, 'The count store is unavailable; try again shortly', { 'retry-after': '5' });
      }
      const body = { online: hit.online, today: hit.today, month: hit.month, total: hit.total + site.startTotal };
      send(res, 200, JSON.stringify(body), { ...cors, 'x-visit-counted': hit.counted ? '1' : '0' });
    } catch (e) {
      const error = e instanceof HttpError ? e : new HttpError(500, 'The counter failed unexpectedly');
      if (!(e instanceof HttpError)) log(`gov-portal-elements-counter: ${String(e)}`);
      send(res, error.status, JSON.stringify({ error: error.message }), { ...cors, ...error.headers });
      // A request body too large to read is left unread: close the connection rather than drain it.
      if (error.status === 413) res.once('finish', () => req.socket.destroy());
    }
  };
}

/**
 * The last segment of a path, decoded ('' when it is not valid percent-encoding).
 * @param {string} path
 */
function lastSegment(path) {
  try {
    return decodeURIComponent(path.replace(/\/+$/, '').split('/').pop() ?? '');
  } catch {
    return '';
  }
}

/**
 * Reads a POST body: empty, or a JSON object with an optional `visitor` string. The element sends
 * none (its id travels in the query); other clients may send `{"visitor":"…"}` as text/plain.
 * @param {IncomingMessage} req
 * @param {number} limit
 * @returns {Promise<string | undefined>}
 */
async function readVisitor(req, limit) {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new HttpError(413, `The request body is larger than ${limit} bytes`);
  /** @type {Buffer[]} */
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) throw new HttpError(413, `The request body is larger than ${limit} bytes`);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (text === '') return undefined;
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'The request body is not JSON: send none, or {"visitor":"…"}');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpError(400, 'The request body must be a JSON object such as {"visitor":"…"}');
  }
  if (body.visitor !== undefined && typeof body.visitor !== 'string') throw new HttpError(400, 'The visitor id must be a string');
  return body.visitor;
}

/**
 * @param {ServerResponse} res
 * @param {number} status
 * @param {string} body
 * @param {Record<string, string>} headers
 */
function send(res, status, body, headers) {
  if (res.headersSent) return;
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'content-length': String(Buffer.byteLength(body)),
    ...headers,
  });
  res.end(body);
}
