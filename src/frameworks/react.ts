import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { govElements, pascalCase, type GovElementOf, type GovEventsOf, type GovTag, type PascalCase } from './elements.js';

/** The `onGovLoad`, `onGovError`… props of a tag's component, each typed with its event. */
type EventProps<Tag extends GovTag> = {
  [Name in keyof GovEventsOf<Tag> & string as `on${PascalCase<Name>}`]: EventName<GovEventsOf<Tag>[Name]>;
};

/** A React component for `tagName`, made with `@lit/react`: data props are set as properties, events become `on…` props. */
function wrap<Tag extends GovTag>(tagName: Tag) {
  const { element, events } = govElements[tagName];
  const names: readonly string[] = ['gov-load', 'gov-error', ...events];
  return createComponent({
    tagName,
    elementClass: element as unknown as new () => GovElementOf<Tag>,
    react: React,
    events: Object.fromEntries(names.map((name) => [`on${pascalCase(name)}`, name])) as EventProps<Tag>,
    displayName: pascalCase(tagName),
  });
}

/** `<gov-news-list>` as a React component. */
export const GovNewsList = wrap('gov-news-list');
/** `<gov-article>` as a React component. */
export const GovArticle = wrap('gov-article');
/** `<gov-notice-board>` as a React component (`ticker`, not `scroll`, starts the ticker). */
export const GovNoticeBoard = wrap('gov-notice-board');
/** `<gov-visit-counter>` as a React component. */
export const GovVisitCounter = wrap('gov-visit-counter');
/** `<gov-service-links>` as a React component. */
export const GovServiceLinks = wrap('gov-service-links');
/** `<gov-video-list>` as a React component, with `onGovVideoPlay`. */
export const GovVideoList = wrap('gov-video-list');
/** `<gov-photo-gallery>` as a React component, with `onGovPhotoView`. */
export const GovPhotoGallery = wrap('gov-photo-gallery');
/** `<gov-document-list>` as a React component. */
export const GovDocumentList = wrap('gov-document-list');
/** `<gov-display-settings>` as a React component, with `onGovDisplayChange`. */
export const GovDisplaySettings = wrap('gov-display-settings');
