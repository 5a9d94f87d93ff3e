import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DataSource } from './data-source.js';

/** What the poller reads from its element. */
export interface PollingHost extends ReactiveControllerHost {
  /** Seconds between quiet refetches of `src`; 0 or unset: none. */
  refresh?: number;
  readonly isConnected: boolean;
}

/**
 * Refetches the element's `src` quietly every `refresh` seconds while the page is visible and the
 * element connected; a hidden page stops the interval, and showing it again refetches at once when
 * a poll is overdue. Only the elements with a `refresh` attribute import it (the notice board and the
 * visit counter), so the others do not carry it.
 */
export class Polling implements ReactiveController {
  #timer: ReturnType<typeof setInterval> | undefined;
  /** `seconds|url` of the running interval, '' when none: a change restarts it. */
  #key = '';

  constructor(
    private readonly host: PollingHost,
    private readonly data: DataSource<unknown>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#onVisibility);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#stop();
  }

  hostUpdated(): void {
    this.#schedule();
  }

  get #seconds(): number {
    return this.host.refresh ?? 0;
  }

  readonly #onVisibility = (): void => {
    const ms = this.#seconds * 1000;
    if (document.visibilityState === 'visible' && ms > 0 && Date.now() - this.data.lastLoad >= ms) this.data.refetch();
    // Stop the interval (not just forget its key): a hidden page must not keep polling.
    this.#stop();
    this.#schedule();
  };

  #schedule(): void {
    const seconds = this.#seconds;
    const url = this.data.url;
    const active = seconds > 0 && url && this.host.isConnected && document.visibilityState !== 'hidden';
    const key = active ? `${seconds}|${url}` : '';
    if (key === this.#key) return;
    this.#stop();
    this.#key = key;
    if (active) this.#timer = setInterval(() => this.data.refetch(), seconds * 1000);
  }

  #stop(): void {
    clearInterval(this.#timer);
    this.#key = '';
  }
}
