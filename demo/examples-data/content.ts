// The model page's content (a Vietnamese district portal, Gia Lộc) for the React and Vue example apps: a
// selection from the demo's own data (demo/data), so the demo, the stories and both apps show one copy of it.
// The demo's pictures sit beside its data (../images/…); an app serves them at /images/.
import articleData from '../data/bai-viet.json';
import serviceData from '../data/dich-vu-cong.json';
import noticeData from '../data/thong-bao.json';
import photoData from '../data/thu-vien-anh.json';
import newsData from '../data/tin-tuc.json';
import documentData from '../data/van-ban-dieu-hanh.json';
import videoData from '../data/video.json';

/** A picture of the demo's data, as the app serves it. */
const served = (src: string): string => src.replace(/^(\.\.\/)+images\//, '/images/');

export const news = newsData.items.slice(0, 3).map(({ title, url, date }) => ({ title, url, date }));

export const notices = noticeData.items;

export const article = articleData;

export const services = serviceData.items;

// The demo's first video, played from the portal's own file: its YouTube link would leave the machine on play.
const [firstVideo] = videoData.items;
export const videos = [{ ...firstVideo, url: '/images/doi-net-ve-gia-loc.webm', thumbnail: served(firstVideo.thumbnail) }];

export const photos = photoData.items
  .slice(0, 2)
  .map((photo) => ({ ...photo, src: served(photo.src), full: served(photo.full) }));

/** The statuses the document list knows: JSON types a status as any string, the element checks it when it loads. */
type DocumentStatus = 'effective' | 'expired' | 'partly-expired' | 'not-yet';

export const documents = documentData.items
  .slice(0, 3)
  .map((document) => ({ ...document, status: document.status as DocumentStatus | undefined }));
