import { GovDataError } from './errors.js';
import { parseBody } from './parse-body.js';

export interface FetchOptions {
  /** Aborts the request (the element was removed, or its `src` changed). */
  signal: AbortSignal;
  /** Milliseconds before the request fails as a time-out. */
  timeout: number;
  method?: 'GET' | 'POST';
}

/** Milliseconds before a request fails when the element's `timeout` is unusable. */
const DEFAULT_TIMEOUT = 10_000;

/** Fetches `url` and parses its body as JSON or a feed. Every failure is a `GovDataError`. */
export async function fetchData(url: string, { signal, timeout: given, method = 'GET' }: FetchOptions): Promise<unknown> {
  // A `timeout` that is not a positive number (`"abc"`, `0`, `-5`) would fail every request at once.
  const timeout = Number.isFinite(given) && given > 0 ? given : DEFAULT_TIMEOUT;
  const timer = new AbortController();
  const id = setTimeout(() => timer.abort(), timeout);
  const onAbort = (): void => timer.abort();
  signal.addEventListener('abort', onAbort);
  try {
    const res = await fetch(url, {
      method,
      signal: timer.signal,
      headers: { Accept: 'application/json, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5' },
    });
    if (!res.ok) throw new GovDataError('http', `HTTP ${res.status} ${res.statusText} from ${url}`.trim(), res.status);
    return await parseBody(await res.text(), res.headers.get('content-type') ?? '');
  } catch (e) {
    if (e instanceof GovDataError) throw e;
    if (timer.signal.aborted && !signal.aborted) {
      throw new GovDataError('timeout', `No answer from ${url} within ${timeout} ms`, Math.round(timeout / 100) / 10);
    }
    throw new GovDataError('network', `Network error while loading ${url}: ${(e as Error).message}`);
  } finally {
    clearTimeout(id);
    signal.removeEventListener('abort', onAbort);
  }
}
