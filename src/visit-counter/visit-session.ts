/**
 * Remembers, for the browser session, which counter URLs have already been told about this visit.
 * It uses `sessionStorage`; where that throws (storage disabled, sandboxed frame, quota), it falls
 * back to memory, so a visit is then counted once per page load rather than never or on every poll.
 */
const memory = new Set<string>();
const key = (url: string): string => `gov-visit-counter:counted:${url}`;

/** True when this session already counted a visit at `url`. */
export function visitCounted(url: string): boolean {
  if (memory.has(url)) return true;
  try {
    return sessionStorage.getItem(key(url)) !== null;
  } catch {
    return false;
  }
}

/** Records (or, with `counted` false, forgets) that this session counted a visit at `url`. */
export function markVisit(url: string, counted = true): void {
  if (counted) memory.add(url);
  else memory.delete(url);
  try {
    if (counted) sessionStorage.setItem(key(url), '1');
    else sessionStorage.removeItem(key(url));
  } catch {
    // Memory alone, then.
  }
}
