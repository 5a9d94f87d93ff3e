import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { backoffMs, refreshMs } from './bounds.js';
import type { DataSource } from './data-source.js';
import { inLiveDocument } from './page.js';

/** What the poller uses of the element's data source. */
export type PolledSource = Pick<DataSource<unknown>, 'lastLoad' | 'error' | 'url' | 'refetch'>;

/** What the poller reads from its element. */
export interface PollingHost extends ReactiveControllerHost, Element {
  /** Seconds between quiet refetches of `src` (clamped to 10 s … 24 h); 0 or unset: none. */
  refresh?: number;
}

/**
 * Refetches the element's `src` quietly every `refresh` seconds (clamped to 10 s … 24 h) while its
 * document is live and visible. After a failed load the wait doubles (with jitter, up to 32 times
 * `refresh` and at most a day) and goes back to `refresh` after a success. A hidden page stops the
 * timer, and showing it again polls when the wait is over (at once when a poll is overdue); a
 * document that is no longer shown (its iframe removed) stops it for good. Only the elements with a
 * `refresh` attribute use it (the notice board and the visit counter), through `LazyPolling`
 * (lazy-polling.ts), which loads this module only when an element has a `refresh`.
 */
export class Polling implements ReactiveController {
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** `ms|url` of the running timer, '' when none: a change restarts it. */
  #key = '';
  /** Failed loads in a row (each one doubles the wait). */
  #failures = 0;
  /** `data.lastLoad` already counted in `#failures`. */
  #seenLoad = 0;
  /** The document whose visibility is watched (the element's, as it was when connected). */
  #doc: Document | undefined;

  readonly #host: PollingHost;
  readonly #data: PolledSource;

  constructor(host: PollingHost, data: PolledSource) {
    this.#host = host;
    this.#data = data;
    host.addController(this);
  }

  hostConnected(): void {
    this.#doc = this.#host.ownerDocument;
    this.#doc.addEventListener('visibilitychange', this.#onVisibility);
  }

  hostDisconnected(): void {
    this.#doc?.removeEventListener('visibilitychange', this.#onVisibility);
    this.#doc = undefined;
    this.#stop();
  }

  hostUpdated(): void {
    const load = this.#data.lastLoad;
    if (load !== this.#seenLoad) {
      // A load just ended: count it, and wait the (backed-off) delay from now.
      this.#seenLoad = load;
      this.#failures = this.#data.error ? this.#failures + 1 : 0;
      this.#stop();
    }
    this.#schedule();
  }

  /** Connected, in a live document, and the page visible. */
  #active(): boolean {
    return inLiveDocument(this.#host) && this.#host.ownerDocument.visibilityState !== 'hidden';
  }

  readonly #onVisibility = (): void => {
    // Hidden: the timer stops. Shown: it is set again for what is left of the wait (none when overdue).
    this.#stop();
    this.#schedule();
  };

  readonly #tick = (): void => {
    this.#timer = undefined;
    // No callback tells the element that its iframe went away: the timer finds out, and ends here.
    if (!this.#active()) {
      this.#key = '';
      return;
    }
    // The answer (or the request already on its way) ends in an update, which schedules the next poll.
    this.#data.refetch();
  };

  #schedule(): void {
    const base = refreshMs(this.#host.refresh);
    const url = this.#data.url;
    // The first poll waits for the first answer, and each later one is counted from the last answer.
    const key = base && url && this.#data.lastLoad && this.#active() ? `${base}|${url}` : '';
    if (key === this.#key) return;
    this.#stop();
    this.#key = key;
    const wait = backoffMs(base, this.#failures) - (Date.now() - this.#data.lastLoad);
    if (key) this.#timer = setTimeout(this.#tick, Math.max(0, wait));
  }

  #stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#key = '';
  }
}
