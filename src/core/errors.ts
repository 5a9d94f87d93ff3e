import type { MessageKey } from './i18n.js';

/** What failed: each kind has its own localized message. */
export type GovErrorKind = 'network' | 'http' | 'timeout' | 'parse' | 'html' | 'empty-body' | 'shape' | 'no-items';

/** The error every element reports: `message` is English for developers, `kind` picks the visible text. */
export class GovDataError extends Error {
  override name = 'GovDataError';

  constructor(
    readonly kind: GovErrorKind,
    message: string,
    /** The HTTP status, for `kind: 'http'`; the time-out in seconds, for `kind: 'timeout'`. */
    readonly status?: number,
  ) {
    super(message);
  }

  /** The key of the visitor-facing label for this error. */
  get messageKey(): MessageKey {
    // 'empty-body' → 'errEmptyBody'
    return `err${this.kind.replace(/(^|-)(.)/g, (_, _dash: string, c: string) => c.toUpperCase())}` as MessageKey;
  }
}
