import type { GovDataError } from './errors.js';

/** `detail` of `gov-load`: the data that was rendered, under the element's own name for it. */
export type GovLoadDetail = Record<string, unknown>;

/** `detail` of `gov-error`. */
export interface GovErrorDetail {
  error: GovDataError;
  /** The `src` attribute as the page gave it (undefined for inline or property data). */
  src: string | undefined;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gov-load': CustomEvent<GovLoadDetail>;
    'gov-error': CustomEvent<GovErrorDetail>;
  }
}

/** Dispatches a bubbling, composed `CustomEvent` from `target`. */
export function emit<T>(target: EventTarget, type: string, detail: T): void {
  target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
}
