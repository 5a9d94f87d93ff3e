import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { GovDataError } from './errors.js';
import { emit } from './events.js';
import { timeoutMs } from './bounds.js';
import { fetchData } from './fetch-data.js';
import { sameData } from './same-data.js';
import { pageBase } from './page.js';
import { isServer } from 'lit';
import { forgetLastGood, keepLastGood, lastGood } from './last-good.js';

/** The four states every element reflects as its `state` attribute. */
export type GovState = 'loading' | 'ready' | 'empty' | 'error';

/** What the controller reads from its element. */
export interface DataSourceHost extends ReactiveControllerHost, HTMLElement {
  src?: string | null;
  timeout: number;
  /** The IANA zone zone-less times in the data are read in (the `time-zone` attribute). */
  timeZone?: string;
}

/** How one element turns its sources into data. */
export interface DataSourceConfig<T, D extends object = Record<string, unknown>> {
  /** Data set by code (highest priority), or `undefined`. It is validated like fetched data. */
  property(): unknown;
  /**
   * Validates raw JSON or feed data; throws `GovDataError`. Relative URLs resolve against `base`
   * (the final URL of a fetch, after redirects); zone-less times are read in `timeZone`.
   * It may return a promise (work loaded on demand, such as a sanitizer): the state stays
   * `loading` until it settles, and its answer is dropped if a newer load started meanwhile.
   */
  parse(raw: unknown, base: string, timeZone?: string): T | Promise<T>;
  /**
   * True when valid data has nothing to show. The element asks at each update (`GovElement` tells
   * `ready` from `empty`), so what it shows may change with time, as notices expire.
   */
  isEmpty(data: T): boolean;
  /** The `detail` of `gov-load`. */
  detail(data: T): D;
  /** Data given by attributes alone (lowest priority), or `undefined`. */
  attributes?(): unknown;
  /** The method of the next request to `src` (GET unless told otherwise). */
  method?(): 'GET' | 'POST';
  /** The URL requested for `src` (e.g. with a query parameter added); `src` itself by default. */
  requestUrl?(url: string): string;
}

/** Where the data comes from; `key` tells whether it changed (the value itself, the URL, the text…). */
interface Source {
  kind: 'property' | 'src' | 'inline' | 'attributes' | 'none';
  key?: unknown;
  value?: unknown;
}

/** `src` resolved against the page; as written when it is not a URL at all (the fetch then fails visibly). */
function absolute(src: string): string {
  try {
    return new URL(src, pageBase()).href;
  } catch {
    return src;
  }
}

/**
 * A JSON.parse error with where it happened: V8 names the position for most errors, not for a
 * text that ends too early, which fails at its end.
 */
function parserPosition(e: unknown, text: string): string {
  const message = e instanceof Error ? e.message : String(e);
  return /position \d+/.test(message) ? message : `${message}, at position ${text.length}`;
}

/**
 * Loads an element's data from, in order of priority: a JS property, `src` (JSON, RSS or Atom),
 * an inline `<script type="application/json">` child, or attributes. It owns the fetch, its
 * time-out and abort, the guard against late answers for an old `src`, retry and quiet refetches
 * (`Polling` asks for those), and `gov-load` and `gov-error`. The element only renders, and
 * reflects the state.
 */
export class DataSource<T, D extends object = Record<string, unknown>> implements ReactiveController {
  /** `ready` once data is accepted, even data with nothing to show (see `empty`); `empty` when there is no source. */
  state: GovState = 'loading';
  data: T | undefined;
  error: GovDataError | undefined;
  /** True when the element has no source at all: its fallback content is all there is. */
  sourceless = false;
  /**
   * When the data on screen loaded, in ms since the epoch, if it is the last data kept from `src`
   * shown because `src` failed now (see last-good.ts); `undefined` for fresh data.
   */
  stale: number | undefined;

