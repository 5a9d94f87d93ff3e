/** What failed: for `gov-error` and the console (visitors read one calm message whatever the kind). */
export type GovErrorKind = 'network' | 'http' | 'timeout' | 'parse' | 'html' | 'empty-body' | 'shape' | 'no-items';

/** The error every element reports in `gov-error` and the console: `message` is English for developers. */
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
}
