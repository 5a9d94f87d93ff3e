import { defineStrings } from '../core/i18n.js';

/** The video list's own labels. `{0}` is the video's title or length. */
export const videoListStrings = defineStrings({
  vi: {
    heading: 'Video hoạt động',
    play: 'Phát video: {0}',
    playlist: 'Danh sách video',
    duration: 'Thời lượng {0}',
    cannotPlay: 'Không phát được video này tại đây.',
    captions: 'Phụ đề',
    transcript: 'Bản chép lời',
  },
  en: {
    heading: 'Videos',
    play: 'Play video: {0}',
    playlist: 'Video playlist',
    duration: 'Duration {0}',
    cannotPlay: 'This video cannot be played here.',
    captions: 'Captions',
    transcript: 'Transcript',
  },
});

/** The keys of the video list's labels, for its `labels` property and `registerLanguage`. */
export type VideoListLabel = keyof typeof videoListStrings.vi;

declare module '../core/i18n.js' {
  interface GovLabelKeys {
    'gov-video-list': VideoListLabel;
  }
}
