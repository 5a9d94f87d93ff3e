// @ts-check
import { createRequire } from 'node:module';

/** @typedef {import('./store.js').CountStore} CountStore */

const schema = `
CREATE TABLE IF NOT EXISTS counts (
  site TEXT NOT NULL,
  period TEXT NOT NULL, -- 'total', 'day:2026-12-06' or 'month:2026-12'
  n INTEGER NOT NULL,
  PRIMARY KEY (site, period)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS online (
  site TEXT NOT NULL,
  visitor TEXT NOT NULL, -- a random id made by the browser for one session; nothing personal
  seen INTEGER NOT NULL,
  PRIMARY KEY (site, visitor)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS online_seen ON online (site, seen);
CREATE TABLE IF NOT EXISTS counted (
  site TEXT NOT NULL,
  visitor TEXT NOT NULL, -- whose visit was counted lately: a retried POST is not counted twice
  at INTEGER NOT NULL,
  PRIMARY KEY (site, visitor)
) WITHOUT ROWID;
`;

/**
 * A count store in one SQLite file (created on first start), in WAL mode. A transaction is
 * committed before its answer is sent, so a process that is killed keeps every answered visit
 * (synchronous=NORMAL: only a power cut or OS crash can lose the last moments).
 * @param {string} file a path, or ':memory:'
 * @returns {CountStore}
 */
export function openSqliteStore(file) {
  // better-sqlite3 is an optional dependency: load it only when this store is used.
  const require = createRequire(import.meta.url);
  /** @type {typeof import('better-sqlite3')} */
  let Database;
  try {
    Database = require('better-sqlite3');
  } catch (e) {
    throw new Error(`The SQLite store needs the better-sqlite3 package (npm install better-sqlite3@12): ${String(e)}`);
  }
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.exec(schema);

  const add = db
    .prepare(
      `INSERT INTO counts (site, period, n) VALUES (?, ?, 1)
       ON CONFLICT (site, period) DO UPDATE SET n = n + 1 RETURNING n`,
    )
    .pluck();
  const read = db.prepare('SELECT n FROM counts WHERE site = ? AND period = ?').pluck();
  const see = db.prepare(
    `INSERT INTO online (site, visitor, seen) VALUES (?, ?, ?)
     ON CONFLICT (site, visitor) DO UPDATE SET seen = max(seen, excluded.seen)`,
  );
  const lastSeen = db.prepare('SELECT seen FROM online WHERE site = ? AND visitor = ?').pluck();
  const online = db.prepare('SELECT count(*) FROM online WHERE site = ? AND seen > ?').pluck();
  const forget = db.prepare('DELETE FROM online WHERE seen <= ?');
  const claim = db.prepare(
    `INSERT INTO counted (site, visitor, at) VALUES (?, ?, ?)
     ON CONFLICT (site, visitor) DO UPDATE SET at = excluded.at WHERE at <= ?`,
  );
  const forgetCounted = db.prepare('DELETE FROM counted WHERE at <= ?');
  let lastForget = 0;
  // Counting the online table on every request costs one index entry per visitor online (10,000 at a
  // busy moment), so each site's figure is counted at most once a second and kept up to date in
  // between by adding the visitors who arrive; those who leave drop out at the next count.
  /** @type {Map<string, { n: number, at: number }>} */
  const onlineNow = new Map();

  const hit = db.transaction((/** @type {string} */ site, /** @type {import('./store.js').HitOptions} */ o) => {
    // A visitor id counted within the repeat window (a retried POST) is not counted again.
    const counted = o.count && (!o.visitor || claim.run(site, o.visitor, o.now, o.now - o.repeatWindowMs).changes > 0);
    const periods = ['total', `day:${o.day}`, `month:${o.month}`];
    const [total, today, month] = periods.map(
      (p) => /** @type {number} */ ((counted ? add.get(site, p) : read.get(site, p)) ?? 0),
    );
    const since = o.now - o.onlineWindowMs;
    let cached = onlineNow.get(site);
    if (o.visitor) {
      const seen = /** @type {number | undefined} */ (lastSeen.get(site, o.visitor));
      see.run(site, o.visitor, o.now);
      if (cached && (seen === undefined || seen <= since)) cached.n++;
    }
    if (o.now - lastForget > 60_000) {
      lastForget = o.now;
      forget.run(since);
      forgetCounted.run(o.now - o.repeatWindowMs);
    }
    if (!cached || o.now - cached.at >= 1000 || o.now < cached.at) {
      cached = { n: /** @type {number} */ (online.get(site, since)), at: o.now };
      onlineNow.set(site, cached);
    }
    /** @type {import('./store.js').Hit} */
    const result = { online: cached.n, today, month, total, counted };
    return result;
  });

  return {
    kind: 'sqlite',
    hit: async (site, options) => hit(site, options),
    close: async () => {
      db.close();
    },
  };
}
