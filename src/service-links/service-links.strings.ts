import { defineStrings } from '../core/i18n.js';

/** The service links' own labels. */
export const serviceLinksStrings = defineStrings({
  vi: { heading: 'Dịch vụ công trực tuyến', external: 'trang ngoài', newWindow: 'trang ngoài, mở cửa sổ mới' },
  en: { heading: 'Online public services', external: 'external site', newWindow: 'external site, opens in a new window' },
});

/** The keys of the service links's labels, for its `labels` property and `registerLanguage`. */
export type ServiceLinksLabel = keyof typeof serviceLinksStrings.vi;

declare module '../core/i18n.js' {
  interface GovLabelKeys {
    'gov-service-links': ServiceLinksLabel;
  }
}
