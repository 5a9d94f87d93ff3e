/** Defines every gov- element and re-exports their classes and the shared types. */
export * from './article/article.js';
export * from './display-settings/display-settings.js';
export * from './document-list/document-list.js';
export * from './news-list/news-list.js';
export * from './notice-board/notice-board.js';
export * from './photo-gallery/photo-gallery.js';
export * from './service-links/service-links.js';
export * from './video-list/video-list.js';
export * from './visit-counter/visit-counter.js';
export type { GovState } from './core/data-source.js';
export type { GovDataError, GovErrorKind } from './core/errors.js';
export type { GovErrorDetail, GovErrorEvent, GovEventMap, GovLoadDetail, GovLoadEvent } from './core/events.js';
export { registerLanguage } from './core/i18n.js';
export type { BuiltinLang, GovLabelKeys, GovLabels, Lang, LanguageLabels, LanguageOptions } from './core/i18n.js';
