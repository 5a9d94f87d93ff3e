import { useEffect, useRef, useState } from 'react';
import type { GovNewsList as NewsListElement, NewsItem } from 'gov-portal-elements';
import {
  GovArticle,
  GovDocumentList,
  GovNewsList,
  GovPhotoGallery,
  GovServiceLinks,
  GovVideoList,
} from 'gov-portal-elements/react';
// The tags used directly in JSX below are defined by their subpath imports.
import 'gov-portal-elements/notice-board.js';
import 'gov-portal-elements/visit-counter.js';
import { article, documents, news, notices, photos, services, videos } from '../../examples-data/content';

/** Every element of the library in a React 19 app: the wrappers from `gov-portal-elements/react`, and two tags used directly. */
export function App() {
  const [events, setEvents] = useState<string[]>([]);
  const [counterLoads, setCounterLoads] = useState(0);
  const [missed, setMissed] = useState<string>('');
  const renders = useRef(0);
  const lateList = useRef<NewsListElement>(null);
  renders.current++;

  const note = (line: string) => setEvents((list) => [...list, line]);
  const titles = (items: NewsItem[]) => items.map((item) => item.title).join(' | ');

  // A listener that comes after the first render: `loaded` still gives it the data gov-load carried.
  useEffect(() => {
    const timer = setTimeout(() => {
      lateList.current?.loaded.then((detail) => setMissed(titles(detail.items)));
    }, 300);
    return () => clearTimeout(timer);
  }, []);

  return (
    <main>
      <h1>gov-portal-elements trong React</h1>
      <GovNewsList
        id="news"
        heading="Tin tức – Sự kiện"
        items={news}
        onGovLoad={(e) => note(`gov-load gov-news-list ${titles(e.detail.items)}`)}
      />
      <GovNewsList
        id="news-error"
        heading="Tin lỗi"
        src="/khong-co/tin-tuc.json"
        onGovError={(e) => note(`gov-error ${e.detail.src}`)}
      />
      <GovNewsList id="news-late" ref={lateList} items={news} />
      <GovArticle id="article" article={article} onGovLoad={(e) => note(`gov-load gov-article ${e.detail.article?.title}`)} />
      <GovServiceLinks
        id="services"
        items={services}
        onGovLoad={(e) => note(`gov-load gov-service-links ${e.detail.items.length}`)}
      />
      <GovVideoList
        id="videos"
        items={videos}
        onGovLoad={(e) => note(`gov-load gov-video-list ${e.detail.items.length}`)}
        onGovVideoPlay={(e) => note(`gov-video-play ${e.detail.item.title}`)}
      />
      <GovPhotoGallery
        id="photos"
        items={photos}
        onGovLoad={(e) => note(`gov-load gov-photo-gallery ${e.detail.items.length}`)}
        onGovPhotoView={(e) => note(`gov-photo-view ${e.detail.item.alt}`)}
      />
      <GovDocumentList
        id="documents"
        items={documents}
        onGovLoad={(e) => note(`gov-load gov-document-list ${e.detail.items.length}`)}
      />

      {/* Tags in JSX: React 19 sets `ticker` and `counts` as properties; `ticker-speed` is an attribute. */}
      <gov-notice-board id="notices" ticker ticker-speed="40" items={notices} style={{ height: '10rem' }} />
      {/* A new `counts` literal at every render, and a gov-load handler that sets state: equal data loads once. */}
      <gov-visit-counter
        id="counter"
        counts={{ online: 143, today: 552, month: 141811, total: 1116844 }}
        ongov-load={(e) => {
          setCounterLoads((n) => n + 1);
          note(`gov-load gov-visit-counter ${e.detail.counts.total}`);
        }}
      />

      <output id="counter-loads">{counterLoads}</output>
      <output id="renders">{renders.current}</output>
      <output id="missed">{missed}</output>
      <ul id="events">
        {events.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </main>
  );
}
