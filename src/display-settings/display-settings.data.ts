/** The text size steps, smallest first, and how much each scales the text. */
export const TEXT_SIZES = { normal: 1, large: 1.25, larger: 1.5 } as const;

/** A text size step. */
export type TextSize = keyof typeof TEXT_SIZES;

/** The visitor's theme choice: `auto` follows the system (contrast, then dark, then light). */
export const THEMES = ['auto', 'light', 'dark', 'contrast'] as const;

/** A theme choice. */
export type ThemeChoice = (typeof THEMES)[number];

/** The theme in effect once `auto` is resolved: the value of `html[data-gov-theme]`. */
export type Theme = Exclude<ThemeChoice, 'auto'>;

/** What a visitor chose. */
export interface DisplaySettings {
  size: TextSize;
  theme: ThemeChoice;
}

/** The settings before a visitor chooses anything. */
export const DEFAULT_SETTINGS: DisplaySettings = { size: 'normal', theme: 'auto' };

/** Whether `value` names a text size step. */
export const isTextSize = (value: unknown): value is TextSize => typeof value === 'string' && Object.hasOwn(TEXT_SIZES, value);

/** Whether `value` names a theme choice. */
export const isThemeChoice = (value: unknown): value is ThemeChoice => (THEMES as readonly unknown[]).includes(value);

/**
 * Reads stored settings (a JSON string, or null when nothing is stored). Anything malformed or
 * unknown falls back to the default for that field, so a bad entry never breaks the page.
 */
export function parseSettings(stored: string | null): DisplaySettings {
  let raw: unknown;
  try {
    raw = stored ? JSON.parse(stored) : undefined;
  } catch {
    raw = undefined;
  }
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return {
    size: isTextSize(record.size) ? record.size : DEFAULT_SETTINGS.size,
    theme: isThemeChoice(record.theme) ? record.theme : DEFAULT_SETTINGS.theme,
  };
}

/** The system's wishes, as media queries answer them. */
export interface SystemPreferences {
  contrast: boolean;
  dark: boolean;
}

/** The theme in effect: the visitor's choice, or for `auto` the system's (more contrast wins over dark). */
export function resolveTheme(choice: ThemeChoice, system: SystemPreferences): Theme {
  if (choice !== 'auto') return choice;
  return system.contrast ? 'contrast' : system.dark ? 'dark' : 'light';
}
