/**
 * The browser's visit session, shared by every tab of the site: an anonymous random visitor id and
 * the counter URLs already told about this visit. A session is activity within the last 30 minutes
 * (every request of a counter on a visible page is activity); after a longer pause the next request
 * starts a new session, with a new id. It lives in `localStorage`, so three tabs of one visit count
 * once; where that throws (storage disabled, sandboxed frame, quota) it falls back to memory, and a
 * visit is then counted once per page load rather than never or on every poll.
 */

/** A session ends after this long without activity. */
export const SESSION_MS = 30 * 60_000;

/** How many counter URLs one session remembers (a page seldom has more than one counter). */
const MAX_COUNTED = 20;

const KEY = 'gov-visit-counter:session';

/** One visit: what the server sees of it is the id, nothing else. */
interface Session {
  /** Random, made in this browser for this session only. */
  id: string;
  /** Last activity, in ms since the epoch. */
  last: number;
  /** Counter URLs that counted this visit. */
  counted: string[];
}

let memory: Session | undefined;

/** 32 random hex digits; `crypto.getRandomValues` works on plain-HTTP pages too (randomUUID does not). */
function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A stored session, or `undefined` when what is stored is missing, foreign or damaged. */
function parse(text: string | null): Session | undefined {
  if (!text || text.length > 10_000) return undefined;
  try {
    const value = JSON.parse(text) as Partial<Session>;
    if (
      typeof value.id === 'string' &&
      /^[0-9a-f]{32}$/.test(value.id) &&
      typeof value.last === 'number' &&
      Number.isFinite(value.last) &&
      Array.isArray(value.counted) &&
      value.counted.every((url) => typeof url === 'string')
    ) {
      return { id: value.id, last: value.last, counted: value.counted.slice(-MAX_COUNTED) };
    }
  } catch {
    // Damaged: a new session.
  }
  return undefined;
}

/** The stored session (`undefined` when storage works but holds none); `null` when storage throws. */
function load(): Session | undefined | null {
  try {
    return parse(localStorage.getItem(KEY));
  } catch {
    return null;
  }
}

function save(session: Session): void {
  memory = session;
  try {
    localStorage.setItem(KEY, JSON.stringify(session));
  } catch {
    // Memory alone, then.
  }
}

/** The current session at `now`; a new one when there is none or it ended (more than 30 minutes idle). */
function current(now: number): Session {
  const stored = load();
  const session = stored === null ? memory : stored;
  // A clock set back (last in the future) is not trusted to extend the session either.
  if (session && now - session.last <= SESSION_MS && session.last <= now + 60_000) return session;
  return { id: newId(), last: now, counted: [] };
}

/** Records activity now and answers the session's visitor id (a new id when a new session starts). */
export function visitorId(now = Date.now()): string {
  const session = current(now);
  save({ ...session, last: Math.max(session.last, now) });
  return session.id;
}

/** True when this session (in any tab) already counted a visit at `url`. */
export function visitCounted(url: string, now = Date.now()): boolean {
  return current(now).counted.includes(url);
}

/** Records (or, with `counted` false, forgets) that this session counted a visit at `url`. */
export function markVisit(url: string, counted = true, now = Date.now()): void {
  const session = current(now);
  const others = session.counted.filter((u) => u !== url);
  save({ ...session, last: Math.max(session.last, now), counted: counted ? [...others, url].slice(-MAX_COUNTED) : others });
}
