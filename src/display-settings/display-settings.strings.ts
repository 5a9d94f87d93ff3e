import { defineStrings } from '../core/i18n.js';

/** The display settings' own labels. */
export const displaySettingsStrings = defineStrings({
  vi: {
    heading: 'Cỡ chữ, tương phản',
    size: 'Cỡ chữ',
    normal: 'Thường',
    large: 'Lớn',
    larger: 'Rất lớn',
    theme: 'Giao diện',
    auto: 'Tự động',
    light: 'Sáng',
    dark: 'Tối',
    contrast: 'Tương phản cao',
  },
  en: {
    heading: 'Text size and contrast',
    size: 'Text size',
    normal: 'Normal',
    large: 'Large',
    larger: 'Larger',
    theme: 'Theme',
    auto: 'Automatic',
    light: 'Light',
    dark: 'Dark',
    contrast: 'High contrast',
  },
});

/** The keys of the display settings' labels, for its `labels` property and `registerLanguage`. */
export type DisplaySettingsLabel = keyof typeof displaySettingsStrings.vi;

declare module '../core/i18n.js' {
  interface GovLabelKeys {
    'gov-display-settings': DisplaySettingsLabel;
  }
}
