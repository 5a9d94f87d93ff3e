import { defineStrings } from '../core/i18n.js';

/** The notice board's own labels. */
export const noticeBoardStrings = defineStrings({
  vi: {
    heading: 'Thông báo',
    new: 'Mới',
    important: 'Quan trọng',
    pinned: 'Đã ghim',
    pause: 'Tạm dừng',
    play: 'Tiếp tục',
  },
  en: {
    heading: 'Notices',
    new: 'New',
    important: 'Important',
    pinned: 'Pinned',
    pause: 'Pause',
    play: 'Play',
  },
});

/** The keys of the notice board's labels, for its `labels` property and `registerLanguage`. */
export type NoticeBoardLabel = keyof typeof noticeBoardStrings.vi;

declare module '../core/i18n.js' {
  interface GovLabelKeys {
    'gov-notice-board': NoticeBoardLabel;
  }
}
