import { defineStrings } from '../core/i18n.js';

/** The visit counter's own labels. */
export const visitCounterStrings = defineStrings({
  vi: {
    heading: 'Lượt truy cập',
    online: 'Đang online',
    today: 'Hôm nay',
    month: 'Tháng này',
    total: 'Tất cả',
    noData: 'không có số liệu',
  },
  en: {
    heading: 'Visits',
    online: 'Online now',
    today: 'Today',
    month: 'This month',
    total: 'Total',
    noData: 'no data',
  },
});

/** The keys of the visit counter's labels, for its `labels` property and `registerLanguage`. */
export type VisitCounterLabel = keyof typeof visitCounterStrings.vi;

declare module '../core/i18n.js' {
  interface GovLabelKeys {
    'gov-visit-counter': VisitCounterLabel;
  }
}
