// axe-core for the browser checks (demo, Storybook smoke test): inject it into a page, run it, keep
// the violations of serious or critical impact as one line each.
import { createRequire } from 'node:module';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Adds axe-core to a playwright-core `page`; needed again after every page load. */
export function injectAxe(page) {
  return page.addScriptTag({ path: axePath });
}

/**
 * Runs axe-core (see injectAxe) on `selector`, or the whole document without one. Resolves to its
 * serious and critical violations, each as `impact id: help (target; target…)`.
 */
export function axeViolations(page, selector) {
  return page.evaluate(async (sel) => {
    const r = await window.axe.run(sel ?? document, { resultTypes: ['violations'] });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
  }, selector);
}
