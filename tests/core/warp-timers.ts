// Runs the library's polling timers fast, for tests: every setTimeout / setInterval started from
// src/core/polling.ts keeps the delay it asked for on record (what the test asserts) but fires after
// `fireAfter` real ms, so a test of `refresh="10"` (the shortest poll) does not wait 10 s. Timers of
// anything else (the fetch time-out a poll starts, the test runner, Lit) are left alone.

/** A polling timer the library asked for. */
export interface WarpedTimer {
  kind: 'timeout' | 'interval';
  /** The delay it asked for, in ms. */
  asked: number;
  /** Neither fired (timeouts) nor cleared yet. */
  pending: boolean;
}

/** True when the caller of the timer function (the first frame outside this file) is polling.ts. */
const fromPolling = (): boolean => {
  const frames = (new Error().stack ?? '').split('\n').slice(1);
  const caller = frames.find((f) => !f.includes('warp-timers.ts'));
  return /\/src\/core\/polling\.ts/.test(caller ?? '');
};

/** Installs the warp; `restore()` puts the real timers back. */
export function warpPolling(fireAfter = 40): { timers: WarpedTimer[]; pending(): WarpedTimer[]; restore(): void } {
  const timers: WarpedTimer[] = [];
  const byId = new Map<number, WarpedTimer>();
  const real = {
    setTimeout: window.setTimeout,
    setInterval: window.setInterval,
    clearTimeout: window.clearTimeout,
    clearInterval: window.clearInterval,
  };
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 50;
  type Start = (handler: TimerHandler, ms?: number, ...args: unknown[]) => number;
  const wrap =
    (kind: WarpedTimer['kind'], start: Start): Start =>
    (handler, ms, ...args) => {
      if (!fromPolling() || typeof handler !== 'function') return start.call(window, handler, ms, ...args);
      const timer: WarpedTimer = { kind, asked: ms ?? 0, pending: true };
      timers.push(timer);
      const run = (): void => {
        if (kind === 'timeout') timer.pending = false;
        (handler as () => void)();
      };
      const id = start.call(window, run, fireAfter);
      byId.set(id, timer);
      return id;
    };
  const clear =
    (stop: (id?: number) => void) =>
    (id?: number): void => {
      const timer = id === undefined ? undefined : byId.get(id);
      if (timer) timer.pending = false;
      stop.call(window, id);
    };
  window.setTimeout = wrap('timeout', real.setTimeout as unknown as Start) as unknown as typeof window.setTimeout;
  window.setInterval = wrap('interval', real.setInterval as unknown as Start) as unknown as typeof window.setInterval;
  window.clearTimeout = clear(real.clearTimeout) as typeof window.clearTimeout;
  window.clearInterval = clear(real.clearInterval) as typeof window.clearInterval;
  return {
    timers,
    pending: () => timers.filter((t) => t.pending),
    restore: () => {
      Object.assign(window, real);
      Error.stackTraceLimit = limit;
    },
  };
}
