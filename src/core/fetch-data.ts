import { GovDataError } from './errors.js';
import { decodeBody, parseBody } from './parse-body.js';

export interface FetchOptions {
  /** Aborts the request (the element was removed, or its `src` changed). */
  signal: AbortSignal;
  /** Milliseconds before the request fails as a time-out. */
  timeout: number;
  method?: 'GET' | 'POST';
}

/** Data as fetched and parsed, with the URL it finally came from (after redirects). */
export interface Fetched {
  data: unknown;
  /** The final URL: relative links in the data resolve against it. */
  url: string;
}

/** A response as read off the network: shared between the elements that asked for it. */
interface RawResponse {
  ok: boolean;
  status: number;
  statusText: string;
  url: string;
  contentType: string;
  bytes: Uint8Array;
}

/** One request and how many callers still wait for it. */
interface Request {
  response: Promise<RawResponse>;
  controller: AbortController;
  waiting: number;
}

/** Milliseconds before a request fails when the element's `timeout` is unusable. */
const DEFAULT_TIMEOUT = 10_000;
const ACCEPT = 'application/json, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5';

/** GET requests on their way, by URL: 200 lists with one `src` on a page make one request. */
const inFlight = new Map<string, Request>();

function start(url: string, method: 'GET' | 'POST'): Request {
  const controller = new AbortController();
  const response = fetch(url, { method, signal: controller.signal, headers: { Accept: ACCEPT } }).then(async (res) => ({
    ok: res.ok,
    status: res.status,
    statusText: res.statusText,
    url: res.url || url,
    contentType: res.headers.get('content-type') ?? '',
    bytes: new Uint8Array(await res.arrayBuffer()),
  }));
  return { response, controller, waiting: 0 };
}

/** Joins the GET request for `url` already on its way, or starts one; a POST is never shared. */
function join(url: string, method: 'GET' | 'POST'): Request {
  if (method !== 'GET') return start(url, method);
  let request = inFlight.get(url);
  if (!request) {
    const made = (request = start(url, method));
    inFlight.set(url, made);
    const done = (): void => {
      if (inFlight.get(url) === made) inFlight.delete(url);
    };
    made.response.then(done, done);
  }
  return request;
}

/** Settles with the first of `promise`, a time-out after `ms`, or the caller's abort. */
function race<T>(promise: Promise<T>, ms: number, signal: AbortSignal): { result: Promise<T>; stop(): void } {
  let id: ReturnType<typeof setTimeout> | undefined;
  let onAbort = (): void => {};
  const timedOut = new Promise<never>((_, reject) => {
    id = setTimeout(() => reject(new GovDataError('timeout', '', Math.round(ms / 100) / 10)), ms);
  });
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(new GovDataError('network', 'The request was aborted'));
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort);
  });
  return {
    result: Promise.race([promise, timedOut, aborted]),
    stop() {
      clearTimeout(id);
      signal.removeEventListener('abort', onAbort);
    },
  };
}

/**
 * Fetches `url` and parses its body as JSON or a feed. Every failure is a `GovDataError`.
 * Concurrent GETs of one URL share a single request: each caller gets its own copy of the body
 * to decode and parse (nothing parsed is shared), keeps its own time-out, and leaving (abort,
 * time-out) cancels the request only when no other caller still waits for it.
 */
export async function fetchData(url: string, { signal, timeout: given, method = 'GET' }: FetchOptions): Promise<Fetched> {
  // A `timeout` that is not a positive number (`"abc"`, `0`, `-5`) would fail every request at once.
  const timeout = Number.isFinite(given) && given > 0 ? given : DEFAULT_TIMEOUT;
  const request = join(url, method);
  request.waiting++;
  const { result, stop } = race(request.response, timeout, signal);
  let res: RawResponse;
  try {
    res = await result;
  } catch (e) {
    if (e instanceof GovDataError && e.kind === 'timeout') {
      throw new GovDataError('timeout', `No answer from ${url} within ${timeout} ms`, e.status);
    }
    if (e instanceof GovDataError) throw e;
    throw new GovDataError('network', `Network error while loading ${url}: ${(e as Error).message}`);
  } finally {
    stop();
    if (--request.waiting === 0) {
      // Nobody waits any more: a request still on its way is dropped (a finished one is unaffected).
      request.controller.abort();
      if (inFlight.get(url) === request) inFlight.delete(url);
    }
  }
  if (!res.ok) throw new GovDataError('http', `HTTP ${res.status} ${res.statusText} from ${url}`.trim(), res.status);
  return { data: await parseBody(await decodeBody(res.bytes, res.contentType), res.contentType, res.url), url: res.url };
}
