import { isServer, type ReactiveElement } from 'lit';

/** The heading each connected box last rendered, so boxes with the same heading get distinct region names. */
const headings = new Map<ReactiveElement, string>();

/** Asks the other boxes with `heading` to render again: their positions among equals may have changed. */
function renumber(self: ReactiveElement, heading: string | undefined): void {
  for (const [box, h] of headings) if (box !== self && h === heading) box.requestUpdate();
}

/**
 * Records the heading `box` renders now and returns its position among the connected boxes with
 * the same heading, in page order: 0 for the first (or only) one, 2, 3… for the later ones, whose
 * region names say it ("Thông báo (2)"), so a screen reader's list of regions tells them apart.
 */
export function regionPosition(box: ReactiveElement, heading: string): number {
  // A server renders each element alone, with no page order to count in (and keeps no record of it).
  if (isServer) return 0;
  const before = headings.get(box);
  if (before !== heading) {
    headings.set(box, heading);
    renumber(box, before);
    renumber(box, heading);
  }
  let earlier = 0;
  for (const [other, h] of headings) {
    if (other !== box && h === heading && other.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING) earlier++;
  }
  return earlier && earlier + 1;
}

/** Forgets a box that left the page; the others with its heading are numbered again. */
export function forgetRegion(box: ReactiveElement): void {
  const heading = headings.get(box);
  if (headings.delete(box)) renumber(box, heading);
}
