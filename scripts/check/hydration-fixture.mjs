// Writes the server output of every element for the browser test of hydration
// (tests/ssr-hydration.test.ts), from the sources as they are now: `npm run test:ssr` runs it first
// (a fixture kept in the repository would go stale with every template change).
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const fixturePath = `${root}node_modules/.cache/gov-portal-elements-ssr/hydration.json`;

/** Each case: a name and the element as a page writes it; `src` paths are served by the test server. */
export const cases = [
  ['news list from src', '<gov-news-list src="/demo/data/tin-tuc.json" limit="3" heading="Tin tức – Sự kiện"></gov-news-list>'],
  ['article from src', '<gov-article src="/demo/data/bai-viet.json" time-zone="Asia/Ho_Chi_Minh"></gov-article>'],
  ['notice board polling src', '<gov-notice-board src="/demo/data/thong-bao.json" refresh="60" limit="5"></gov-notice-board>'],
  ['visit counter from src', '<gov-visit-counter src="/demo/data/luot-truy-cap.json"></gov-visit-counter>'],
  ['service links from src', '<gov-service-links src="/demo/data/dich-vu-cong.json" limit="4"></gov-service-links>'],
  ['video list from src', '<gov-video-list src="/demo/data/video.json" limit="3"></gov-video-list>'],
  ['photo gallery from src', '<gov-photo-gallery src="/demo/data/thu-vien-anh.json" limit="6"></gov-photo-gallery>'],
  ['document list from src', '<gov-document-list src="/demo/data/van-ban-dieu-hanh.json"></gov-document-list>'],
  ['display settings', '<gov-display-settings></gov-display-settings>'],
  [
    'news list with inline JSON',
    '<gov-news-list heading="Thông cáo"><script type="application/json">{"items":[{"title":"Lịch tiếp công dân tháng 12","url":"/lich-tiep-cong-dan.html","date":"2026-12-01"}]}</script></gov-news-list>',
  ],
];

/** The fixture as JSON text: `[{ name, source, html }]`. */
export async function renderFixture() {
  const { renderElement } = await import('../../src/ssr/index.js');
  const { fileFetch } = await import('../../src/ssr/file-fetch.js');
  const baseUrl = 'http://localhost:8000/';
  const out = [];
  for (const [name, source] of cases) {
    out.push({ name, source, html: await renderElement(source, { baseUrl, fetch: fileFetch(root, baseUrl) }) });
  }
  return `${JSON.stringify(out, null, 1)}\n`;
}

/** Writes the fixture (the elements must be built: GOV_PORTAL_ELEMENTS_DIST). */
export async function writeFixture() {
  await mkdir(dirname(fixturePath), { recursive: true });
  await writeFile(fixturePath, await renderFixture());
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { buildElements } = await import('../build/compile-for-node.mjs');
  process.env.GOV_PORTAL_ELEMENTS_DIST ??= await buildElements();
  await writeFixture();
}
