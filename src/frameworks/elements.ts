import type { LitElement } from 'lit';
import { GovArticle } from '../article/article.js';
import type { GovErrorEvent, GovLoadEvent } from '../core/events.js';
import { GovDisplaySettings } from '../display-settings/display-settings.js';
import { GovDocumentList } from '../document-list/document-list.js';
import { GovNewsList } from '../news-list/news-list.js';
import { GovNoticeBoard } from '../notice-board/notice-board.js';
import { GovPhotoGallery } from '../photo-gallery/photo-gallery.js';
import { GovServiceLinks } from '../service-links/service-links.js';
import { GovVideoList } from '../video-list/video-list.js';
import { GovVisitCounter } from '../visit-counter/visit-counter.js';

/**
 * Every element, for the framework entry points: its class and the events it fires beyond
 * `gov-load` and `gov-error`. One entry here gives an element its JSX and Vue typings and its
 * React component (named in `react.ts`).
 */
export const govElements = {
  'gov-news-list': { element: GovNewsList, events: [] },
  'gov-article': { element: GovArticle, events: [] },
  'gov-notice-board': { element: GovNoticeBoard, events: [] },
  'gov-visit-counter': { element: GovVisitCounter, events: [] },
  'gov-service-links': { element: GovServiceLinks, events: [] },
  'gov-video-list': { element: GovVideoList, events: ['gov-video-play'] },
  'gov-photo-gallery': { element: GovPhotoGallery, events: ['gov-photo-view'] },
  'gov-document-list': { element: GovDocumentList, events: [] },
  'gov-display-settings': { element: GovDisplaySettings, events: ['gov-display-change'] },
} as const;

/** A gov- tag name. */
export type GovTag = keyof typeof govElements;

/** The element class instance of a tag. */
export type GovElementOf<Tag extends GovTag> = InstanceType<(typeof govElements)[Tag]['element']>;

/** The events of a tag's element, by name, with their `detail` types. */
export type GovEventsOf<Tag extends GovTag> = {
  // The display settings load no data: their gov-load never fires (never).
  'gov-load': GovLoadEvent<GovElementOf<Tag> extends { loaded: Promise<infer D> } ? D : never>;
  'gov-error': GovErrorEvent;
} & {
  [Name in (typeof govElements)[Tag]['events'][number]]: GlobalEventHandlersEventMap[Name];
};

/** `gov-video-play` → `GovVideoPlay`: an event's name as React and Vue spell its handler (`onGovVideoPlay`). */
export type PascalCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Capitalize<Head>}${PascalCase<Tail>}`
  : Capitalize<S>;

/** Read-only members that are not settable data. */
type ReadOnlyMembers = 'state' | 'loaded' | 'size' | 'theme' | 'resolvedTheme';

/**
 * The properties a page sets on a tag's element (`items`, `heading`, `ticker`…): its own public
 * fields, without methods, read-only members and what every HTML element or Lit element has.
 */
export type GovPropsOf<Tag extends GovTag> = {
  [
    Key in keyof GovElementOf<Tag> as Key extends keyof LitElement | ReadOnlyMembers
      ? never
      : GovElementOf<Tag>[Key] extends (...args: never[]) => unknown
        ? never
        : Key
  ]?: GovElementOf<Tag>[Key];
};

/** `gov-news-list` → `GovNewsList`, at run time (the React components' display names). */
export function pascalCase(name: string): string {
  return name.replace(/(^|-)([a-z])/g, (_, _dash: string, c: string) => c.toUpperCase());
}
