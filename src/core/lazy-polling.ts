import type { ReactiveController } from 'lit';
import { refreshMs } from './bounds.js';
import type { PolledSource, PollingHost } from './polling.js';

/**
 * Polls the element's `src` every `refresh` seconds (see `Polling` in polling.ts), loading the poller
 * only when it is needed: once the element has a `refresh` and a first answer. The first poll is at
 * least 10 s away then, so the small chunk is in long before it; a page whose boxes never poll never
 * downloads it. Should the chunk fail to load (the network went away), the next update tries again.
 */
export class LazyPolling implements ReactiveController {
  readonly #host: PollingHost;
  readonly #data: PolledSource;
  #state: 'idle' | 'loading' | 'running' = 'idle';

  constructor(host: PollingHost, data: PolledSource) {
    this.#host = host;
    this.#data = data;
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.#state !== 'idle' || !refreshMs(this.#host.refresh) || !this.#data.lastLoad) return;
    this.#state = 'loading';
    import('./polling.js').then(
      ({ Polling }) => {
        this.#state = 'running';
        // Lit calls hostConnected at once when the element is connected (else when it is next).
        new Polling(this.#host, this.#data);
        this.#host.requestUpdate();
      },
      () => {
        this.#state = 'idle';
      },
    );
  }
}
