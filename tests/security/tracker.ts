// Wraps setTimeout/setInterval/requestAnimationFrame and addEventListener on window and document,
// remembering which of them the library (code served from /src/) started and whether each was
// cleared, fired or removed. A removed element must leave none of its own behind.

export interface Tracked {
  kind: 'timeout' | 'interval' | 'animation frame' | 'listener';
  /** What it is: `12000 ms`, `document visibilitychange`… */
  what: string;
  /** When it was started (performance.now()). */
  at: number;
  /** Cleared, fired (timeouts, frames) or removed (listeners). */
  done: boolean;
  /** The library frame that started it. */
  where: string;
}

type Listener = EventListenerOrEventListenerObject;

const library = new RegExp(`${location.origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/src/[^\\s)]+`);

export class Tracker {
  readonly records: Tracked[] = [];
  private undo: Array<() => void> = [];

  /** Starts tracking (and keeps every timer and listener working as before). */
  install(): this {
    const stackLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 60;
    this.undo.push(() => (Error.stackTraceLimit = stackLimit));
    const record = (kind: Tracked['kind'], what: string): Tracked | undefined => {
      const where = library.exec(new Error().stack ?? '')?.[0];
      if (!where) return undefined; // not started by the library (the test, the runner, Lit internals)
      const rec: Tracked = { kind, what, at: performance.now(), done: false, where: where.replace(location.origin, '') };
      this.records.push(rec);
      return rec;
    };
    const byId = new Map<number, Tracked>();
    const frames = new Map<number, Tracked>();

    type Timer = (handler: TimerHandler, timeout?: number, ...args: unknown[]) => number;
    const setTimeout = window.setTimeout as unknown as Timer;
    const setInterval = window.setInterval as unknown as Timer;
    const { clearTimeout, clearInterval, requestAnimationFrame, cancelAnimationFrame } = window;
    this.patch(window, 'setTimeout', ((handler: TimerHandler, timeout?: number, ...args: unknown[]): number => {
      const rec = record('timeout', `${timeout ?? 0} ms`);
      const run =
        typeof handler === 'function'
          ? (...a: unknown[]) => {
              if (rec) rec.done = true;
              (handler as (...x: unknown[]) => void)(...a);
            }
          : handler;
      const id = setTimeout.call(window, run, timeout, ...args);
      if (rec) byId.set(id, rec);
      return id;
    }) as unknown as typeof window.setTimeout);
    this.patch(window, 'clearTimeout', ((id?: number) => {
      const rec = id === undefined ? undefined : byId.get(id);
      if (rec) rec.done = true;
      clearTimeout.call(window, id);
    }) as typeof window.clearTimeout);
    this.patch(window, 'setInterval', ((handler: TimerHandler, timeout?: number, ...args: unknown[]): number => {
      const rec = record('interval', `every ${timeout ?? 0} ms`);
      const id = setInterval.call(window, handler, timeout, ...args);
      if (rec) byId.set(id, rec);
      return id;
    }) as unknown as typeof window.setInterval);
    this.patch(window, 'clearInterval', ((id?: number) => {
      const rec = id === undefined ? undefined : byId.get(id);
      if (rec) rec.done = true;
      clearInterval.call(window, id);
    }) as typeof window.clearInterval);
    this.patch(window, 'requestAnimationFrame', ((callback: FrameRequestCallback) => {
      const rec = record('animation frame', 'requestAnimationFrame');
      const id = requestAnimationFrame.call(window, (t) => {
        if (rec) rec.done = true;
        callback(t);
      });
      if (rec) frames.set(id, rec);
      return id;
    }) as typeof window.requestAnimationFrame);
    this.patch(window, 'cancelAnimationFrame', ((id: number) => {
      const rec = frames.get(id);
      if (rec) rec.done = true;
      cancelAnimationFrame.call(window, id);
    }) as typeof window.cancelAnimationFrame);

    for (const [target, name] of [
      [window, 'window'],
      [document, 'document'],
    ] as const) {
      const add = target.addEventListener;
      const remove = target.removeEventListener;
      const live: Array<{ type: string; listener: Listener; capture: boolean; rec: Tracked }> = [];
      const captureOf = (o?: boolean | AddEventListenerOptions | EventListenerOptions): boolean =>
        typeof o === 'boolean' ? o : !!o?.capture;
      this.patch(target, 'addEventListener', function (
        this: EventTarget,
        type: string,
        listener: Listener | null,
        options?: boolean | AddEventListenerOptions,
      ) {
        const rec = listener ? record('listener', `${name} ${type}`) : undefined;
        if (rec && listener) {
          const entry = { type, listener, capture: captureOf(options), rec };
          live.push(entry);
          const signal = typeof options === 'object' ? options.signal : undefined;
          signal?.addEventListener('abort', () => (rec.done = true));
        }
        add.call(this, type, listener as Listener, options);
      } as typeof target.addEventListener);
      this.patch(target, 'removeEventListener', function (
        this: EventTarget,
        type: string,
        listener: Listener | null,
        options?: boolean | EventListenerOptions,
      ) {
        const capture = captureOf(options);
        const entry = live.find((l) => !l.rec.done && l.type === type && l.listener === listener && l.capture === capture);
        if (entry) entry.rec.done = true;
        remove.call(this, type, listener as Listener, options);
      } as typeof target.removeEventListener);
    }
    return this;
  }

  /** Stops tracking: the page's own functions are back. */
  uninstall(): void {
    for (const undo of this.undo.reverse()) undo();
    this.undo = [];
  }

  /** What the library started and never stopped. */
  leftBehind(): Tracked[] {
    return this.records.filter((r) => !r.done);
  }

  /** What the library started after `time` (performance.now()). */
  startedAfter(time: number): Tracked[] {
    return this.records.filter((r) => r.at > time);
  }

  private patch<T extends object, K extends keyof T>(target: T, key: K, value: T[K]): void {
    const own = Object.prototype.hasOwnProperty.call(target, key);
    const before = target[key];
    target[key] = value;
    this.undo.push(() => {
      if (own) target[key] = before;
      else delete target[key];
    });
  }
}

/** One line per record, for assertion messages. */
export const show = (records: Tracked[]): string => records.map((r) => `${r.kind} ${r.what} started at ${r.where}`).join('\n');
