// @ts-check
/**
 * What a count store does, whatever keeps the numbers.
 *
 * @typedef {object} HitOptions
 * @property {string} day The site's calendar day (`2026-12-06`).
 * @property {string} month The site's calendar month (`2026-12`).
 * @property {boolean} count Count one visit, unless `visitor` was counted within `repeatWindowMs`.
 * @property {string} [visitor] An anonymous visitor id to mark as online now.
 * @property {number} repeatWindowMs How long a counted visitor id is not counted again (a retried POST).
 * @property {number} now Milliseconds since the epoch.
 * @property {number} onlineWindowMs How long a visitor counts as online after their last request.
 *
 * @typedef {object} Counts
 * @property {number} online
 * @property {number} today
 * @property {number} month
 * @property {number} total
 *
 * @typedef {Counts & { counted: boolean }} Hit The counts, and whether this request counted a visit.
 *
 * @typedef {object} CountStore
 * @property {'sqlite' | 'redis'} kind
 * @property {(site: string, options: HitOptions) => Promise<Hit>} hit
 *   Atomically: counts one visit when asked, marks the visitor online, and answers the counts after that.
 * @property {() => Promise<void>} close
 */

/** Thrown when the store cannot be reached; the service answers 503 and keeps trying. */
export class StoreUnavailableError extends Error {
  /** @param {string} message @param {unknown} [cause] */
  constructor(message, cause) {
    super(message, { cause });
    this.name = 'StoreUnavailableError';
  }
}

export {};
