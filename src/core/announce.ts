/** The element whose failure message may be read out at once; every other one is polite. */
let holder: Element | undefined;

/**
 * The live-region role of a failure message in `owner`: `alert` for one element per page (the
 * first to fail, for as long as it stays in the page and in its error state), `status` for the
 * others, so a page whose feeds are all down interrupts a screen reader once, not eight times.
 */
export function failureRole(owner: Element): 'alert' | 'status' {
  if (holder !== owner && !(holder?.isConnected && holder.getAttribute('state') === 'error')) holder = owner;
  return holder === owner ? 'alert' : 'status';
}
