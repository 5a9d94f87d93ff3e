import type { GovDataError } from './errors.js';

/**
 * `detail` of `gov-load` from any gov- element defined so far: the union of each element's own
 * (`{ items: NewsItem[] }`, `{ article }`, `{ counts }`…), read from the tag map, so importing one
 * subpath types it with that element's detail. On an element itself, `gov-load` has its own detail.
 */
export type GovLoadDetail = {
  [Tag in keyof HTMLElementTagNameMap]: HTMLElementTagNameMap[Tag] extends { loaded: Promise<infer D> } ? D : never;
}[keyof HTMLElementTagNameMap];

/** `detail` of `gov-error`. */
export interface GovErrorDetail {
  error: GovDataError;
  /** The `src` attribute as the page gave it (undefined for inline or property data). */
  src: string | undefined;
}

/** The `gov-load` event of an element whose loaded data is `D` (`detail.items`, `detail.article`…). */
export type GovLoadEvent<D = GovLoadDetail> = CustomEvent<D>;

/** The `gov-error` event. */
export type GovErrorEvent = CustomEvent<GovErrorDetail>;

/**
 * The events every gov- element fires, with `D` as its `gov-load` detail. An element with events of
 * its own extends it (`GovVideoListEventMap` adds `gov-video-play`).
 */
export interface GovEventMap<D extends object = Record<string, unknown>> {
  'gov-load': GovLoadEvent<D>;
  'gov-error': GovErrorEvent;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gov-load': GovLoadEvent;
    'gov-error': GovErrorEvent;
  }
}

/** Dispatches a bubbling, composed `CustomEvent` from `target`. */
export function emit<T>(target: EventTarget, type: string, detail: T): void {
  target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
}
