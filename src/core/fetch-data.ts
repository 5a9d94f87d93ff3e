import { GovDataError } from './errors.js';
import { parseBody } from './parse-body.js';

export interface FetchOptions {
  /** Aborts the request (the element was removed, or its `src` changed). */
  signal: AbortSignal;
  /** Milliseconds before the request fails as a time-out. */
  timeout: number;
  method?: 'GET' | 'POST';
}

/** Fetches `url` and parses its body as JSON or a feed. Every failure is a `GovDataError`. */
export async function fetchData(url: string, { signal, timeout, method = 'GET' }: FetchOptions): Promise<unknown> {
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
