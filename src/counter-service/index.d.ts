// Public types of the counter service (`gov-portal-elements/counter`), for Node.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/** The counts the service answers, as `<gov-visit-counter>` reads them. */
export interface Counts {
  /** Distinct visitors seen in the last 5 minutes. */
  online: number;
  /** Visits counted today, in the site's time zone. */
  today: number;
  /** Visits counted this month, in the site's time zone. */
  month: number;
  /** All visits, including the site's starting total. */
  total: number;
}

/** One store operation: count (or not), mark a visitor online, answer the counts. */
export interface HitOptions {
  day: string;
  month: string;
  /** Count one visit, unless `visitor` was counted within `repeatWindowMs`. */
  count: boolean;
  visitor?: string;
  /** How long a counted visitor id is not counted again (a retried POST). */
  repeatWindowMs: number;
  now: number;
  onlineWindowMs: number;
}

/** Where the counts live. */
export interface CountStore {
  readonly kind: 'sqlite' | 'redis';
  hit(site: string, options: HitOptions): Promise<Counts & { counted: boolean }>;
  close(): Promise<void>;
}

/** A site the service counts for. */
export interface SiteOptions {
  /** Page origins allowed to read the counts, e.g. `https://gialoc.haiduong.gov.vn`. */
  origins: string[];
  /** IANA time zone of "today" and "this month" (default `Asia/Ho_Chi_Minh`). */
  timeZone?: string;
  /** Visits counted before this service (the old counter's total), added to `total`. */
  startTotal?: number;
}

/** A token bucket: `burst` at once, then `perMinute` more each minute. */
export interface Limit {
  burst: number;
  perMinute: number;
}

/** Options of `createCounterHandler`. */
export interface CounterHandlerOptions {
  store: CountStore;
  sites: Record<string, SiteOptions>;
  /** Take the client address from this header's last entry (`true`: X-Forwarded-For); only behind a proxy that sets it. */
  trustProxy?: string | boolean;
  /** Counted visits per address (default 20, then 2 a minute). */
  visitLimit?: Limit;
  /** Requests per address (default 120, then 120 a minute). */
  requestLimit?: Limit;
  /** Largest request body accepted, in bytes (default 1024). */
  maxBodyBytes?: number;
  /** The clock, in ms since the epoch (tests pass their own). */
  now?: () => number;
  /** Crawler detection (default: the `isbot` package). */
  isBot?: (userAgent: string) => boolean;
  /** Where store failures are reported (default `console.error`). */
  log?: (message: string) => void;
}

/** Options of `startCounterServer`. */
export interface CounterServerOptions extends CounterHandlerOptions {
  /** Default 8787; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
}

/** How long a visitor counts as online after their last request (5 minutes). */
export declare const ONLINE_WINDOW_MS: number;

/** The time zone of a site that names none: `Asia/Ho_Chi_Minh`. */
export declare const DEFAULT_TIME_ZONE: string;

/** A `node:http` request handler; the site is the last segment of the request path. */
export declare function createCounterHandler(
  options: CounterHandlerOptions,
): (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/** A server answering `/counter/<site>` only. */
export declare function startCounterServer(
  options: CounterServerOptions,
): Promise<{ server: Server; url: string; close(): Promise<void> }>;

/** Redis when `redis` is given, else the SQLite file `db` (default `./counts.sqlite`). */
export declare function openStore(options: { db?: string; redis?: string; onError?: (error: Error) => void }): CountStore;

/** One SQLite file in WAL mode, created on first start. */
export declare function openSqliteStore(file: string): CountStore;

/** Redis, shared by several instances; fails fast (503) while Redis is away. */
export declare function openRedisStore(url: string, options?: { prefix?: string; onError?: (error: Error) => void }): CountStore;

/** Thrown when the store cannot be reached. */
export declare class StoreUnavailableError extends Error {}