  #source: Source | undefined;
  /** Bumped for every new request and on removal: an answer from an older generation is dropped. */
  #generation = 0;
  #inFlight: AbortController | undefined;
  /** Data is being validated by a `parse` that returned a promise (the article's sanitizer loading). */
  #parsing = false;
  #pendingEvent: 'gov-load' | 'gov-error' | undefined;
  /** When the last answer (or failure) from `src` arrived, in ms since the epoch. */
  lastLoad = 0;
  /** How many loads have settled (data accepted, or a failure), counted as their event fires. */
  settledLoads = 0;

  readonly #host: DataSourceHost;

  constructor(
    host: DataSourceHost,
    // Left a TypeScript `private`, not `#config`: the server renderer (src/ssr/load-data.js) reads `config.requestUrl`.
    private readonly config: DataSourceConfig<T, D>,
  ) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    // Server-rendered (its shadow root came with the page): the data embedded for it, before the first render.
    if (!this.#source && this.#host.shadowRoot?.firstChild) this.#hydrate();
    // After a removal and re-insertion, hostUpdate restarts what hostDisconnected stopped.
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    if (this.#inFlight || this.#parsing) {
      // Drop the request (or the validation waiting for its sanitizer); a later reconnection starts it again.
      this.#inFlight?.abort();
      this.#inFlight = undefined;
      this.#parsing = false;
      this.#generation++;
      this.#source = undefined;
    }
  }

  hostUpdate(): void {
    this.sync();
  }

  hostUpdated(): void {
    const type = this.#pendingEvent;
    this.#pendingEvent = undefined;
    if (type) this.settledLoads++;
    if (type === 'gov-load' && this.data !== undefined) emit(this.#host, type, this.config.detail(this.data));
    if (type === 'gov-error' && this.error) {
      // As the page gave it: the attribute, or the property that frameworks set instead.
      emit(this.#host, type, { error: this.error, src: this.#host.getAttribute('src') ?? this.#host.src ?? undefined });
    }
    if (type) this.#settleWaiting();
  }

  /** Callers of `loaded` waiting for the load under way. */
  #waiting: { resolve(detail: D): void; reject(error: GovDataError): void }[] = [];

  /**
   * For code that starts listening after the first render (a React effect, a late script): resolves
   * with the `gov-load` detail of the data on screen, or of the next data once it renders, and
   * rejects with the `gov-error` error when the load under way (or the last one) failed.
   */
  get loaded(): Promise<D> {
    // After the update under way, which takes up data just set from code.
    return this.#host.updateComplete.then(() => {
      if (this.#pendingEvent === undefined) {
        if (this.state === 'ready' && this.data !== undefined) return this.config.detail(this.data);
        if (this.state === 'error' && this.error) throw this.error;
      }
      return new Promise<D>((resolve, reject) => this.#waiting.push({ resolve, reject }));
    });
  }

  #settleWaiting(): void {
    const waiting = this.#waiting;
    if (this.state === 'ready' && this.data !== undefined) {
      const detail = this.config.detail(this.data);
      for (const w of waiting.splice(0)) w.resolve(detail);
    } else if (this.state === 'error' && this.error) {
      for (const w of waiting.splice(0)) w.reject(this.error);
    }
  }

  /**
   * Starts loading when the source changed. Lit calls `willUpdate` before controllers'
   * `hostUpdate`, so an element that derives data in `willUpdate` calls this first.
   */
  sync(): void {
    const source = this.#currentSource();
    // Data set from code that equals what is loaded (a framework's new literal at each render) is not loaded again.
    if (source.kind === 'property' && this.#source?.kind === 'property' && sameData(source.value, this.#source.value)) {
      return;
    }
    if (this.#source?.kind !== source.kind || this.#source.key !== source.key) {
      this.#source = source;
      this.#load(source, false);
    }
  }

  /** True when the accepted data has nothing to show, by the element's `isEmpty`. */
  get empty(): boolean {
    return this.data !== undefined && this.config.isEmpty(this.data);
  }

