import { defineStrings } from '../core/i18n.js';

/** The photo library's own labels. `position` is read by screen readers for the visible "3 / 12". */
export const photoGalleryStrings = defineStrings({
  vi: {
    heading: 'Thư viện ảnh',
    previous: 'Ảnh trước',
    next: 'Ảnh sau',
    close: 'Đóng',
    position: 'Ảnh {0} trên {1}',
  },
  en: {
    heading: 'Photo library',
    previous: 'Previous photo',
    next: 'Next photo',
    close: 'Close',
    position: 'Photo {0} of {1}',
  },
});

/** The keys of the photo library's labels, for its `labels` property and `registerLanguage`. */
export type PhotoGalleryLabel = keyof typeof photoGalleryStrings.vi;

declare module '../core/i18n.js' {
  interface GovLabelKeys {
    'gov-photo-gallery': PhotoGalleryLabel;
  }
}
