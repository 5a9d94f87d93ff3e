/** Open lightboxes on the page, and the root's own inline values to put back when the last one closes. */
let locks = 0;
let saved: { overflow: string; gutter: string } | undefined;

/**
 * Stops the page behind a lightbox from scrolling (the root's overflow is hidden) without moving
 * it sideways: where the page had a scrollbar, its gutter is kept. Returns the function that
 * undoes it; the page's own values come back when the last lock is released, whatever the order.
 * CSSOM assignments, not a style attribute: pages whose CSP forbids inline styles allow them.
 */
export function lockPageScroll(): () => void {
  const root = document.documentElement;
  if (locks++ === 0) {
    saved = { overflow: root.style.overflow, gutter: root.style.scrollbarGutter };
    const scrollbar = window.innerWidth - root.clientWidth > 0;
    root.style.overflow = 'hidden';
    if (scrollbar) root.style.scrollbarGutter = 'stable';
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--locks === 0 && saved) {
      root.style.overflow = saved.overflow;
      root.style.scrollbarGutter = saved.gutter;
      saved = undefined;
    }
  };
}
