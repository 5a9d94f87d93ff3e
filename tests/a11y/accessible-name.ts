import 'axe-core/axe.min.js';
import type AxeCore from 'axe-core';

/** axe-core's browser build registers itself on `window`. */
const axe = (window as unknown as { axe: typeof AxeCore }).axe;

/**
 * The accessible name of `el` as the accessibility tree computes it (accname 1.2: `aria-labelledby`,
 * `aria-label`, content without `aria-hidden` parts, `title`), through shadow roots, with axe-core's
 * implementation of the algorithm, whitespace folded.
 */
export function accessibleName(el: Element): string {
  axe.setup(document);
  try {
    return axe.commons.text.accessibleText(el).replace(/\s+/g, ' ').trim();
  } finally {
    axe.teardown();
  }
}
