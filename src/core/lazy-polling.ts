import type { ReactiveController } from 'lit';
import { refreshMs } from './bounds.js';
import type { PolledSource, PollingHost } from './polling.js';

/**
 * Polls the element's `src` every `refresh` seconds (see `Polling` in polling.ts), loading the poller
 * only when it is needed: as soon as the element has a `refresh`, alongside its first request, while
 * the network that just delivered the page is still there (not after a first answer, which may be the
 * network failing: a board that could not load its poller then would never poll to recover). The first
 * poll is at least 10 s away; a page whose boxes never poll never downloads the poller.
 */
export class LazyPolling implements ReactiveController {
  readonly #host: PollingHost;
  readonly #data: PolledSource;
  #asked = false;

  constructor(host: PollingHost, data: PolledSource) {
    this.#host = host;
    this.#data = data;
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.#asked || !refreshMs(this.#host.refresh)) return;
    this.#asked = true;
    import('./polling.js').then(
      ({ Polling }) => {
        // Lit calls hostConnected at once when the element is connected (else when it is next).
        new Polling(this.#host, this.#data);
        this.#host.requestUpdate();
      },
      // Not loaded (the page went offline at that very moment): the page's other boxes still work.
      () => undefined,
    );
  }
}