  /** The absolute URL being loaded from `src`, or `undefined` when the data comes from elsewhere. */
  get url(): string | undefined {
    return this.#source?.kind === 'src' ? (this.#source.key as string) : undefined;
  }

  /** True when loading again may help: the data comes from `src` (inline JSON or data from code would fail the same way). */
  get retryable(): boolean {
    return this.#source?.kind === 'src';
  }

  /** Loads the current source again ("Thử lại"), showing the loading state meanwhile. */
  retry(): void {
    if (this.#source) this.#load(this.#source, false);
    this.#host.requestUpdate();
  }

  #currentSource(): Source {
    const value = this.config.property();
    if (value != null) return { kind: 'property', key: value, value };
    const src = this.#host.src?.trim();
    if (src) return { kind: 'src', key: absolute(src) };
    // On the server the element has no children to read: the renderer gives inline data to `preload`.
    const script = isServer ? null : this.#host.querySelector(':scope > script[type="application/json"]');
    if (script) return { kind: 'inline', key: script.textContent ?? '' };
    const attrs = this.config.attributes?.();
    return attrs === undefined ? { kind: 'none' } : { kind: 'attributes', key: JSON.stringify(attrs), value: attrs };
  }

  #load(source: Source, quiet: boolean): void {
    const { kind, key } = source;
    this.sourceless = kind === 'none';
    this.#inFlight?.abort();
    this.#inFlight = undefined;
    this.#parsing = false;
    this.#generation++;
    if (kind === 'src') void this.#fetch(key as string, quiet);
    else if (kind === 'none') {
      this.data = this.error = undefined;
      this.state = 'empty';
    } else
      this.#accept(() => {
        if (kind !== 'inline') return source.value;
        try {
          return JSON.parse(key as string) as unknown;
        } catch (e) {
          throw new GovDataError('parse', `The inline JSON is not valid (${parserPosition(e, key as string)})`);
        }
      }, pageBase());
  }

  async #fetch(url: string, quiet: boolean): Promise<void> {
    const generation = this.#generation;
    const controller = (this.#inFlight = new AbortController());
    if (!quiet) {
      this.state = 'loading';
      this.error = undefined;
    }
    let raw: unknown;
    let base = url;
    let failure: unknown;
    try {
      ({ data: raw, url: base } = await fetchData(this.config.requestUrl?.(url) ?? url, {
        signal: controller.signal,
        timeout: timeoutMs(this.#host.timeout),
        method: this.config.method?.(),
      }));
    } catch (e) {
      failure = e;
    }
    if (generation !== this.#generation) return;
    this.#inFlight = undefined;
    this.lastLoad = Date.now();
    if (failure === undefined) this.#accept(() => raw, base, url);
    else if (quiet && this.data !== undefined) {
      // A failed poll keeps what is on screen; the page still hears about it.
      this.error = this.#wrap(failure);
      this.#pendingEvent = 'gov-error';
    } else this.#failOrShowSaved(url, failure);
    this.#host.requestUpdate();
  }

  /** True unless the page turned keeping the last data off (`no-cache`). */
  get #keeps(): boolean {
    return !this.#host.hasAttribute('no-cache');
  }

  /** `src` failed: shows the last data that loaded from it, validated again, or the error. */
  #failOrShowSaved(url: string, failure: unknown): void {
    const saved = this.#keeps ? lastGood(url) : undefined;
    if (!saved) {
      this.#fail(failure);
      return;
    }
    this.#accept(
      () => saved.data,
      saved.base,
      undefined,
      (data) => {
        this.#succeed(data);
        this.stale = saved.time;
        this.error = this.#wrap(failure);
        this.#pendingEvent = 'gov-error';
        this.#tell(this.error, 'showing the data kept from ' + new Date(saved.time).toISOString());
      },
      () => {
        forgetLastGood(url);
        this.#fail(failure);
      },
    );
  }

  /**
   * Validates data; `keepAs` (the URL it came from) keeps it for a later failure. `done` and
   * `failed` replace what follows validation (showing kept data, which must not be kept again).
   */
  #accept(
    read: () => unknown,
    base: string,
    keepAs?: string,
    done = (data: T): void => this.#succeed(data),
    failed = (e: unknown): void => this.#fail(e),
  ): void {
    let raw: unknown;
    let result: T | Promise<T>;
    try {
      raw = read();
      result = this.config.parse(raw, base, this.#host.timeZone);
    } catch (e) {
      failed(e);
      return;
    }
    const accepted = (data: T): void => {
      done(data);
      // After the render: saving (a JSON copy of the answer) never delays what the visitor sees.
      if (keepAs !== undefined && this.#keeps) setTimeout(() => keepLastGood(keepAs, raw, base));
    };
    if (!(result instanceof Promise)) {
      accepted(result);
      return;
    }
    const generation = this.#generation;
    if (this.data === undefined) this.state = 'loading';
    this.#parsing = true;
    const settle = (done: () => void): void => {
      if (generation !== this.#generation) return;
      this.#parsing = false;
      done();
      this.#host.requestUpdate();
    };
    result.then(
      (data) => settle(() => accepted(data)),
      (e: unknown) => settle(() => failed(e)),
    );
  }

  #succeed(data: T): void {
    this.data = data;
    this.stale = undefined;
    this.error = undefined;
    this.state = 'ready';
    this.#pendingEvent = 'gov-load';
  }

  #fail(e: unknown): void {
    this.data = this.stale = undefined;
    this.error = this.#wrap(e);
    this.state = 'error';
    this.#pendingEvent = 'gov-error';
    this.#tell(this.error);
  }

  /** The technical cause goes to the console, where a webmaster looks (visitors read a calm message). */
  #tell(error: GovDataError, outcome = ''): void {
    const from = this.url ?? (this.#source?.kind === 'inline' ? 'inline JSON' : `data from ${this.#source?.kind}`);
    const where = error.message.includes(from) ? '' : ` (${from})`;
    console.warn(`<${this.#host.localName}>: ${error.message}${where}${outcome && `; ${outcome}`}`);
  }

  #wrap(e: unknown): GovDataError {
    return e instanceof GovDataError ? e : new GovDataError('shape', `The data could not be used: ${String(e)}`);
  }

  /**
   * Server rendering and hydration: takes `raw`, the answer for the current source loaded before the
   * element rendered (`base`: the URL it came from), so the first render shows it and `src` is not
   * requested again until polling asks. Settles once the data is validated (or refused).
   */
  async preload(raw: unknown, base: string): Promise<void> {
    this.#source = this.#currentSource();
    this.sourceless = false;
    this.lastLoad = Date.now();
    const generation = ++this.#generation;
    this.#parsing = true;
    let data: T;
    try {
      data = await this.config.parse(raw, base, this.#host.timeZone);
    } catch (e) {
      if (generation === this.#generation) this.#fail(e);
      return;
    } finally {
      if (generation === this.#generation) this.#parsing = false;
    }
    if (generation === this.#generation) this.#succeed(data);
  }

  /** Validation of server-rendered data under way (see `preload`); the first render waits for it. */
  hydrating: Promise<void> | undefined;

  /** Reads the data a server renderer embedded for `src` (a JSON script child with `data-gov-base`). */
  #hydrate(): void {
    const src = this.#host.src?.trim();
    const script = this.#host.querySelector(':scope > script[type="application/json"][data-gov-base]');
    if (!src || !script) return;
    let raw: unknown;
    try {
      raw = JSON.parse(script.textContent ?? '');
    } catch {
      return; // not ours after all: load `src` as usual
    }
    this.hydrating = this.preload(raw, absolute(script.getAttribute('data-gov-base') ?? src)).finally(() => {
      this.hydrating = undefined;
    });
  }

  /** Loads `src` again without showing the loading state (for polling); skipped while a request is on its way. */
  refetch(): void {
    if (this.#source?.kind === 'src' && !this.#inFlight) this.#load(this.#source, true);
  }
}
