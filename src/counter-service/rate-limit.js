// @ts-check
/**
 * Per-address token buckets, kept in memory only: addresses are never written anywhere, and a bucket
 * that has refilled is forgotten at the next sweep.
 */
export class RateLimiter {
  /** @type {Map<string, { tokens: number, at: number }>} */
  #buckets = new Map();
  #lastSweep = 0;

  /**
   * @param {{ burst: number, perMinute: number, now: () => number }} options
   *   `burst` requests at once, then `perMinute` more per minute.
   */
  constructor({ burst, perMinute, now }) {
    this.burst = burst;
    this.perMs = perMinute / 60_000;
    this.now = now;
  }

  /**
   * Takes one token for `address`; false when its bucket is empty.
   * @param {string} address
   */
  take(address) {
    const now = this.now();
    this.#sweep(now);
    const bucket = this.#buckets.get(address) ?? { tokens: this.burst, at: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + Math.max(0, now - bucket.at) * this.perMs);
    bucket.at = now;
    if (bucket.tokens < 1) {
      this.#buckets.set(address, bucket);
      return false;
    }
    bucket.tokens -= 1;
    this.#buckets.set(address, bucket);
    return true;
  }

  /**
   * Seconds until `address` has a token again (for `Retry-After`).
   * @param {string} address
   */
  retryAfter(address) {
    const bucket = this.#buckets.get(address);
    if (!bucket || bucket.tokens >= 1 || this.perMs <= 0) return 1;
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000));
  }

  /** @param {number} now */
  #sweep(now) {
    if (now - this.#lastSweep < 60_000) return;
    this.#lastSweep = now;
    for (const [address, bucket] of this.#buckets) {
      if (bucket.tokens + (now - bucket.at) * this.perMs >= this.burst) this.#buckets.delete(address);
    }
  }
}
