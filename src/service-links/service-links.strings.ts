import { defineStrings } from '../core/i18n.js';

/** The service links' own labels. */
export const serviceLinksStrings = defineStrings({
  vi: { heading: 'Dịch vụ công trực tuyến', external: 'trang ngoài', newWindow: 'mở cửa sổ mới' },
  en: { heading: 'Online public services', external: 'external site', newWindow: 'opens in a new window' },
});
