/*
 * A Storybook-side mock server, inside the preview page, so the loading and error states need no
 * real server and make no real request (a real 404 or a refused connection would also print a
 * console error, which the smoke test treats as a failure). Only paths under `/__mock__/` are
 * answered here; every other request goes to the real `fetch`.
 *
 *   __mock__/never                  never answers (the loading state, for as long as `timeout` allows)
 *   __mock__/status/503             answers with that HTTP status
 *   __mock__/html                   answers an HTML page instead of data
 *   __mock__/text?body=…&type=…     answers that body with that content type
 *   __mock__/delay?ms=1500&url=…    answers what `url` answers, `ms` later
 */

const statusText: Record<number, string> = {
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

/** A promise that settles only when `signal` aborts, as a request that never answers. */
function never(signal: AbortSignal | null | undefined): Promise<Response> {
  return new Promise((_, reject) => {
    signal?.addEventListener('abort', () => reject(signal.reason ?? new DOMException('Aborted', 'AbortError')), { once: true });
  });
}

function wait(ms: number, signal: AbortSignal | null | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const id = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(id);
        reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
      },
      { once: true },
    );
  });
}

/** Installs the mock once per preview page. */
export function installMockFetch(): void {
  const realFetch = window.fetch.bind(window);
  if ((realFetch as { mocked?: boolean }).mocked) return;
  const mocked = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const url = new URL(href, document.baseURI);
    const at = url.pathname.indexOf('/__mock__/');
    if (url.origin !== location.origin || at < 0) return realFetch(input, init);
    const route = url.pathname.slice(at + '/__mock__/'.length);
    const signal = init?.signal;
    if (route === 'never') return never(signal);
    const status = /^status\/(\d{3})$/.exec(route);
    if (status) {
      const code = Number(status[1]);
      return new Response(`HTTP ${code}`, {
        status: code,
        statusText: statusText[code] ?? '',
        headers: { 'content-type': 'text/plain' },
      });
    }
    if (route === 'html') {
      return new Response('<!doctype html><html lang="vi"><title>Trang chủ</title><p>Không tìm thấy trang.</p></html>', {
        headers: { 'content-type': 'text/html; charset=utf-8' },
      });
    }
    if (route === 'text') {
      const type = url.searchParams.get('type') ?? 'application/json';
      return new Response(url.searchParams.get('body') ?? '', { headers: { 'content-type': type } });
    }
    if (route === 'delay') {
      await wait(Number(url.searchParams.get('ms') ?? 1000), signal);
      return realFetch(new URL(url.searchParams.get('url') ?? '', document.baseURI), init);
    }
    return new Response('unknown mock route', { status: 404, statusText: 'Not Found' });
  };
  (mocked as { mocked?: boolean }).mocked = true;
  window.fetch = mocked;
}

/** A URL of the mock server, relative to the preview page (works under any deploy path). */
export const mock = (route: string): string => `__mock__/${route}`;
