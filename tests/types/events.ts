// Type test, checked by `tsc -p .` (never run): each element's events are typed with its own detail,
// and wrong uses fail to compile (each `@ts-expect-error` must meet an error, or tsc fails).
// The shipped .d.ts get the same checks per subpath, each alone, in scripts/check/consumer-install.mjs.
import type { Article, GovLoadDetail, NewsItem, NoticeItem, ServiceLink, VideoItem, VisitCounts } from '../../src/index.js';
import '../../src/index.js';

declare const news: HTMLElementTagNameMap['gov-news-list'];
declare const notices: HTMLElementTagNameMap['gov-notice-board'];
declare const links: HTMLElementTagNameMap['gov-service-links'];
declare const videos: HTMLElementTagNameMap['gov-video-list'];
declare const article: HTMLElementTagNameMap['gov-article'];
declare const counter: HTMLElementTagNameMap['gov-visit-counter'];

/** Compiles only when `T` is exactly `U`. */
type Exactly<T, U> = [T] extends [U] ? ([U] extends [T] ? true : false) : false;
const exactly = <T, U>(ok: Exactly<T, U>): void => void ok;

news.addEventListener('gov-load', (_e) => exactly<typeof _e.detail.items, NewsItem[]>(true));
notices.addEventListener('gov-load', (_e) => exactly<typeof _e.detail.items, NoticeItem[]>(true));
links.addEventListener('gov-load', (_e) => exactly<typeof _e.detail.items, ServiceLink[]>(true));
videos.addEventListener('gov-load', (_e) => exactly<typeof _e.detail.items, VideoItem[]>(true));
article.addEventListener('gov-load', (_e) => exactly<typeof _e.detail.article, Article | null>(true));
counter.addEventListener('gov-load', (_e) => exactly<typeof _e.detail.counts, VisitCounts>(true));
videos.addEventListener('gov-video-play', (_e) => exactly<typeof _e.detail.item, VideoItem>(true));
news.addEventListener('gov-error', (_e) => exactly<typeof _e.detail.src, string | undefined>(true));
news.addEventListener('gov-error', (e) => void e.detail.error.message);

// `this` in a function listener is the element; DOM events keep their own types.
news.addEventListener('gov-load', function () {
  exactly<typeof this, typeof news>(true);
});
news.addEventListener('click', (_e) => exactly<typeof _e, HTMLElementEventMap['click']>(true));
news.addEventListener('any-other-event', (_e) => exactly<typeof _e, Event>(true));
news.removeEventListener('gov-load', () => {});

// The promise for code that starts listening after the first render.
void news.loaded.then((_detail) => exactly<typeof _detail.items, NewsItem[]>(true));
void counter.loaded.then((_detail) => exactly<typeof _detail.counts, VisitCounts>(true));

// On the document, gov-load comes from any element: its detail is the union of theirs.
document.addEventListener('gov-load', (_e) => {
  exactly<typeof _e.detail, GovLoadDetail>(true);
  const counts: GovLoadDetail = { counts: { total: 1 } as VisitCounts };
  const items: GovLoadDetail = { items: [] as NewsItem[] };
  void [counts, items];
});
document.addEventListener('gov-video-play', (_e) => exactly<typeof _e.detail.item, VideoItem>(true));

// Wrong uses do not compile.
// @ts-expect-error a news list's gov-load has items, not counts
news.addEventListener('gov-load', (e) => e.detail.counts);
// @ts-expect-error an article's gov-load has no items
article.addEventListener('gov-load', (e) => e.detail.items);
// @ts-expect-error a news item has no `thumbnail` (that is a video's)
news.addEventListener('gov-load', (e) => e.detail.items[0].thumbnail);
// @ts-expect-error gov-video-play's detail is { item }, not { items }
videos.addEventListener('gov-video-play', (e) => e.detail.items);
// @ts-expect-error a listener for gov-load does not take a MouseEvent
news.addEventListener('gov-load', (e: MouseEvent) => e.clientX);
// @ts-expect-error the detail is read-only data, not a string
counter.addEventListener('gov-load', (e) => e.detail.counts.toUpperCase());
