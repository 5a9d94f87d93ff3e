// @ts-check
import { checkTimeZone } from './calendar.js';

/** The time zone of a site that names none: Vietnam's. */
export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** A site's name as it appears as the last segment of the counter URL. */
export const SITE_NAME = /^[a-z0-9][a-z0-9_-]{0,63}$/i;

/**
 * @typedef {object} SiteOptions
 * @property {string[]} origins Page origins allowed to read the counts (`https://gialoc.haiduong.gov.vn`).
 * @property {string} [timeZone] IANA zone for "today" and "this month" (default Asia/Ho_Chi_Minh).
 * @property {number} [startTotal] Visits counted before this service (the old CMS's total), added to `total`.
 */

/**
 * @typedef {object} Site
 * @property {string} name
 * @property {Set<string>} origins
 * @property {string} timeZone
 * @property {number} startTotal
 */

/**
 * The origin of a page address, or an error naming what is wrong with it.
 * @param {string} text
 */
export function toOrigin(text) {
  let url;
  try {
    url = new URL(text.trim());
  } catch {
    throw new Error(`"${text}" is not an origin such as https://gialoc.haiduong.gov.vn`);
  }
  if (!/^https?:$/.test(url.protocol) || (url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) {
    throw new Error(`"${text}" is not an origin such as https://gialoc.haiduong.gov.vn (no path, query or fragment)`);
  }
  return url.origin;
}

/**
 * Checks and normalizes the sites a service counts for.
 * @param {Record<string, SiteOptions>} sites
 * @returns {Map<string, Site>}
 */
export function toSites(sites) {
  /** @type {Map<string, Site>} */
  const out = new Map();
  for (const [name, options] of Object.entries(sites)) {
    if (!SITE_NAME.test(name)) throw new Error(`Site name "${name}" must be 1–64 letters, digits, "-" or "_"`);
    const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
    checkTimeZone(timeZone);
    const startTotal = options.startTotal ?? 0;
    if (!Number.isSafeInteger(startTotal) || startTotal < 0) {
      throw new Error(`Site "${name}": the starting total must be a whole number ≥ 0, got ${startTotal}`);
    }
    if (!Array.isArray(options.origins)) throw new Error(`Site "${name}": origins must be a list`);
    out.set(name.toLowerCase(), {
      name: name.toLowerCase(),
      origins: new Set(options.origins.map(toOrigin)),
      timeZone,
      startTotal,
    });
  }
  if (out.size === 0) throw new Error('No site configured: add one, e.g. --site gia-loc=https://gialoc.haiduong.gov.vn');
  return out;
}
